/**
 * The search index: Pagefind bundles written into the site. Only pages with `data-pagefind-body`
 * (the papers' own text) are indexed, never navigation or page chrome, as Pagefind itself does
 * once any page carries the attribute; and Pagefind is given only what it reads of each page, its
 * lean document or its sections (search-stage.ts, search-sections.ts), not the page's whole HTML.
 *
 * A small archive is one bundle in `/pagefind/`. A large one is indexed in shards of whole years
 * (search-shards.ts; an old year too large for one, in parts), each by its own Pagefind process so
 * that memory stays bounded, two at a time on two cores when they fit the memory budget together
 * (index-memory.ts); the newest shard is the main bundle in `/pagefind/`, the others go in
 * `/pagefind-shards/<years>/`, and `/pagefind/shards.json` lists what the search page must merge
 * (`pagefind.mergeIndex`). A shard whose pages are unchanged since the previous build (by the
 * digests it recorded in `/pagefind/shard-digests.json`) is copied from it, not indexed again.
 * Each bundle carries the list of its words (search-words.ts), for the search page's "Did you
 * mean".
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { arch, availableParallelism } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { canonicaliseIndex } from "./canonical-index.ts";
import { rechunkIndex } from "./index-chunks.ts";
import { INDEX_MEMORY_BUDGET, pagefindPeak, runWithinMemory } from "./index-memory.ts";
import { type FileSearchPage, stageFilePages } from "./search-files.ts";
import { endIfInterrupted, interrupted, removeIfInterrupted } from "./interrupt.ts";
import { linkOrCopy } from "./link-or-copy.ts";
import { processRunning } from "./output-folder.ts";
import { type DocumentStore, openDocumentStore } from "./search-document-store.ts";
import type { SearchDocument } from "./search-sections.ts";
import { documentsFromPage, documentsVersion, type KnownPage, mkdirOnce, readStaged, type StagedDocument, type StagedPage, stagePagesInParallel, writeDocuments } from "./search-stage.ts";
import { MAIN_BUNDLE, manifestOf, pageDigest, planShards, recordOf, SHARD_FOLDER, type RecordedShard, type SearchPage, type Shard, type ShardRecord } from "./search-shards.ts";
import { writeWordLists } from "./search-words.ts";
import { WORD_LISTS } from "../assets/search-words.js";

/**
 * Bytes of search documents per shard (what Pagefind reads: lean documents and sections, not the
 * pages). Pagefind 1.5.2's memory grows with what it indexes, not with the HTML it parses or the
 * number of pages (index-memory.ts: about 62 bytes a byte). Two shards of this size side by side
 * take about 1.16 GB, which leaves the build's own process (150 to 300 MB while it indexes) room
 * within the 1.5 GB budget; a shard of 14 MB, as before, took 820 MB, and two of them 1.6 GB
 * without Node. Smaller shards cost Pagefind a little more in all (the two halves of a 13 MB shard
 * took about 5% more user CPU than the whole, run one after the other) and a search of all years
 * loads more of them. A site under that size, such as the shipped archive (under 1 MB of
 * documents), is one bundle.
 */
export const SHARD_BYTES = 9_000_000;
const PARALLEL = Math.max(1, Math.min(2, availableParallelism()));
const MANIFEST = "shards.json";
/** What the build records of its shards beside the manifest (search-shards.ts, ShardRecord). */
const RECORD = "shard-digests.json";
/** Where a shard's documents are written for Pagefind when there is room: a folder in memory on Linux. */
const MEMORY_FOLDER = "/dev/shm";
/** Where the pages' search documents are written as the site is read, until their shard is indexed. */
const STAGING = ".search-documents";
/**
 * What this build learnt of each page (its HTML's digest, its documents' digest and size), in the
 * main bundle, so that the next build need not parse a page whose HTML is unchanged.
 */
const KNOWN = "pages.json";

export interface IndexOptions {
  /** A previous build of the same site: its shards whose pages are unchanged are reused. */
  previous?: string;
  /** Bytes of search documents per shard (default SHARD_BYTES). */
  maxBytes?: number;
  /** Hook for files published with the papers (search-files.ts): their PDFs' pages, indexed with the pages. */
  files?: readonly FileSearchPage[];
  /** Pages (site-relative paths) the build kept from `previous` byte for byte (render-state.ts): not read again. */
  kept?: ReadonlySet<string>;
  /**
   * The archive's cache folder: the documents of the pages searched by default are kept there
   * (search-document-store.ts), for the next build that indexes their shard again. None by default.
   */
  cacheDir?: string;
}

export interface IndexResult {
  /** Pages in the index. */
  pages: number;
  shards: number;
  /** Shards copied unchanged from the previous build. */
  reused: number;
  /**
   * Pages the previous build knew, of the shards indexed again: how many had their documents from
   * the store (search-document-store.ts), and how many were parsed again to make them.
   */
  documents: { stored: number; made: number };
}

