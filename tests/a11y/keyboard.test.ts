/**
 * Journeys by keyboard alone, in Chromium: Tab to move, Enter to follow. Each step presses Tab
 * until the link wanted has focus (giving up after a page's worth of stops), then Enter, so a
 * link that cannot be reached by Tab fails the journey.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeWithBrowser } from "../support/browser.ts";
import { openSite, type ServedSite } from "./support/served-site.ts";

/** Most Tab presses a step may take: more than any page here has links. */
const MAX_TABS = 400;

/** What has focus: the element's tag, id and href, and its text. */
async function focused(page: Page): Promise<{ tag: string; id: string; href: string; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName.toLowerCase() ?? "", id: el?.id ?? "", href: el?.getAttribute("href") ?? "", text: (el?.textContent ?? "").trim() };
  });
}

/** Presses Tab until a link whose href satisfies `wanted` has focus; returns the presses it took. */
async function tabTo(page: Page, wanted: (href: string) => boolean, what: string): Promise<number> {
  for (let presses = 1; presses <= MAX_TABS; presses++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (now.tag === "a" && wanted(now.href)) return presses;
    if (now.tag === "body" && presses > 1) break; // focus has gone round the whole page
  }
  throw new Error(`could not reach ${what} by Tab on ${page.url()}`);
}

/** Presses Enter on the focused link and waits for the page (or anchor) it leads to. */
async function follow(page: Page, expectedPath: string): Promise<void> {
  await Promise.all([page.waitForURL((url) => url.pathname + url.hash === expectedPath), page.keyboard.press("Enter")]);
  await page.waitForLoadState("load");
}

describeWithBrowser("keyboard journeys", () => {
  let site: ServedSite;
  let page: Page;

  beforeAll(async () => {
    site = await openSite();
    page = await site.browser.newPage();
  });

  afterAll(async () => {
    await site?.close();
  });

  it("the first Tab reaches the skip link, which moves focus to the main content", async () => {
    await page.goto(site.url("/meetings/kmpcp-2024-07-16/minutes/"));
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "a", href: "#main-content", text: "Skip to main content" });
    expect(await page.locator(".govuk-skip-link").evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(1);
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({ tag: "main", id: "main-content" });
    // The next Tab goes on inside the content, not back to the header.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.querySelector("main")?.contains(document.activeElement))).toBe(true);
  });

  it("finds a meeting from the home page: Meetings, then the meeting", async () => {
    await page.goto(site.url("/"));
    await tabTo(page, (href) => href === "/meetings/", "Meetings in the navigation");
    await follow(page, "/meetings/");
    await tabTo(page, (href) => href === "/meetings/kmpcp-2024-10-10/", "the meeting of 10 October 2024");
    await follow(page, "/meetings/kmpcp-2024-10-10/");
    expect(await page.locator("h1").textContent()).toContain("10 October 2024");
  });

  it("goes from the meeting of 10 October 2024 to the minutes of 16 July 2024 it took, and on to a minute", async () => {
    await page.goto(site.url("/meetings/kmpcp-2024-10-10/"));
    await tabTo(page, (href) => href === "/meetings/kmpcp-2024-07-16/minutes/", "the minutes of 16 July 2024 on the agenda");
    await follow(page, "/meetings/kmpcp-2024-07-16/minutes/");
    expect(await page.locator("h1").textContent()).toBe("Minutes");

    await tabTo(page, (href) => href === "#m115-2", "minute 115, Questions to the Commissioner, in the contents");
    await follow(page, "/meetings/kmpcp-2024-07-16/minutes/#m115-2");
    const minute = page.locator('[id="m115-2"]');
    expect(await minute.textContent()).toContain("Questions to the Commissioner");
    expect(await minute.isVisible()).toBe(true);
    const top = await minute.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(await page.evaluate(() => window.innerHeight));
    // Tab carries on from the minute, not from the contents list.
    await page.keyboard.press("Tab");
    const after = await page.evaluate(() => {
      const target = document.getElementById("m115-2");
      const active = document.activeElement;
      return !!target && !!active && !!(target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(after).toBe(true);
  });

  it("reaches and scrolls a table wider than the page by keyboard, in a box that shows it scrolls", async () => {
    // A paper's table of nine columns: wider than the page below about 850 pixels. (Narrower than
    // the tablet breakpoint its rows stack instead, and nothing scrolls.)
    await page.setViewportSize({ width: 800, height: 800 });
    await page.goto(site.url("/meetings/kmpcp-2019-11-21/b2-citizens-in-policing/"));
    const box = page.getByRole("region", { name: "Community Speedwatch" });
    const scrollable = await box.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(scrollable, "the Community Speedwatch table is wider than an 800-pixel screen").toBe(true);
    // The cue: shadows at the edges (which stay with the box) under covers that scroll with the table.
    const background = await box.evaluate((el) => ({ images: getComputedStyle(el).backgroundImage.match(/gradient\(/g)?.length ?? 0, attachment: getComputedStyle(el).backgroundAttachment }));
    expect(background).toEqual({ images: 4, attachment: "local, local, scroll, scroll" });
    for (let presses = 0; presses < MAX_TABS; presses++) {
      await page.keyboard.press("Tab");
      if (await box.evaluate((el) => el === document.activeElement)) break;
    }
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);

    await page.setViewportSize({ width: 320, height: 640 });
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth), "at 320 pixels the table's rows stack").toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("answers an unknown address with the 404 page", async () => {
    const response = await page.goto(site.url("/meetings/no-such-meeting/"));
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("Page not found");
  });
});
