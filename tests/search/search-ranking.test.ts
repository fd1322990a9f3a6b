/**
 * What search.js makes of Pagefind's results, in memory: pages about papers the archive does not
 * hold rank below the others; several words that find nothing together fall back to pages with
 * any of them; a decision's page comes first in a search for its code; and the status line says
 * plainly which words were found nowhere, when results have only some of the words, when no
 * decision has a code, and, with filters and no words, to type words.
 */
import { describe, expect, it } from "vitest";
import { decisionCodeForms } from "../../src/views/search-codes.ts";
import { anyOf, type Found, heldFirst, inFront, queryWords, type Scope, stateFromQuery, summary, typeWords } from "../../src/assets/search.js";

const result = (id: string, score: number) => ({ id, score });
const ids = (results: readonly { id: string }[]) => results.map((r) => r.id);

describe("pages about papers the archive does not hold", () => {
  it("rank below every page it holds, each part in Pagefind's order", () => {
    const results = [result("stub-report", 34), result("topic", 33), result("agenda-item", 18), result("stub-minutes", 17), result("minute", 16)];
    expect(ids(heldFirst(results, new Set(["stub-report", "stub-minutes"])))).toEqual(["topic", "agenda-item", "minute", "stub-report", "stub-minutes"]);
  });

  it("leave the order alone when there are none", () => {
    const results = [result("a", 3), result("b", 2)];
    expect(ids(heldFirst(results, new Set()))).toEqual(["a", "b"]);
  });
});

describe("a decision's page, in a search for its code", () => {
  it("comes first, before pages the archive holds, the others in their order", () => {
    const results = [result("minute", 30), result("agenda-item", 20), result("decision", 10)];
    expect(ids(inFront(heldFirst(results, new Set(["decision"])), new Set(["decision"])))).toEqual(["decision", "minute", "agenda-item"]);
    expect(ids(inFront(results, new Set()))).toEqual(["minute", "agenda-item", "decision"]);
  });
});

describe("results for any of several words", () => {
  it("put pages with more of the words first, then the best scores added up, each page once", () => {
    const sheppey = [result("minute-115", 13), result("annual-report", 5)];
    const cadets = [result("topic-cadets", 20), result("annual-report", 4), result("citizens", 9)];
    expect(ids(anyOf([sheppey, cadets]))).toEqual(["annual-report", "topic-cadets", "minute-115", "citizens"]);
  });

  it("keep a search by date in date order: a page's score is then its place in the bundle, the same in every search", () => {
    const first = [result("2024-07", 30), result("2019-11", 10)];
    const second = [result("2024-10", 31), result("2024-07", 30)];
    expect(ids(anyOf([first, second], true))).toEqual(["2024-10", "2024-07", "2019-11"]);
  });

  it("are one word's results as they are", () => {
    const only = [result("b", 1), result("a", 2)];
    expect(anyOf([only])).toBe(only);
  });
});

describe("the words of a query", () => {
  it("are what Pagefind is asked for, split at spaces, each once, a phrase's quotes aside", () => {
    expect(queryWords("Sheppy  police")).toEqual(["Sheppy", "police"]);
    expect(queryWords('"Vision Zero"')).toEqual(["Vision", "Zero"]);
    expect(queryWords("PEEL PEEL")).toEqual(["PEEL"]);
  });

  it("leave out what Pagefind ignores, and keep a decision code whole, never as its numbers", () => {
    expect(queryWords("budget – precept &")).toEqual(["budget", "precept"]);
    expect(queryWords("OPCC.D.034.23 PFI", decisionCodeForms(["OPCC.D.034.23"]))).toEqual(["OPCC.D.034.23", "PFI"]);
  });
});

