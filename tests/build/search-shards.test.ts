/**
 * Splitting the search index into shards of whole years (a year too large for one, in parts):
 * within the memory budget, with the newest years and the pages of no meeting in the main bundle
 * that readers search by default, stable when a meeting is added, and digested so that only a
 * shard whose pages changed is indexed again.
 */
import { describe, expect, it } from "vitest";
import { MAIN_BUNDLE, manifestOf, pageDigest, planShards, recordOf, type SearchPage, type Shard, yearOfPage } from "../../src/build/search-shards.ts";

const page = (path: string, bytes = 100, text = path): SearchPage => ({ path, bytes, digest: pageDigest(`<main><h1>${text}</h1></main>`) });
const meetingPages = (year: number, count: number, bytes = 100): SearchPage[] =>
  Array.from({ length: count }, (_, i) => page(`meetings/panel-${year}-0${(i % 9) + 1}-1${i % 10}/p${i}/index.html`, bytes));
const yearsFrom = (first: number, last: number, count = 4): SearchPage[] => Array.from({ length: last - first + 1 }, (_, i) => meetingPages(first + i, count)).flat();
const people = (count: number, bytes = 100): SearchPage[] => Array.from({ length: count }, (_, i) => page(`people/person-${i}/index.html`, bytes));

const keys = (shards: Shard[]) => shards.map((s) => s.key);
const searchedByDefault = (shards: Shard[]) => shards.filter((s) => s.byDefault).map((s) => s.key);
const hashes = (shards: Shard[]) => Object.fromEntries(shards.map((s) => [s.key, s.hash]));

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
  it("keeps a site within the budget in one bundle, the main one, searched whole", () => {
    const shards = planShards([...meetingPages(2023, 3), ...meetingPages(2024, 3), page("people/a/index.html")], 1_000_000);
    expect(shards.map((s) => [s.key, s.path, s.years, s.loose, s.byDefault])).toEqual([["all", MAIN_BUNDLE, [2023, 2024], true, true]]);
    expect(shards[0]?.pages).toHaveLength(7);
    expect(manifestOf(shards).shards.map((s) => s.bundle)).toEqual(["./"]);
  });

  it("puts the newest two years and the pages of no meeting in the main bundle, the only one searched by default", () => {
    const pages = [...yearsFrom(2018, 2023), ...people(2)];
    const shards = planShards(pages, 1000);
    expect(keys(shards)).toEqual(["2018-2019", "2020-2021", "2022-2023"]);
    expect(shards.map((s) => s.path)).toEqual(["pagefind-shards/2018-2019", "pagefind-shards/2020-2021", MAIN_BUNDLE]);
    expect(shards[2]?.pages).toEqual(expect.arrayContaining(["people/person-0/index.html", "people/person-1/index.html"]));
    expect(shards.map((s) => s.loose)).toEqual([false, false, true]);
    expect(searchedByDefault(shards)).toEqual(["2022-2023"]);
    expect(shards.flatMap((s) => s.pages).sort()).toEqual(pages.map((p) => p.path).sort());
  });

  it("fills the older years oldest first, each shard within the budget, a year larger than it in parts of that year", () => {
    const pages = [...meetingPages(2019, 2), ...meetingPages(2020, 2), ...meetingPages(2021, 20), ...meetingPages(2022, 2), ...meetingPages(2023, 2)];
    const shards = planShards(pages, 500);
    expect(keys(shards)).toEqual(["2019-2020", "2021-part-1", "2021-part-2", "2021-part-3", "2021-part-4", "2022-2023"]);
    for (const shard of shards) expect(shard.bytes).toBeLessThanOrEqual(500);
    const parts = shards.filter((s) => s.key.startsWith("2021-"));
    expect(parts.map((s) => [s.years, s.path, s.byDefault, s.loose])).toEqual(parts.map((s) => [[2021, 2021], `pagefind-shards/${s.key}`, false, false]));
    expect(parts.flatMap((s) => s.pages)).toEqual(meetingPages(2021, 20).map((p) => p.path).sort());
    expect(shards.flatMap((s) => s.pages).sort()).toEqual(pages.map((p) => p.path).sort());
  });

  it("cuts a year into parts of about equal size, as few as the budget allows, a page larger than a part in one of its own", () => {
    const year = meetingPages(2020, 9, 100);
    const parts = planShards([...year, ...meetingPages(2021, 1), ...meetingPages(2022, 1)], 400).filter((s) => s.key.startsWith("2020-"));
    expect(parts.map((s) => s.bytes)).toEqual([300, 300, 300]);
    const lopsided = [...meetingPages(2020, 6, 50), page("meetings/panel-2020-05-05/huge/index.html", 900)];
    const cut = planShards([...lopsided, ...meetingPages(2021, 1), ...meetingPages(2022, 1)], 500).filter((s) => s.key.startsWith("2020-"));
    expect(cut.flatMap((s) => s.pages).sort()).toEqual(lopsided.map((p) => p.path).sort());
    expect(cut.find((s) => s.pages.includes("meetings/panel-2020-05-05/huge/index.html"))?.pages).toHaveLength(1);
    expect(cut.map((s) => s.key)).toEqual(cut.map((_, i) => `2020-part-${i + 1}`));
  });

  it("keeps an older year's parts as they were when the newest year changes", () => {
    const pages = [...meetingPages(2020, 12), ...meetingPages(2021, 2), ...meetingPages(2022, 2)];
    const before = planShards(pages, 500);
    const after = planShards([...pages, page("meetings/panel-2022-12-01/index.html")], 500);
    expect(keys(before)).toEqual(["2020-part-1", "2020-part-2", "2020-part-3", "2021-2022"]);
    expect(hashes(after)).toMatchObject({ "2020-part-1": hashes(before)["2020-part-1"], "2020-part-2": hashes(before)["2020-part-2"], "2020-part-3": hashes(before)["2020-part-3"] });
  });

  it("keeps the pages of no meeting in shards of their own, searched by default, when they do not fit beside the newest years", () => {
    const years = yearsFrom(2018, 2023);
    const without = planShards(years, 1000);
    const shards = planShards([...years, ...people(12)], 1000);
    expect(keys(shards)).toEqual(["other-1", "other-2", "2018-2019", "2020-2021", "2022-2023"]);
    expect(searchedByDefault(shards)).toEqual(["other-1", "other-2", "2022-2023"]);
    expect(shards.at(-1)?.loose).toBe(false);
    // They never move the years' shards.
    expect(hashes(shards)).toMatchObject(hashes(without));
  });

  it("takes only the newest year into the main bundle when two do not fit, however large it is", () => {
    expect(keys(planShards([...meetingPages(2021, 4), ...meetingPages(2022, 6), ...meetingPages(2023, 6)], 1000))).toEqual(["2021-2022", "2023"]);
    expect(keys(planShards([...meetingPages(2022, 4), ...meetingPages(2023, 30)], 1000))).toEqual(["2022", "2023"]);
  });

  it("changes only the main shard's digest when a meeting is added to the newest year, people pages and all", () => {
    const pages = [...yearsFrom(2018, 2023), ...people(2)];
    const before = planShards(pages, 1200);
    const changedPerson = page("people/person-0/index.html", 100, "now also attended 2023-12-01");
    const after = planShards([...pages.filter((p) => p.path !== changedPerson.path), changedPerson, page("meetings/panel-2023-12-01/index.html")], 1200);
    expect(keys(after)).toEqual(keys(before));
    const changed = keys(after).filter((key) => hashes(after)[key] !== hashes(before)[key]);
    expect(changed).toEqual([after.at(-1)?.key]);
    expect(after.at(-1)?.path).toBe(MAIN_BUNDLE);
  });

  it("moves the oldest year of the main bundle into the older shards when a new year begins: one more shard changes", () => {
    const pages = [...yearsFrom(2016, 2023), ...people(2)];
    const before = planShards(pages, 1200);
    const after = planShards([...pages, page("meetings/panel-2024-01-15/index.html")], 1200);
    expect(keys(before)).toEqual(["2016-2018", "2019-2021", "2022-2023"]);
    expect(keys(after)).toEqual(["2016-2018", "2019-2021", "2022", "2023-2024"]);
    expect(hashes(after)["2016-2018"]).toBe(hashes(before)["2016-2018"]);
    expect(hashes(after)["2019-2021"]).toBe(hashes(before)["2019-2021"]);
  });

  it("searches the year before by default too while the newest year, alone in the main bundle, is still small", () => {
    // Years that each fill most of a shard, as at 10,000 papers: the newest year has just begun.
    const full = [...meetingPages(2021, 10), ...meetingPages(2022, 10), ...meetingPages(2023, 10)];
    const begun = planShards([...full, ...meetingPages(2024, 1)], 1000);
    expect(keys(begun)).toEqual(["2021", "2022", "2023", "2024"]);
    expect(searchedByDefault(begun)).toEqual(["2023", "2024"]);
    const halfway = planShards([...full, ...meetingPages(2024, 6)], 1000);
    expect(searchedByDefault(halfway)).toEqual(["2024"]);
  });

  it("searches every part of the year before by default while the newest year is still small", () => {
    const shards = planShards([...meetingPages(2022, 10), ...meetingPages(2023, 25), ...meetingPages(2024, 1)], 1000);
    expect(keys(shards)).toEqual(["2022", "2023-part-1", "2023-part-2", "2023-part-3", "2024"]);
    expect(searchedByDefault(shards)).toEqual(["2023-part-1", "2023-part-2", "2023-part-3", "2024"]);
  });

  it("makes the last shard the main bundle when no page belongs to a meeting", () => {
    const shards = planShards(people(12), 500);
    expect(keys(shards)).toEqual(["other-1", "other-2", "other-3"]);
    expect(shards.at(-1)?.path).toBe(MAIN_BUNDLE);
    expect(shards.every((s) => s.byDefault && s.loose && s.years === undefined)).toBe(true);
  });

  it("changes a shard's digest when one of its pages' text changes, and not for the build date", () => {
    const a = planShards([page("meetings/x-2020-01-01/index.html", 100, "one")], 800);
    const b = planShards([page("meetings/x-2020-01-01/index.html", 100, "two")], 800);
    expect(a[0]?.hash).not.toBe(b[0]?.hash);
    const printed = (date: string) => `<main><h1>T</h1><div class="app-print-meta">\n<p>Page built: ${date}</p>\n</div><p>text</p></main>`;
    expect(pageDigest(printed("Monday 1 January 2024"))).toBe(pageDigest(printed("Tuesday 2 January 2024")));
    expect(pageDigest(printed("Monday 1 January 2024"))).not.toBe(pageDigest(printed("Monday 1 January 2024").replace("text", "other")));
  });
});

