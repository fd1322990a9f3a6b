/**
 * Searching inside PDFs, in Chromium: in a copy of the shipped archive with a test-made PDF tabled
 * at one item, and in a small body of its own, a word only the PDF's second page holds is found,
 * and its result says which page and opens the PDF at it (`…pdf#page=2`), served as a PDF; its
 * agenda lists it as "PDF, N KB, 2 pages".
 */
import { rmSync } from "node:fs";
import { DateTime } from "luxon";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildContent } from "../support/build-fixture.ts";
import { type Browser, describeWithBrowser, launchBrowser } from "../support/browser.ts";
import { MEETING, PAGE_TWO_WORD, SHIPPED_MEETING, SHIPPED_PDF, shippedWithPdf, writeFilesFixture } from "../support/files-fixture.ts";
import { openSettled } from "../support/search-page.ts";
import { type StaticServer, serveSite } from "../support/static-server.ts";

const RESULTS = "[data-search-results] > li";
const SITES = [
  { name: "the shipped archive", pdf: `/meetings/${SHIPPED_MEETING}/${SHIPPED_PDF}`, title: "Test annual report" },
  { name: "a second body", pdf: `/meetings/${MEETING}/annual-report.pdf`, title: "Annual Report 2023-24" },
] as const;

let browser: Browser;
const servers: StaticServer[] = [];
const roots: string[] = [];

describeWithBrowser("search inside PDFs", () => {
  beforeAll(async () => {
    const now = DateTime.fromISO("2026-12-01T12:00:00Z");
    for (const make of [shippedWithPdf, writeFilesFixture]) {
      const root = await make();
      roots.push(root);
      servers.push(await serveSite((await buildContent(root, now)).outputDir));
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    for (const server of servers) await server.close();
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it.each(SITES.map((site, i) => [site.name, i] as const))("in %s: a word on the second page alone opens the PDF at page 2", async (_name, i) => {
    const site = SITES[i] as (typeof SITES)[number];
    const server = servers[i] as StaticServer;
    const page: Page = await openSettled(browser, server.origin, `/search/?q=${PAGE_TWO_WORD}`);
    const results = page.locator(RESULTS);
    expect(await results.count()).toBe(1);
    const link = results.first().locator("h2 a");
    expect(await link.getAttribute("href")).toBe(`${site.pdf}#page=2`);
    expect(await link.textContent()).toBe(`Page 2 of ${site.title} (PDF)`);
    expect(await results.first().textContent()).toContain(`In: ${site.title}`);
    await expect(results.first().locator(".app-search-result__excerpt mark").first().textContent()).resolves.toMatch(new RegExp(`^${PAGE_TWO_WORD}`));
    // Listed on its agenda as what it is, with its size and pages.
    await page.goto(`${server.origin}${site.pdf.replace(/[^/]+$/, "")}`);
    await expect(page.locator(`a[href="${site.pdf}"]`).locator("..").textContent()).resolves.toMatch(new RegExp(`^${site.title} \\(PDF, \\d+ KB, 2 pages\\)$`));
    const response = await page.request.get(`${server.origin}${site.pdf}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    await page.close();
  });
});
