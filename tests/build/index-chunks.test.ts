/**
 * The search index's word chunks, cut again smaller than Pagefind cuts them (src/build/index-chunks.ts):
 * every word keeps its bytes and order, each chunk keeps to its budget, Pagefind's own rule for
 * finding a word's chunk finds the chunk that holds it, and searches give the same results.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decode } from "cborg";
import { afterAll, describe, expect, it } from "vitest";
import { measureQueryBytes } from "../../bench/query-bytes.ts";
import { arrayHead, chunkRanges, chunkWords, type EncodedWord, groupWords, justBelow, rechunkIndex } from "../../src/build/index-chunks.ts";
import { metaPath, readEntry, readPagefindData } from "../../src/build/pagefind-files.ts";
import { describeWithBrowser } from "../support/browser.ts";
import { sharedSite } from "../support/shared-site.ts";

const temp = mkdtempSync(join(tmpdir(), "papers-index-chunks-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/**
 * Pagefind's rule (pagefind_web's request_indexes): the first chunk whose range holds the word as
 * typed, comparing UTF-8 bytes (JavaScript's strings compare by UTF-16 units).
 */
function chunkFor(chunks: readonly (readonly [string, string, ...unknown[]])[], term: string): number {
  const utf8 = Buffer.from(term);
  return chunks.findIndex(([from, to]) => Buffer.compare(utf8, Buffer.from(from)) >= 0 && Buffer.compare(utf8, Buffer.from(to)) <= 0);
}

const word = (text: string, size: number): EncodedWord => ({ text, bytes: new Uint8Array(size) });
const texts = (groups: EncodedWord[][]) => groups.map((g) => g.map((w) => w.text));

describe("cutting words into chunks", () => {
  it("closes a chunk before a word would take it past its budget", () => {
    expect(texts(groupWords([word("a", 40), word("b", 40), word("c", 40), word("d", 90), word("e", 10)], 100))).toEqual([["a", "b"], ["c"], ["d", "e"]]);
  });

  it("gives a word larger than the budget a chunk of its own", () => {
    expect(texts(groupWords([word("a", 10), word("big", 500), word("c", 10)], 100))).toEqual([["a"], ["big"], ["c"]]);
  });

  it("keeps the words extending a word of three characters or more in its chunk, up to twice the budget", () => {
    const words = [word("re", 10), word("recruit", 60), word("recruited", 30), word("recruitment", 50), word("recruits", 60), word("red", 10), word("redd", 95)];
    expect(texts(groupWords(words, 100))).toEqual([["re", "recruit", "recruited", "recruitment"], ["recruits", "red", "redd"]]);
  });

  it("does not hold a letter together behind a word of one or two characters", () => {
    expect(texts(groupWords([word("c", 60), word("ca", 30), word("car", 30), word("cat", 30)], 100))).toEqual([["c", "ca"], ["car", "cat"]]);
  });
});

describe("the chunks' ranges", () => {
  const top = String.fromCodePoint(0x10ffff);

  it("begin at the next chunk's distinguishing prefix and end past every word beginning with the last one's", () => {
    expect(chunkRanges([["aardvark", "polic"], ["politic", "precept"], ["zebra"]])).toEqual([
      ["aardvark", `polic${top}`],
      ["polit", `p${top}`],
      ["z", `zebra${top}`],
    ]);
  });

  it("end just below the next chunk's first word where words extending a word were cut apart", () => {
    expect(chunkRanges([["aardvark", "polic"], ["polici", "policy"]])).toEqual([
      ["aardvark", `polich${top}`],
      ["polici", `policy${top}`],
    ]);
  });

  it("lower the last character by a code point, not a UTF-16 unit, and step over the surrogates", () => {
    expect(justBelow("x😁")).toBe(`x😀${top}`);
    expect(justBelow("a\ue000")).toBe(`a\ud7ff${top}`);
    expect(justBelow("“b")).toBe(`“a${top}`);
  });

  it("send a word, the words it begins and the words extending it to their chunk, as Pagefind looks them up", () => {
    const ranges = chunkRanges([["aardvark", "polic"], ["politic", "precept"], ["recruit"], ["recruitment", "zebra"]]);
    const cases = [["aardvark", 0], ["polic", 0], ["police", 0], ["policing", 0], ["polit", 1], ["politics", 1], ["precepts", 1], ["recrui", 2], ["recruiting", 2], ["recruitment", 3], ["zebras", 3]] as const;
    for (const [term, chunk] of cases) expect(chunkFor(ranges, term), term).toBe(chunk);
    expect(chunkFor(ranges, ""), "a search by filter alone").toBe(-1);
  });
});

describe("a list's CBOR head", () => {
  it("states every length in the fewest bytes", () => {
    for (const length of [0, 1, 23, 24, 255, 256, 65_535, 65_536]) {
      const head = arrayHead(length);
      expect(head.length, String(length)).toBe(length < 24 ? 1 : length < 256 ? 2 : length < 65_536 ? 3 : 5);
      const list = decode(Buffer.concat([head, Buffer.alloc(length)])) as unknown[];
      expect(list.length).toBe(length);
    }
  });
});