export async function indexSite(siteDir: string, options: IndexOptions = {}): Promise<IndexResult> {
  const staging = join(siteDir, STAGING);
  rmSync(staging, { recursive: true, force: true });
  try {
    const version = documentsVersion();
    const known = options.previous ? readKnown(options.previous, version) : new Map<string, KnownPage>();
    const reading = await readPages(siteDir, staging, known, options.kept);
    // Hook (search-files.ts): each PDF's pages join the pages read, always staged, never reused as known.
    for (const page of stageFilePages(staging, options.files ?? [])) {
      reading.pages.push({ path: page.path, digest: page.digest, bytes: page.bytes });
      reading.staged.set(page.path, page.documents ?? []);
    }
    const store = openDocumentStore(options.cacheDir, version);
    const result = await indexPages(siteDir, reading, options, store);
    writeKnown(siteDir, version, reading.known);
    store.save();
    return result;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

async function indexPages(siteDir: string, { pages, staged, unstaged }: Reading, options: IndexOptions, store: DocumentStore): Promise<IndexResult> {
  const shards = planShards(pages, options.maxBytes ?? SHARD_BYTES);
  const digests = new Map(pages.map((page) => [page.path, page.digest]));
  const documents: PageDocuments = { siteDir, staged, unstaged, store, digests, counts: { stored: 0, made: 0 } };
  const previous = options.previous ? readRecord(options.previous) : undefined;
  const toIndex: Shard[] = [];
  // Unchanged shards are copied (linked) aside first and moved into place after, so that a shard moving
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
      continue;
    }
    // A shard searched by default, reused: its pages' stored documents stay for the build that indexes it again.
    if (shard.byDefault) for (const page of shard.pages) keepStored(documents, page);
    if (oldDir === newDir) {
      kept.add(newDir);
    } else {
      const aside = join(siteDir, `.search-reuse-${shard.key}`);
      rmSync(aside, { recursive: true, force: true });
      linkTree(oldDir, aside);
      moves.push({ from: aside, to: newDir });
    }
  }
  removeStaleBundles(siteDir, kept);
  removeMemoryLeftovers();
  for (const move of moves) {
    mkdirSync(dirname(move.to), { recursive: true });
    renameSync(move.from, move.to);
  }
  // A bundle kept from a build made before bundles had word lists gets them now (new files: the linked ones are untouched).
  for (const dir of [...kept, ...moves.map((move) => move.to)]) if (!existsSync(join(dir, WORD_LISTS))) writeWordLists(dir);
  await runWithinMemory(toIndex, (shard) => pagefindPeak(shard.bytes), (shard) => indexShard(siteDir, shard, documents), {
    parallel: PARALLEL,
    budget: INDEX_MEMORY_BUDGET,
    own: () => process.memoryUsage.rss(),
  });
  writeNew(join(siteDir, MAIN_BUNDLE, MANIFEST), `${JSON.stringify(manifestOf(shards))}\n`);
  writeNew(join(siteDir, MAIN_BUNDLE, RECORD), `${JSON.stringify(recordOf(shards), null, 1)}\n`);
  return { pages: pages.length, shards: shards.length, reused: kept.size + moves.length, documents: documents.counts };
}

/**
 * A copy of the bundle `from` at `to`, its files hard-linked: Pagefind never rewrites a bundle's
 * files, and a bundle has thousands (one per record), which take about half a millisecond each to
 * copy here and a hundredth of that to link. Copied where they cannot be linked (another disk).
 */
function linkTree(from: string, to: string): void {
  try {
    mkdirSync(to, { recursive: true });
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      if (entry.isDirectory()) linkTree(join(from, entry.name), join(to, entry.name));
      else linkSync(join(from, entry.name), join(to, entry.name));
    }
  } catch {
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true });
  }
}

/** Removes every bundle in the site but those kept in place, so no shard of an older plan lingers. */
function removeStaleBundles(siteDir: string, kept: ReadonlySet<string>): void {
  const bundles = [resolve(siteDir, MAIN_BUNDLE)];
  const shardRoot = resolve(siteDir, SHARD_FOLDER);
  if (existsSync(shardRoot)) for (const name of readdirSync(shardRoot)) bundles.push(join(shardRoot, name));
  for (const bundle of bundles) if (!kept.has(bundle)) rmSync(bundle, { recursive: true, force: true });
}

/** The pages to index, and where each one's documents are. */
interface Reading {
  pages: SearchPage[];
  /** Site-relative page path → its staged documents. */
  staged: Map<string, StagedDocument[]>;
  /** Pages whose documents were not staged (the previous build knew them): made if their shard is indexed. */
  unstaged: Set<string>;
  known: StagedPage[];
}

