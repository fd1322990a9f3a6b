/**
 * The search page over an index in shards of years, in a real browser: a small archive whose two
 * old years are each too large for the shard budget, built and then indexed with that budget, so
 * that each is cut into parts. By default a search covers the main bundle only (the newest two
 * years and the pages of no meeting), says so, and fetches nothing of the older shards; "Search
 * all years" (`scope=all`) finds an old paper; a year filter loads the parts holding that year and
 * no other shard; results sorted by date stay in date order across shards.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Bundle, type Plan, scopeOf, stateFromQuery } from "../../src/assets/search.js";
import { indexSite } from "../../src/build/search-index.ts";
import type { ShardManifest } from "../../src/build/search-shards.ts";
import { axeViolations, type Browser, describeWithBrowser, launchBrowser } from "../support/browser.ts";
import { openSettled, settled } from "../support/search-page.ts";
import { buildContent } from "../support/build-fixture.ts";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";
import { type StaticServer, serveSite } from "../support/static-server.ts";

/** Shard budget, in bytes of what is indexed: each old year's paper alone is larger, so each old year is cut in two parts. */
const BUDGET = 140_000;
/** Text making a paper larger than the budget, whatever the page around it. */
const filler = (topic: string) => `The panel considered the ${topic} figures and the commentary on them. `.repeat(3_000);

function meeting(date: string, code: string, paper: string): string {
  return ["---", "type: meeting", "body: panel", `date: ${date}`, 'time: "10:00"', "status: held", "agenda:", "  sections:", "    - letter: A", "      title: Business", "      items:", `        - code: ${code}`, "          title: A report", `          papers: [${paper}]`, "---", "Notice of the meeting.", ""].join("\n");
}

const report = (title: string, text: string) => `---\ntype: report\ntitle: ${title}\n---\n## Summary\n\n${text}\n`;

/** MINIMAL (a 2024 meeting, Ann Able and Bob Baker) with meetings in 2015, 2016 and 2025. */
const FILES = {
  ...MINIMAL,
  "meetings/panel-2024-01-10/a2-report.md": report("A report", "The custody budget was noted."),
  "meetings/panel-2015-03-10/meeting.md": meeting("2015-03-10", "A1", "panel-2015-03-10/a1-quokka-report"),
  "meetings/panel-2015-03-10/a1-quokka-report.md": report("Quokka report", `Quokka sightings and the custody budget. ${filler("custody")}`),
  "meetings/panel-2016-03-10/meeting.md": meeting("2016-03-10", "A1", "panel-2016-03-10/a1-numbat-report"),
  "meetings/panel-2016-03-10/a1-numbat-report.md": report("Numbat report", `Numbat patrols and the custody budget. ${filler("patrol")}`),
  "meetings/panel-2025-02-10/meeting.md": meeting("2025-02-10", "A1", "panel-2025-02-10/a1-wombat-report"),
  "meetings/panel-2025-02-10/a1-wombat-report.md": report("Wombat report", "Wombat crossings and the custody budget were reviewed."),
};

let site: string;
let server: StaticServer;
let browser: Browser;
const temp = mkdtempSync(join(tmpdir(), "papers-search-scope-"));

const RESULTS = "[data-search-results] > li";
const QUOKKA = "/meetings/panel-2015-03-10/a1-quokka-report/";

const open = (path: string, page?: Page): Promise<Page> => openSettled(browser, server.origin, path, page);

async function resultPaths(page: Page): Promise<string[]> {
  const hrefs = await page.locator(`${RESULTS} h2 a`).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.split("#")[0] ?? "");
}

