/**
 * Which pages go into which part of the search index, and which parts a reader searches by default.
 *
 * Pagefind holds everything it indexes in memory at once (about 1 MB per page of paper text, so
 * some 10 GB for 10,000 papers), so a large archive is indexed in shards of consecutive years,
 * each small enough to build within a fixed memory budget (a year too large for one is cut in
 * parts). Pagefind's memory grows with the text it holds, so the budget is in bytes, not pages.
 * Grouping by year keeps shards stable: publishing a meeting changes the newest shard only, and an
 * unchanged shard (same pages, same text) is reused from the last build instead of being indexed
 * again.
 *
 * A reader's browser pays for every shard it searches: its metadata (about 9 bytes gzipped per
 * record) and, for every word of every query, one chunk of the word index (about 5 KB gzipped,
 * index-chunks.ts), or the word's own positions if it is common enough to fill a chunk alone
 * (which grows with the years the shard holds). So the search page searches only the main bundle
 * by default: the newest two years of meetings (what readers mostly look for: the latest meetings
 * and the business they follow up) and, when they fit beside them, the pages of no meeting
 * (people, bodies, organisations, topics, decisions, papers outside meetings), so that names and
 * topics are always found. Older years are searched when the reader asks for all years or picks a
 * year (src/assets/search.js).
 *
 * Pure: page paths and texts in, shards out.
 */
import { createHash } from "node:crypto";

export interface SearchPage {
  /** Site-relative path with forward slashes, e.g. `meetings/kmpcp-2024-10-10/index.html`. */
  path: string;
  /** `pageDigest` of what is indexed of it (pages are read one at a time: 10,000 pages do not fit in memory). */
  digest: string;
  /** Size of what is indexed of it: what Pagefind's memory grows with. */
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
  /** Bytes of its pages, as the budget counts them. */
  bytes: number;
  /** The first and last year of the meetings it holds; undefined if it holds none. */
  years?: [first: number, last: number];
  /** Whether it holds pages of no meeting (people, bodies, topics, decisions, papers outside meetings). */
  loose: boolean;
  /** Whether the search page searches it when the reader has asked for neither all years nor a year. */
  byDefault: boolean;
}

/** Where the main bundle goes: the search page loads `/pagefind/pagefind.js`. */
export const MAIN_BUNDLE = "pagefind";
/** Where the other shards' bundles go, one folder each. */
export const SHARD_FOLDER = "pagefind-shards";
/**
 * Years of meetings the main bundle holds when they fit the budget together: the current and the
 * previous year always include the last twelve months of meetings, whatever the date.
 */
export const RECENT_YEARS = 2;

const MEETING_YEAR = /^meetings\/[a-z0-9-]*?-(\d{4})-\d{2}-\d{2}(?:-\d+)?\//;
/** The print-only block with the build date: it changes every day and is not what anyone searches. */
const PRINT_META = /<div class="app-print-meta">[\s\S]*?<\/div>/;

/** The year of the meeting a page belongs to, if it belongs to one. */
export function yearOfPage(path: string): number | undefined {
  const match = MEETING_YEAR.exec(path);
  return match ? Number(match[1]) : undefined;
}

interface Group {
  key: string;
  pages: readonly SearchPage[];
  years?: [number, number];
  loose: boolean;
  byDefault: boolean;
}

interface Year {
  year: number;
  pages: SearchPage[];
  bytes: number;
}

/**
 * Plans the shards. A site within `maxBytes` altogether is one shard, `all`. Otherwise:
 *
 * - the main bundle holds the newest `RECENT_YEARS` years of meetings, or fewer if they do not fit
 *   `maxBytes` together (the newest year always, however large), and the pages of no meeting if
 *   they fit beside them; if they do not, those pages form shards of their own (`other`,
 *   `other-2`…), searched by default too;
 * - the older years form shards of whole years, oldest first, each at most `maxBytes`; a year
 *   larger than that is cut into parts of about equal size (`2015-part-1`, `2015-part-2`), each
 *   holding that year only.
 *
 * Adding a meeting to the newest year changes the main shard only, unless it makes the main shard
 * overflow; a new year moves the oldest year of the main shard into the older ones, once a year.
 * When the main shard holds only the newest year and that year is still small (a year just begun,
 * or one with only scheduled meetings, in an archive whose years each fill a shard), the shard
 * holding the year before is searched by default as well, so the default always covers at least
 * a year of business.
 */
