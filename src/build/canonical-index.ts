/**
 * Pagefind 1.5.2 writes its filter files, and the list of them in its metadata, in hash-map order,
 * which changes from run to run; so do their content-hashed names. This rewrites them in sorted
 * order, under names hashed from the sorted content, so that the same site always gives the same
 * index, byte for byte. The data is unchanged: only the order of map entries.
 *
 * A filter file is [filterName, [[value, [pageNumbers]], ...]]; the metadata holds a list of
 * [filterName, fileHash] (see pagefind-files.ts for the files' form).
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { contentHash, metaPath, packPagefindData, readEntry, readPagefindData, replaceMeta, sortedFiles, writeEntry } from "./pagefind-files.ts";

export function canonicaliseIndex(pagefindDir: string): void {
  const entry = readEntry(pagefindDir);
  const renamedFilters = new Map<string, string>();
  const filterDir = join(pagefindDir, "filter");
  for (const name of sortedFiles(filterDir)) {
    const match = /^(.+)_([0-9a-f]+)\.pf_filter$/.exec(name);
    if (!match) continue;
    const [, language, oldHash] = match as unknown as [string, string, string];
    const [filterName, values] = readPagefindData(join(filterDir, name)) as [string, [string, number[]][]];
    const sorted = [...values].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const bytes = packPagefindData([filterName, sorted]);
    const newHash = contentHash(bytes, 7);
    rmSync(join(filterDir, name));
    writeFileSync(join(filterDir, `${language}_${newHash}.pf_filter`), bytes);
    renamedFilters.set(`${language}_${oldHash}`, `${language}_${newHash}`);
  }
  for (const [language, info] of Object.entries(entry.languages)) {
    const meta = readPagefindData(metaPath(pagefindDir, info.hash));
    replaceMeta(pagefindDir, language, info, rewriteFilterList(meta, renamedFilters));
  }
  writeEntry(pagefindDir, entry);
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
