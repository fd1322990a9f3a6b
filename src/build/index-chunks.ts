/**
 * Pagefind 1.5.2 cuts a bundle's word index into chunks of about 20,000 word positions (a constant
 * in its source, not an option), and a search loads, for each word of the query, the whole chunk
 * the word falls in: 17 to 29 KB compressed in a bundle of this archive's size, so that a query of
 * three words moved over 80 KB before its results. This cuts the chunks again, smaller, by their
 * encoded size, so that a query word costs the reader little more than its own entry.
 *
 * Only the cutting changes: every word keeps its pages and positions, in Pagefind's order, and the
 * metadata's list of chunks gives the range of words each covers (`from`, `to`: see chunkRanges),
 * by which Pagefind's own search code picks the one chunk a query word needs. A word larger than a
 * chunk's budget is a chunk of its own.
 *
 * A chunk file is [[word, ...]] (a word is [text, pages, ...]); the metadata's third field is the
 * list of chunks, [from, to, hash]. Pagefind's other files are untouched.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Tokenizer, Type } from "cborg";
import { contentHash, metaPath, packPagefindBytes, readEntry, readPagefindBytes, readPagefindData, replaceMeta, writeEntry } from "./pagefind-files.ts";

/**
 * A chunk's budget, in bytes of CBOR before compression (about 2.5 to 1 compressed): about 5 KB on
 * the wire. Smaller chunks cost a later query less, but make more files and a longer list of them
 * in the metadata, which every first search loads (about 12 bytes a chunk, gzipped): at 10,000
 * papers, 8,000 bytes took a first query to 153 KB and later ones up to 22.5 KB; 12,000 bytes
 * to 149.5 KB and 23.3 KB; 16,000 bytes to 147.0 KB and 31.7 KB (docs/performance.md).
 */
export const CHUNK_BYTES = 12_000;

/** Where in the metadata Pagefind keeps its list of chunks (its `index_chunks`, field 2). */
const CHUNK_LIST = 2;

/** A word's entry as Pagefind encoded it, kept as its bytes: it is moved, never changed. */
export interface EncodedWord {
  text: string;
  bytes: Uint8Array;
}

type ChunkEntry = [from: string, to: string, hash: string];

export function rechunkIndex(bundleDir: string, chunkBytes = CHUNK_BYTES): void {
  const entry = readEntry(bundleDir);
  for (const [language, info] of Object.entries(entry.languages)) {
    const path = metaPath(bundleDir, info.hash);
    const meta = readPagefindData(path);
    const chunks = chunkList(meta, path);
    const words = chunks.flatMap(([, , hash]) => chunkWords(join(bundleDir, "index", `${hash}.pf_index`)));
    for (const [, , hash] of chunks) rmSync(join(bundleDir, "index", `${hash}.pf_index`));
    const groups = groupWords(words, chunkBytes);
    const hashes = writeChunks(bundleDir, language, groups);
    const rewritten = [...(meta as unknown[])];
    rewritten[CHUNK_LIST] = chunkRanges(groups.map((g) => g.map((w) => w.text))).map(([from, to], i): ChunkEntry => [from, to, hashes[i] as string]);
    replaceMeta(bundleDir, language, info, rewritten);
  }
  writeEntry(bundleDir, entry);
}

function chunkList(meta: unknown, path: string): ChunkEntry[] {
  const list = Array.isArray(meta) ? meta[CHUNK_LIST] : undefined;
  const isChunk = (c: unknown) => Array.isArray(c) && c.length === 3 && c.every((s) => typeof s === "string");
  if (!Array.isArray(list) || !list.every(isChunk)) throw new Error(`${path}: not the metadata of Pagefind 1.5.2 (no list of index chunks where it keeps one)`);
  return list as ChunkEntry[];
}

/**
 * A chunk's words, in order, each as its text and its encoded bytes. The chunk is [[word, ...]]
 * and a word [text, pages, ...]: a word's bytes are found by walking the CBOR's tokens, not by
 * decoding its pages and positions (a bundle holds millions of them) to encode them again.
 */
export function chunkWords(path: string): EncodedWord[] {
  const body = readPagefindBytes(path);
  const fail = (what: string) => new Error(`${path}: not an index chunk of Pagefind 1.5.2 (${what})`);
  const tokens = new Tokenizer(body);
  const definiteArray = (what: string) => {
    const token = tokens.next();
    if (token.type !== Type.array || !Number.isFinite(token.value)) throw fail(`${what} is not a list`);
    return token.value as number;
  };
  if (definiteArray("the chunk") !== 1) throw fail("the chunk holds more than its words");
  const count = definiteArray("its words");
  const words: EncodedWord[] = [];
  for (let i = 0; i < count; i++) {
    const start = tokens.pos();
    const fields = definiteArray("a word");
    const text = tokens.next();
    if (text.type !== Type.string) throw fail("a word has no text");
    for (let f = 1; f < fields; f++) skipItem(tokens, fail);
    words.push({ text: text.value as string, bytes: body.subarray(start, tokens.pos()) });
  }
  if (!tokens.done()) throw fail("bytes after its words");
  return words;
}

function skipItem(tokens: Tokenizer, fail: (what: string) => Error): void {
  const token = tokens.next();
  const items = token.type === Type.array ? token.value : token.type === Type.map ? 2 * token.value : token.type === Type.tag ? 1 : 0;
  if (!Number.isFinite(items)) throw fail("a list of no stated length");
  for (let i = 0; i < items; i++) skipItem(tokens, fail);
}