/** The pages Pagefind would index: those with `data-pagefind-body`, or every page if none has it. */
async function readPages(siteDir: string, staging: string, known: ReadonlyMap<string, KnownPage>, kept?: ReadonlySet<string>): Promise<Reading> {
  const { pages, without } = await stagePagesInParallel(siteDir, staging, htmlFiles(siteDir), known, PARALLEL, undefined, kept);
  const staged = new Map<string, StagedDocument[]>();
  const unstaged = new Set<string>();
  for (const page of pages) {
    if (page.documents) staged.set(page.path, page.documents);
    else unstaged.add(page.path);
  }
  if (pages.length > 0) return { pages: pages.map(({ path, digest, bytes }) => ({ path, digest, bytes })), staged, unstaged, known: pages };
  // No page marks its text: Pagefind reads every page whole, as it is.
  const whole = without.map((path) => {
    const html = readFileSync(join(siteDir, path), "utf8");
    return { path, digest: pageDigest(html), bytes: Buffer.byteLength(html) };
  });
  return { pages: whole, staged, unstaged, known: [] };
}

/** The previous build's knowledge of its pages, if it was made by the same code. */
function readKnown(previous: string, version: string): Map<string, KnownPage> {
  try {
    const file = JSON.parse(readFileSync(join(previous, MAIN_BUNDLE, KNOWN), "utf8")) as { version: string; pages: Record<string, [string, string, number]> };
    if (file.version !== version) return new Map();
    return new Map(Object.entries(file.pages).map(([path, [source, digest, bytes]]) => [path, { source, digest, bytes }]));
  } catch {
    return new Map();
  }
}

function writeKnown(siteDir: string, version: string, pages: readonly StagedPage[]): void {
  const sorted = [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const entries = Object.fromEntries(sorted.map((page) => [page.path, [page.source, page.digest, page.bytes]]));
  writeNew(join(siteDir, MAIN_BUNDLE, KNOWN), `${JSON.stringify({ version, pages: entries })}\n`);
}

/** Writes a file anew, never through a hard link to the previous build's (see `linkTree`). */
function writeNew(path: string, text: string): void {
  rmSync(path, { force: true });
  writeFileSync(path, text);
}

/** The site's HTML files, site-relative, but for the search bundles and hidden folders. */
function htmlFiles(siteDir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (path !== MAIN_BUNDLE && path !== SHARD_FOLDER) walk(join(folder, entry.name), path);
      } else if (entry.isFile() && entry.name.endsWith(".html")) {
        files.push(path);
      }
    }
  };
  walk(siteDir, "");
  return files;
}

/**
 * The previous build's record of its shards; a build made before there was one listed the same in
 * its manifest. Only a bundle in a folder the build itself names is reused, so that a record
 * edited by hand never copies files from elsewhere into the site.
 */
function readRecord(siteDir: string): ShardRecord | undefined {
  const ours = (s: RecordedShard) => typeof s.hash === "string" && (s.path === MAIN_BUNDLE || s.path === `${SHARD_FOLDER}/${s.key}`);
  for (const name of [RECORD, MANIFEST]) {
    try {
      const record = JSON.parse(readFileSync(join(siteDir, MAIN_BUNDLE, name), "utf8")) as ShardRecord;
      if (record.version === 1 && Array.isArray(record.shards)) return { version: 1, shards: record.shards.filter(ours) };
    } catch {
      // none, or not readable: the next, else nothing is reused
    }
  }
  return undefined;
}

/** Where each page's search documents are to be had, for the shards indexed. */
interface PageDocuments {
  siteDir: string;
  /** Site-relative page path → its staged documents. */
  staged: ReadonlyMap<string, StagedDocument[]>;
  /** Pages the previous build knew, not staged: their documents are in the store, or made from the page. */
  unstaged: ReadonlySet<string>;
  store: DocumentStore;
  /** Site-relative page path → the digest of its documents. */
  digests: ReadonlyMap<string, string>;
  /** Pages the previous build knew whose documents came from the store, or were made again. */
  counts: { stored: number; made: number };
}

/** A page's documents, if it has any of its own (not a page Pagefind reads whole): staged, stored, or made from the page. */
function documentsOf(from: PageDocuments, page: string): SearchDocument[] | undefined {
  const staged = from.staged.get(page);
  if (staged) return readStaged(staged);
  if (!from.unstaged.has(page)) return undefined;
  const stored = from.store.documentsOf(page, from.digests.get(page) ?? "");
  from.counts[stored ? "stored" : "made"]++;
  return stored ?? documentsFromPage(from.siteDir, page);
}

/** Keeps in the store, for the next build, the stored documents of a page of a shard not indexed now. */
function keepStored(from: PageDocuments, page: string): void {
  if (!from.store.active) return;
  const digest = from.digests.get(page);
  const stored = digest === undefined ? undefined : from.staged.has(page) ? readStaged(from.staged.get(page) ?? []) : from.store.documentsOf(page, digest);
  if (digest !== undefined && stored) from.store.keep(page, digest, stored);
}

