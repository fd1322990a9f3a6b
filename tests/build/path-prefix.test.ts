/**
 * The shipped archive published at a project address, https://example.github.io/panel-papers/:
 * built with that SITE_URL, served under /panel-papers/ as GitHub Pages serves it (nothing at the
 * host's root), and read in Chromium. Every page is visited; every address it links to or loads
 * (pages, stylesheet, scripts, images, feeds, calendars, open data, files) is under the prefix and
 * found; every absolute address in the feeds, calendars, sitemap, open data and JSON-LD is under
 * the site's address and found; a search finds results whose links work; the not-found page,
 * served at any depth, links to pages that exist; and `npm start` serves the site under its prefix.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildSite } from "../../src/build/build-site.ts";
import { builtPathPrefix, type ServedSite, serveDirectory } from "../../src/build/static-server.ts";
import { type Browser, describeWithBrowser, launchBrowser } from "../support/browser.ts";
import { loadValidArchive } from "../support/load-content.ts";
import { PROJECT_ROOT } from "../support/paths.ts";
import { openSettled, settled } from "../support/search-page.ts";
import { startCommand } from "../workflow/cli.ts";

const SITE_URL = "https://example.github.io/panel-papers/";
const PREFIX = "/panel-papers/";
const RESULTS = "[data-search-results] > li";

let parent: string;
let siteDir: string;
let server: ServedSite;
let browser: Browser;
/** Every address the browser asked the server for, from every tab. */
const requested: string[] = [];
/** Every response of the server with an error status, as "status address". */
const failed: string[] = [];

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), "papers-prefix-site-"));
  siteDir = join(parent, "site");
  const before = process.env.SITE_URL;
  process.env.SITE_URL = SITE_URL;
  try {
    await buildSite(loadValidArchive(), { outputDir: siteDir, projectRoot: PROJECT_ROOT });
  } finally {
    if (before === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = before;
  }
  server = await serveDirectory(siteDir, { pathPrefix: builtPathPrefix(siteDir) });
  browser = await launchBrowser();
  browser.context.on("request", (request) => {
    requested.push(request.url());
  });
  browser.context.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(parent, { recursive: true, force: true });
});

const origin = () => new URL(server.url).origin;

/** The server's answer to a GET of `path` (its status), each path asked once. */
const statuses = new Map<string, Promise<number>>();
function statusOf(path: string): Promise<number> {
  let status = statuses.get(path);
  if (!status) {
    status = fetch(`${origin()}${path}`, { redirect: "manual" }).then(async (response) => {
      await response.arrayBuffer();
      return response.status;
    });
    statuses.set(path, status);
  }
  return status;
}

/** Every address in the page's markup that the browser would follow or load, as written. */
function addressesIn(page: Page): Promise<string[]> {
  return page.$$eval("[href], [src], [srcset], form[action]", (elements) =>
    elements.flatMap((element) => {
      const values = ["href", "src", "action"].map((name) => element.getAttribute(name)).filter((value): value is string => value !== null);
      const srcset = element.getAttribute("srcset");
      if (srcset) values.push(...srcset.split(",").map((entry) => entry.trim().split(/\s+/)[0] ?? ""));
      return values;
    }),
  );
}

/** The addresses on this host that a check of the site must find: outside the prefix, or not found. */
function outsidePrefix(addresses: readonly string[]): string[] {
  return addresses.filter((address) => {
    const url = new URL(address);
    return url.origin === origin() && !url.pathname.startsWith(PREFIX);
  });
}

/** The site's text files (not the search index's), each with its path in the site. */
function textFiles(folder = siteDir, at = ""): { path: string; text: string }[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = `${at}/${entry.name}`;
    if (entry.isDirectory()) return entry.name.startsWith("pagefind") ? [] : textFiles(join(folder, entry.name), path);
    if (!/\.(html|json|csv|atom|ics|xml|txt)$/.test(entry.name)) return [];
    // A calendar folds its lines at 75 octets: unfolded, an address is whole again.
    return [{ path, text: readFileSync(join(folder, entry.name), "utf8").replace(/\r\n[ \t]/g, "") }];
  });
}

