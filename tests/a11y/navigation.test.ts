/**
 * The service navigation in Chromium. At 320 pixels wide its links fold behind govuk-frontend's
 * menu button, so every page kind's heading is on the first screen; the button opens and closes
 * them, by mouse or keyboard. At 1280 pixels, or with JavaScript off, the links are listed and no
 * button shows. The current section is marked, and the script runs within the pages'
 * Content-Security-Policy, with nothing refused.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Browser, describeWithBrowser, launchBrowser } from "../support/browser.ts";
import { PAGE_KINDS } from "./support/page-kinds.ts";
import { NARROW, WIDE } from "./support/reflow.ts";
import { openSite, type ServedSite } from "./support/served-site.ts";

/** The navigation as the reader sees it: the button, the links shown, and where the heading starts and ends. */
async function navigationState(page: Page) {
  return page.evaluate(() => {
    const button = document.querySelector<HTMLButtonElement>(".govuk-service-navigation__toggle");
    const list = document.querySelector<HTMLElement>(".govuk-service-navigation__list");
    const shown = (el: Element | null) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
    const h1 = document.querySelector("h1")?.getBoundingClientRect();
    return {
      button: shown(button),
      buttonText: button?.textContent?.trim() ?? "",
      expanded: button?.getAttribute("aria-expanded") ?? null,
      controls: button?.getAttribute("aria-controls") ?? null,
      listId: list?.id ?? "",
      links: Array.from(document.querySelectorAll(".govuk-service-navigation__link")).filter(shown).map((a) => a.getAttribute("href") ?? ""),
      current: Array.from(document.querySelectorAll(".govuk-service-navigation__link[aria-current]")).map((a) => `${a.getAttribute("href")}=${a.getAttribute("aria-current")}`),
      headingTop: h1 ? Math.round(h1.top) : -1,
      headingBottom: h1 ? Math.round(h1.bottom) : -1,
    };
  });
}

const SECTIONS = ["/meetings/", "/registers/", "/people/", "/topics/", "/search/"];

describeWithBrowser("the service navigation", () => {
  let site: ServedSite;
  let page: Page;
  /** What the pages wrote to the console as errors: a refused script or a failed one. */
  const errors: string[] = [];

  beforeAll(async () => {
    site = await openSite();
    page = await site.browser.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  });

  afterAll(async () => {
    await site?.close();
  });

  /**
   * Opens `address` and waits for the navigation script: on a narrow screen it fetches govuk-
   * frontend's component after the page has loaded, and the component then shows the button.
   */
  async function visit(address: string): Promise<void> {
    await page.goto(site.url(address));
    await page.waitForFunction(() => !window.matchMedia("(max-width: 40.0525em)").matches || document.querySelector(".govuk-service-navigation__toggle:not([hidden])") !== null);
  }

  it("at 320 pixels, puts the links behind a menu button and every page kind's heading on the first screen", async () => {
    await page.setViewportSize(NARROW);
    const problems: string[] = [];
    for (const kind of PAGE_KINDS) {
      await visit(kind.url);
      const state = await navigationState(page);
      if (!state.button || state.buttonText !== "Menu" || state.expanded !== "false") problems.push(`${kind.url}: no closed Menu button (${JSON.stringify(state)})`);
      if (state.links.length > 0) problems.push(`${kind.url}: links shown before the menu is opened: ${state.links.join(", ")}`);
      if (state.headingTop < 0 || state.headingBottom > NARROW.height) problems.push(`${kind.url}: the heading is at ${state.headingTop} to ${state.headingBottom}px, past the first ${NARROW.height}px`);
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("at 320 pixels, opens and closes the menu with the button, by mouse and by keyboard, marking the current section", async () => {
    await page.setViewportSize(NARROW);
    await visit("/meetings/kmpcp-2024-07-16/minutes/");
    const closed = await navigationState(page);
    expect(closed.controls).toBe(closed.listId);

    await page.getByRole("button", { name: "Menu" }).click();
    const open = await navigationState(page);
    expect(open).toMatchObject({ expanded: "true", links: SECTIONS, current: ["/meetings/=true"] });

    await page.getByRole("button", { name: "Menu" }).click();
    expect(await navigationState(page)).toMatchObject({ expanded: "false", links: [] });

    // By keyboard: skip link, home link, then the button.
    await visit("/people/");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Menu");
    await page.keyboard.press("Enter");
    expect(await navigationState(page)).toMatchObject({ expanded: "true", links: SECTIONS, current: ["/people/=page"] });
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("/meetings/");
  });

  it("at 1280 pixels, lists the links with no menu button, marking the current section", async () => {
    await page.setViewportSize(WIDE);
    await page.goto(site.url("/registers/resolutions/"));
    expect(await navigationState(page)).toMatchObject({ button: false, links: SECTIONS, current: ["/registers/=true"] });
    // Narrowing the window folds the links away; widening it lists them again.
    await page.setViewportSize(NARROW);
    await expect.poll(async () => (await navigationState(page)).links).toEqual([]);
    await page.setViewportSize(WIDE);
    await expect.poll(async () => (await navigationState(page)).links).toEqual(SECTIONS);
  });

  it("runs its script within the Content-Security-Policy, with nothing refused, on a page and on search", async () => {
    errors.length = 0;
    await page.setViewportSize(NARROW);
    for (const address of ["/", "/meetings/kmpcp-2024-10-10/", "/search/?q=peel"]) {
      await page.goto(site.url(address));
      await page.waitForLoadState("networkidle");
      expect((await navigationState(page)).button, address).toBe(true);
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      expect(policy, address).toMatch(/script-src 'self'/);
      expect(policy, address).not.toMatch(/unsafe-inline/);
    }
    expect(errors, errors.join("\n")).toEqual([]);
  });

  describeWithBrowser("with JavaScript off", () => {
    let browser: Browser;

    beforeAll(async () => {
      browser = await launchBrowser({ javaScriptEnabled: false });
    });

    afterAll(async () => {
      await browser?.close();
    });

    it("at 320 pixels, lists every link and shows no button that would do nothing", async () => {
      const page = await browser.newPage();
      await page.setViewportSize(NARROW);
      for (const address of ["/", "/meetings/kmpcp-2024-07-16/minutes/", "/people/"]) {
        await page.goto(site.url(address));
        const state = await navigationState(page);
        expect(state, address).toMatchObject({ button: false, links: SECTIONS });
      }
      expect((await navigationState(page)).current).toEqual(["/people/=page"]);
    });
  });
});