/** Every bundle folder of a built site: the main one and each shard's. */
function bundles(site: string): string[] {
  const shards = join(site, "pagefind-shards");
  return [join(site, "pagefind"), ...(existsSync(shards) ? readdirSync(shards).map((name) => join(shards, name)) : [])];
}

/** A bundle's chunks, in the metadata's order: [from, to, words]. */
function chunksOf(bundle: string): [string, string, EncodedWord[]][] {
  const entry = readEntry(bundle);
  const [info] = Object.values(entry.languages);
  const meta = readPagefindData(metaPath(bundle, info?.hash ?? "")) as unknown[];
  return (meta[2] as [string, string, string][]).map(([from, to, hash]) => [from, to, chunkWords(join(bundle, "index", `${hash}.pf_index`))]);
}

function copyRechunked(name: string, site: string, budget: number): string {
  const copy = join(temp, name);
  cpSync(site, copy, { recursive: true });
  for (const bundle of bundles(copy)) rechunkIndex(bundle, budget);
  return copy;
}

describe("a built site's index, cut again", async () => {
  const site = await sharedSite();
  const small = copyRechunked("small", site, 300);

  it("keeps every word, its bytes and its order, and leaves no chunk file unlisted", () => {
    for (const [built, cut] of bundles(site).map((b, i): [string, string] => [b, bundles(small)[i] ?? ""])) {
      const before = chunksOf(built).flatMap(([, , words]) => words);
      const after = chunksOf(cut);
      expect(after.length).toBeGreaterThan(chunksOf(built).length);
      expect(after.flatMap(([, , words]) => words.map((w) => w.text))).toEqual(before.map((w) => w.text));
      expect(after.flatMap(([, , words]) => words.map((w) => Buffer.from(w.bytes).toString("base64")))).toEqual(before.map((w) => Buffer.from(w.bytes).toString("base64")));
      expect(readdirSync(join(cut, "index")).length).toBe(after.length);
    }
  });

  it("keeps each chunk to its budget, or to twice it for words extending one; a larger word alone", () => {
    let over = 0;
    for (const bundle of bundles(small)) {
      for (const [, , words] of chunksOf(bundle)) {
        const size = words.reduce((n, w) => n + w.bytes.length, 0);
        if (words.length > 1) expect(size, words.map((w) => w.text).join(" ")).toBeLessThanOrEqual(600);
        if (words.length > 1 && size > 300) over++;
      }
    }
    // Runs of extensions do take the second budget somewhere in a real index.
    expect(over).toBeGreaterThan(0);
  });

  it("finds, by Pagefind's own rule, the chunk that holds each word, and each word's extensions", () => {
    for (const bundle of bundles(small)) {
      const chunks = chunksOf(bundle);
      chunks.forEach(([, , words], i) => {
        const next = chunks[i + 1]?.[2][0]?.text;
        for (const w of words) {
          expect(chunkFor(chunks, w.text), w.text).toBe(i);
          // Unless the words extending it were too many for twice the budget and run on.
          if (next === undefined || !next.startsWith(w.text)) expect(chunkFor(chunks, `${w.text}s`), `${w.text}s`).toBe(i);
        }
      });
    }
  });

  describeWithBrowser("searched in a browser", () => {
    it("gives the same results, in the same order, as an index of one chunk", async () => {
      const whole = copyRechunked("whole", site, Number.POSITIVE_INFINITY);
      expect(chunksOf(join(whole, "pagefind"))).toHaveLength(1);
      // A budget at which no word is cut from the words extending it (checked below): Pagefind
      // matches a query word's extensions among the words loaded, so where they were cut apart
      // the results would differ from an index of one chunk, as they do between Pagefind's own chunks.
      const cut = copyRechunked("cut", site, 12_000);
      for (const bundle of bundles(cut)) {
        const chunks = chunksOf(bundle);
        expect(chunks.length).toBeGreaterThan(bundle.endsWith("pagefind") ? 10 : 0);
        chunks.slice(1).forEach(([, , words], i) => {
          const first = words[0]?.text ?? "";
          const stem = chunks[i]?.[2].find((w) => w.text.length >= 3 && first.startsWith(w.text));
          expect(stem?.text, `${first} cut from ${stem?.text}`).toBeUndefined();
        });
      }
      const queries = ["police", "precept", "budget precept", "violence against women", "complaints", "commissioner", "recruitment", "anti-social behaviour", "victims", "kent medway"];
      const expected = await measureQueryBytes(whole, queries, { scope: "all" });
      const found = await measureQueryBytes(cut, queries, { scope: "all" });
      expect(expected.results.filter((r) => r.length > 0).length).toBeGreaterThan(queries.length - 2);
      expect(found.results).toEqual(expected.results);
    });
  });
});
