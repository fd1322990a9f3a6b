/**
 * The print stylesheet, in Chromium with print media emulated, on a meeting, minutes and a paper
 * (the accessibility statement says printed layouts are checked): navigation, search and the
 * skip link are hidden; links to other sites print their addresses, links within the archive
 * print no path; and the page's permanent address, absolute, and build date print under its title.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { siteConfig } from "../../src/site/config.ts";
import { describeWithBrowser } from "../support/browser.ts";
import { PROJECT_ROOT } from "../support/paths.ts";
import { openSite, type ServedSite } from "./support/served-site.ts";

const PRINTED = ["/meetings/kmpcp-2024-10-10/", "/meetings/kmpcp-2024-07-16/minutes/", "/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/"];

/** What a link prints after its words: nothing, or its address in brackets. */
const PRINTS_NOTHING = ["none", "normal"];

/** How the page lays out for print: what is hidden, what links print, and what sits under the title. */
async function printedLayout(page: Page) {
  return page.evaluate(() => {
    const shown = (selector: string) => Array.from(document.querySelectorAll(selector)).some((el) => getComputedStyle(el).display !== "none" && (el as HTMLElement).offsetParent !== null);
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement>("a[href]")).filter((a) => (a as HTMLElement).offsetParent !== null);
    const meta = document.querySelector<HTMLElement>(".app-print-meta");
    const h1 = document.querySelector("h1");
    const rows = Array.from(document.querySelectorAll("main tr"));
    return {
      navigation: shown(".govuk-service-navigation"),
      breadcrumbs: shown(".govuk-breadcrumbs"),
      skipLink: shown(".govuk-skip-link"),
      searchLink: shown('a[href="/search/"]'),
      footerLinks: shown(".app-footer__list"),
      links: links.map((a) => ({ href: a.getAttribute("href") ?? "", after: getComputedStyle(a, "::after").content })),
      meta: meta && getComputedStyle(meta).display !== "none" ? (meta.textContent ?? "").replace(/\s+/g, " ").trim() : "",
      metaFollowsTitle: !!(h1 && meta && h1.compareDocumentPosition(meta) & Node.DOCUMENT_POSITION_FOLLOWING),
      rowsThatMaySplit: rows.filter((tr) => getComputedStyle(tr).breakInside !== "avoid").length,
      rows: rows.length,
    };
  });
}

describeWithBrowser("the printed page", () => {
  let site: ServedSite;
  let page: Page;

  beforeAll(async () => {
    site = await openSite();
    page = await site.browser.newPage();
  });

  afterAll(async () => {
    await site?.close();
  });

  it("shows navigation and no printed address on screen", async () => {
    await page.emulateMedia({ media: "screen" });
    await page.goto(site.url(PRINTED[1] as string));
    const layout = await printedLayout(page);
    expect(layout.navigation).toBe(true);
    expect(layout.meta).toBe("");
    expect(layout.links.every((l) => PRINTS_NOTHING.includes(l.after))).toBe(true);
  });

  it.each(PRINTED)("prints %s without navigation, with no path after a link, and with its absolute permanent address", async (address) => {
    await page.emulateMedia({ media: "print" });
    await page.goto(site.url(address));
    const layout = await printedLayout(page);
    expect(layout).toMatchObject({ navigation: false, breadcrumbs: false, skipLink: false, searchLink: false, footerLinks: false });

    // Links within the archive ("/people/richard-palmer/") and within the page print nothing.
    const toPages = layout.links.filter((l) => l.href.startsWith("/") || l.href.startsWith("#"));
    expect(toPages.filter((l) => l.href.startsWith("/")).length).toBeGreaterThan(0);
    expect(toPages.filter((l) => !PRINTS_NOTHING.includes(l.after))).toEqual([]);
    expect(layout.links.filter((l) => l.after.includes("(/"))).toEqual([]);
    // Links to other sites print their address.
    const toSites = layout.links.filter((l) => /^https?:\/\//.test(l.href));
    expect(toSites.length).toBeGreaterThan(0);
    for (const link of toSites) expect(link.after).toBe(`" (${link.href})"`);

    expect(layout.metaFollowsTitle).toBe(true);
    const siteUrl = siteConfig(PROJECT_ROOT).url.replace(/\/$/, "");
    expect(siteUrl).toMatch(/^https?:\/\/[^/]+/);
    expect(layout.meta).toContain(`Permanent address: ${siteUrl}${address} `);
    expect(layout.meta).toMatch(/Page built: \w+day \d{1,2} \w+ \d{4}/);
    expect(layout.rowsThatMaySplit).toBe(0);
    await page.emulateMedia({ media: "screen" });
  });

  it("keeps every row of a long table whole across printed pages", async () => {
    await page.emulateMedia({ media: "print" });
    await page.goto(site.url("/registers/resolutions/"));
    const layout = await printedLayout(page);
    expect(layout.rows).toBeGreaterThan(10);
    expect(layout.rowsThatMaySplit).toBe(0);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.emulateMedia({ media: "screen" });
  });
});
