/**
 * A real browser for tests: Debian's Chromium driven by playwright-core, each launch with a new,
 * empty profile. Where Chromium is not installed the browser suites are skipped with a notice
 * saying how to install it, unless REQUIRE_BROWSER=1 (as in CI), where they fail instead.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { describe, it } from "vitest";

export const CHROMIUM = "/usr/bin/chromium";

/** Flags for a quiet, offline, headless run: no GPU, sandbox, QUIC or calls home. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The WCAG 2.2 A and AA rules the archive is held to. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export const browserAvailable = (): boolean => existsSync(CHROMIUM);
const browserRequired = (): boolean => process.env.REQUIRE_BROWSER === "1";

export const MISSING_BROWSER = `Chromium is not installed at ${CHROMIUM}, so the browser tests were skipped. Install it with \`apt-get install -y chromium\` (as root), or set REQUIRE_BROWSER=1 to make its absence a failure.`;

export interface Browser {
  context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Launches Chromium with a new, empty profile; close() removes the profile. */
export async function launchBrowser(options: { javaScriptEnabled?: boolean } = {}): Promise<Browser> {
  if (!browserAvailable()) throw new Error(MISSING_BROWSER);
  const profile = await mkdtemp(join(tmpdir(), "papers-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, ...options });
  return {
    context,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * `describe` for suites that need the browser: skipped with a notice when Chromium is missing,
 * or failing when REQUIRE_BROWSER=1.
 */
export function describeWithBrowser(name: string, suite: () => void): void {
  if (browserAvailable()) {
    describe(name, suite);
  } else if (browserRequired()) {
    describe(name, () => {
      it("has a browser to run in", () => {
        throw new Error(`Chromium is not installed at ${CHROMIUM} and REQUIRE_BROWSER=1: install it with \`apt-get install -y chromium\` (as root).`);
      });
    });
  } else {
    console.warn(MISSING_BROWSER);
    describe.skip(name, suite);
  }
}

/** axe's WCAG 2.2 A/AA violations on the page as it stands, as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page itself instead of opening a blank page per check: these pages
  // have no frames, so nothing is missed, and it is about twice as fast.
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} – ${v.help}`));
}