describeWithBrowser("a site published at a project address (/panel-papers/)", () => {
  it("is served under the prefix its pages were built for", () => {
    expect(builtPathPrefix(siteDir)).toBe(PREFIX);
    expect(server.url).toBe(`${origin()}${PREFIX}`);
  });

  it("links every page, stylesheet, script, image, feed, calendar and data file under the prefix, and each is found", async () => {
    const page = await browser.newPage();
    const pages = [PREFIX];
    const seen = new Set(pages);
    const broken: string[] = [];
    const escaping: string[] = [];
    for (let i = 0; i < pages.length; i++) {
      const path = pages[i] as string;
      const response = await page.goto(`${origin()}${path}`);
      if (response?.status() !== 200) broken.push(`${response?.status()} ${path}`);
      const addresses = (await addressesIn(page)).map((address) => new URL(address, page.url()));
      for (const url of addresses.filter((u) => u.origin === origin())) {
        const target = `${url.pathname}${url.search}`;
        if (!url.pathname.startsWith(PREFIX)) escaping.push(`${path} → ${url.href}`);
        else if (url.pathname.endsWith("/")) {
          if (!seen.has(target)) {
            seen.add(target);
            pages.push(target);
          }
        } else if ((await statusOf(target)) !== 200) broken.push(`${await statusOf(target)} ${target} (from ${path})`);
      }
    }
    await page.close();
    // Every page of the site was reached from the home page.
    expect(pages.length).toBeGreaterThan(170);
    expect(escaping).toEqual([]);
    expect(broken).toEqual([]);
    expect(outsidePrefix(requested)).toEqual([]);
    expect(failed).toEqual([]);
  });

  it("names the site's address, path included, in every feed, calendar, sitemap entry, open data record and JSON-LD, and each address is found", async () => {
    const host = new URL(SITE_URL).origin;
    const wrong: string[] = [];
    const paths = new Set<string>();
    for (const { path, text } of textFiles()) {
      for (const [address] of text.matchAll(/https:\/\/example\.github\.io[^\s"'<>)\\,;]*/g)) {
        if (!address.startsWith(SITE_URL)) wrong.push(`${path}: ${address}`);
        else paths.add(new URL(address).pathname);
      }
    }
    expect(wrong).toEqual([]);
    // The sitemap, feeds, calendars and open data all name pages, files and data by absolute address.
    expect(paths.size).toBeGreaterThan(150);
    expect(paths).toContain(`${PREFIX}sitemap.xml`);
    expect(paths).toContain(`${PREFIX}data/schemas/common.schema.json`);
    const missing: string[] = [];
    for (const path of paths) if ((await statusOf(path)) !== 200) missing.push(`${await statusOf(path)} ${host}${path}`);
    expect(missing).toEqual([]);
    // Feeds and calendars are announced on every page, under the prefix.
    expect(readFileSync(join(siteDir, "index.html"), "utf8")).toContain(`<link rel="alternate" type="application/atom+xml" href="${PREFIX}feeds/papers.atom"`);
  });

  it("finds papers from its search page, loading the index from under the prefix, and each result's link works", async () => {
    requested.length = 0;
    const page = await openSettled(browser, origin(), `${PREFIX}search/?q=Sheppey`);
    const links: string[] = [];
    for (const query of ["Sheppey", "shoplifting", "precept"]) {
      if (query !== "Sheppey") {
        await page.fill("#search-q", query);
        await page.press("#search-q", "Enter");
        await settled(page);
      }
      const found = await page.locator(`${RESULTS} h2 a`).evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
      expect(found.length, query).toBeGreaterThan(0);
      links.push(...found);
    }
    expect(links.filter((href) => !href.startsWith(PREFIX))).toEqual([]);
    // Both kinds of result: a page (Pagefind's address) and a section of one (the index's `url`).
    expect(links.some((href) => href.includes("#"))).toBe(true);
    expect(links.some((href) => !href.includes("#"))).toBe(true);
    // Pagefind's script, WebAssembly, metadata and index chunks came from under the prefix.
    expect(requested.some((address) => address.startsWith(`${origin()}${PREFIX}pagefind/`))).toBe(true);
    for (const href of new Set(links)) {
      const target = new URL(href, page.url());
      // From a blank page: going from one section of a page to another is no request, and gives no response.
      await page.goto("about:blank");
      const response = await page.goto(target.href);
      expect(response?.status(), href).toBe(200);
      if (target.hash) expect(await page.locator(`[id="${decodeURIComponent(target.hash.slice(1))}"]`).count(), href).toBe(1);
    }
    await page.close();
    expect(outsidePrefix(requested)).toEqual([]);
    expect(failed).toEqual([]);
  });

  it("suggests a word for a misspelt one, from the word lists under the prefix, with a link that searches again", async () => {
    requested.length = 0;
    const page = await openSettled(browser, origin(), `${PREFIX}search/?q=Sheppy`);
    const suggestion = page.locator("[data-search-suggestions] a");
    expect(await suggestion.getAttribute("href")).toBe(`${PREFIX}search/?q=Sheppey`);
    await suggestion.click();
    await page.locator("[data-search-status]", { hasText: "“Sheppey”" }).waitFor();
    await settled(page);
    expect(await page.locator(RESULTS).count()).toBeGreaterThan(0);
    expect(requested.some((address) => address.startsWith(`${origin()}${PREFIX}pagefind/words/`))).toBe(true);
    await page.close();
    expect(outsidePrefix(requested)).toEqual([]);
    expect(failed).toEqual([]);
  });

  it("answers an address at any depth with the not-found page, styled, whose links all work", async () => {
    requested.length = 0;
    failed.length = 0;
    const page = await browser.newPage();
    const response = await page.goto(`${origin()}${PREFIX}meetings/no-such-meeting/papers/deeper/still/`);
    expect(response?.status()).toBe(404);
    expect(await page.textContent("h1")).toBe("Page not found");
    // The stylesheet applied: the page's header is govuk-frontend's, in the brand's colours.
    expect(await page.locator(".govuk-generic-header").evaluate((header) => getComputedStyle(header).display)).not.toBe("inline");
    // The skip link aside (#main-content, on this page itself).
    const here = new URL(page.url()).pathname;
    const links = (await addressesIn(page)).map((address) => new URL(address, page.url())).filter((url) => url.origin === origin() && url.pathname !== here);
    expect(links.length).toBeGreaterThan(10);
    for (const url of links) {
      expect(url.pathname.startsWith(PREFIX), url.href).toBe(true);
      expect(await statusOf(`${url.pathname}${url.search}`), url.href).toBe(200);
    }
    await page.getByRole("link", { name: "browse all meetings" }).click();
    await page.waitForURL(`${origin()}${PREFIX}meetings/`);
    expect(await page.textContent("h1")).toBe("Meetings");
    await page.close();
    expect(outsidePrefix(requested)).toEqual([]);
    // Only the missing page itself was not found.
    expect(failed).toEqual([`404 ${origin()}${PREFIX}meetings/no-such-meeting/papers/deeper/still/`]);
  });

  it("is served by npm start under the prefix it was built for", async () => {
    const child: ChildProcess = startCommand("serve", ["--dir", siteDir, "--port", "0"], parent);
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let output = "";
        child.stdout?.on("data", (chunk: Buffer) => {
          output += chunk.toString("utf8");
          const match = /at (http:\/\/localhost:\d+\/\S*) /.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        child.stderr?.on("data", (chunk: Buffer) => {
          output += chunk.toString("utf8");
        });
        child.once("exit", (code) => reject(new Error(`npm start exited with ${code}: ${output}`)));
      });
      expect(address).toMatch(/^http:\/\/localhost:\d+\/panel-papers\/$/);
      const served = new URL(address);
      const home = await fetch(`http://127.0.0.1:${served.port}${PREFIX}`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain(`href="${PREFIX}assets/archive.css"`);
      expect((await fetch(`http://127.0.0.1:${served.port}/`)).status).toBe(404);
    } finally {
      child.kill("SIGTERM");
    }
  });
});
