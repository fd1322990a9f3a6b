/**
 * The search index: Pagefind bundles written into the site. Only pages with `data-pagefind-body`
 * (the papers' own text) are indexed, never navigation or page chrome, as Pagefind itself does
 * once any page carries the attribute.
 *
 * A small archive is one bundle in `/pagefind/`. A large one is indexed in shards of whole years
 * (search-shards.ts), each by its own Pagefind process so that memory stays bounded, two at a time
 * on two cores; the newest shard is the main bundle in `/pagefind/`, the others go in
 * `/pagefind-shards/<years>/`, and `/pagefind/shards.json` lists what the search page must merge
 * (`pagefind.mergeIndex`). A shard whose pages are unchanged since the previous build is copied
 * from it, not indexed again.
 */
import { spawn } from "node:child_process";
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { arch, availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { canonicaliseIndex } from "./canonical-index.ts";
import { sectionDocuments } from "./search-sections.ts";
import { MAIN_BUNDLE, manifestOf, pageDigest, planShards, SHARD_FOLDER, type SearchPage, type Shard, type ShardManifest } from "./search-shards.ts";

/**
 * HTML per shard. Pagefind 1.5.2 peaks at 40 to 50 times the HTML it indexes (811 MB for 776
 * pages of 20.8 MB, 1,075 MB once long pages are split into sections; measured with bench/). Two
 * shards of 22 MB side by side peaked at up to 1.95 GB in bench/ runs, too close to the 2 GB
 * budget; 20 MB leaves a margin. A site under that size, such as the shipped archive (3 MB), is
 * one bundle.
 */
export const SHARD_BYTES = 20_000_000;
const PARALLEL = Math.max(1, Math.min(2, availableParallelism()));
const MANIFEST = "shards.json";

export interface IndexOptions {
  /** A previous build of the same site: its shards whose pages are unchanged are reused. */
  previous?: string;
  /** Bytes of HTML per shard (default SHARD_BYTES). */
  maxBytes?: number;
}

export interface IndexResult {
  /** Pages in the index. */
  pages: number;
  shards: number;
  /** Shards copied unchanged from the previous build. */
  reused: number;
}

export async function indexSite(siteDir: string, options: IndexOptions = {}): Promise<IndexResult> {
  const pages = searchablePages(siteDir);
  const shards = planShards(pages, options.maxBytes ?? SHARD_BYTES);
  const previous = options.previous ? readManifest(options.previous) : undefined;
  const toIndex: Shard[] = [];
  // Unchanged shards are copied aside first and moved into place after, so that a shard moving
  // from one folder to another never overwrites one still to be copied (the dev server indexes
  // in place: there the previous build is the same folder).
  const moves: { from: string; to: string }[] = [];
  const kept = new Set<string>();
  for (const shard of shards) {
    const old = previous?.shards.find((s) => s.key === shard.key && s.hash === shard.hash);
    const oldDir = old && options.previous ? resolve(options.previous, old.path) : undefined;
    const newDir = resolve(siteDir, shard.path);
    if (!oldDir || !existsSync(join(oldDir, "pagefind-entry.json"))) {
      toIndex.push(shard);
    } else if (oldDir === newDir) {
      kept.add(newDir);
    } else {
      const aside = join(siteDir, `.search-reuse-${shard.key}`);
      rmSync(aside, { recursive: true, force: true });
      cpSync(oldDir, aside, { recursive: true });
      moves.push({ from: aside, to: newDir });
    }
  }
  removeStaleBundles(siteDir, kept);
  for (const move of moves) {
    mkdirSync(dirname(move.to), { recursive: true });
    renameSync(move.from, move.to);
  }
  await inParallel(
    toIndex.map((shard) => () => indexShard(siteDir, shard)),
    PARALLEL,
  );
  writeFileSync(join(siteDir, MAIN_BUNDLE, MANIFEST), `${JSON.stringify(manifestOf(shards), null, 1)}\n`);
  return { pages: pages.length, shards: shards.length, reused: kept.size + moves.length };
}

/** Removes every bundle in the site but those kept in place, so no shard of an older plan lingers. */
function removeStaleBundles(siteDir: string, kept: ReadonlySet<string>): void {
  const bundles = [resolve(siteDir, MAIN_BUNDLE)];
  const shardRoot = resolve(siteDir, SHARD_FOLDER);
  if (existsSync(shardRoot)) for (const name of readdirSync(shardRoot)) bundles.push(join(shardRoot, name));
  for (const bundle of bundles) if (!kept.has(bundle)) rmSync(bundle, { recursive: true, force: true });
}

/** The pages Pagefind would index: those with `data-pagefind-body`, or every page if none has it. */
function searchablePages(siteDir: string): SearchPage[] {
  const withBody: SearchPage[] = [];
  const all: SearchPage[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (path !== MAIN_BUNDLE && path !== SHARD_FOLDER) walk(join(folder, entry.name), path);
      } else if (entry.isFile() && entry.name.endsWith(".html")) {
        const html = readFileSync(join(folder, entry.name), "utf8");
        const page = { path, digest: pageDigest(html), bytes: Buffer.byteLength(html) };
        all.push(page);
        if (html.includes("data-pagefind-body")) withBody.push(page);
      }
    }
  };
  walk(siteDir, "");
  return withBody.length > 0 ? withBody : all;
}

