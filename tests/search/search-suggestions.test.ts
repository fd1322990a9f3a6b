/**
 * "Did you mean", in memory: the word lists the build writes from the index's records
 * (src/build/search-words.ts) read back as the search page reads them (src/assets/search-words.js),
 * and the nearest words of the archive suggested for a word the index lacks.
 */
import { describe, expect, it } from "vitest";
import { corrections, editDistance, mergeWordLists, nearestWords, parseWordList, WORD_BUCKETS, wordBucket } from "../../src/assets/search-words.js";
import { countWords, wordListFiles } from "../../src/build/search-words.ts";

/** Words as the records of the shipped archive print them, with how often. */
const RECORDS = [
  "Isle of Sheppey within the Borough of Swale. Sheppey faces unique issues with its isolation.",
  "She asked about Sheppey. She said the sheep were counted. The PEEL inspection of Kent Police.",
  "Councillor Shane Mochrie-Cox. Cllr S Mochrie-Cox asked about the PCC's budget and policing.",
  "The Police and Crime Panel noted the police budget. Policing in Kent: the police precept.",
];

/** The word lists of RECORDS, every bucket, as the search page reads them and merges them. */
function archiveWords(records = RECORDS) {
  const files = wordListFiles(countWords(records));
  return mergeWordLists([...files.values()].map(parseWordList));
}

describe("the word lists", () => {
  it("have a file for every first letter and one for the rest, each word in its own", () => {
    const files = wordListFiles(countWords([...RECORDS, "Ébène 3,000 élan"]));
    expect([...files.keys()]).toEqual(WORD_BUCKETS);
    expect(files.get("s")).toContain("Sheppey 3\n");
    expect(files.get("other")).toBe("Ébène 1\nélan 1\n");
    for (const [bucket, text] of files) for (const line of text.split("\n").filter(Boolean)) expect(wordBucket(line), line).toBe(bucket);
  });

  it("count each word however it is printed, and give it as the papers most often print it", () => {
    const words = archiveWords();
    expect(words.get("sheppey")).toEqual({ form: "Sheppey", count: 3 });
    expect(words.get("police")).toEqual({ form: "police", count: 4 });
    expect(words.get("peel")).toEqual({ form: "PEEL", count: 1 });
    expect(words.get("pcc's")).toEqual({ form: "PCC's", count: 1 });
  });

  it("leave out numbers and words of fewer than three letters, which are not worth correcting", () => {
    const words = archiveWords(["Item B3 of 2024: a 3,000 budget"]);
    expect([...words.keys()].sort()).toEqual(["budget", "item"]);
  });

  it("are sorted, so that the same records always give the same files", () => {
    const files = wordListFiles(countWords([...RECORDS].reverse()));
    expect(files).toEqual(wordListFiles(countWords(RECORDS)));
    const lines = (files.get("p") ?? "").trim().split("\n").map((line) => line.split(" ")[0]?.toLowerCase() ?? "");
    expect(lines).toEqual([...lines].sort());
  });

  it("add up across bundles, each word printed as the bundle using it most prints it", () => {
    const merged = mergeWordLists([parseWordList("Sheppey 2\n"), parseWordList("SHEPPEY 5\nswale 1\n")]);
    expect(merged.get("sheppey")).toMatchObject({ form: "SHEPPEY", count: 7 });
    expect(merged.get("swale")).toMatchObject({ count: 1 });
  });
});

describe("edit distance", () => {
  it("counts letters added, removed or changed, and two neighbours swapped, as one edit each", () => {
    expect(editDistance("sheppy", "sheppey")).toBe(1);
    expect(editDistance("polcie", "police")).toBe(1);
    expect(editDistance("budgte", "budget")).toBe(1);
    expect(editDistance("mochry", "mochrie")).toBe(2);
    expect(editDistance("kent", "kent")).toBe(0);
  });

  it("stops counting past its limit", () => {
    expect(editDistance("sheppy", "she", 2)).toBe(3);
    expect(editDistance("zzqxv", "sheppey", 2)).toBe(3);
  });
});

describe("the nearest words of the archive", () => {
  const words = archiveWords();

  it("suggest Sheppey for Sheppy, and never a word that merely begins it", () => {
    expect(nearestWords("Sheppy", words)).toEqual(["Sheppey"]);
    expect(nearestWords("Sheppy", words)).not.toContain("She");
  });

  it("allow one edit in a word of four letters or fewer, two in longer ones", () => {
    expect(nearestWords("Pel", words)).toEqual(["PEEL"]);
    expect(nearestWords("Pcl", words)).toEqual([]);
    expect(nearestWords("Shepey", words)).toEqual(["Sheppey"]);
    expect(nearestWords("Shpy", words)).toEqual([]);
  });

  it("include, for a word cut short, the words it begins, however far", () => {
    const list = parseWordList("budget 12\nbudgets 3\nbudgetary 1\nbud 1\n");
    expect(nearestWords("budg", list)).toEqual(["budget", "budgets", "bud"]);
    expect(nearestWords("budgte", list)).toEqual(["budget"]);
  });

  it("are those at the smallest distance, the most frequent first", () => {
    const list = parseWordList("panel 9\npaned 1\npanes 4\nplanet 20\n");
    expect(nearestWords("panle", list)).toEqual(["panel"]);
    expect(nearestWords("pane", list)).toEqual(["panel", "panes", "paned"]);
  });
});

describe("the suggested queries", () => {
  const words = archiveWords();

  it("replace the missing word in the query as typed, and keep the other words", () => {
    expect(corrections("Sheppy police", ["Sheppy"], words)).toEqual(["Sheppey police"]);
    expect(corrections('"Isle of Sheppy"', ["Sheppy"], words)).toEqual(['"Isle of Sheppey"']);
  });

  it("correct the part of a hyphenated name that is not a word of the archive", () => {
    expect(corrections("Mochry-Cox", ["Mochry-Cox"], words)).toEqual(["Mochrie-Cox"]);
  });

  it("correct every missing word", () => {
    expect(corrections("Sheppy polcie", ["Sheppy", "polcie"], words)).toEqual(["Sheppey police"]);
  });

  it("suggest nothing when a missing word has no near word, or is a number", () => {
    expect(corrections("zzqxv", ["zzqxv"], words)).toEqual([]);
    expect(corrections("D.099.24", ["099"], words)).toEqual([]);
  });
});
