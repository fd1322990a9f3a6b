/**
 * The archive's own words, for the search page's "Did you mean": each bundle of the index gets a
 * list of the words its records hold, with how often each occurs, from which the search page
 * suggests the nearest words to one the index does not have (src/assets/search-words.js).
 *
 * The words are read from what Pagefind itself stored (each record's fragment: the text it
 * indexed), so the list holds exactly the published text the search covers and nothing a page
 * withholds. A reader's browser loads a list only when a query has a word the index lacks, and
 * only the part for that word's first letter (`words/<letter>.txt` in the bundle: a few kilobytes
 * gzipped for the shipped archive), so a misspelt first letter is not corrected.
 *
 * Each file is one word a line, `<word> <count>`, sorted; the word as the papers most often print
 * it ("Sheppey", "PEEL"). Words are runs of letters (with inner apostrophes), of three letters or
 * more: shorter ones and numbers are not worth correcting.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SHORTEST_WORD, WORD, WORD_BUCKETS, WORD_LISTS, wordBucket } from "../assets/search-words.js";
import { readPagefindBytes, sortedFiles } from "./pagefind-files.ts";

interface Tally {
  count: number;
  /** Each way the word is printed, and how often. */
  forms: Map<string, number>;
}

/** How often each word (lower case) occurs in `texts`, and how it is printed. */
export function countWords(texts: Iterable<string>): Map<string, Tally> {
  // Each printed form counted first, and the far fewer distinct forms then folded to lower case.
  const printed = new Map<string, number>();
  const word = new RegExp(WORD.source, WORD.flags);
  for (const text of texts) {
    word.lastIndex = 0;
    for (let match = word.exec(text); match; match = word.exec(text)) printed.set(match[0], (printed.get(match[0]) ?? 0) + 1);
  }
  const tallies = new Map<string, Tally>();
  for (const [form, count] of printed) {
    const key = form.toLowerCase();
    if ([...key].length < SHORTEST_WORD) continue;
    const tally = tallies.get(key) ?? { count: 0, forms: new Map<string, number>() };
    tally.count += count;
    tally.forms.set(form, count);
    tallies.set(key, tally);
  }
  return tallies;
}

/** The text of each bucket's file (every bucket, empty or not), words sorted. */
export function wordListFiles(tallies: ReadonlyMap<string, Tally>): Map<string, string> {
  const files = new Map<string, string[]>(WORD_BUCKETS.map((bucket) => [bucket, []]));
  const keys = [...tallies.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) {
    const tally = tallies.get(key) as Tally;
    files.get(wordBucket(key))?.push(`${usualForm(key, tally.forms)} ${tally.count}\n`);
  }
  return new Map([...files].map(([bucket, lines]) => [bucket, lines.join("")]));
}

/** The way a word is most often printed; on a tie, lower case, else the first in code order (so builds agree). */
function usualForm(key: string, forms: ReadonlyMap<string, number>): string {
  const order = ([a, m]: [string, number], [b, n]: [string, number]) => n - m || Number(b === key) - Number(a === key) || (a < b ? -1 : a > b ? 1 : 0);
  return [...forms].sort(order)[0]?.[0] ?? key;
}

/** Writes the word lists of the Pagefind bundle in `bundleDir` from its records, replacing any. */
export function writeWordLists(bundleDir: string): void {
  const folder = join(bundleDir, WORD_LISTS);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const [bucket, text] of wordListFiles(countWords(recordTexts(bundleDir)))) writeFileSync(join(folder, `${bucket}.txt`), text);
}

/** The text of each record of a bundle, as Pagefind stored it: gzip, a signature, then JSON. */
function* recordTexts(bundleDir: string): Generator<string> {
  const fragments = join(bundleDir, "fragment");
  for (const name of sortedFiles(fragments)) {
    const record = JSON.parse(readPagefindBytes(join(fragments, name)).toString("utf8")) as { content?: string };
    yield record.content ?? "";
  }
}
