/** Driving the search page in a browser: open an address and wait until its search has settled. */
import type { Page } from "playwright-core";
import type { Browser } from "./browser.ts";

/** Waits until the search under way has shown its results (the list is aria-busy meanwhile). */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector("[data-search-results]:not([aria-busy])", { state: "attached" });
}

/** Opens `path` of the site at `origin`, in `page` or a new tab, once its search has settled. */
export async function openSettled(browser: Browser, origin: string, path: string, page?: Page): Promise<Page> {
  const tab = page ?? (await browser.newPage());
  await tab.goto(`${origin}${path}`);
  await settled(tab);
  return tab;
}
