/**
 * The search page's address and query, as search.js reads and writes them: a search survives a
 * round trip through its address, and a decision code matches however it is typed.
 */
import { describe, expect, it } from "vitest";
import { landing, onSite, queryFor, searchTerms, stateFromQuery } from "../../src/assets/search.js";

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
