/**
 * One page of each kind, photographed whole at 320 and 1280 pixels wide for people to review,
 * into test-results/screenshots/ (ignored by git). The test asserts only what a machine can see:
 * each page loads, and at 320 pixels nothing but a table's own box needs scrolling sideways.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeWithBrowser } from "../support/browser.ts";
import { PROJECT_ROOT } from "../support/paths.ts";
import { PAGE_KINDS } from "./support/page-kinds.ts";
import { NARROW, overflowingElements, WIDE } from "./support/reflow.ts";
import { openSite, type ServedSite } from "./support/served-site.ts";
import { inTabs } from "./support/tabs.ts";

const SCREENSHOTS_DIR = join(PROJECT_ROOT, "test-results", "screenshots");
const MAX_HEIGHT = 8000;

describeWithBrowser("screenshots of each kind of page", () => {
  let site: ServedSite;

  beforeAll(async () => {
    site = await openSite();
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
  });

  afterAll(async () => {
    await site?.close();
  });

  it("photographs each kind of page at 320 and 1280 pixels wide", async () => {
    const started = performance.now();
    const results = await inTabs(site.browser, PAGE_KINDS.map((k) => k.name), 2, async (page, name) => {
      const kind = PAGE_KINDS.find((k) => k.name === name);
      if (!kind) throw new Error(`no page kind ${name}`);
      const problems: string[] = [];
      for (const viewport of [NARROW, WIDE]) {
        await page.setViewportSize(viewport);
        const response = await page.goto(site.url(kind.url));
        const expected = kind.name === "not-found" ? 404 : 200;
        if (response?.status() !== expected) problems.push(`${kind.url} answered ${response?.status()}`);
        if (viewport === NARROW) problems.push(...(await overflowingElements(page)).map((o) => `${kind.url} at 320px: ${o}`));
        // The whole page, up to a height a reviewer will scroll through (a long paper at 320
        // pixels is over 100,000 pixels tall).
        const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
        await page.screenshot({ path: join(SCREENSHOTS_DIR, `${kind.name}-${viewport.width}.png`), fullPage: true, clip: { x: 0, y: 0, width: viewport.width, height } });
      }
      return problems;
    });
    console.info(`screenshots: ${PAGE_KINDS.length * 2} in ${((performance.now() - started) / 1000).toFixed(1)} s, in ${SCREENSHOTS_DIR}`);
    const problems = [...results.values()].flat();
    expect(problems, problems.join("\n")).toEqual([]);
  });
});
