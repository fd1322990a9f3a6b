/**
 * Types for what search.js exports: the pure functions behind the search page's address and
 * query, which tests import in Node. The script itself is plain JavaScript, served as written.
 */

/** What a search asks for, as its address (`/search/?q=…&type=…`) says. */
export interface SearchState {
  q: string;
  /** Document types or page kinds ("minutes", "agenda", "person"…): any of them. */
  type: string[];
  /** A body's identifier ("kmpcp"), or "" for any. */
  body: string;
  /** A year ("2024"), or "" for any. */
  year: string;
  /** A topic's identifier ("peel"), or "" for any. */
  topic: string;
  /** "" for best match first. */
  sort: "" | "newest" | "oldest";
  /** "all" for every year of a sharded index, "" for the years it searches by default. */
  scope: "" | "all";
}

/** One bundle of the index, as `shards.json` lists it, with its folder as an absolute path. */
export interface Bundle {
  key: string;
  path: string;
  years: [first: number, last: number] | null;
  loose: boolean;
  byDefault: boolean;
  main: boolean;
}

/** The index's bundles; `scoped` when the build said which years each holds and which are searched by default. */
export interface Plan {
  scoped: boolean;
  bundles: Bundle[];
}

/** The bundles a search loads, and what it covered: one bundle, a year, all years, or the default. */
export interface Scope {
  kind: "whole" | "year" | "all" | "recent";
  bundles: Bundle[];
}

/** A result's fragment, as Pagefind's `result.data()` gives it (the parts the page reads). */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface Found {
  scope: Scope;
  total: number;
  /** The next `n` results' fragments, in order. */
  next(n: number): Promise<ResultData[]>;
}

/** Results whose fragments the page fetches at a time. */
export const BATCH: number;
export function stateFromQuery(query: string | URLSearchParams): SearchState;
export function queryFor(state: SearchState): string;
export function searchTerms(q: string): string;
export function scopeOf(plan: Plan, state: SearchState): Scope;
/** Searches as the page does; `bundle` is the main bundle's address. Runs in a browser only. */
export function find(bundle: URL, state: SearchState): Promise<Found>;
