/**
 * Splitting the search index into shards of whole years: within the memory budget, stable when a
 * meeting is added, and digested so that only a shard whose pages changed is indexed again.
 */
import { describe, expect, it } from "vitest";
import { MAIN_BUNDLE, manifestOf, pageDigest, planShards, type SearchPage, yearOfPage } from "../../src/build/search-shards.ts";

const page = (path: string, bytes = 100, text = path): SearchPage => ({ path, bytes, digest: pageDigest(`<main><h1>${text}</h1></main>`) });
const meetingPages = (year: number, count: number, bytes = 100): SearchPage[] =>
  Array.from({ length: count }, (_, i) => page(`meetings/panel-${year}-0${(i % 9) + 1}-1${i % 10}/p${i}/index.html`, bytes));

describe("the year of a page", () => {
  it("is read from the meeting folder it sits in", () => {
    expect(yearOfPage("meetings/kmpcp-2024-10-10/b3-hmicfrs-peel-update/index.html")).toBe(2024);
    expect(yearOfPage("meetings/kmpcp-2024-10-10/index.html")).toBe(2024);
    expect(yearOfPage("meetings/kmpcp-2024-10-10-2/index.html")).toBe(2024);
    expect(yearOfPage("people/mike-hill/index.html")).toBeUndefined();
    expect(yearOfPage("meetings/2024/index.html")).toBeUndefined();
  });
});

describe("planning shards", () => {
  it("keeps a site within the budget in one bundle, the main one", () => {
    const shards = planShards([...meetingPages(2023, 3), ...meetingPages(2024, 3), page("people/a/index.html")], 1_000_000);
    expect(shards.map((s) => [s.key, s.path])).toEqual([["all", MAIN_BUNDLE]]);
    expect(shards[0]?.pages).toHaveLength(7);
    expect(manifestOf(shards).merge).toEqual([]);
  });

  it("groups whole years up to the byte budget, oldest first, with the newest as the main bundle", () => {
    const pages = [...meetingPages(2020, 4), ...meetingPages(2021, 4), ...meetingPages(2022, 4), ...meetingPages(2023, 4)];
    const shards = planShards(pages, 800);
    expect(shards.map((s) => s.key)).toEqual(["2020-2021", "2022-2023"]);
    expect(shards.map((s) => s.path)).toEqual(["pagefind-shards/2020-2021", MAIN_BUNDLE]);
    expect(shards.flatMap((s) => s.pages).sort()).toEqual(pages.map((p) => p.path).sort());
  });

  it("gives a year larger than the budget a shard of its own", () => {
    const shards = planShards([...meetingPages(2020, 2), ...meetingPages(2021, 20), ...meetingPages(2022, 2)], 500);
    expect(shards.map((s) => s.key)).toEqual(["2020", "2021", "2022"]);
  });

  it("puts pages of no meeting in shards of their own, so they never move the years' shards", () => {
    const years = [...meetingPages(2020, 4), ...meetingPages(2021, 4)];
    const before = planShards(years, 500);
    const after = planShards([...years, page("people/a/index.html"), page("papers/plan/index.html")], 500);
    expect(before.map((s) => s.key)).toEqual(["2020", "2021"]);
    expect(after.map((s) => s.key)).toEqual(["other", ...before.map((s) => s.key)]);
    expect(after.slice(1).map((s) => s.hash)).toEqual(before.map((s) => s.hash));
  });

  it("changes only the newest shard's digest when a meeting is added to the newest year", () => {
    const pages = [...meetingPages(2020, 4), ...meetingPages(2021, 4), ...meetingPages(2022, 4)];
    const before = planShards(pages, 800);
    const after = planShards([...pages, page("meetings/panel-2022-12-01/index.html")], 800);
    expect(after.map((s) => s.key)).toEqual(before.map((s) => s.key));
    expect(after[0]?.hash).toBe(before[0]?.hash);
    expect(after[1]?.hash).not.toBe(before[1]?.hash);
  });

  it("changes a shard's digest when one of its pages' text changes, and not for the build date", () => {
    const a = planShards([page("meetings/x-2020-01-01/index.html", 100, "one")], 800);
    const b = planShards([page("meetings/x-2020-01-01/index.html", 100, "two")], 800);
    expect(a[0]?.hash).not.toBe(b[0]?.hash);
    const printed = (date: string) => `<main><h1>T</h1><div class="app-print-meta">\n<p>Page built: ${date}</p>\n</div><p>text</p></main>`;
    expect(pageDigest(printed("Monday 1 January 2024"))).toBe(pageDigest(printed("Tuesday 2 January 2024")));
    expect(pageDigest(printed("Monday 1 January 2024"))).not.toBe(pageDigest(printed("Monday 1 January 2024").replace("text", "other")));
  });

  it("lists the bundles the search page merges, relative to /pagefind/shards.json", () => {
    const shards = planShards([...meetingPages(2020, 4), ...meetingPages(2021, 4), page("people/a/index.html")], 400);
    const manifest = manifestOf(shards);
    expect(manifest.merge).toEqual(["../pagefind-shards/other/", "../pagefind-shards/2020/"]);
    expect(manifest.shards.map((s) => s.path)).toEqual(["pagefind-shards/other", "pagefind-shards/2020", MAIN_BUNDLE]);
  });
});