const status = async (page: Page) => ((await page.textContent("[data-search-status]")) ?? "").trim();
/** The shard folders the browser fetched anything from since the last call. */
const shardsFetched = () => [...new Set(server.takeTransfers().flatMap((t) => /^\/pagefind-shards\/([^/]+)\//.exec(t.path)?.[1] ?? []))].sort();

describe("the bundles a search loads", () => {
  const bundle = (key: string, years: [number, number] | null, loose: boolean, byDefault: boolean): Bundle => ({ key, path: `/pagefind-shards/${key}/`, years, loose, byDefault, main: false });
  const main = { ...bundle("2024-2025", [2024, 2025], true, true), path: "/pagefind/", main: true };
  const bundles = [bundle("2011-2019", [2011, 2019], false, false), bundle("2020-2023", [2020, 2023], false, false), main];
  const keysFor = (query: string, plan: Plan = { scoped: true, bundles }) => {
    const scope = scopeOf(plan, stateFromQuery(query));
    return [scope.kind, scope.bundles.map((b) => b.key)];
  };

  it("are those searched by default unless all years are asked for", () => {
    expect(keysFor("?q=budget")).toEqual(["recent", ["2024-2025"]]);
    expect(keysFor("?q=budget&scope=all")).toEqual(["all", ["2011-2019", "2020-2023", "2024-2025"]]);
  });

  it("for a year, are the shard spanning it and those holding pages of no meeting, whatever the scope", () => {
    expect(keysFor("?q=budget&year=2015")).toEqual(["year", ["2011-2019", "2024-2025"]]);
    expect(keysFor("?q=budget&year=2015&scope=all")).toEqual(["year", ["2011-2019", "2024-2025"]]);
    expect(keysFor("?q=budget&year=2025")).toEqual(["year", ["2024-2025"]]);
    expect(keysFor("?q=budget&year=1999")).toEqual(["year", ["2024-2025"]]);
    const apart = [bundle("other", null, true, true), bundles[0] as Bundle, { ...main, loose: false }];
    expect(keysFor("?q=budget&year=2015", { scoped: true, bundles: apart })).toEqual(["year", ["other", "2011-2019"]]);
  });

  it("is the one bundle of an index that is not in shards, whatever is asked", () => {
    const whole = { scoped: false, bundles: [{ ...main, key: "all" }] };
    for (const query of ["?q=budget", "?q=budget&scope=all", "?q=budget&year=2015"]) expect(keysFor(query, whole)).toEqual(["whole", ["all"]]);
  });

  it("is every bundle, with nothing to choose, when every one is searched by default", () => {
    const people = [bundle("other-1", null, true, true), { ...bundle("other-2", null, true, true), path: "/pagefind/", main: true }];
    expect(keysFor("?q=budget", { scoped: true, bundles: people })).toEqual(["whole", ["other-1", "other-2"]]);
  });

  it("is every bundle, as before, when the list does not say which years each holds", () => {
    for (const query of ["?q=budget", "?q=budget&year=2015"]) expect(keysFor(query, { scoped: false, bundles })).toEqual(["whole", ["2011-2019", "2020-2023", "2024-2025"]]);
  });
});

describeWithBrowser("the search page over an index in shards", () => {
  beforeAll(async () => {
    const built = await buildContent(writeContent(FILES, join(temp, "project")));
    site = join(temp, "site");
    cpSync(built.outputDir, site, { recursive: true });
    rmSync(built.outputDir, { recursive: true, force: true });
    await indexSite(site, { maxBytes: BUDGET });
    server = await serveSite(site);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(temp, { recursive: true, force: true });
  });

  it("is built as the test means: each old year in parts of its own, the newest two years and the pages of no meeting in the main bundle", () => {
    const manifest = JSON.parse(readFileSync(join(site, "pagefind/shards.json"), "utf8")) as ShardManifest;
    expect(manifest.shards.map((s) => [s.key, s.bundle, s.years, s.loose, s.byDefault])).toEqual([
      ["2015-part-1", "../pagefind-shards/2015-part-1/", [2015, 2015], false, false],
      ["2015-part-2", "../pagefind-shards/2015-part-2/", [2015, 2015], false, false],
      ["2016-part-1", "../pagefind-shards/2016-part-1/", [2016, 2016], false, false],
      ["2016-part-2", "../pagefind-shards/2016-part-2/", [2016, 2016], false, false],
      ["2024-2025", "./", [2024, 2025], true, true],
    ]);
  });

  it("by default finds a recent paper and a person, fetches nothing of the older shards, and says what it searched", async () => {
    server.takeTransfers();
    const page = await open("/search/?q=wombat");
    expect(await resultPaths(page)).toContain("/meetings/panel-2025-02-10/a1-wombat-report/");
    expect(await status(page)).toMatch(/^\d+ results? for “wombat”\. Searched meetings from 2024 to 2025, and people, bodies and topics\.$/);
    await open("/search/?q=Able", page);
    expect(await resultPaths(page)).toContain("/people/ann-able/");
    expect(shardsFetched()).toEqual([]);
    const control = page.locator("[data-search-scope] a");
    expect(await control.isVisible()).toBe(true);
    expect(await control.textContent()).toBe("Search all years");
    expect(new URL(await control.getAttribute("href") ?? "", server.origin).search).toBe("?q=Able&scope=all");
    await page.close();
  });

  it("says when nothing was found in the recent years that all years can be searched, and searches them from the link, by keyboard", async () => {
    const page = await open("/search/?q=quokka");
    expect(await status(page)).toBe("No results for “quokka”. Searched meetings from 2024 to 2025, and people, bodies and topics. Check the spelling, try other words or all years.");
    server.takeTransfers();
    await page.focus("[data-search-scope] a");
    await page.keyboard.press("Enter");
    await page.locator("[data-search-status]", { hasText: "Searched all years" }).waitFor();
    await settled(page);
    expect(new URL(page.url()).search).toBe("?q=quokka&scope=all");
    expect(await resultPaths(page)).toContain(QUOKKA);
    expect(await status(page)).toMatch(/^\d+ results? for “quokka”\. Searched all years: meetings from 2015 to 2025, and people, bodies and topics\.$/);
    expect(shardsFetched()).toEqual(["2015-part-1", "2015-part-2", "2016-part-1", "2016-part-2"]);
    // The link now narrows back; focus stayed on it.
    expect(await page.locator("[data-search-scope] a:focus").textContent()).toBe("Search recent years only: 2024 to 2025");
    // The scope is kept for the next search sent with the form, and Back returns to the recent years.
    await page.fill("#search-q", "numbat");
    await page.press("#search-q", "Enter");
    await settled(page);
    expect(new URL(page.url()).search).toBe("?q=numbat&scope=all");
    expect(await resultPaths(page)).toContain("/meetings/panel-2016-03-10/a1-numbat-report/");
    await page.goBack();
    await page.goBack();
    await page.locator("[data-search-status]", { hasText: "No results for “quokka”" }).waitFor();
    expect(new URL(page.url()).search).toBe("?q=quokka");
    await page.close();
  });

  it("with a year filter for an old year, loads the parts holding that year and no other shard, and finds its paper", async () => {
    server.takeTransfers();
    const page = await open("/search/?q=quokka&year=2015");
    expect(await resultPaths(page)).toContain(QUOKKA);
    expect(shardsFetched()).toEqual(["2015-part-1", "2015-part-2"]);
    expect(await status(page)).toMatch(/^\d+ results? for “quokka”, filtered by 2015\.$/);
    expect(await page.locator("[data-search-scope]").isHidden()).toBe(true);
    await page.close();
  });

  it("keeps results sorted by date across shards, and counts them alike either way", async () => {
    /** The meeting dates of every result, in order, once "Show more results" has shown them all. */
    const dates = async (page: Page) => {
      while (await page.locator("[data-search-more]:not([hidden])").count()) {
        const shown = await page.locator(RESULTS).count();
        await page.click("[data-search-more] button");
        await page.waitForFunction((n) => document.querySelectorAll("[data-search-results] > li").length > n, shown);
      }
      return (await resultPaths(page)).map((path) => /panel-(\d{4}-\d{2}-\d{2})/.exec(path)?.[1] ?? "");
    };
    const count = async (page: Page) => Number(/^(\d+) results?/.exec(await status(page))?.[1]);
    const page = await open("/search/?q=custody&scope=all&sort=newest");
    const newest = await dates(page);
    expect([...new Set(newest)]).toEqual(["2025-02-10", "2024-01-10", "2016-03-10", "2015-03-10"]);
    expect(newest).toHaveLength(await count(page));
    await open("/search/?q=custody&scope=all&sort=oldest", page);
    expect(await dates(page)).toEqual([...newest].reverse());
    await open("/search/?q=custody&scope=all", page);
    expect(await count(page)).toBe(newest.length);
    await page.close();
  });

  it("has no WCAG 2.2 A or AA violation with the scope and its link showing", async () => {
    const page = await open("/search/?q=custody");
    expect(await page.locator("[data-search-scope]").isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
