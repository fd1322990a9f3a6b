/**
 * Every page of the shipped archive, in Chromium: axe-core finds no WCAG 2.2 A or AA violation at
 * 1280 pixels wide, nor at 320 (where tables with a header row stack and the navigation folds
 * behind its menu button) on one page of each kind; and at 320 pixels no page needs scrolling
 * sideways, tables with a header row included, or cuts a word in two (WCAG 1.4.10 Reflow, which the accessibility statement promises
 * as "zoom to 400%").
 *
 * One sweep visits each page once, in a few tabs at a time: axe at 1280 pixels wide, then the
 * same page narrowed to 320. The time it took is printed, not asserted.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { AXE_TAGS, describeWithBrowser } from "../support/browser.ts";
import { brokenWords, NARROW, overflowingElements, WIDE } from "./support/reflow.ts";
import { openSite, pageAddresses, type ServedSite } from "./support/served-site.ts";
import { PAGE_KINDS } from "./support/page-kinds.ts";
import { inTabs } from "./support/tabs.ts";

/** Tabs at once: enough to keep two cores busy while a tab waits on the server. */
const TABS = 3;

/**
 * The pages axe also checks at 320 pixels: one of each kind. A page differs from another of its
 * kind in its words, not in what a narrow screen changes (its layout), and axe takes a second or
 * two a page on these machines.
 */
const NARROW_CHECKED = new Set(PAGE_KINDS.map((kind) => (kind.name === "not-found" ? "/404.html" : kind.url)));

/** axe's WCAG 2.2 A and AA violations on the page as it stands, as "rule (impact): target: help" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  // Only violations: collecting every passing node as well costs time on long pages. Legacy
  // mode runs axe in the page itself; the default opens a blank page for every analysis to
  // merge results from frames, which doubles the time, and these pages have no frames.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")}: ${v.help}`));
}

interface PageFindings {
  /** axe's findings, each prefixed with the width it was found at ("320px: …"). */
  violations: string[];
  overflow: string[];
  cutWords: string[];
}

describeWithBrowser("every page in Chromium", () => {
  let site: ServedSite;
  let addresses: string[];
  let findings: Map<string, PageFindings>;

  beforeAll(async () => {
    site = await openSite();
    addresses = pageAddresses(site.dir);
    const started = performance.now();
    findings = await inTabs(site.browser, addresses, TABS, async (page, address) => {
      await page.setViewportSize(WIDE);
      const response = await page.goto(site.url(address));
      if (!response || (response.status() !== 200 && address !== "/404.html")) {
        return { violations: [`the page answered ${response?.status() ?? "nothing"}`], overflow: [], cutWords: [] };
      }
      const wide = await axeViolations(page);
      await page.setViewportSize(NARROW);
      const narrow = NARROW_CHECKED.has(address) ? await axeViolations(page) : [];
      return {
        violations: [...wide.map((v) => `${WIDE.width}px: ${v}`), ...narrow.map((v) => `${NARROW.width}px: ${v}`)],
        overflow: await overflowingElements(page),
        cutWords: await brokenWords(page),
      };
    });
    const seconds = (performance.now() - started) / 1000;
    console.info(`axe and reflow: ${addresses.length} pages in ${seconds.toFixed(1)} s (${TABS} tabs)`);
  });

  afterAll(async () => {
    await site?.close();
  });

  it("reports what axe finds on a page that breaks the rules", async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.url("/404.html"));
      await page.evaluate(() => {
        const image = document.createElement("img");
        image.src = "/assets/favicon.svg";
        document.querySelector("main")?.append(image);
        document.documentElement.removeAttribute("lang");
      });
      const found = await axeViolations(page);
      expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^image-alt \(critical\): img/), expect.stringMatching(/^html-has-lang/)]));
    } finally {
      await page.close();
    }
  });

  it("visits every page the build wrote, and one of each kind at 320 pixels too", () => {
    expect(addresses.length).toBeGreaterThan(100);
    expect(addresses).toEqual(expect.arrayContaining(["/", "/404.html", "/search/", "/accessibility/"]));
    expect(addresses).toEqual(expect.arrayContaining([...NARROW_CHECKED]));
    expect([...findings.keys()].sort()).toEqual([...addresses].sort());
  });

  it("finds no WCAG 2.2 A or AA violation on any page at 1280 pixels wide, or on any kind of page at 320 (axe-core)", () => {
    const failures = [...findings].flatMap(([address, f]) => f.violations.map((v) => `${address}: ${v}`));
    expect(failures, failures.join("\n")).toEqual([]);
  });

  it("at 320 pixels stacks the rows of a table with a header row, and keeps the grid of one without", async () => {
    const page = await site.browser.newPage();
    try {
      await page.setViewportSize(NARROW);
      await page.goto(site.url("/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/"));
      const layouts = await page.$$eval(".app-table-wrap > table", (tables) => tables.map((table) => ({ head: table.querySelector(":scope > thead") !== null, row: getComputedStyle(table.querySelector("tbody > tr") ?? table).display })));
      expect(layouts.filter((t) => !t.head).length).toBeGreaterThan(0);
      for (const table of layouts) expect(table.row).toBe(table.head ? "block" : "table-row");
    } finally {
      await page.close();
    }
  });

  it("needs no sideways scrolling on any page at 320 pixels wide, not even in the box of a table with a header row", () => {
    const failures = [...findings].flatMap(([address, f]) => f.overflow.map((o) => `${address}: ${o}`));
    expect(failures, failures.join("\n")).toEqual([]);
  });

  it("cuts no word in two on any page at 320 pixels wide", () => {
    const failures = [...findings].flatMap(([address, f]) => f.cutWords.map((w) => `${address}: ${w}`));
    expect(failures, failures.join("\n")).toEqual([]);
  });
});
