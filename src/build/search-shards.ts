/**
 * Which pages go into which part of the search index. Pagefind holds everything it indexes in
 * memory at once (about 1 MB per page of paper text, so some 10 GB for 10,000 papers), so a large
 * archive is indexed in shards of consecutive years, each small enough to build within a fixed
 * memory budget, and merged by the browser at search time. Grouping by year keeps shards stable:
 * publishing a meeting changes the newest shard only, and an unchanged shard (same pages, same
 * text) is reused from the last build instead of being indexed again.
 *
 * Pure: page paths and texts in, shards out.
 */
import { createHash } from "node:crypto";

export interface SearchPage {
  /** Site-relative path with forward slashes, e.g. `meetings/kmpcp-2024-10-10/index.html`. */
  path: string;
  /** `pageDigest` of its HTML (pages are read one at a time: 10,000 pages do not fit in memory). */
  digest: string;
}

export interface Shard {
  /** `2019`, `2016-2018`: the years of meetings it holds (papers outside meetings join the oldest). */
  key: string;
  /** Where its Pagefind bundle goes, relative to the site: the newest shard is the main bundle. */
  path: string;
  pages: string[];
  /** A digest of its pages' paths and indexed text: equal digests index to equal bundles. */
  hash: string;
}

/** Where the main bundle goes: the search page loads `/pagefind/pagefind.js`. */
export const MAIN_BUNDLE = "pagefind";
/** Where the other shards' bundles go, one folder each. */
export const SHARD_FOLDER = "pagefind-shards";

const MEETING_YEAR = /^meetings\/[a-z0-9-]*?-(\d{4})-\d{2}-\d{2}(?:-\d+)?\//;
/** The print-only block with the build date: it changes every day and is not what anyone searches. */
const PRINT_META = /<div class="app-print-meta">[\s\S]*?<\/div>/;

/** The year of the meeting a page belongs to, if it belongs to one. */
export function yearOfPage(path: string): number | undefined {
  const match = MEETING_YEAR.exec(path);
  return match ? Number(match[1]) : undefined;
}

/**
 * Groups pages into shards of whole years, oldest first, each at most `maxPages` pages (a single
 * year larger than that is a shard of its own).
 */
export function planShards(pages: readonly SearchPage[], maxPages: number): Shard[] {
  const byYear = new Map<number, SearchPage[]>();
  const loose: SearchPage[] = [];
  for (const page of pages) {
    const year = yearOfPage(page.path);
    if (year === undefined) loose.push(page);
    else byYear.set(year, [...(byYear.get(year) ?? []), page]);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const groups: { years: number[]; pages: SearchPage[] }[] = [];
  for (const year of years) {
    const yearPages = byYear.get(year) ?? [];
    const last = groups[groups.length - 1];
    if (last && last.pages.length + yearPages.length <= maxPages) {
      last.years.push(year);
      last.pages.push(...yearPages);
    } else {
      groups.push({ years: [year], pages: [...yearPages] });
    }
  }
  if (groups.length === 0) groups.push({ years: [], pages: [] });
  // Papers that belong to no meeting change rarely: they join the oldest shard, not the newest.
  groups[0]?.pages.push(...loose);
  return groups.map((group, i) => {
    const first = group.years[0];
    const lastYear = group.years[group.years.length - 1];
    const key = first === undefined ? "all" : first === lastYear ? String(first) : `${first}-${lastYear}`;
    const sorted = [...group.pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return {
      key,
      path: i === groups.length - 1 ? MAIN_BUNDLE : `${SHARD_FOLDER}/${key}`,
      pages: sorted.map((p) => p.path),
      hash: digestPages(sorted),
    };
  });
}

/** A page's HTML as far as the index is concerned: everything but the daily build date. */
export function pageDigest(html: string): string {
  return createHash("sha256").update(html.replace(PRINT_META, "")).digest("hex");
}

function digestPages(pages: readonly SearchPage[]): string {
  const hash = createHash("sha256");
  for (const page of pages) hash.update(`${page.path}\0${page.digest}\n`);
  return hash.digest("hex").slice(0, 16);
}

/** What the search page reads from `/pagefind/shards.json`: the bundles to merge into the main one. */
export interface ShardManifest {
  version: 1;
  /** Bundle folders to pass to `pagefind.mergeIndex`, relative to this file (`../pagefind-shards/2019/`). */
  merge: string[];
  shards: { key: string; path: string; pages: number; hash: string }[];
}

export function manifestOf(shards: readonly Shard[]): ShardManifest {
  return {
    version: 1,
    merge: shards.filter((s) => s.path !== MAIN_BUNDLE).map((s) => `../${s.path}/`),
    shards: shards.map((s) => ({ key: s.key, path: s.path, pages: s.pages.length, hash: s.hash })),
  };
}