export function planShards(pages: readonly SearchPage[], maxBytes: number): Shard[] {
  const { years, loose } = byYear(pages);
  // A site within the budget is one bundle: nothing to merge, the least a reader downloads.
  if (bytesOf(pages) <= maxBytes) return [shardOf({ key: "all", pages, years: spanOf(years), loose: loose.length > 0, byDefault: true }, MAIN_BUNDLE)];
  const recent = recentYears(years, maxBytes);
  const recentBytes = recent.reduce((n, year) => n + year.bytes, 0);
  const looseInMain = recent.length > 0 && recentBytes + bytesOf(loose) <= maxBytes;
  const groups: Group[] = [];
  if (!looseInMain) {
    const runs = fill(sortByPath(loose), maxBytes);
    for (const [i, run] of runs.entries()) groups.push({ key: runs.length === 1 ? "other" : `other-${i + 1}`, pages: run, loose: true, byDefault: true });
  }
  const older = years.slice(0, years.length - recent.length);
  for (const run of fill(older, maxBytes)) {
    const [only] = run;
    if (run.length === 1 && only && only.bytes > maxBytes) {
      for (const [i, part] of yearParts(only, maxBytes).entries()) groups.push({ key: `${only.year}-part-${i + 1}`, pages: part, years: [only.year, only.year], loose: false, byDefault: false });
    } else {
      groups.push({ key: yearsKey(run), pages: run.flatMap((year) => year.pages), years: spanOf(run), loose: false, byDefault: false });
    }
  }
  const yearBefore = older[older.length - 1]?.year;
  if (recent.length === 1 && recentBytes < maxBytes / 2) for (const group of groups) if (group.years?.[1] === yearBefore) group.byDefault = true;
  const recentPages = recent.flatMap((year) => year.pages);
  // With no meeting at all, the last shard of pages of no meeting is the main bundle.
  const main = recent.length > 0 ? { key: yearsKey(recent), pages: looseInMain ? [...recentPages, ...loose] : recentPages, years: spanOf(recent), loose: looseInMain && loose.length > 0, byDefault: true } : groups.pop();
  const shards = groups.map((group) => shardOf(group, `${SHARD_FOLDER}/${group.key}`));
  return main ? [...shards, shardOf(main, MAIN_BUNDLE)] : shards;
}

/**
 * An older year larger than `maxBytes`, cut into as few parts as the budget allows, of about equal
 * size (within half a page either way), its pages in path order, so that a meeting's pages mostly
 * share a part. A year's pages do not change once it is past, so neither do its parts.
 */
function yearParts(year: Year, maxBytes: number): SearchPage[][] {
  const count = Math.ceil(year.bytes / maxBytes);
  const share = year.bytes / count;
  const parts: SearchPage[][] = Array.from({ length: count }, () => []);
  let before = 0;
  for (const page of sortByPath(year.pages)) {
    // The part the page's middle falls in, as if the year's bytes were laid end to end.
    const i = Math.min(count - 1, Math.floor((before + page.bytes / 2) / share));
    parts[i]?.push(page);
    before += page.bytes;
  }
  return parts.filter((part) => part.length > 0);
}

/** Pages by the year of their meeting, oldest year first, and the pages of no meeting. */
function byYear(pages: readonly SearchPage[]): { years: Year[]; loose: SearchPage[] } {
  const held = new Map<number, SearchPage[]>();
  const loose: SearchPage[] = [];
  for (const page of pages) {
    const year = yearOfPage(page.path);
    if (year === undefined) loose.push(page);
    else if (held.has(year)) held.get(year)?.push(page);
    else held.set(year, [page]);
  }
  const years = [...held.entries()].map(([year, yearPages]) => ({ year, pages: yearPages, bytes: bytesOf(yearPages) }));
  return { years: years.sort((a, b) => a.year - b.year), loose };
}