describe("the status line", () => {
  const whole: Scope = { kind: "whole", bundles: [] };
  const found = (fields: Partial<Found>): Pick<Found, "scope" | "total" | "match" | "words" | "missing" | "missingCodes" | "code"> => ({ scope: whole, total: 0, match: "all", words: [], missing: [], ...fields });

  it("counts the results for the words as typed when every word was found together", () => {
    expect(summary(stateFromQuery("?q=Sheppey"), found({ total: 2, words: ["Sheppey"] }), 2)).toBe("2 results for “Sheppey”.");
    expect(summary(stateFromQuery("?q=PEEL"), found({ total: 12, words: ["PEEL"] }), 5, ", filtered by Minutes")).toBe("12 results for “PEEL”, filtered by Minutes. Showing 1 to 5.");
  });

  it("says plainly when no page has all the words and the results have any of them", () => {
    const text = summary(stateFromQuery("?q=Sheppey+cadets"), found({ total: 12, match: "any", words: ["Sheppey", "cadets"] }), 5);
    expect(text).toBe("No page has all of “Sheppey” and “cadets”; showing pages with any of them. 12 results. Showing 1 to 5.");
    expect(summary(stateFromQuery("?q=a+b+c"), found({ total: 3, match: "any", words: ["a", "b", "c"] }), 3)).toMatch(/^No page has all of “a”, “b” and “c”;/);
  });

  it("names the words no page has, and counts the results for the others only", () => {
    const text = summary(stateFromQuery("?q=Sheppy+police"), found({ total: 378, words: ["police"], missing: ["Sheppy"] }), 5);
    expect(text).toBe("No page has the word “Sheppy”. 378 results for “police”. Showing 1 to 5.");
    expect(summary(stateFromQuery("?q=Sheppy+Maidstun+police+cadets"), found({ total: 4, match: "any", words: ["police", "cadets"], missing: ["Sheppy", "Maidstun"] }), 4)).toBe(
      "No page has the words “Sheppy” or “Maidstun”. No page has all of “police” and “cadets”; showing pages with any of them. 4 results.",
    );
  });

  it("says there are no results, and what to try, when nothing is shown", () => {
    expect(summary(stateFromQuery("?q=Sheppy"), found({ match: "none", missing: ["Sheppy"] }), 0)).toBe("No results for “Sheppy”. Check the spelling, try other words.");
  });

  it("says only that no decision has a code, when the query is a code the archive's decisions do not have", () => {
    const code = (typed: string, inArchive: boolean, total = 0) => found({ total, match: total > 0 ? "all" : "none", words: [typed], code: { typed, inArchive } });
    expect(summary(stateFromQuery("?q=D.036.24"), code("D.036.24", false), 0)).toBe("No decision with the code “D.036.24” is in the archive.");
    expect(summary(stateFromQuery("?q=D.036.24"), code("D.036.24", false, 2), 2)).toBe("No decision with the code “D.036.24” is in the archive. 2 results for “D.036.24”.");
    expect(summary(stateFromQuery("?q=D.035.24"), code("D.035.24", true, 3), 3)).toBe("3 results for “D.035.24”.");
    expect(summary(stateFromQuery("?q=D.035.24&year=2019"), code("D.035.24", true), 0, ", filtered by 2019")).toBe("No results for “D.035.24”, filtered by 2019. Try fewer filters.");
  });

  it("names a code among other words as no decision's, and counts the results for the others", () => {
    const text = summary(stateFromQuery("?q=D.036.24+retire"), found({ total: 5, words: ["retire"], missing: ["D.036.24"], missingCodes: ["D.036.24"] }), 5);
    expect(text).toBe("No decision with the code “D.036.24” is in the archive. 5 results for “retire”.");
    expect(summary(stateFromQuery("?q=D.036.24+D.037.24"), found({ match: "none", missing: ["D.036.24", "D.037.24"], missingCodes: ["D.036.24", "D.037.24"] }), 0)).toBe(
      "No decision with the codes “D.036.24” or “D.037.24” is in the archive.",
    );
  });

  it("with filters and no words, says to type words, never to check a spelling", () => {
    expect(typeWords(", filtered by 2020")).toBe("Type words to search for, filtered by 2020.");
    expect(summary(stateFromQuery("?year=2020"), found({ match: "none" }), 0, ", filtered by 2020")).toBe("Type words to search for, filtered by 2020.");
  });
});
