/**
 * The search page of the shipped archive in a real browser: what people type (names, places,
 * decision codes, acronyms, subjects, all taken from the seed papers) finds the paper they mean
 * and lands on the exact minute or section; what it shows as found is found: papers the archive
 * does not hold rank below those it holds, a misspelt word gets "Did you mean" and no matches of
 * some other word, and words that find nothing together fall back, saying so, to pages with any
 * of them; a decision code, however printed or typed, finds its decision's page first and the pages
 * that print it, and one no decision has is said to be so, never searched as its numbers; filters
 * and order narrow and sort, and filters alone list what they select, or say to loosen them or type
 * words; the address keeps the search; it works by keyboard alone, passes axe, says plainly what to
 * do without JavaScript, and stays within its download budget.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, type Browser, describeWithBrowser, launchBrowser } from "../support/browser.ts";
import { openSettled, settled } from "../support/search-page.ts";
import { SEEDS_DIR } from "../support/paths.ts";
import { sharedSite } from "../support/shared-site.ts";
import { type StaticServer, serveSite, type Transfer } from "../support/static-server.ts";

/** A query as people type it, and the page its best results must include. */
const SEED_QUERIES: [query: string, page: string][] = [
  ["Mochrie-Cox", "/people/shane-mochrie-cox/"],
  ["Parfitt-Reid", "/people/l-parfitt-reid/"],
  ["Sheppey", "/meetings/kmpcp-2024-07-16/minutes/"],
  ["Bluewater", "/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/"],
  ["D.035.24", "/meetings/kmpcp-2024-07-16/minutes/"],
  ["OPCC.D.034.23", "/meetings/kmpcp-2023-10-17/minutes/"],
  ["AFI", "/meetings/kmpcp-2024-10-10/b3-appendix-a-peel-progress-update/"],
  ["PEEL", "/meetings/kmpcp-2024-10-10/b3-hmicfrs-peel-update/"],
  ["VAWG", "/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/"],
  // The update report itself is not held: the minute on it is what the archive has.
  ["shoplifting", "/meetings/kmpcp-2024-07-16/minutes/"],
  ["cadets", "/meetings/kmpcp-2019-11-21/b2-citizens-in-policing/"],
  ["Vision Zero", "/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/"],
  ["PFI North Kent Police Station", "/meetings/kmpcp-2023-10-17/minutes/"],
  ["IP addresses", "/meetings/kmpcp-2023-10-17/minutes/"],
  ["Election of Chair", "/meetings/kmpcp-2024-07-16/minutes/"],
];

/** One word each, the kinds the search must serve: each costs at most one index chunk. */
const SINGLE_TERMS = ["Sheppey", "Mochrie-Cox", "D.035.24", "OPCC.D.034.23", "AFI", "PEEL", "VAWG", "cadets", "shoplifting", "Parfitt-Reid"];
const COLD_BUDGET_KB = 150;
const FURTHER_BUDGET_KB = 40;

let server: StaticServer;
let browser: Browser;
let site: string;

const RESULTS = "[data-search-results] > li";

const open = (path: string, page?: Page): Promise<Page> => openSettled(browser, server.origin, path, page);

async function submit(page: Page, query: string): Promise<void> {
  await page.fill("#search-q", query);
  await page.press("#search-q", "Enter");
  await settled(page);
}

async function resultLinks(page: Page): Promise<string[]> {
  const links = page.locator(`${RESULTS} h2 a`);
  const hrefs: string[] = [];
  for (let i = 0; i < (await links.count()); i++) hrefs.push((await links.nth(i).getAttribute("href")) ?? "");
  return hrefs;
}

async function facts(page: Page): Promise<string[]> {
  return page.locator(`${RESULTS} .app-search-result__facts`).allTextContents();
}

async function status(page: Page): Promise<string> {
  return ((await page.textContent("[data-search-status]")) ?? "").trim();
}

const resultCount = async (page: Page) => Number(/^(\d+) results?/.exec(await status(page))?.[1] ?? 0);
const kilobytes = (transfers: Transfer[]) => transfers.reduce((sum, t) => sum + t.bytes, 0) / 1000;