/** The newest years, up to RECENT_YEARS, that fit `maxBytes` together (the newest always), oldest first. */
function recentYears(years: readonly Year[], maxBytes: number): Year[] {
  const recent: Year[] = [];
  let bytes = 0;
  for (const year of [...years].reverse()) {
    if (recent.length === RECENT_YEARS || (recent.length > 0 && bytes + year.bytes > maxBytes)) break;
    recent.unshift(year);
    bytes += year.bytes;
  }
  return recent;
}

function spanOf(years: readonly Year[]): [number, number] | undefined {
  const first = years[0];
  const last = years[years.length - 1];
  return first && last ? [first.year, last.year] : undefined;
}

function yearsKey(years: readonly Year[]): string {
  const first = years[0]?.year;
  const last = years[years.length - 1]?.year;
  return first === last ? String(first) : `${first}-${last}`;
}

function bytesOf(pages: readonly SearchPage[]): number {
  return pages.reduce((n, p) => n + p.bytes, 0);
}

function shardOf(group: Group, path: string): Shard {
  const sorted = sortByPath(group.pages);
  const shard: Shard = { key: group.key, path, pages: sorted.map((p) => p.path), hash: digestPages(sorted), bytes: bytesOf(sorted), loose: group.loose, byDefault: group.byDefault };
  return group.years ? { ...shard, years: group.years } : shard;
}

/** Consecutive runs of items, in order, each run at most `maxBytes` unless one item alone is larger. */
function fill<T extends { bytes: number }>(items: readonly T[], maxBytes: number): T[][] {
  const runs: { items: T[]; bytes: number }[] = [];
  for (const item of items) {
    const last = runs[runs.length - 1];
    if (last && last.bytes + item.bytes <= maxBytes) {
      last.items.push(item);
      last.bytes += item.bytes;
    } else {
      runs.push({ items: [item], bytes: item.bytes });
    }
  }
  return runs.map((run) => run.items);
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

/**
 * What the search page reads from `/pagefind/shards.json`: the bundles, their years, and which it
 * searches by default. Every reader's first search downloads it, so it holds nothing else: what
 * the build needs of its shards is in the ShardRecord beside it.
 */
export interface ShardManifest {
  version: 1;
  shards: ManifestShard[];
}

export interface ManifestShard {
  key: string;
  /** Its bundle folder relative to this file, as `pagefind.mergeIndex` wants it once made absolute: `./` for the main bundle. */
  bundle: string;
  /** The first and last year of the meetings it holds, or null: the search page says what it searched, and loads a year's shard for a year filter. */
  years: [first: number, last: number] | null;
  /** Holds pages of no meeting, which may carry any year (decisions, papers outside meetings): searched with any year. */
  loose: boolean;
  /** Searched when the reader asks for neither all years nor a year. */
  byDefault: boolean;
}

export function manifestOf(shards: readonly Shard[]): ShardManifest {
  const bundleOf = (shard: Shard) => (shard.path === MAIN_BUNDLE ? "./" : `../${shard.path}/`);
  return { version: 1, shards: shards.map((s) => ({ key: s.key, bundle: bundleOf(s), years: s.years ?? null, loose: s.loose, byDefault: s.byDefault })) };
}

/** What the build records of the shards it indexed (`/pagefind/shard-digests.json`), so that the next build reuses those whose pages are unchanged. */
export interface ShardRecord {
  version: 1;
  shards: RecordedShard[];
}

export interface RecordedShard {
  key: string;
  /** Its bundle folder, relative to the site. */
  path: string;
  /** Its pages' digest (Shard's `hash`). */
  hash: string;
  pages: number;
  bytes: number;
}

export function recordOf(shards: readonly Shard[]): ShardRecord {
  return { version: 1, shards: shards.map((s) => ({ key: s.key, path: s.path, hash: s.hash, pages: s.pages.length, bytes: s.bytes })) };
}
