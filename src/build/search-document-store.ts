/**
 * The search documents of the pages searched by default (the main bundle, and the pages of no
 * meeting), kept between builds in the archive's cache folder, so that a build indexing one of
 * those shards again need not parse the pages it kept unchanged to make their documents afresh.
 *
 * Publishing a meeting re-indexes the main bundle, of which it changes a few pages: the rest were
 * kept from the previous build (render-state.ts), unread, and their documents were made again from
 * their HTML for Pagefind, about 4 ms a page (2.5 s of the 10,000-paper rebuild). The other shards
 * are indexed again only when an old paper is corrected, and are not kept here, so that the store
 * stays the size of one shard or two (about 16 MB at 10,000 papers), not of the whole site.
 *
 * A page's documents are taken from the store only when they are exactly what the previous build
 * indexed: their digest, computed again from the stored text, must equal the digest the previous
 * build recorded for the page (its `KnownPage.digest`), which the page's unchanged HTML vouches
 * for. Anything else (another version of the search code, a store cut short, edited or from
 * another site) is read as nothing, and the documents are made from the page as before.
 * The documents hold only what the published pages say: nothing withheld is ever in a page.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { SearchDocument } from "./search-sections.ts";
import { documentsDigest } from "./search-stage.ts";

/** A page's documents as kept: the digest they were indexed under, and each document's path and text. */
interface StoredPage {
  digest: string;
  documents: SearchDocument[];
}

export interface DocumentStore {
  /** Whether it keeps anything: a store with no folder reads nothing and keeps nothing. */
  readonly active: boolean;
  /** The page's documents if the store holds exactly those with digest `digest`. */
  documentsOf(path: string, digest: string): SearchDocument[] | undefined;
  /** Keeps a page's documents for the next build. */
  keep(path: string, digest: string, documents: readonly SearchDocument[]): void;
  /** Writes what was kept (replacing the store read), when the store has a folder. */
  save(): void;
}

/** The store of the search code `version` in `folder`; without a folder, one that holds nothing and writes nothing. */
export function openDocumentStore(folder: string | undefined, version: string): DocumentStore {
  const file = folder ? join(folder, `search-documents-${version}.bin`) : undefined;
  const stored = file ? readStore(file) : new Map<string, StoredPage>();
  const kept = new Map<string, StoredPage>();
  return {
    active: file !== undefined,
    documentsOf(path, digest) {
      const page = stored.get(path);
      if (!page || page.digest !== digest || documentsDigest(page.documents) !== digest) return undefined;
      return page.documents;
    },
    keep(path, digest, documents) {
      if (file) kept.set(path, { digest, documents: [...documents] });
    },
    save() {
      if (!file || !folder) return;
      try {
        mkdirSync(folder, { recursive: true });
        // Written aside and moved into place: a build stopped half-way, or two at once, never leave half a file.
        const aside = `${file}.${process.pid}`;
        writeFileSync(aside, serialize([...kept].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
        renameSync(aside, file);
        removeOtherVersions(folder, file);
      } catch {
        // A cache that cannot be written is no reason to fail a build: the next one parses as before.
      }
    },
  };
}

function readStore(file: string): Map<string, StoredPage> {
  try {
    const entries = deserialize(readFileSync(file)) as unknown;
    if (!Array.isArray(entries)) return new Map();
    return new Map(entries.filter(isEntry));
  } catch {
    return new Map();
  }
}

function isEntry(entry: unknown): entry is [string, StoredPage] {
  if (!Array.isArray(entry) || typeof entry[0] !== "string") return false;
  const page = entry[1] as Partial<StoredPage> | undefined;
  return typeof page?.digest === "string" && Array.isArray(page.documents) && page.documents.every((doc) => typeof doc?.path === "string" && typeof doc.html === "string");
}

/** A store made by another version of the search code is never read again: it goes. */
function removeOtherVersions(folder: string, current: string): void {
  const name = basename(current);
  for (const entry of safeList(folder)) if (entry.startsWith("search-documents-") && entry !== name) rmSync(join(folder, entry), { force: true });
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
