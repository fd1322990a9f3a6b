/**
 * Types for what search-words.js exports: "Did you mean" for the search page, which the build
 * (src/build/search-words.ts) and tests import in Node. The script itself is plain JavaScript.
 */

/** A word of a word list: as the papers most often print it, and how often it occurs. */
export interface ListedWord {
  form: string;
  count: number;
}

/** The folder of each bundle's word lists (`words/<bucket>.txt`). */
export const WORD_LISTS: string;
/** The word lists' buckets: "a" to "z", and "other". */
export const WORD_BUCKETS: readonly string[];
/** A word as the word lists count it: letters, with apostrophes inside (global: use with matchAll). */
export const WORD: RegExp;
/** Words shorter than this are neither listed nor corrected. */
export const SHORTEST_WORD: number;
export function wordBucket(word: string): string;
/** The queries to suggest for `q`, from the word lists of the bundles whose folders are at `bundles`. Runs in a browser only. */
export function suggest(bundles: readonly URL[], q: string, missing: readonly string[]): Promise<string[]>;
export function parseWordList(text: string): Map<string, ListedWord>;
export function mergeWordLists(lists: readonly ReadonlyMap<string, ListedWord>[]): Map<string, ListedWord>;
export function nearestWords(word: string, words: ReadonlyMap<string, ListedWord>): string[];
export function corrections(q: string, missing: readonly string[], words: ReadonlyMap<string, ListedWord>): string[];
export function editDistance(a: string, b: string, limit?: number): number;