function readManifest(siteDir: string): ShardManifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(siteDir, MAIN_BUNDLE, MANIFEST), "utf8")) as ShardManifest;
    return manifest.version === 1 && Array.isArray(manifest.shards) ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Indexes one shard with the Pagefind command line (the same binary the Node API drives; on its
 * own it indexes about 1.5 times faster): its pages are hard-linked into a folder of their own,
 * at the same paths, so the addresses in the index are the site's.
 */
async function indexShard(siteDir: string, shard: Shard): Promise<void> {
  const source = join(siteDir, `.search-shard-${shard.key}`);
  const output = join(siteDir, shard.path);
  rmSync(source, { recursive: true, force: true });
  rmSync(output, { recursive: true, force: true });
  try {
    for (const page of shard.pages) {
      const target = join(source, page);
      mkdirSync(dirname(target), { recursive: true });
      // A long page is indexed section by section, so a result costs the reader one section's text.
      const sections = sectionDocuments(page, readFileSync(join(siteDir, page), "utf8"));
      if (sections) {
        for (const section of sections) writeFileSync(join(source, section.path), section.html);
        continue;
      }
      try {
        linkSync(join(siteDir, page), target);
      } catch {
        copyFileSync(join(siteDir, page), target);
      }
    }
    if (shard.pages.length === 0) writeFileSync(join(mkdirp(source), "index.html"), '<!DOCTYPE html><html lang="en"><head><title>empty</title></head><body data-pagefind-ignore="all"></body></html>');
    await runPagefind(["--site", source, "--output-path", output, "--force-language", "en", "--silent"], source);
    canonicaliseIndex(output);
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
}

function mkdirp(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

function runPagefind(args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(pagefindBinary(), args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", (error) => reject(new Error(`search index: could not run Pagefind (${error.message})`)));
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`search index: Pagefind exited with code ${code}: ${stderr.trim().split("\n").slice(-5).join(" ")}`));
    });
  });
}

/** The Pagefind binary the `pagefind` package installed, found as its own resolver finds it. */
function pagefindBinary(): string {
  const fromEnv = process.env.PAGEFIND_EXTENDED_BINARY_PATH ?? process.env.PAGEFIND_BINARY_PATH;
  if (fromEnv) return fromEnv;
  const require = createRequire(import.meta.url);
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const suffix = platform === "windows" ? ".exe" : "";
  for (const name of ["pagefind_extended", "pagefind"]) {
    try {
      return require.resolve(`@pagefind/${platform}-${arch()}/bin/${name}${suffix}`);
    } catch {
      // try the next name
    }
  }
  throw new Error(`search index: no Pagefind binary for ${platform}-${arch()}: run npm ci (the pagefind package installs @pagefind/${platform}-${arch()})`);
}

async function inParallel(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++] as () => Promise<void>;
      await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}
