/**
 * Which pages go into which part of the search index. Pagefind holds everything it indexes in
 * memory at once (about 1 MB per page of paper text, so some 10 GB for 10,000 papers), so a large
 * archive is indexed in shards of consecutive years, each small enough to build within a fixed
 * memory budget, and merged by the browser at search time. Pagefind's memory grows with the text
 * it holds, so the budget is in bytes of HTML, not pages. Grouping by year keeps shards stable:
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
  /** Size of its HTML: what Pagefind's memory grows with. */
  bytes: number;
}

export interface Shard {
  /** `2019`, `2016-2018`: the years of meetings it holds; `other` for pages of no meeting; `all`. */
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
 * Groups pages into shards of whole years, oldest first, each at most `maxBytes` of HTML (a single
 * year larger than that is a shard of its own). Pages that belong to no meeting (people, bodies,
 * papers outside meetings) form shards of their own, so that they never shift the years' shards.
 * A site within `maxBytes` altogether is one shard, `all`.
 */
export function planShards(pages: readonly SearchPage[], maxBytes: number): Shard[] {
  // A site within the budget is one bundle: nothing to merge, the least a reader downloads.
  if (pages.reduce((n, p) => n + p.bytes, 0) <= maxBytes) return [shardOf("all", MAIN_BUNDLE, pages)];
  const byYear = new Map<number, SearchPage[]>();
  const loose: SearchPage[] = [];
  for (const page of pages) {
    const year = yearOfPage(page.path);
    if (year === undefined) loose.push(page);
    else byYear.set(year, [...(byYear.get(year) ?? []), page]);
  }
  const groups: { key: string; pages: SearchPage[] }[] = [];
  const looseGroups = fill(sortByPath(loose).map((page) => ({ label: "other", pages: [page] })), maxBytes);
  for (const [i, group] of looseGroups.entries()) groups.push({ key: looseGroups.length === 1 ? "other" : `other-${i + 1}`, pages: group.pages });
  const years = [...byYear.keys()].sort((a, b) => a - b).map((year) => ({ label: String(year), pages: byYear.get(year) ?? [] }));
  for (const group of fill(years, maxBytes)) {
    const first = group.labels[0];
    const last = group.labels[group.labels.length - 1];
    groups.push({ key: first === last ? String(first) : `${first}-${last}`, pages: group.pages });
  }
  return groups.map((group, i) => shardOf(group.key, i === groups.length - 1 ? MAIN_BUNDLE : `${SHARD_FOLDER}/${group.key}`, group.pages));
}

function shardOf(key: string, path: string, pages: readonly SearchPage[]): Shard {
  const sorted = sortByPath(pages);
  return { key, path, pages: sorted.map((p) => p.path), hash: digestPages(sorted) };
}

/** Consecutive runs of items, each run at most `maxBytes` unless one item alone is larger. */
function fill(items: readonly { label: string; pages: SearchPage[] }[], maxBytes: number): { labels: string[]; pages: SearchPage[] }[] {
  const runs: { labels: string[]; pages: SearchPage[]; bytes: number }[] = [];
  for (const item of items) {
    const bytes = item.pages.reduce((n, p) => n + p.bytes, 0);
    const last = runs[runs.length - 1];
    if (last && last.bytes + bytes <= maxBytes) {
      last.labels.push(item.label);
      last.pages.push(...item.pages);
      last.bytes += bytes;
    } else {
      runs.push({ labels: [item.label], pages: [...item.pages], bytes });
    }
  }
  return runs;
}

function sortByPath(pages: readonly SearchPage[]): SearchPage[] {
  return [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
