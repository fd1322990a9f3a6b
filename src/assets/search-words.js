/**
 * "Did you mean" for the search page (search.js), loaded only when a query has a word the index
 * lacks: the archive's words near it, by edit distance, from the word lists the build writes into
 * each bundle of the index (src/build/search-words.ts, which shares this file's definitions of a
 * word and of the lists' files). Suggestions come from the papers' own words, so each one finds
 * something; a word whose first letter is wrong is not corrected, as only the list for its first
 * letter is fetched. Edit distance is computed here (a dozen lines), not by a library: the site's
 * scripts are served as written, with no bundler.
 *
 * The pure functions also run in Node, for tests.
 */

/** The folder of each bundle's word lists, and its files: one per first letter, and one for the rest. */
export const WORD_LISTS = "words";
export const WORD_BUCKETS = [..."abcdefghijklmnopqrstuvwxyz", "other"];
/** A word of the archive, as the word lists count them: letters, with apostrophes inside. */
export const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
/** Words shorter than this are neither listed nor corrected. */
export const SHORTEST_WORD = 3;
/** Near words suggested for a word the index lacks. */
const SUGGESTIONS = 3;

/** The word-list file a word is in: its first letter's, or the one for every other first character. */
export function wordBucket(word) {
  const first = word.charAt(0).toLowerCase();
  return first >= "a" && first <= "z" ? first : "other";
}

/**
 * The queries to suggest for `q`, whose `missing` words the index lacks, from the word lists of
 * the bundles at `bundles` (their folders' addresses): only the files for those words' first
 * letters are fetched, each once for the page's life.
 */
export async function suggest(bundles, q, missing) {
  const buckets = [...new Set(missing.flatMap((word) => (word.match(WORD) ?? []).map(wordBucket)))];
  if (buckets.length === 0) return [];
  const lists = await Promise.all(bundles.flatMap((bundle) => buckets.map((bucket) => wordList(new URL(`${WORD_LISTS}/${bucket}.txt`, bundle).href))));
  return corrections(q, missing, mergeWordLists(lists));
}

const wordLists = new Map();
function wordList(address) {
  if (!wordLists.has(address)) {
    const list = fetch(address).then(async (response) => (response.ok ? parseWordList(await response.text()) : new Map()));
    wordLists.set(address, list);
    // A failed fetch is forgotten, so that the next search tries again.
    list.catch(() => wordLists.delete(address));
  }
  return wordLists.get(address);
}

/** A word list's file (`Anytown 9` a line) as a map from each word in lower case to its printed form and count. */
export function parseWordList(text) {
  const words = new Map();
  for (const line of text.split("\n")) {
    const space = line.lastIndexOf(" ");
    if (space < 1) continue;
    const form = line.slice(0, space);
    words.set(form.toLowerCase(), { form, count: Number(line.slice(space + 1)) || 1 });
  }
  return words;
}

/** Word lists of several bundles as one: counts added, each word printed as the bundle using it most prints it. */
export function mergeWordLists(lists) {
  if (lists.length === 1) return lists[0] ?? new Map();
  const merged = new Map();
  const most = new Map();
  for (const words of lists) {
    for (const [key, { form, count }] of words) {
      const seen = merged.get(key);
      const usual = !seen || count > (most.get(key) ?? 0);
      if (usual) most.set(key, count);
      merged.set(key, { form: usual ? form : seen.form, count: (seen?.count ?? 0) + count });
    }
  }
  return merged;
}

/**
 * The queries to suggest for `q`, whose `missing` words the index lacks: each missing word's
 * runs of letters that are not words of the archive replaced by the nearest that are. The first
 * suggestion takes every word's nearest; the others, the first corrected word's other nearest.
 */
export function corrections(q, missing, words) {
  const fixes = missing.map((word) => [word, fixesOf(word, words)]).filter(([, fixed]) => fixed.length > 0);
  const [first, ...others] = fixes;
  if (!first) return [];
  const [word, alternatives] = first;
  return alternatives.map((alternative) => others.reduce((query, [other, fixed]) => replaceWord(query, other, fixed[0]), replaceWord(q, word, alternative)));
}

/** A word with its unknown runs of letters corrected, in up to SUGGESTIONS ways; none if one has no near word. */
function fixesOf(word, words) {
  // Odd parts are runs of letters, even parts what is between them (hyphens, digits, apostrophes).
  const parts = word.split(new RegExp(`(${WORD.source})`, "u"));
  const options = parts.map((part, i) => (i % 2 === 1 && [...part].length >= SHORTEST_WORD && !words.has(part.toLowerCase()) ? nearestWords(part, words) : [part]));
  const varied = options.findIndex((option, i) => option[0] !== parts[i]);
  if (varied < 0 || options.some((option) => option.length === 0)) return [];
  return (options[varied] ?? []).map((alternative) => options.map((option, i) => (i === varied ? alternative : option[0])).join(""));
}

/** `q` with the word `word` (as a whole word, quotes around it kept) replaced by `fixed`. */
function replaceWord(q, word, fixed) {
  return q
    .split(/(\s+)/)
    .map((token) => token.replace(/^(["“”]*)(.*?)(["“”]*)$/u, (whole, open, core, close) => (core === word ? `${open}${fixed}${close}` : whole)))
    .join("");
}

/**
 * The archive's words nearest to `word` by edit distance (letters added, removed, changed or two
 * swapped), at most 1 away for a word of four letters or fewer and 2 for longer ones, those at
 * the smallest distance; and the words it begins, as a word cut short ("budg") is often near none.
 * The most frequent first, up to SUGGESTIONS, as the papers print them.
 */
export function nearestWords(word, words) {
  const key = word.toLowerCase();
  let best = [...key].length <= 4 ? 1 : 2;
  let found = [];
  const begun = [];
  for (const [other, entry] of words) {
    if (other === key) continue;
    if (other.startsWith(key)) begun.push([other, entry]);
    const distance = editDistance(key, other, best);
    if (distance > best) continue;
    if (distance < best) {
      best = distance;
      found = [];
    }
    found.push([other, entry]);
  }
  const chosen = [...new Map([...found, ...begun]).entries()];
  chosen.sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : a > b ? 1 : 0));
  return chosen.slice(0, SUGGESTIONS).map(([, entry]) => entry.form);
}

/**
 * The optimal-string-alignment distance between `a` and `b` (Levenshtein's, with a swap of two
 * neighbouring letters as one edit); anything over `limit` is given as `limit + 1`, found early.
 */
export function editDistance(a, b, limit = Number.POSITIVE_INFINITY) {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let twoBack = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let least = i;
    for (let j = 1; j <= t.length; j++) {
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, twoBack[j - 2] + 1);
      current[j] = d;
      least = Math.min(least, d);
    }
    if (least > limit) return limit + 1;
    twoBack = previous;
    previous = current;
  }
  return Math.min(previous[t.length], limit + 1);
}