/**
 * Words in order, cut into runs within `budget` bytes. A word stays in the chunk of a word of three
 * or more characters it extends ("recruit", "recruited", "recruitment") while that chunk is within
 * twice the budget: for each word of a query Pagefind loads one chunk, and matches in it the word's
 * stem and every word extending the stem ("polic": "police", "policy"); shorter stems ("a", "co")
 * would hold whole letters together.
 */
export function groupWords(words: readonly EncodedWord[], budget: number): EncodedWord[][] {
  const groups: EncodedWord[][] = [];
  let group: EncodedWord[] = [];
  let size = 0;
  const stems: string[] = []; // the words, each beginning the next, that the last word extends
  for (const word of words) {
    while (stems.length > 0 && !word.text.startsWith(stems.at(-1) as string)) stems.pop();
    const extension = (stems.at(-1)?.length ?? 0) >= MIN_STEM;
    if (group.length > 0 && size + word.bytes.length > (extension ? 2 * budget : budget)) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(word);
    size += word.bytes.length;
    stems.push(word.text);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

const MIN_STEM = 3;

/**
 * Each chunk's [from, to]. Pagefind looks for a query word's chunk by the word as typed, not by its
 * stem: the first chunk with from <= word <= to, in UTF-8 byte order. Its own bounds are the
 * shortest prefixes that tell neighbouring chunks apart, which miss a word whose stem ends a chunk
 * ("police" sorts after "polic" and after the bound cut from it, so the chunk holding "polic" is
 * not loaded): rare in its 20,000-position chunks, not in smaller ones. So here:
 * - a chunk ends just past every word beginning with its last word's distinguishing prefix (that
 *   prefix, then the last code point), so a word is looked for in the chunk of the stem it extends;
 * - a chunk begins, as Pagefind's do, at its first word's distinguishing prefix, so a word typed in
 *   part ("recru") is looked for in the chunk of the words it begins;
 * - where a chunk had to be cut between a word and the words extending it (see groupWords), it
 *   ends just below the next chunk's first word, and the next begins at that word;
 * - the first chunk begins at its first word (a search by filter alone, whose word is empty, loads
 *   none) and the last ends past every word beginning with its last.
 */
export function chunkRanges(groups: readonly (readonly string[])[]): [string, string][] {
  const ranges = groups.map((group): [string, string] => [group[0] ?? "", `${group.at(-1) ?? ""}${LAST}`]);
  for (let i = 0; i + 1 < ranges.length; i++) {
    const last = groups[i]?.at(-1) ?? "";
    const next = groups[i + 1]?.[0] ?? "";
    const [left, right] = [ranges[i] as [string, string], ranges[i + 1] as [string, string]];
    if (next.startsWith(last)) {
      left[1] = justBelow(next);
    } else {
      const [lastChars, nextChars] = [Array.from(last), Array.from(next)];
      let common = 0;
      while (common < lastChars.length && lastChars[common] === nextChars[common]) common++;
      left[1] = `${lastChars.slice(0, common + 1).join("")}${LAST}`;
      right[0] = nextChars.slice(0, common + 1).join("");
    }
  }
  return ranges;
}

/** The last Unicode code point: nothing a reader types holds it. */
const LAST = String.fromCodePoint(0x10ffff);

/** The greatest string, in practice, below `word`: its last character lowered by one, then LAST. */
export function justBelow(word: string): string {
  const chars = Array.from(word);
  const last = chars.pop()?.codePointAt(0) ?? 0;
  if (last === 0) return chars.join("");
  // Below the surrogates' range (U+D800 to U+DFFF), which no string holds on its own.
  const lowered = last - 1 >= 0xd800 && last - 1 <= 0xdfff ? 0xd7ff : last - 1;
  return `${chars.join("")}${String.fromCodePoint(lowered)}${LAST}`;
}

/** Writes each group as a chunk named, as Pagefind names them, by a short hash of its content. */
function writeChunks(bundleDir: string, language: string, groups: readonly EncodedWord[][]): string[] {
  const used = new Set<string>();
  return groups.map((group) => {
    const bytes = packPagefindBytes(Buffer.concat([CHUNK_HEAD, arrayHead(group.length), ...group.map((w) => w.bytes)]));
    const full = contentHash(bytes, 64);
    let length = 7;
    while (used.has(full.slice(0, length))) length++;
    used.add(full.slice(0, length));
    const hash = `${language}_${full.slice(0, length)}`;
    writeFileSync(join(bundleDir, "index", `${hash}.pf_index`), bytes);
    return hash;
  });
}

/** A chunk is a list of one item, its list of words: CBOR's head for a list of one (RFC 8949, 3.1). */
const CHUNK_HEAD = Buffer.from([0x81]);

/** CBOR's head for a list of `length` items (major type 4, the length in the fewest bytes). */
export function arrayHead(length: number): Buffer {
  if (length < 24) return Buffer.from([0x80 | length]);
  if (length < 0x100) return Buffer.from([0x98, length]);
  const head = Buffer.alloc(length < 0x10000 ? 3 : 5);
  head[0] = length < 0x10000 ? 0x99 : 0x9a;
  if (length < 0x10000) head.writeUInt16BE(length, 1);
  else head.writeUInt32BE(length, 1);
  return head;
}
