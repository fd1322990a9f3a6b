/**
 * Reading and writing Pagefind 1.5.2's data files, for the steps that rewrite a bundle after
 * Pagefind has written it (canonical-index.ts, index-chunks.ts). Each is gzip-compressed CBOR
 * behind a `pagefind_dcd` signature; a bundle's `pagefind-entry.json` names, by language, the
 * metadata file (`pagefind.<language>_<hash>.pf_meta`) that lists the rest.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { decode, encode } from "cborg";

const PAGEFIND_SIGNATURE = Buffer.from("pagefind_dcd");

export interface BundleEntry {
  languages: Record<string, { hash: string }>;
}

export function readEntry(bundleDir: string): BundleEntry {
  return JSON.parse(readFileSync(join(bundleDir, "pagefind-entry.json"), "utf8")) as BundleEntry;
}

export function writeEntry(bundleDir: string, entry: BundleEntry): void {
  const path = join(bundleDir, "pagefind-entry.json");
  writeFileSync(`${path}.tmp`, JSON.stringify(entry));
  renameSync(`${path}.tmp`, path);
}

export function metaPath(bundleDir: string, hash: string): string {
  return join(bundleDir, `pagefind.${hash}.pf_meta`);
}

/** Replaces a language's metadata file with `meta`, named by its content as Pagefind names it. */
export function replaceMeta(bundleDir: string, language: string, info: { hash: string }, meta: unknown): void {
  const bytes = packPagefindData(meta);
  const hash = `${language}_${contentHash(bytes, 10)}`;
  rmSync(metaPath(bundleDir, info.hash));
  writeFileSync(metaPath(bundleDir, hash), bytes);
  info.hash = hash;
}

/** A data file's content behind its signature: CBOR, or JSON for a record's fragment. */
export function readPagefindBytes(path: string): Buffer {
  const raw = gunzipSync(readFileSync(path));
  if (!raw.subarray(0, PAGEFIND_SIGNATURE.length).equals(PAGEFIND_SIGNATURE)) throw new Error(`${path} is not a Pagefind data file`);
  return raw.subarray(PAGEFIND_SIGNATURE.length);
}

export function readPagefindData(path: string): unknown {
  return decode(readPagefindBytes(path), { useMaps: false });
}

export function packPagefindData(value: unknown): Buffer {
  return packPagefindBytes(encode(value));
}

/** A data file from its CBOR bytes, compressed as Pagefind compresses them (gzip's best). */
export function packPagefindBytes(cbor: Uint8Array): Buffer {
  // gzip with no file name and mtime 0 (Node's defaults), so equal data gives equal bytes.
  return gzipSync(Buffer.concat([PAGEFIND_SIGNATURE, cbor]), { level: 9 });
}

export function contentHash(bytes: Buffer, length: number): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, length);
}

export function sortedFiles(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