describe("the manifest the search page reads", () => {
  it("lists every bundle relative to /pagefind/shards.json, with its years, its pages of no meeting and whether it is searched by default, and nothing else", () => {
    const shards = planShards([...yearsFrom(2018, 2023), ...people(2)], 1000);
    const manifest = manifestOf(shards);
    expect(manifest.shards).toEqual([
      { key: "2018-2019", bundle: "../pagefind-shards/2018-2019/", years: [2018, 2019], loose: false, byDefault: false },
      { key: "2020-2021", bundle: "../pagefind-shards/2020-2021/", years: [2020, 2021], loose: false, byDefault: false },
      { key: "2022-2023", bundle: "./", years: [2022, 2023], loose: true, byDefault: true },
    ]);
  });

  it("leaves the shards' paths, digests and sizes to the build's record of them", () => {
    const shards = planShards([...yearsFrom(2018, 2023), ...people(2)], 1000);
    expect(recordOf(shards).shards.map((s) => [s.key, s.path, s.hash, s.pages, s.bytes])).toEqual([
      ["2018-2019", "pagefind-shards/2018-2019", shards[0]?.hash, 8, 800],
      ["2020-2021", "pagefind-shards/2020-2021", shards[1]?.hash, 8, 800],
      ["2022-2023", MAIN_BUNDLE, shards[2]?.hash, 10, 1000],
    ]);
  });

  it("gives a shard of pages of no meeting no years", () => {
    const manifest = manifestOf(planShards([...yearsFrom(2018, 2023), ...people(12)], 1000));
    expect(manifest.shards.filter((s) => s.key.startsWith("other")).map((s) => s.years)).toEqual([null, null]);
  });
});
