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
}

export function stateFromQuery(query: string | URLSearchParams): SearchState;
export function queryFor(state: SearchState): string;
export function searchTerms(q: string): string;
