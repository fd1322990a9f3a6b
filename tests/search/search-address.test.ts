/**
 * The search page's address and query, as search.js reads and writes them: a search survives a
 * round trip through its address, and a decision code matches however it is typed.
 */
import { describe, expect, it } from "vitest";
import { queryFor, searchTerms, stateFromQuery } from "../../src/assets/search.js";

describe("a decision code in a search", () => {
  it("is searched by its two numbers, words of their own in every printing, however it is typed", () => {
    for (const typed of ["OPCC D.035.24", "OPCC.D.035.24", "D.035.24", "d.035.24", "D 035 24", "opcc-d-035-24", "D035/24"]) {
      expect(searchTerms(typed), typed).toBe("035 24");
    }
  });

  it("keeps the words around it", () => {
    expect(searchTerms("decision  OPCC.D.034.23 PFI")).toBe("decision 034 23 PFI");
  });

  it("leaves names, places and other words as typed", () => {
    for (const typed of ["Mochrie-Cox", "Sheppey", "PEEL 2023-25", "AFI", "D.035", "Item D1"]) expect(searchTerms(typed)).toBe(typed);
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
