/**
 * Building the site from a loaded archive: Eleventy renders, Pagefind indexes, and the result is
 * swapped into place only when every step has succeeded.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import type { Archive } from "../model/archive.ts";
import { provideArchive, provideRenderPart } from "../eleventy/archive-data.ts";
import { PART_CHARS, planRenderParts, type RenderPart } from "./render-parts.ts";
import { indexSite } from "./search-index.ts";

export interface BuildOptions {
  outputDir: string;
  /** Project root holding eleventy.config.ts (default: the current folder). */
  projectRoot?: string;
}

export interface BuildResult {
  outputDir: string;
  pages: number;
  files: number;
  indexedPages: number;
}

export async function buildSite(archive: Archive, options: BuildOptions): Promise<BuildResult> {
  const root = resolve(options.projectRoot ?? process.cwd());
  const outputDir = resolve(root, options.outputDir);
  // Not a dot-folder: Pagefind skips hidden folders when it indexes.
  const staging = join(dirname(outputDir), `${basename(outputDir)}.building-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    const pages = await renderSite(archive, staging, root);
    // The last build's unchanged search shards are reused: publishing a meeting re-indexes one shard.
    const index = await indexSite(staging, { previous: existsSync(outputDir) ? outputDir : undefined });
    await swapInto(staging, outputDir);
    return { outputDir, pages, files: await countFiles(outputDir), indexedPages: index.pages };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Eleventy writes every page of the archive into `outputDir`, a large archive in several runs of
 * bounded memory (render-parts.ts); returns the number of pages.
 */
export async function renderSite(archive: Archive, outputDir: string, projectRoot: string, partChars = PART_CHARS): Promise<number> {
  const parts = planRenderParts(archive.meetings, archive.documents.filter((d) => !d.withheld), partChars);
  if (parts.length === 1) return (await renderPart(archive, undefined, outputDir, projectRoot)).length;
  const earlierPageUrls: string[] = [];
  for (const part of parts) earlierPageUrls.push(...(await renderPart(archive, { ...part, earlierPageUrls }, outputDir, projectRoot)));
  return earlierPageUrls.length;
}

/**
 * One Eleventy run: the pages of `part` (render-parts.ts), or of the whole archive when it is
 * undefined. Returns the addresses of the pages written.
 */
export async function renderPart(archive: Archive, part: RenderPart | undefined, outputDir: string, projectRoot: string): Promise<string[]> {
  provideArchive(archive);
  provideRenderPart(part);
  try {
    const eleventy = new Eleventy(join(projectRoot, "src/pages"), outputDir, { configPath: join(projectRoot, "eleventy.config.ts"), quietMode: true });
    // write() resolves to [passthrough copies, templates written]; only the second are pages.
    const written = (await eleventy.write()) as unknown as { url?: string | false }[][];
    return (written[1] ?? written[0] ?? []).flatMap((page) => (typeof page.url === "string" ? [page.url] : []));
  } finally {
    provideRenderPart(undefined);
  }
}

/** Replaces `target` with `staging` in two renames, so readers never see half a site. */
async function swapInto(staging: string, target: string): Promise<void> {
  const previous = `${target}.previous-${process.pid}`;
  if (existsSync(target)) await rename(target, previous);
  await rename(staging, target);
  await rm(previous, { recursive: true, force: true });
}

async function countFiles(dir: string): Promise<number> {
  // readdir's `recursive` option misses entries on Node 20, so walk by hand.
  let n = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += await countFiles(join(dir, entry.name));
    else if (entry.isFile()) n++;
  }
  return n;
}