/** Clicks "Show more results" until every result is on show. */
async function showAll(page: Page): Promise<void> {
  while (await page.locator("[data-search-more]").isVisible()) {
    const shown = await page.locator(RESULTS).count();
    await page.click("[data-search-more] button");
    await page.waitForFunction(([selector, count]) => document.querySelectorAll(selector as string).length > (count as number), [RESULTS, shown] as const);
  }
}

/** Whether the page at `href` is about a paper the archive lists but does not hold, as its search tags say. */
function isStub(href: string): boolean {
  const path = new URL(href, "http://site").pathname;
  return readFileSync(join(site, path, "index.html"), "utf8").includes('data-pagefind-filter="held">no<');
}

/** Follows a result's link and says whether it landed on the page, and on the anchor if it has one. */
async function landsOnElement(href: string): Promise<boolean> {
  const page = await browser.newPage();
  try {
    const response = await page.goto(`${server.origin}${href}`);
    const anchor = new URL(href, server.origin).hash.slice(1);
    return response?.status() === 200 && (!anchor || (await page.locator(`[id="${anchor}"]`).count()) === 1);
  } finally {
    await page.close();
  }
}

describeWithBrowser("the search page", () => {
  beforeAll(async () => {
    site = await sharedSite();
    server = await serveSite(site);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe("searching the papers", () => {
    it("takes its queries from the seed papers", () => {
      const seeds = readdirSync(SEEDS_DIR).map((name) => readFileSync(join(SEEDS_DIR, name), "utf8").toLowerCase());
      for (const [query] of SEED_QUERIES) expect(seeds.some((seed) => seed.includes(query.toLowerCase())), query).toBe(true);
    });

    it("puts the paper meant in the top three, and the first result lands on an element of its page", async () => {
      const page = await browser.newPage();
      for (const [query, expected] of SEED_QUERIES) {
        await open(`/search/?q=${encodeURIComponent(query)}`, page);
        const top3 = (await resultLinks(page)).slice(0, 3);
        expect(top3.map((href) => href.split("#")[0]), `top three for “${query}”`).toContain(expected);
        expect(await landsOnElement(top3[0] ?? ""), `first result for “${query}”: ${top3[0]}`).toBe(true);
      }
      await page.close();
    });

    it("links a minute's result to the minute itself", async () => {
      const page = await open("/search/?q=Sheppey");
      expect(await resultLinks(page)).toContain("/meetings/kmpcp-2024-07-16/minutes/#m115-2");
      await expect(page.locator(`${RESULTS} .app-search-result__excerpt mark`).first().textContent()).resolves.toMatch(/Sheppey/);
      await page.close();
    });

    it("names the document a minute is in by its title, not the sentence its minutes print first", async () => {
      const page = await open("/search/?q=Sheppey");
      const minute = page.locator(RESULTS, { has: page.locator('h2 a[href="/meetings/kmpcp-2024-07-16/minutes/#m115-2"]') });
      expect(await minute.locator(".app-search-result__in").textContent()).toBe("In: Minutes, 16 July 2024");
      for (const line of await page.locator(`${RESULTS} .app-search-result__in`).allTextContents()) expect(line).not.toMatch(/MINUTES of a meeting/);
      await page.close();
    });

    it("puts a page the archive holds first for “shoplifting”, and the report it does not hold below every page it holds", async () => {
      const page = await open("/search/?q=shoplifting");
      await showAll(page);
      const links = await resultLinks(page);
      const stubs = links.map(isStub);
      expect(links).toContain("/meetings/kmpcp-2024-07-16/b3-shoplifting-update/");
      expect(stubs[0], `first result ${links[0]}`).toBe(false);
      const lastHeld = stubs.lastIndexOf(false);
      const firstStub = stubs.indexOf(true);
      expect(firstStub, `results in order: ${links.join(", ")}`).toBeGreaterThan(lastHeld);
      await page.close();
    });

    it("suggests Sheppey for “Sheppy”, and shows no page matching some other word as found", async () => {
      const page = await open("/search/?q=Sheppy");
      expect(await status(page)).toBe("No results for “Sheppy”. Check the spelling, try other words.");
      expect(await page.locator(RESULTS).count()).toBe(0);
      const suggestion = page.locator("[data-search-suggestions] a");
      expect(await page.textContent("[data-search-suggestions]")).toBe("Did you mean Sheppey?");
      expect(await suggestion.getAttribute("href")).toBe("/search/?q=Sheppey");
      await suggestion.click();
      await page.locator("[data-search-status]", { hasText: "“Sheppey”" }).waitFor();
      await settled(page);
      expect(new URL(page.url()).search).toBe("?q=Sheppey");
      expect(await status(page)).toMatch(/^2 results for “Sheppey”\.$/);
      expect(await page.textContent("[data-search-suggestions]")).toBe("");
      await page.close();
    });

    it("finds a decision's page first for its code in any form the archive prints or a reader types, then the pages that print it, and nothing with its numbers alone", async () => {
      const page = await browser.newPage();
      const forms: [typed: string, decision: string, citing: string[]][] = [
        ["D.035.24", "/decisions/opcc-d-035-24/", ["/meetings/kmpcp-2024-07-16/minutes/#m117", "/meetings/kmpcp-2024-07-16/#item-c1-title"]],
        ["OPCC D.035.24", "/decisions/opcc-d-035-24/", ["/meetings/kmpcp-2024-07-16/minutes/#m117"]],
        ["OPCC.D.035.24", "/decisions/opcc-d-035-24/", ["/meetings/kmpcp-2024-07-16/minutes/#m117"]],
        ["D035/24", "/decisions/opcc-d-035-24/", ["/meetings/kmpcp-2024-07-16/minutes/#m117"]],
        // Printed OPCC.D.034.23 in the minutes: one word with its issuer, found by a code typed without it.
        ["D.034.23", "/decisions/opcc-d-034-23/", ["/meetings/kmpcp-2023-10-17/minutes/#m105", "/meetings/kmpcp-2023-10-17/#item-c1-title"]],
      ];
      for (const [typed, decision, citing] of forms) {
        await open(`/search/?q=${encodeURIComponent(typed)}`, page);
        await showAll(page);
        const links = await resultLinks(page);
        expect(links[0], `first result for “${typed}”: ${links.join(", ")}`).toBe(decision);
        expect(links, typed).toEqual(expect.arrayContaining(citing));
        // "0.35%" and "2023/24" in the annual report hold its numbers, not the code.
        for (const link of links) expect(link, typed).not.toMatch(/annual-report/);
        expect(await status(page)).toBe(`${links.length} result${links.length === 1 ? "" : "s"} for “${typed}”.`);
      }
      await page.close();
    });

    it("says plainly that no decision has a code the archive lacks, and shows nothing with its numbers", async () => {
      const page = await open("/search/?q=D.036.24");
      expect(await status(page)).toBe("No decision with the code “D.036.24” is in the archive.");
      expect(await page.locator(RESULTS).count()).toBe(0);
      expect(await page.textContent("[data-search-suggestions]")).toBe("");
      await open("/search/?q=OPCC.D.036.24%20retire", page);
      expect(await status(page)).toMatch(/^No decision with the code “OPCC\.D\.036\.24” is in the archive\. \d+ results? for “retire”\./);
      await page.close();
    });

    it("with filters and no words, says to type words, links a year's meetings, and downloads no index", async () => {
      server.takeTransfers();
      const page = await open("/search/?year=2020");
      // The archive holds meetings of 2020, but none with papers: filters alone never said to check a spelling.
      expect(await status(page)).toBe("Type words to search for, filtered by 2020.");
      expect(await page.locator(RESULTS).count()).toBe(0);
      const browse = page.locator("[data-search-suggestions] a");
      expect(await page.textContent("[data-search-suggestions]")).toBe("Or browse the meetings of 2020.");
      expect(await browse.getAttribute("href")).toBe("/meetings/2020/");
      // Pagefind would list what filters alone select only by loading every chunk of the index.
      expect(server.takeTransfers().filter((t) => t.path.startsWith("/pagefind/")).map((t) => t.path)).toEqual([]);
      // Sent with the box empty and no filter: answered, not ignored; on arriving, nothing is said.
      await open("/search/", page);
      expect(await status(page)).toBe("");
      await submit(page, "");
      expect(await status(page)).toBe("Type words to search for.");
      await open("/search/?type=decision", page);
      expect(await status(page)).toBe("Type words to search for, filtered by Decision.");
      expect(await page.textContent("[data-search-suggestions]")).toBe("");
      // Words then search within the filters, as ever.
      await submit(page, "D.035.24");
      expect(await status(page)).toBe("1 result for “D.035.24”, filtered by Decision.");
      await open("/search/?year=2020", page);
      await browse.click();
      await page.waitForURL((url) => url.pathname === "/meetings/2020/");
      await page.close();
    });

    it("leaves out a misspelt word, says so, and shows only what the other words find", async () => {
      const page = await open("/search/?q=Sheppy%20shoplifting");
      expect(await status(page)).toMatch(/^No page has the word “Sheppy”\. \d+ results for “shoplifting”\./);
      expect(await page.textContent("[data-search-suggestions]")).toBe("Did you mean Sheppey shoplifting?");
      for (const mark of await page.locator(`${RESULTS} mark`).allTextContents()) expect(mark).toMatch(/^shoplift/i);
      await page.close();
    });

    it("falls back to pages with any of the words when none has them all, and says so", async () => {
      const page = await open("/search/?q=Sheppey");
      const sheppey = await resultLinks(page);
      await open("/search/?q=cadets", page);
      const cadets = await resultLinks(page);
      expect(sheppey.length).toBeGreaterThan(0);
      expect(cadets.length).toBeGreaterThan(0);
      await open("/search/?q=Sheppey%20cadets", page);
      expect(await status(page)).toMatch(/^No page has all of “Sheppey” and “cadets”; showing pages with any of them\. \d+ results\./);
      await showAll(page);
      const links = await resultLinks(page);
      expect(links).toEqual(expect.arrayContaining([...sheppey, ...cadets]));
      await page.close();
    });

    it("announces the number of results politely", async () => {
      const page = await open("/search/?q=Sheppey");
      const live = page.locator("[data-search-status]");
      expect(await live.getAttribute("aria-live")).toBe("polite");
      expect(await live.getAttribute("role")).toBe("status");
      expect(await status(page)).toMatch(/^\d+ results? for “Sheppey”\.( Showing 1 to \d+\.)?$/);
      await page.close();
    });

    it("says nothing of years searched, and offers no other, when the index is one bundle", async () => {
      const page = await open("/search/?q=Sheppey&scope=all");
      expect(await status(page)).not.toContain("Searched");
      expect(await page.locator("[data-search-scope]").isHidden()).toBe(true);
      await open("/search/?q=zzqxv", page);
      expect(await status(page)).toBe("No results for “zzqxv”. Check the spelling, try other words.");
      expect(await page.locator("[data-search-scope]").isHidden()).toBe(true);
      await page.close();
    });

    it("narrows results with each filter", async () => {
      const page = await open("/search/?q=PEEL");
      const all = await resultCount(page);
      await page.click("summary");
      await page.check("#search-type-minutes");
      await page.click('form [type="submit"]');
      await settled(page);
      expect(new URL(page.url()).searchParams.getAll("type")).toEqual(["minutes"]);
      expect(await resultCount(page)).toBeGreaterThan(0);
      expect(await resultCount(page)).toBeLessThan(all);
      for (const line of await facts(page)) expect(line).toMatch(/^Minutes, /);

      await open("/search/?q=PEEL&body=pdb", page);
      expect(await resultCount(page)).toBeGreaterThan(0);
      for (const line of await facts(page)) expect(line).toContain("Performance and Delivery Board");

      await open("/search/?q=PEEL&year=2022", page);
      expect(await resultCount(page)).toBeGreaterThan(0);
      for (const line of await facts(page)) expect(line).toMatch(/ 2022$/);

      await open("/search/?q=Sheppey&topic=peel", page);
      expect(await resultCount(page)).toBeLessThan(5);
      await page.close();
    });

    it("sorts by date, newest or oldest first", async () => {
      const dates = async (page: Page) => (await facts(page)).map((line) => DateTime.fromFormat(/\d{1,2} \w+ \d{4}$/.exec(line)?.[0] ?? "", "d LLLL yyyy").toISODate() ?? "");
      const page = await open("/search/?q=PEEL&sort=newest");
      const newest = await dates(page);
      expect(newest.length).toBeGreaterThan(1);
      expect(newest).toEqual([...newest].sort().reverse());
      await open("/search/?q=PEEL&sort=oldest", page);
      const oldest = await dates(page);
      expect(oldest).toEqual([...oldest].sort());
      expect((oldest[0] ?? "") < (newest[0] ?? "")).toBe(true);
      await page.close();
    });

    it("keeps the search in the address, so it can be shared, bookmarked and reached with Back", async () => {
      const page = await open("/search/?q=PEEL&type=minutes&type=report&sort=newest");
      expect(await page.inputValue("#search-q")).toBe("PEEL");
      expect(await page.isChecked("#search-type-minutes")).toBe(true);
      expect(await page.isChecked("#search-type-report")).toBe(true);
      expect(await page.inputValue("#search-sort")).toBe("newest");
      expect(await page.locator("details[open]").count()).toBe(1);

      await open("/search/", page);
      await submit(page, "PEEL");
      await submit(page, "Sheppey");
      expect(new URL(page.url()).search).toBe("?q=Sheppey");
      await page.goBack();
      await page.locator("[data-search-status]", { hasText: "“PEEL”" }).waitFor();
      expect(new URL(page.url()).search).toBe("?q=PEEL");
      expect(await page.inputValue("#search-q")).toBe("PEEL");
      await page.close();
    });

    it("tidies the address a form sent without JavaScript leaves", async () => {
      const page = await open("/search/?q=Sheppey&body=&year=&topic=&sort=");
      expect(new URL(page.url()).search).toBe("?q=Sheppey");
      await page.close();
    });

    it("works by keyboard alone: Tab to the box, type, Enter, Tab to the first result, Enter", async () => {
      const page = await open("/search/");
      const tabUntil = async (selector: string) => {
        for (let i = 0; i < 25 && (await page.locator(`${selector}:focus`).count()) === 0; i++) await page.keyboard.press("Tab");
        expect(await page.locator(`${selector}:focus`).count(), `focus reached ${selector}`).toBe(1);
      };
      await tabUntil("#search-q");
      await page.keyboard.type("Sheppey");
      await page.keyboard.press("Enter");
      await settled(page);
      await tabUntil(`${RESULTS}:first-child h2 a`);
      const href = (await page.locator(`${RESULTS}:first-child h2 a`).getAttribute("href")) ?? "";
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.pathname !== "/search/");
      expect(`${new URL(page.url()).pathname}${new URL(page.url()).hash}`).toBe(href);
      const anchor = new URL(page.url()).hash.slice(1);
      if (anchor) expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
      await page.close();
    });

    it("has no WCAG 2.2 A or AA violation with results and filters showing, nor empty, nor with no results", async () => {
      const page = await open("/search/?q=PEEL");
      await page.click("summary");
      expect(await page.locator(RESULTS).count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      for (const path of ["/search/", "/search/?q=zzqxv", "/search/?q=Sheppy", "/search/?q=Sheppey%20cadets", "/search/?q=D.036.24", "/search/?year=2020"]) {
        await open(path, page);
        expect(await axeViolations(page), path).toEqual([]);
      }
      await open("/search/?q=zzqxv", page);
      expect(await status(page)).toMatch(/^No results for “zzqxv”/);
      await page.close();
    });

    it("stays within its download budget: a cold page and its first query, then each further query", async () => {
      const cold: [string, number][] = [];
      const suggesting = (transfers: Transfer[]) => transfers.filter((t) => t.path.includes("/words/") || t.path.endsWith("/search-words.js")).map((t) => t.path);
      const loadedForSuggestions: string[] = [];
      for (const query of SINGLE_TERMS) {
        server.takeTransfers();
        const page = await open(`/search/?q=${encodeURIComponent(query)}`);
        const transfers = server.takeTransfers();
        cold.push([query, kilobytes(transfers)]);
        loadedForSuggestions.push(...suggesting(transfers));
        await page.close();
      }
      // A session: the first query loads Pagefind; each one after it is a further query.
      const page = await open(`/search/?q=${encodeURIComponent(SINGLE_TERMS[0] ?? "")}`);
      server.takeTransfers();
      const further: [string, number][] = [];
      for (const query of SINGLE_TERMS.slice(1)) {
        await submit(page, query);
        const transfers = server.takeTransfers();
        further.push([query, kilobytes(transfers)]);
        loadedForSuggestions.push(...suggesting(transfers));
      }
      // A misspelt word loads the code and the word list that suggest a word for it, and no more.
      await submit(page, "Shoplfting");
      const misspelt = server.takeTransfers();
      await page.close();
      const list = (figures: [string, number][]) => figures.map(([query, kb]) => `${query} ${kb.toFixed(1)}`).join(", ");
      console.info(`search downloads, kB (1000 bytes, as served: text gzipped):\n  cold page + first query: ${list(cold)}\n  each further query: ${list(further)}\n  a misspelt further query: Shoplfting ${kilobytes(misspelt).toFixed(1)}`);
      for (const [query, kb] of cold) expect(kb, `cold search page and first query “${query}”`).toBeLessThanOrEqual(COLD_BUDGET_KB);
      for (const [query, kb] of further) expect(kb, `further query “${query}”`).toBeLessThanOrEqual(FURTHER_BUDGET_KB);
      expect(loadedForSuggestions, "what a search of words the index has loads for suggestions").toEqual([]);
      expect(suggesting(misspelt)).toEqual(["/assets/search-words.js", "/pagefind/words/s.txt"]);
      expect(kilobytes(misspelt), "further query “Shoplfting”").toBeLessThanOrEqual(FURTHER_BUDGET_KB);
    });

    it("reports what a search of several words downloads (one index chunk per word)", async () => {
      const figures: string[] = [];
      for (const query of ["PFI North Kent Police Station", "IP addresses", "Election of Chair"]) {
        server.takeTransfers();
        const page = await open(`/search/?q=${encodeURIComponent(query)}`);
        figures.push(`${query} ${kilobytes(server.takeTransfers()).toFixed(1)}`);
        expect(await resultCount(page)).toBeGreaterThan(0);
        await page.close();
      }
      console.info(`search downloads of several words, cold page + query, kB: ${figures.join(", ")}`);
    });
  });

  describe("without JavaScript", () => {
    let noScript: Browser;
    beforeAll(async () => {
      noScript = await launchBrowser({ javaScriptEnabled: false });
    });
    afterAll(async () => {
      await noScript?.close();
    });

    it("says plainly that search needs JavaScript, points to the meetings and registers, and still sends the form", async () => {
      const page = await noScript.newPage();
      await page.goto(`${server.origin}/search/`);
      const fallback = page.locator("[data-search-fallback]");
      expect(await fallback.isVisible()).toBe(true);
      expect(await fallback.textContent()).toContain("needs JavaScript");
      const links = fallback.locator("a");
      expect([await links.nth(0).getAttribute("href"), await links.nth(1).getAttribute("href")]).toEqual(["/meetings/", "/registers/"]);
      await page.fill("#search-q", "Sheppey");
      await page.press("#search-q", "Enter");
      await page.waitForURL((url) => url.searchParams.has("q"));
      expect(new URL(page.url()).pathname).toBe("/search/");
      expect(new URL(page.url()).searchParams.get("q")).toBe("Sheppey");
      expect(await page.locator("[data-search-fallback]").isVisible()).toBe(true);
      await page.close();
    });
  });
});
