/**
 * What reading a content file gives (its front matter checked, its text's structure), kept between
 * runs, so that `check` and a build over an archive where one meeting changed read the other
 * thousands of files from the cache instead of parsing and validating them again: most of the
 * load's time at 10,000 papers (docs/performance.md).
 *
 * Safe by construction, not by care: an entry is found only by a digest of everything its value is
 * made from (the file's path and bytes, or a text and the options it was read with), in a cache
 * file named by a digest of the code that makes the values (every file of the model, the schemas,
 * the versions of the parsers it calls, and Node's), so a changed file, a changed schema or a new
 * version of the generator is never answered from an old entry. A cache that cannot be read (cut
 * short, written by another version) is read as empty; one that cannot be written is left as it
 * was. A run writes back only the entries it used, so the file holds one archive's, not every
 * archive's ever read.
 *
 * It holds what the content files say, withheld papers' included, so it lives beside them, in the
 * archive's own `.cache/` (ignored by git, never published), never in the site.
 */
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";

export interface ParseCache {
  /** The value kept for `kind` and `key` (every input the value is made from), else `make()`'s, kept for the next run. */
  through<T>(kind: string, key: string | Uint8Array, make: () => T): T;
  /** Writes back the entries this run used, when any was new. */
  save(): void;
  /** How many values came from the cache, and how many were made (for tests and the benchmark). */
  readonly stats: { hits: number; misses: number };
}

/** No cache: every value made afresh (the library's default, and tests'). */
export function noParseCache(): ParseCache {
  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    through: (_kind, _key, make) => {
      stats.misses++;
      return make();
    },
    save: () => {},
  };
}

const MODEL_DIR = dirname(fileURLToPath(import.meta.url));
/** The packages whose output the cached values are: a new version of any may read a file differently. */
const PARSERS = ["yaml", "gray-matter", "markdown-it", "markdown-it-container", "ajv", "ajv-formats", "luxon"];

/** The cache of the archive in `folder` (its `.cache/panel-papers/`), read now and written by `save()`. */
export function openParseCache(folder: string): ParseCache {
  const version = codeVersion();
  const path = join(folder, `content-${version}.bin`);
  const kept = readEntries(path);
  // Each value as bytes, written when it was made: the linker goes on to change the objects it is
  // given, and two files of the same text must not share one. A hit is a fresh copy every time.
  const used = new Map<string, Uint8Array>();
  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    through<T>(kind: string, key: string | Uint8Array, make: () => T): T {
      const digest = createHash("sha256").update(kind).update("\0").update(key).digest("base64");
      const bytes = kept.get(digest);
      if (bytes !== undefined) {
        try {
          const value = deserialize(bytes) as T;
          stats.hits++;
          used.set(digest, bytes);
          return value;
        } catch {
          // Not ours after all: made afresh below.
        }
      }
      stats.misses++;
      const value = make();
      used.set(digest, serialize(value));
      return value;
    },
    save() {
      if (stats.misses === 0 && used.size === kept.size) return;
      writeEntries(folder, path, used);
    },
  };
}

/**
 * The file: a length (4 bytes), the index (serialised: each entry's digest and where its bytes end),
 * then every entry's bytes one after another. Read as one buffer, whose entries are views into it,
 * not copies: the whole cache is one allocation, which the system gets back once the load is done
 * (thousands of small copies, as a serialised map of buffers gave, stayed in the process's heap
 * and added their size to the build's peak).
 */
function readEntries(path: string): Map<string, Uint8Array> {
  try {
    const file = readFileSync(path);
    const indexEnd = 4 + file.readUInt32LE(0);
    const index = deserialize(file.subarray(4, indexEnd)) as { digests: string[]; ends: number[] };
    const entries = new Map<string, Uint8Array>();
    let start = indexEnd;
    index.digests.forEach((digest, i) => {
      const end = indexEnd + (index.ends[i] ?? Number.NaN);
      if (!(end >= start && end <= file.length)) throw new Error("the index does not fit the file");
      entries.set(digest, file.subarray(start, end));
      start = end;
    });
    return entries;
  } catch {
    // Absent, cut short by a run that was stopped, or not ours: as if empty.
    return new Map();
  }
}

/** Written beside it and renamed over it, so a reader never sees half a file; older versions' files go. */
function writeEntries(folder: string, path: string, entries: Map<string, Uint8Array>): void {
  try {
    mkdirSync(folder, { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    const digests = [...entries.keys()];
    let end = 0;
    const ends = [...entries.values()].map((bytes) => (end += bytes.length));
    const index = serialize({ digests, ends });
    const length = Buffer.alloc(4);
    length.writeUInt32LE(index.length, 0);
    // Entry by entry: one buffer of the whole cache would be its size again in memory.
    const fd = openSync(temporary, "w");
    const write = (bytes: Uint8Array) => {
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
    };
    try {
      write(length);
      write(index);
      for (const bytes of entries.values()) write(bytes);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
    for (const name of readdirSync(folder)) {
      if (name.startsWith("content-") && join(folder, name) !== path && !name.endsWith(".tmp")) rmSync(join(folder, name), { force: true });
    }
  } catch {
    // A cache that cannot be written costs the next run time, nothing else.
  }
}

let version: string | undefined;

/**
 * A digest of everything that decides what a cached value is: the model's own files (its code and
 * schemas), the parsers' versions and Node's (whose serialisation the file is in).
 */
export function codeVersion(): string {
  if (version !== undefined) return version;
  const hash = createHash("sha256").update(process.versions.v8).update("\0").update(process.version);
  for (const file of filesUnder(MODEL_DIR)) hash.update("\0").update(file.slice(MODEL_DIR.length)).update("\0").update(readFileSync(file));
  for (const name of PARSERS) hash.update(`\0${name}@${packageVersion(name)}`);
  version = hash.digest("hex").slice(0, 16);
  return version;
}

/** A package's version, from the package.json above its entry point (some packages do not export their package.json). */
function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    // Its version cannot be told, so no entry made with it may be trusted: a version of this run alone.
    return `unknown ${process.pid} ${Date.now()}`;
  }
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (manifest.name === name) return manifest.version ?? "";
    } catch {
      // No package.json here: look in the folder above.
    }
  }
  return `unknown ${process.pid} ${Date.now()}`;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}
