/**
 * Pages that list files published with the papers stay accessible and valid: axe (WCAG 2.2 A and
 * AA) and the Nu HTML Checker find nothing on a meeting page listing a PDF, a scan with its notice
 * and a paper's appendix file, on the paper's page with its files, its link and its image, and on
 * the accessibility statement that gives the notice.
 */
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, copyFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { DateTime } from "luxon";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildContent } from "../support/build-fixture.ts";
import { axeViolations, type Browser, describeWithBrowser, launchBrowser } from "../support/browser.ts";
import { MEETING, writeFilesFixture } from "../support/files-fixture.ts";
import { type StaticServer, serveSite } from "../support/static-server.ts";

const run = promisify(execFile);
const PAGES = [`/meetings/${MEETING}/`, `/meetings/${MEETING}/a2-report/`, "/accessibility/"];

let browser: Browser;
let server: StaticServer;
let site: string;
let root: string;

describeWithBrowser("pages that list files", () => {
  beforeAll(async () => {
    root = await writeFilesFixture();
    site = (await buildContent(root, DateTime.fromISO("2024-06-01T00:00:00Z"))).outputDir;
    server = await serveSite(site);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it.each(PAGES)("%s has no axe violation", async (path) => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${path}`);
    if (path !== "/accessibility/") expect(await page.locator(".app-file").count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("has no Nu HTML Checker error", async () => {
    if (spawnSync("java", ["-version"], { stdio: "ignore" }).status !== 0) {
      if (process.env.REQUIRE_BROWSER === "1") throw new Error("Java is not installed and REQUIRE_BROWSER=1: install it with `apt-get install -y default-jre-headless` (as root).");
      console.warn("Java is not installed, so the Nu HTML Checker was skipped on pages that list files.");
      return;
    }
    const pages = mkdtempSync(join(tmpdir(), "papers-vnu-files-"));
    try {
      for (const [i, path] of PAGES.entries()) {
        mkdirSync(join(pages, String(i)));
        copyFileSync(join(site, path, "index.html"), join(pages, String(i), "index.html"));
      }
      const jar = join(dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")), "build", "dist", "vnu.jar");
      const { stderr } = await run("java", ["-jar", jar, "--errors-only", "--format", "json", "--skip-non-html", pages], { maxBuffer: 16 * 1024 * 1024 }).catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? "" }));
      const { messages } = JSON.parse(stderr) as { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
      expect(messages.map((m) => `${m.url ?? ""}:${m.lastLine ?? ""} ${m.message}`)).toEqual([]);
    } finally {
      rmSync(pages, { recursive: true, force: true });
    }
  });
});
