/**
 * Reading the site for the search index. Each page is read and parsed once: its search documents
 * (search-sections.ts: its lean document, or its sections) are appended at once to a pack file
 * in a staging folder, where they wait for their shard to be indexed, so that only where they
 * are stays in memory (13,000 pages of documents would not fit), and their size and digest are
 * what the shards are planned and reused by.
 *
 * One pack file rather than a file a document: creating a file costs about half a millisecond
 * here, and there are 70,000 documents at 10,000 papers. Each shard's documents are cut out of
 * the packs into files of their own just before Pagefind reads them, while the other shard is
 * being indexed.
 *
 * Parsing is most of what is left (about 1.5 ms of CPU a page), so a large site is read on two
 * worker threads, each reading half the pages into its own pack; and a page whose HTML the
 * previous build read (the same digest, the print-only build date left out) is not parsed at all:
 * its documents' size and digest are what that build learnt (search-index.ts keeps them), and its
 * documents are made only if its shard is indexed again. Adding a meeting changes few pages.
 */
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { type SearchDocument, searchDocuments } from "./search-sections.ts";
import { pageDigest, type SearchPage } from "./search-shards.ts";

/** Below this many pages the workers cost more to start (each loads tsx and the parser, about 0.6 s of CPU) than they save. */
const WORKER_MIN_PAGES = 2000;
const TASK = "search-stage";

/** A document in a pack: its site-relative path, and where its bytes are. */
export interface StagedDocument {
  path: string;
  pack: string;
  offset: number;
  length: number;
}

/** What a previous build learnt of a page: its HTML's digest, and its documents' digest and size. */
export interface KnownPage {
  source: string;
  digest: string;
  bytes: number;
}

export interface StagedPage extends SearchPage {
  /** `pageDigest` of the page's HTML: while it is unchanged, so are its documents. */
  source: string;
  /**
   * Its documents, staged; undefined when the previous build knew them (the page's HTML is
   * unchanged), in which case they are made again only if the page's shard is indexed.
   */
  documents?: StagedDocument[];
}

export interface Staging {
  /** Pages with `data-pagefind-body` regions, their documents staged. */
  pages: StagedPage[];
  /** Pages without: Pagefind would read them whole (only if no page has a region). */
  without: string[];
}

interface Task {
  task: typeof TASK;
  siteDir: string;
  pack: string;
  paths: string[];
}

/** Reads the pages at `paths` (site-relative) and appends their documents to the file `pack`. */
export function stagePages(siteDir: string, pack: string, paths: readonly string[]): Staging {
  const pages: StagedPage[] = [];
  const without: string[] = [];
  mkdirSync(dirname(pack), { recursive: true });
  const fd = openSync(pack, "w");
  let offset = 0;
  try {
    for (const path of paths) {
      const html = readFileSync(join(siteDir, path), "utf8");
      const docs = searchDocuments(path, html);
      if (!docs) {
        without.push(path);
        continue;
      }
      const documents: StagedDocument[] = [];
      for (const doc of docs) {
        const bytes = Buffer.from(doc.html);
        writeSync(fd, bytes);
        documents.push({ path: doc.path, pack, offset, length: bytes.length });
        offset += bytes.length;
      }
      const digest = documentsDigest(docs);
      pages.push({ path, source: digestOf(html), digest, bytes: documents.reduce((n, doc) => n + doc.length, 0), documents });
    }
  } finally {
    closeSync(fd);
  }
  return { pages, without };
}

/**
 * The pages at `paths`, their documents staged into packs in the folder `staging`, but for the
 * pages `known` to the previous build whose HTML is unchanged: those are only read, not parsed,
 * and not even read when the build `kept` the previous build's file.
 * The others are parsed on two worker threads if there are at least `minPages` of them, so that
 * their garbage (about 100 MB of parsed pages) goes with the workers rather than staying in this
 * process beside the Pagefind processes.
 */
