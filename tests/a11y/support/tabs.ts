/**
 * Visiting many pages in a few browser tabs at once: each tab takes the next address from a
 * shared queue until none is left. Chromium gives each tab its own renderer, so on a 2-core
 * machine a few tabs keep both cores busy while one waits for the server.
 */
import type { Page } from "playwright-core";
import type { Browser } from "../../support/browser.ts";

export async function inTabs<T>(browser: Browser, addresses: readonly string[], tabs: number, visit: (page: Page, address: string) => Promise<T>): Promise<Map<string, T>> {
  const queue = [...addresses];
  const results = new Map<string, T>();
  const worker = async () => {
    const page = await browser.newPage();
    try {
      for (let address = queue.shift(); address !== undefined; address = queue.shift()) {
        results.set(address, await visit(page, address));
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(tabs, addresses.length) }, worker));
  return results;
}
