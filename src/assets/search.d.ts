/**
 * Types for what search.js exports: the pure functions behind the search page's address, query,
 * ranking and status line, which tests import in Node. The script itself is plain JavaScript, served as written.
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
  /** "all": pages with every word searched for (or only filters); "any": none has them all, these have any; "none": nothing shown. */
  match: "all" | "any" | "none";
  /** The words searched for: those of the query the index has. */
  words: string[];
  /** The words of the query the index does not have as words (whatever it has that begins them, or that they begin): not searched for. */
  missing: string[];
  /** The query with its missing words replaced by the nearest words the archive has ("Did you mean"). */
  suggestions: string[];
  /** Those of `missing` that are decision codes: no page prints them, so no decision of the archive has them. */
  missingCodes?: string[];
  /** For a query that is a decision code: the code as typed, and whether the archive has that decision. */
  code?: { typed: string; inArchive: boolean };
}

/** The forms of an archive's decision codes, as the search page is given them (`data-decision-codes`). */
export interface DecisionCodeForms {
  /** Letters a code may be printed or typed with before the code proper ("opcc"). */
  issuers: string[];
  /** Prefixes a printing runs into the code proper, so that Pagefind indexes them as one word with it ("opcc" of "OPCC.D.034.23"). */
  joined: string[];
  /** The codes proper: their letters and the lengths of their numbers ("d 3 2" for D.035.24). */
  shapes: string[];
}

/** A decision code as search takes it: issuer, key (the code proper run together) and shape; undefined for text with no number. */
export interface DecisionCode {
  issuer: string;
  key: string;
  shape: string;
}

/** What a query is searched as: its words as typed, a decision code as one part with the words it may be indexed as. */
export interface QueryPart {
  typed: string;
  terms: string[];
  code?: true;
  key?: string;
}

/** A Pagefind result before its fragment is fetched: what ranking reads. */
export interface RankedResult {
  id: string;
  score: number;
}

/** Results whose fragments the page fetches at a time. */
export const BATCH: number;
export function queryWords(q: string, forms?: DecisionCodeForms): string[];
export function queryParts(q: string, forms?: DecisionCodeForms): QueryPart[];
export const NO_CODE_FORMS: DecisionCodeForms;
export function decisionCode(text: string): DecisionCode | undefined;
/** The forms the search page's `data-decision-codes` gives; none if it gives none it can read. */
export function codeFormsOf(attribute: string | undefined): DecisionCodeForms;
/** The status line for filters with no words: type some. */
export function typeWords(filters: string): string;
export function inFront<T extends RankedResult>(results: readonly T[], first: ReadonlySet<string>): T[];
export function heldFirst<T extends RankedResult>(results: readonly T[], stubs: ReadonlySet<string>): T[];
export function anyOf<T extends RankedResult>(lists: readonly (readonly T[])[], byPosition?: boolean): T[];
/** The status line for a search on show: `count` of `found.total` results shown; `filters` describes the filters. */
export function summary(state: SearchState, found: Pick<Found, "scope" | "total" | "match" | "words" | "missing" | "missingCodes" | "code">, count: number, filters?: string): string;
export function stateFromQuery(query: string | URLSearchParams): SearchState;
export function queryFor(state: SearchState): string;
/** An address written from the site's root ("/meetings/x/"), under the root the site is served at (default: the folder above search.js). */
export function onSite(address: string, root?: URL): string;
export function scopeOf(plan: Plan, state: SearchState): Scope;
/** Searches as the page does; `bundle` is the main bundle's address. Runs in a browser only. */
export function find(bundle: URL, state: SearchState, forms?: DecisionCodeForms): Promise<Found>;
/** A result's fragment, as far as where it lands is concerned (Pagefind's result data). */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { url?: string; section?: string; title?: string };
  sub_results?: { url: string; title: string; excerpt: string; anchor?: { id: string }; weighted_locations: { balanced_score: number }[] }[];
}
/** Where a result links to, what it is titled and shows, and the other sections of the record that matched. */
export function landing(data: ResultData): { url: string; title?: string; excerpt: string; others: { title: string; url: string }[] };
