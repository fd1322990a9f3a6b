/**
 * The search page's address and query, as search.js reads and writes them: a search survives a
 * round trip through its address, and a decision code matches however it is typed.
 */
import { describe, expect, it } from "vitest";
import { decisionCodeForms } from "../../src/views/search-codes.ts";
import { codeFormsOf, decisionCode, landing, NO_CODE_FORMS, onSite, queryFor, queryParts, queryWords, stateFromQuery } from "../../src/assets/search.js";

/** The forms of the shipped archive's codes: OPCC D.035.24, printed too as OPCC.D.034.23. */
const KENT = decisionCodeForms(["OPCC D.033.23", "OPCC.D.033.23", "OPCC D.034.23", "OPCC.D.034.23", "OPCC D.035.24"]);
/** A council's key decisions: KD/2025/014. */
const COUNCIL = decisionCodeForms(["KD/2025/014"]);

describe("a decision code in a search", () => {
  it("is one key however it is printed or typed: the code proper run together, its issuer apart", () => {
    for (const typed of ["OPCC D.035.24", "OPCC.D.035.24", "D.035.24", "d.035.24", "D 035 24", "opcc-d-035-24", "D035/24"]) {
      expect(decisionCode(typed), typed).toMatchObject({ key: "d03524", shape: "d 3 2" });
    }
    expect(decisionCode("OPCC.D.035.24")?.issuer).toBe("opcc");
    expect(decisionCode("D035/24")?.issuer).toBe("");
    expect(decisionCode("KD/2025/014")).toEqual({ issuer: "", key: "kd2025014", shape: "kd 4 3" });
    expect(decisionCode("Sheppey")).toBeUndefined();
  });

  it("has the forms of the archive's codes: the issuers typed before them, the prefixes a printing runs into them, their shapes", () => {
    expect(KENT).toEqual({ issuers: ["opcc"], joined: ["opcc"], shapes: ["d 3 2"] });
    expect(COUNCIL).toEqual({ issuers: [], joined: [], shapes: ["kd 4 3"] });
    // Printed only with a space, the code proper is a word of its own: nothing is joined to it.
    expect(decisionCodeForms(["OPCC D.035.24"]).joined).toEqual([]);
  });

  it("is one part of the query, searched as the words Pagefind indexes its printings as, never as its numbers", () => {
    for (const typed of ["OPCC D.035.24", "OPCC.D.035.24", "D.035.24", "d.035.24", "D 035 24", "opcc-d-035-24", "D035/24"]) {
      expect(queryParts(typed, KENT), typed).toEqual([{ typed, code: true, key: "d03524", terms: ["d03524", "opccd03524"] }]);
    }
    expect(queryParts("KD/2025/014", COUNCIL)).toEqual([{ typed: "KD/2025/014", code: true, key: "kd2025014", terms: ["kd2025014"] }]);
  });

  it("keeps the words around it, in their order", () => {
    expect(queryWords("decision  OPCC.D.034.23 PFI", KENT)).toEqual(["decision", "OPCC.D.034.23", "PFI"]);
    expect(queryParts("PFI D.034.23", KENT).map((part) => part.terms)).toEqual([["PFI"], ["d03423", "opccd03423"]]);
  });

  it("is a code only in a shape the archive's codes have: other words, numbers and codes are words as typed", () => {
    for (const typed of ["Mochrie-Cox", "Sheppey", "PEEL 2023-25", "AFI", "D.035", "Item D1", "2023/24", "0.35%", "COVID-19", "D.0355.24", "XD.035.24"]) {
      expect(queryParts(typed, KENT).some((part) => part.code), typed).toBe(false);
    }
    expect(queryParts("D.035.24", COUNCIL).some((part) => part.code)).toBe(false);
    expect(queryParts("D.035.24", NO_CODE_FORMS)).toEqual([{ typed: "D.035.24", terms: ["D.035.24"] }]);
  });

  it("is left as typed in a phrase, which Pagefind searches word by word", () => {
    expect(queryParts('"OPCC D.035.24"', KENT)).toEqual([
      { typed: "OPCC", terms: ["OPCC"] },
      { typed: "D.035.24", terms: ["D.035.24"] },
    ]);
  });

  it("reads the forms the search page gives, and none from an attribute it cannot read", () => {
    expect(codeFormsOf(JSON.stringify(KENT))).toEqual(KENT);
    for (const bad of [undefined, "", "{", "null", '{"shapes":"d 3 2"}']) expect(codeFormsOf(bad).shapes, String(bad)).toEqual([]);
  });
});

