/**
 * Pagefind 1.5.2 writes its filter files, and the list of them in its metadata, in hash-map order,
 * which changes from run to run; so do their content-hashed names. This rewrites them in sorted
 * order, under names hashed from the sorted content, so that the same site always gives the same
 * index, byte for byte. The data is unchanged: only the order of map entries.
 *
 * The files are gzip-compressed CBOR behind a `pagefind_dcd` signature: a filter file is
 * [filterName, [[value, [pageNumbers]], ...]]; the metadata holds a list of [filterName, fileHash].
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { decode, encode } from "cborg";

const SIGNATURE = Buffer.from("pagefind_dcd");

export function canonicaliseIndex(pagefindDir: string): void {
  const entryPath = join(pagefindDir, "pagefind-entry.json");
  const entry = JSON.parse(readFileSync(entryPath, "utf8")) as { languages: Record<string, { hash: string }> };
  const renamedFilters = new Map<string, string>();
  const filterDir = join(pagefindDir, "filter");
  for (const name of safeList(filterDir)) {
    const match = /^(.+)_([0-9a-f]+)\.pf_filter$/.exec(name);
    if (!match) continue;
    const [, language, oldHash] = match as unknown as [string, string, string];
    const [filterName, values] = read(join(filterDir, name)) as [string, [string, number[]][]];
    const sorted = [...values].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const bytes = pack([filterName, sorted]);
    const newHash = digest(bytes, 7);
    rmSync(join(filterDir, name));
    writeFileSync(join(filterDir, `${language}_${newHash}.pf_filter`), bytes);
    renamedFilters.set(`${language}_${oldHash}`, `${language}_${newHash}`);
  }
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaPath = join(pagefindDir, `pagefind.${info.hash}.pf_meta`);
    const meta = read(metaPath);
    const rewritten = rewriteFilterList(meta, renamedFilters);
    const bytes = pack(rewritten);
    const newHash = `${language}_${digest(bytes, 10)}`;
    rmSync(metaPath);
    writeFileSync(join(pagefindDir, `pagefind.${newHash}.pf_meta`), bytes);
    info.hash = newHash;
  }
  writeFileSync(`${entryPath}.tmp`, JSON.stringify(entry));
  renameSync(`${entryPath}.tmp`, entryPath);
}

/** Finds the metadata's list of [filterName, fileHash] pairs, renames and sorts it. */
function rewriteFilterList(value: unknown, renamed: Map<string, string>): unknown {
  if (!Array.isArray(value)) return value;
  const isFilterList = value.length > 0 && value.every((v) => Array.isArray(v) && v.length === 2 && typeof v[0] === "string" && typeof v[1] === "string" && renamed.has(v[1]));
  if (isFilterList) {
    return (value as [string, string][]).map(([n, h]) => [n, renamed.get(h) ?? h]).sort((a, b) => ((a[0] ?? "") < (b[0] ?? "") ? -1 : 1));
  }
  return value.map((v) => rewriteFilterList(v, renamed));
}

function read(path: string): unknown {
  const raw = gunzipSync(readFileSync(path));
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${path} is not a Pagefind data file`);
  return decode(raw.subarray(SIGNATURE.length), { useMaps: false });
}

function pack(value: unknown): Buffer {
  // gzip with no file name and mtime 0 (Node's defaults), so equal data gives equal bytes.
  return gzipSync(Buffer.concat([SIGNATURE, Buffer.from(encode(value))]), { level: 9 });
}

function digest(bytes: Buffer, length: number): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, length);
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
