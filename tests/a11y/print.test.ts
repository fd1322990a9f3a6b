/**
 * The print stylesheet, in Chromium with print media emulated, on a meeting, minutes and a paper
 * (the accessibility statement says printed layouts are checked): navigation, search and the
 * skip link are hidden, links print their addresses, and the page's permanent address and build
 * date print under its title.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeWithBrowser } from "../support/browser.ts";
import { openSite, type ServedSite } from "./support/served-site.ts";

const PRINTED = ["/meetings/kmpcp-2024-10-10/", "/meetings/kmpcp-2024-07-16/minutes/", "/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/"];

/** How the page lays out for print: what is hidden, what links print, and what sits under the title. */
async function printedLayout(page: Page) {
  return page.evaluate(() => {
    const shown = (selector: string) => Array.from(document.querySelectorAll(selector)).some((el) => getComputedStyle(el).display !== "none" && (el as HTMLElement).offsetParent !== null);
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement>("main a[href]")).filter((a) => (a as HTMLElement).offsetParent !== null);
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
    expect(layout.links.every((l) => l.after === "none" || l.after === "normal")).toBe(true);
  });

  it.each(PRINTED)("prints %s without navigation, with link addresses and its permanent address", async (address) => {
    await page.emulateMedia({ media: "print" });
    await page.goto(site.url(address));
    const layout = await printedLayout(page);
    expect(layout).toMatchObject({ navigation: false, breadcrumbs: false, skipLink: false, searchLink: false, footerLinks: false });

    const toPages = layout.links.filter((l) => l.href.startsWith("/"));
    expect(toPages.length).toBeGreaterThan(0);
    for (const link of toPages) expect(link.after).toBe(`" (${link.href})"`);
    for (const link of layout.links.filter((l) => l.href.startsWith("#"))) expect(link.after).not.toContain("#");

    expect(layout.metaFollowsTitle).toBe(true);
    expect(layout.meta).toMatch(new RegExp(`Permanent address: https?://[^/\\s]+${address.replace(/[/.-]/g, "\\$&")}`));
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
