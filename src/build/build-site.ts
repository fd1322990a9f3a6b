/**
 * Building the site from a loaded archive: Eleventy renders, Pagefind indexes, and the result is
 * swapped into place only when every step has succeeded. The build replaces only a folder it made
 * itself (or a new or empty one: output-folder.ts), and a stopped build removes what it was making
 * (interrupt.ts).
 */
import { existsSync, mkdirSync, renameSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import { archivePlugin } from "../eleventy/archive-plugin.ts";
import type { EleventyConfig } from "../eleventy/config-types.ts";
import { forgetLayouts } from "../eleventy/layout-cache.ts";
import { deriveSiteData, type SiteData } from "../eleventy/site-data.ts";
import type { Archive } from "../model/archive.ts";
import { ArchiveHandover } from "./archive-handover.ts";
import { ARCHIVE_FOLDERS, PACKAGE_ROOT, type SiteConfig, siteAddressWarning, siteConfig } from "../site/config.ts";
import { removeIfInterrupted } from "./interrupt.ts";
import { checkOutputFolder, guardedFolders, isMarked, leftoverPath, markSite, recordSite, removeLeftovers } from "./output-folder.ts";
import { copyStaticFiles } from "./static-files.ts";
import { linkOrCopy } from "./link-or-copy.ts";
import { publishFiles } from "./publish-files.ts";
import { releaseMemory } from "./release-memory.ts";
import { brandPageData } from "../eleventy/assets-plugin.ts";
import { siteBrand } from "../site/brand.ts";
import { pageSignatures } from "./page-signatures.ts";
import { planRenderParts, type RenderPart } from "./render-parts.ts";
import { keptPages, pageFile, type RenderState, readRenderState, siteDigest, writeRenderState } from "./render-state.ts";
import { indexSite } from "./search-index.ts";
import { mkdirOnce } from "./search-stage.ts";

export interface BuildOptions {
  outputDir: string;
  /**
   * The archive's folder, holding its `_data/site.json` (default: the current folder). The
   * templates, layouts and Eleventy configuration are always the package's (PACKAGE_ROOT).
   */
  projectRoot?: string;
  /** The content folder the archive was read from: the site is never written over, around or into it. */
  contentDir?: string;
  /** The archive's cache folder, for what a build keeps for the next (IndexOptions.cacheDir); none by default. */
  cacheDir?: string;
}

export interface BuildResult {
  outputDir: string;
  pages: number;
  /** Meeting and paper pages kept from the previous build, not rendered again (render-state.ts). */
  keptPages: number;
  files: number;
  indexedPages: number;
  /** Of the kept pages in the search shards indexed again, those whose documents came from the cache, and those parsed again (IndexResult.documents). */
  indexedDocuments: { stored: number; made: number };
}

/**
 * Builds the site into `options.outputDir`. Given the archive in an ArchiveHandover, the build lets
 * it go once the pages are written and the files published, before the search index is made.
 */
export async function buildSite(source: Archive | ArchiveHandover, options: BuildOptions): Promise<BuildResult> {
  const root = resolve(options.projectRoot ?? process.cwd());
  const outputDir = resolve(root, options.outputDir);
  // Before anything is made, moved or removed: a folder the build did not make is never replaced.
  // The project is the generator's; the archive's folder is the one the build runs in, or named apart.
  const archiveFolder = root === process.cwd() ? [] : [{ path: root, what: "the archive's folder" }];
  checkOutputFolder(outputDir, [...guardedFolders({ contentDir: options.contentDir, projectRoot: PACKAGE_ROOT, cwd: process.cwd() }), ...archiveFolder]);
  // The site's address is read once, here: with none given the build warns, and in continuous
  // integration it stops before anything is made or replaced (src/site/config.ts).
  const site = siteConfig(root);
  const warning = siteAddressWarning(site);
  if (warning) console.warn(`warning: ${warning}`);
  removeLeftovers(outputDir);
  // Not a dot-folder: Pagefind skips hidden folders when it indexes.
  const staging = leftoverPath(outputDir, "building", process.pid);
  // The handler first: with none, a signal ends the process at once, even between the folder's
  // making and its marking, and leaves a folder no later build may clear. With it, the signal waits
  // for this synchronous step and the folder goes.
  const forget = removeIfInterrupted(staging);
  try {
    makeStaging(staging);
  } catch (error) {
    // Not made by this build (it may be another's): it must survive a signal now.
    forget();
    throw error;
  }
  try {
    const { pages, kept, files } = await renderAndPublish(source, staging, root, site, isMarked(outputDir) ? outputDir : undefined);
    // The archive's own files, published as they are (a CNAME, _redirects): never over a file the build made.
    copyStaticFiles(join(root, ARCHIVE_FOLDERS.static), staging, (path) => relative(process.cwd(), path) || ".");
    // What the render left behind, and the archive if handed over, go before Pagefind's processes start (release-memory.ts).
    releaseMemory();
    // The last build's unchanged search shards are reused: publishing a meeting re-indexes one shard.
    const index = await indexSite(staging, { previous: existsSync(outputDir) ? outputDir : undefined, files, kept: new Set([...kept].map(pageFile)), cacheDir: options.cacheDir });
    recordSite(staging);
    await swapInto(staging, outputDir);
    return { outputDir, pages, keptPages: kept.size, files: await countFiles(outputDir), indexedPages: index.pages, indexedDocuments: index.documents };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    forget();
  }
}

/**
 * The pages and the files of the site, written into `staging`: the step that needs the archive,
 * taken from its handover here so that no function still running holds it once this returns.
 */
async function renderAndPublish(source: Archive | ArchiveHandover, staging: string, root: string, site: SiteConfig, previous: string | undefined) {
  const archive = source instanceof ArchiveHandover ? source.take() : source;
  // The previous build's meeting and paper pages whose inputs are unchanged are kept, not rendered again.
  const { pages, kept } = await renderSite(archive, staging, root, undefined, site, previous);
  // Files published with the papers: copied, and their PDFs' pages indexed with the pages.
  const files = await publishFiles(archive, staging);
  return { pages, kept, files };
}

/**
 * Makes the staging folder and marks it at once, in one synchronous step (no signal handler runs
 * in between), so that a build killed at any later moment leaves a folder the next one may clear.
 */
function makeStaging(staging: string): void {
  mkdirSync(dirname(staging), { recursive: true });
  try {
    mkdirSync(staging);
  } catch (error) {
    // removeLeftovers cleared a marked one: this one is someone else's, and stays as it is.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new Error(`${staging} already exists and no build made it: move or delete it, then build again`);
    throw error;
  }
  markSite(staging);
}

/**
 * Eleventy writes every page of the archive into `outputDir`, a large archive in several runs of
 * bounded memory (render-parts.ts; `partChars` defaults to the site's budget); returns the number
 * of pages, and the addresses of those kept. The site's configuration (`projectRoot`'s
 * `_data/site.json`, and its address: SITE_URL) is the build's, or else read here.
 *
 * Given the `previous` build's folder, a meeting or paper page it wrote from the same inputs is
 * hard-linked from there instead of rendered (render-state.ts): adding a meeting renders that
 * meeting, the pages it reaches and the site-wide pages. No run writes a kept page, so the link
 * never lets this build change the previous one's files. `outputDir` then holds the record the
 * next build reads.
 */
export async function renderSite(archive: Archive, outputDir: string, projectRoot: string, partChars?: number, site: SiteConfig = siteConfig(projectRoot), previous?: string): Promise<{ pages: number; kept: ReadonlySet<string> }> {
  const data = deriveSiteData(archive, site);
  const published = data.views.publishedDocuments;
  const state: RenderState = {
    version: 1,
    site: siteDigest(data, brandPageData(siteBrand(site.settings, site.archiveFolders.root))),
    pages: Object.fromEntries(pageSignatures(archive.meetings, published, archive)),
  };
  const kept = previous ? keptPages(readRenderState(previous), state, previous) : new Set<string>();
  if (previous) linkPages(previous, outputDir, kept);
  const parts = planRenderParts(
    archive.meetings.filter((meeting) => !kept.has(meeting.url)),
    published.filter((document) => !kept.has(document.url)),
    partChars,
  );
  const earlierPageUrls: string[] = [...kept];
  for (const part of parts) {
    // What loading and linking the archive left, then each Eleventy run's garbage, goes before the next run (release-memory.ts).
    releaseMemory();
    earlierPageUrls.push(...(await renderPart(data, { ...part, earlierPageUrls }, outputDir)));
  }
  writeRenderState(outputDir, state);
  return { pages: earlierPageUrls.length, kept };
}

/** Hard-links the kept pages' files from the previous build into `outputDir` (copies them across disks). */
function linkPages(previous: string, outputDir: string, urls: ReadonlySet<string>): void {
  const folders = new Set<string>();
  for (const url of urls) {
    const file = pageFile(url);
    linkOrCopy(join(previous, file), join(mkdirOnce(folders, dirname(join(outputDir, file))), basename(file)));
  }
}

/**
 * One Eleventy run: the pages of `part` (render-parts.ts) of the site `data` describes. The archive
 * plugin is given the site's data and the part as its options, before Eleventy reads the config
 * file. Returns the addresses of the pages written.
 */
export async function renderPart(data: SiteData, part: RenderPart, outputDir: string): Promise<string[]> {
  const { folders, pathPrefix } = data.site;
  const eleventy = new Eleventy(folders.pages, outputDir, {
    configPath: folders.eleventyConfig,
    pathPrefix,
    quietMode: true,
    config: (eleventyConfig: EleventyConfig) => eleventyConfig.addPlugin(archivePlugin, { data, part }),
  });
  // write() resolves to [passthrough copies, templates written]; only the second are pages.
  let written: { url?: string | false }[][];
  try {
    written = (await eleventy.write()) as unknown as { url?: string | false }[][];
  } finally {
    // Its layouts would keep this run's data, and so the archive, for the life of the process (layout-cache.ts).
    await forgetLayouts();
  }
  return (written[1] ?? written[0] ?? []).flatMap((page) => (typeof page.url === "string" ? [page.url] : []));
}

/**
 * Replaces `target` with `staging` in two renames, so readers never see half a site; the renames
 * are synchronous, so a stopped build never ends between them with no site in place.
 */
async function swapInto(staging: string, target: string): Promise<void> {
  const previous = leftoverPath(target, "previous", process.pid);
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (hadTarget) renameSync(previous, target);
    throw error;
  }
  const forget = removeIfInterrupted(previous);
  try {
    await rm(previous, { recursive: true, force: true });
  } finally {
    forget();
  }
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