/**
 * Indexes one shard with the Pagefind command line (the same binary the Node API drives; on its
 * own it indexes about 1.5 times faster): its pages' documents are written from the staging packs
 * (or, for pages the previous build knew, from the store of documents or made again) into a folder
 * of their own (shardSource), at the same paths, so the addresses in the index are the site's; a
 * page read whole is linked or copied there. A shard searched by default leaves its documents in
 * the store, for the next build.
 */
async function indexShard(siteDir: string, shard: Shard, from: PageDocuments): Promise<void> {
  const source = shardSource(siteDir, shard);
  const output = join(siteDir, shard.path);
  rmSync(output, { recursive: true, force: true });
  const folders = new Set<string>();
  // Outside the site when in memory (shardSource): a stopped build must not leave it behind.
  const forget = removeIfInterrupted(source);
  try {
    // Page by page in the shard's (sorted) order, whatever each page's documents come from: a folder
    // in memory lists its files in the order they were made, and Pagefind numbers pages in the order
    // it lists them, so a build that made some documents afresh must make them in the same order.
    for (const page of shard.pages) {
      const documents = documentsOf(from, page);
      if (!documents) {
        linkOrCopy(join(siteDir, page), join(mkdirOnce(folders, dirname(join(source, page))), basename(page)));
        continue;
      }
      writeDocuments(documents, source, folders);
      const digest = from.digests.get(page);
      if (shard.byDefault && digest !== undefined) from.store.keep(page, digest, documents);
    }
    if (shard.pages.length === 0) writeFileSync(join(mkdirp(source), "index.html"), '<!DOCTYPE html><html lang="en"><head><title>empty</title></head><body data-pagefind-ignore="all"></body></html>');
    await runPagefind(["--site", source, "--output-path", output, "--force-language", "en", "--silent"], source);
    canonicaliseIndex(output);
    rechunkIndex(output);
    writeWordLists(output);
  } finally {
    rmSync(source, { recursive: true, force: true });
    forget();
  }
}

const MEMORY_PREFIX = "panel-papers-";

/**
 * Removes the shard folders in memory of builds no longer running: a build killed outright
 * (SIGKILL, out of memory) cannot remove its own, and memory is not given back until they go.
 */
function removeMemoryLeftovers(): void {
  let names: string[];
  try {
    names = readdirSync(MEMORY_FOLDER);
  } catch {
    return; // No such folder (not Linux), or not readable: nothing of ours is there.
  }
  for (const name of names) {
    const pid = Number(/^panel-papers-(\d+)-/.exec(name)?.[1]);
    if (pid && pid !== process.pid && !processRunning(pid)) rmSync(join(MEMORY_FOLDER, name), { recursive: true, force: true });
  }
}

/** Room a shard's documents may need in memory, with a wide margin: two shards are written at once. */
const MEMORY_FOLDER_ROOM = 1_000_000_000;

/**
 * A new, empty folder for a shard's documents, where Pagefind reads them: in memory (Linux's
 * /dev/shm) when it has room, else in the site's folder. A shard is thousands of small files, made
 * and removed within the build: on this machine's disk that took a third of the index step's own
 * CPU (6.4 s at 2,000 papers), in memory a tenth of that.
 */
function shardSource(siteDir: string, shard: Shard): string {
  const inSite = join(siteDir, `.search-shard-${shard.key}`);
  rmSync(inSite, { recursive: true, force: true });
  try {
    const { bavail, bsize } = statfsSync(MEMORY_FOLDER);
    if (bavail * bsize >= MEMORY_FOLDER_ROOM + shard.bytes * 4) return mkdtempSync(join(MEMORY_FOLDER, `${MEMORY_PREFIX}${process.pid}-${shard.key}-`));
  } catch {
    // No such folder (not Linux), or not writable: the site's folder, as before.
  }
  mkdirSync(inSite, { recursive: true });
  return inSite;
}

function mkdirp(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Runs Pagefind; if the build is interrupted, interrupt.ts ends it, and the promise never settles
 * (the process is about to exit, and a failure reported then would only be noise).
 */
function runPagefind(args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (interrupted()) return;
    const child = spawn(pagefindBinary(), args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
    endIfInterrupted(child);
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", (error) => reject(new Error(`search index: could not run Pagefind (${error.message})`)));
    child.on("close", (code) => {
      if (interrupted()) return;
      if (code === 0) resolve();
      else reject(new Error(`search index: Pagefind exited with code ${code}: ${stderr.trim().split("\n").slice(-5).join(" ")}`));
    });
  });
}

/** The Pagefind binary the `pagefind` package installed, found as its own resolver finds it. */
export function pagefindBinary(): string {
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