describe("the address of a search", () => {
  it("holds the words, the filters and the order, and reads back as the same search", () => {
    const state = stateFromQuery("?q=PEEL+update&type=minutes&type=report&body=kmpcp&year=2024&topic=peel&sort=newest&scope=all");
    expect(state).toEqual({ q: "PEEL update", type: ["minutes", "report"], body: "kmpcp", year: "2024", topic: "peel", sort: "newest", scope: "all" });
    expect(stateFromQuery(queryFor(state))).toEqual(state);
  });

  it("asks for every year only with scope=all, and otherwise for the years searched by default", () => {
    expect(stateFromQuery("?q=PEEL&scope=all").scope).toBe("all");
    expect(stateFromQuery("?q=PEEL&scope=everything").scope).toBe("");
    expect(queryFor(stateFromQuery("?q=PEEL&scope="))).toBe("?q=PEEL");
  });

  it("leaves out empty fields, as a form sent without JavaScript carries them", () => {
    expect(queryFor(stateFromQuery("?q=Sheppey&body=&year=&topic=&sort="))).toBe("?q=Sheppey");
    expect(queryFor(stateFromQuery(""))).toBe("");
  });

  it("ignores an order it does not offer, and spaces around the words", () => {
    expect(stateFromQuery("?q=++Sheppey++&sort=sideways")).toMatchObject({ q: "Sheppey", sort: "" });
    expect(stateFromQuery("?sort=toString").sort).toBe("");
  });
});

describe("where a result lands", () => {
  const sub = (title: string, score: number, anchor?: string, url = "/meetings/x/minutes/section-m1.html") => ({ url: anchor ? `${url}#${anchor}` : url, title, excerpt: `in ${title}`, ...(anchor ? { anchor: { id: anchor } } : {}), weighted_locations: [{ balanced_score: score }] });

  it("is the page's section that matched best, when a record took in short sections after its first", () => {
    const data = { url: "/meetings/x/minutes/section-m1.html", excerpt: "whole", meta: { url: "/meetings/x/minutes/#m1", section: "1. Apologies" }, sub_results: [sub("1. Apologies", 1), sub("2. Minutes", 5, "m2"), sub("3. Budget", 3, "m3")] };
    // Addresses are the site root's (onSite: under a path prefix, the prefix's).
    expect(landing(data)).toEqual({ url: onSite("/meetings/x/minutes/#m2"), title: "2. Minutes", excerpt: "in 2. Minutes", others: [{ title: "3. Budget", url: onSite("/meetings/x/minutes/#m3") }] });
  });

  it("is the record's first section when its own text matched best", () => {
    const data = { url: "/meetings/x/minutes/section-m1.html", excerpt: "whole", meta: { url: "/meetings/x/minutes/#m1", section: "1. Apologies" }, sub_results: [sub("1. Apologies", 9), sub("2. Minutes", 1, "m2")] };
    expect(landing(data)).toEqual({ url: onSite("/meetings/x/minutes/#m1"), title: "1. Apologies", excerpt: "in 1. Apologies", others: [{ title: "2. Minutes", url: onSite("/meetings/x/minutes/#m2") }] });
  });

  it("is Pagefind's own address for a page indexed whole", () => {
    const data = { url: "/people/ann-able/", excerpt: "whole", meta: { title: "Ann Able" }, sub_results: [sub("Ann Able", 1, undefined, "/people/ann-able/"), sub("Roles", 4, "roles", "/people/ann-able/")] };
    expect(landing(data)).toEqual({ url: "/people/ann-able/#roles", title: "Roles", excerpt: "in Roles", others: [] });
  });
});