export async function stagePagesInParallel(siteDir: string, staging: string, paths: readonly string[], known: ReadonlyMap<string, KnownPage>, threads: number, minPages = WORKER_MIN_PAGES, kept: ReadonlySet<string> = new Set()): Promise<Staging> {
  const settled: StagedPage[] = [];
  const without: string[] = [];
  const unknown: string[] = [];
  for (const path of paths) {
    const old = known.get(path);
    if (!old) {
      unknown.push(path);
      continue;
    }
    // The previous build's own file, kept as it was (render-state.ts): what it learnt of it holds, unread.
    if (kept.has(path)) {
      settled.push({ path, ...old });
      continue;
    }
    const html = readFileSync(join(siteDir, path), "utf8");
    if (!html.includes("data-pagefind-body")) without.push(path);
    else if (digestOf(html) === old.source) settled.push({ path, ...old });
    else unknown.push(path);
  }
  const parsed = await parse(siteDir, staging, unknown, threads, minPages);
  return { pages: [...settled, ...parsed.pages], without: [...without, ...parsed.without] };
}

async function parse(siteDir: string, staging: string, paths: readonly string[], threads: number, minPages: number): Promise<Staging> {
  if (threads < 2 || paths.length < minPages) return stagePages(siteDir, join(staging, "documents-1.pack"), paths);
  const half = Math.ceil(paths.length / 2);
  const parts = await Promise.all([paths.slice(0, half), paths.slice(half)].map((part, i) => inWorker({ task: TASK, siteDir, pack: join(staging, `documents-${i + 1}.pack`), paths: part })));
  return { pages: parts.flatMap((part) => part.pages), without: parts.flatMap((part) => part.without) };
}

async function inWorker(task: Task): Promise<Staging> {
  const worker = new Worker(workerSource(), { eval: true, workerData: task });
  try {
    return await new Promise<Staging>((resolve, reject) => {
      worker.once("message", (result: Staging) => resolve(result));
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`search index: the page reader stopped (exit code ${code})`)));
    });
  } finally {
    await worker.terminate();
  }
}

/** A page's documents made afresh from its HTML (a page that was not staged). */
export function documentsFromPage(siteDir: string, path: string): SearchDocument[] {
  return searchDocuments(path, readFileSync(join(siteDir, path), "utf8")) ?? [];
}

/** Staged documents read back from their packs. */
export function readStaged(documents: readonly StagedDocument[]): SearchDocument[] {
  const packs = new Map<string, number>();
  try {
    return documents.map((doc) => {
      let fd = packs.get(doc.pack);
      if (fd === undefined) {
        fd = openSync(doc.pack, "r");
        packs.set(doc.pack, fd);
      }
      const bytes = Buffer.allocUnsafe(doc.length);
      readSync(fd, bytes, 0, doc.length, doc.offset);
      return { path: doc.path, html: bytes.toString("utf8") };
    });
  } finally {
    for (const fd of packs.values()) closeSync(fd);
  }
}

/** Writes documents into the folder `target`, each at its path, as Pagefind reads them; `folders` are those made so far. */
export function writeDocuments(documents: readonly SearchDocument[], target: string, folders: Set<string>): void {
  for (const doc of documents) writeFileSync(join(mkdirOnce(folders, dirname(join(target, doc.path))), basename(doc.path)), doc.html);
}

/** The digest of a page's documents, by which shards are planned and reused and stored documents checked. */
export function documentsDigest(documents: readonly SearchDocument[]): string {
  return digestOf(documents.map((doc) => `${doc.path}\0${doc.html}`).join("\0"));
}

/**
 * The worker's code: this TypeScript module, loaded through tsx as the project's commands load it
 * (a worker does not inherit tsx's loader from the thread that starts it).
 */
function workerSource(): string {
  const tsx = import.meta.resolve("tsx/esm/api");
  return `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(import.meta.url)}, ${JSON.stringify(import.meta.url)}));`;
}

/** Makes a folder once per run of writes: most documents share their page's folder. */
export function mkdirOnce(made: Set<string>, dir: string): string {
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  return dir;
}

/**
 * What the documents of a page depend on besides its HTML: the code that makes them. A previous
 * build's knowledge of pages holds only while it is the same.
 */
export function documentsVersion(): string {
  const hash = createHash("sha256");
  for (const file of ["./search-lean.ts", "./search-sections.ts", "./search-stage.ts"]) hash.update(readFileSync(new URL(file, import.meta.url)));
  return hash.digest("hex").slice(0, 16);
}

/** `pageDigest` (the print-only build date left out), shortened: 128 bits tell pages apart. */
function digestOf(text: string): string {
  return pageDigest(text).slice(0, 32);
}

if (!isMainThread && (workerData as Task | undefined)?.task === TASK) {
  const { siteDir, pack, paths } = workerData as Task;
  parentPort?.postMessage(stagePages(siteDir, pack, paths));
}
