/**
 * What each page costs a reader, on every page of the shipped archive (no browser needed):
 *
 * - Chrome: at most 10 KB of HTML. A page's chrome is every byte of its HTML file outside the
 *   content of <main>: the UTF-8 length of the file minus the length of what lies between the
 *   end of the `<main …>` start tag and the start of `</main>`. That is the doctype, <head>
 *   (metadata, links, a meeting's JSON-LD), the header and navigation, the breadcrumbs and the
 *   footer: what a reader downloads again on every page, whatever the paper.
 * - Style: the one stylesheet is at most 30 KB gzipped.
 * - Script: every page loads one module from a file, the navigation's menu button
 *   (assets/navigation.js, which imports govuk-frontend's component); no page but search loads or
 *   runs any other. Data blocks (JSON-LD) are not script; inline code, event-handler attributes and
 *   `javascript:` addresses are.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import * as cheerio from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { sharedSite } from "../support/shared-site.ts";
import { htmlPages } from "../support/site-files.ts";

const CHROME_BUDGET = 10 * 1024;
const CSS_GZIP_BUDGET = 30 * 1024;
/** The one page that may run script of its own: search, which uses Pagefind. */
const SCRIPTED_PAGES = new Set(["/search/index.html"]);
/** The script every page runs, as scriptsOn() describes it. */
const NAVIGATION_SCRIPT = '<script src="/assets/navigation.js" type="module">';
/** <script> types that are data, which the browser does not run. */
const DATA_SCRIPT_TYPES = new Set(["application/ld+json", "application/json"]);

/** The bytes of `html` outside the content of its one <main>. */
function chromeBytes(html: string): number {
  const bytes = Buffer.from(html, "utf8");
  const open = bytes.indexOf("<main");
  const contentStart = bytes.indexOf(">", open) + 1;
  const contentEnd = bytes.lastIndexOf("</main>");
  if (open < 0 || contentEnd < contentStart) throw new Error("the page has no <main>…</main>");
  return bytes.length - (contentEnd - contentStart);
}

/** What on a page would run script: <script> elements that are not data, handlers, `javascript:` links. */
function scriptsOn(html: string): string[] {
  const $ = cheerio.load(html);
  const found: string[] = [];
  $("script").each((_, el) => {
    const type = ($(el).attr("type") ?? "").trim().toLowerCase();
    if (!DATA_SCRIPT_TYPES.has(type) || $(el).attr("src")) found.push(`<script${$(el).attr("src") ? ` src="${$(el).attr("src")}"` : ""}${type ? ` type="${type}"` : ""}>`);
  });
  $("*").each((_, el) => {
    for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) {
      if (/^on/i.test(name)) found.push(`${name}= on <${(el as { tagName: string }).tagName}>`);
    }
  });
  $("[href], [src], [action], [formaction]").each((_, el) => {
    for (const name of ["href", "src", "action", "formaction"]) {
      if (/^\s*javascript:/i.test($(el).attr(name) ?? "")) found.push(`${name}="javascript:…"`);
    }
  });
  $('link[rel~="modulepreload"], link[as="script"]').each(() => {
    found.push("a script preload");
  });
  return found;
}

describe("page budgets", () => {
  let dir: string;
  let pages: string[];
  const read = (page: string) => readFileSync(join(dir, page), "utf8");

  beforeAll(async () => {
    dir = await sharedSite();
    pages = htmlPages(dir);
  });

  it("measures chrome as the bytes outside <main>'s content", () => {
    const html = "<!DOCTYPE html><html><body><header>é</header><main id=x>paper text</main><footer></footer></body></html>";
    expect(chromeBytes(html)).toBe(Buffer.byteLength(html) - "paper text".length);
    expect(() => chromeBytes("<p>no main</p>")).toThrow(/no <main>/);
  });

  it(`keeps every page's chrome to ${CHROME_BUDGET / 1024} KB of HTML`, () => {
    expect(pages.length).toBeGreaterThan(100);
    const sizes = pages.map((page) => ({ page, bytes: chromeBytes(read(page)) }));
    const over = sizes.filter((s) => s.bytes > CHROME_BUDGET).map((s) => `${s.page}: ${s.bytes} bytes of chrome`);
    expect(over, over.join("\n")).toEqual([]);
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.info(`chrome: largest ${largest.bytes} bytes (${largest.page}) of ${CHROME_BUDGET}`);
  });

  it(`keeps the stylesheet to ${CSS_GZIP_BUDGET / 1024} KB gzipped, and every page links only it`, () => {
    const css = readFileSync(join(dir, "assets/archive.css"));
    const gzipped = gzipSync(css, { level: 9 }).length;
    console.info(`css: ${css.length} bytes, ${gzipped} gzipped, of ${CSS_GZIP_BUDGET}`);
    expect(gzipped).toBeLessThanOrEqual(CSS_GZIP_BUDGET);
    const others = pages.flatMap((page) => {
      const $ = cheerio.load(read(page));
      const sheets = $('link[rel~="stylesheet"]').map((_, el) => $(el).attr("href")).get();
      const inline = $("style, [style]").length;
      return sheets.join() === "/assets/archive.css" && inline === 0 ? [] : [`${page}: stylesheets ${sheets.join(", ") || "none"}${inline ? `, ${inline} inline styles` : ""}`];
    });
    expect(others, others.join("\n")).toEqual([]);
  });

  it("runs the navigation's module on every page, from <head> and a file, and no other script on any page but search", () => {
    const scripted = pages.flatMap((page) => {
      const found = scriptsOn(read(page));
      const others = found.filter((s) => s !== NAVIGATION_SCRIPT);
      const problems = SCRIPTED_PAGES.has(page) ? [] : others.map((s) => `${page}: ${s}`);
      if (found.filter((s) => s === NAVIGATION_SCRIPT).length !== 1) problems.push(`${page}: the navigation's module ${found.length === others.length ? "missing" : "more than once"}`);
      const $ = cheerio.load(read(page));
      if ($('head > script[src="/assets/navigation.js"]').length !== 1) problems.push(`${page}: the navigation's module is not in <head>`);
      if ($("script:not([src])").filter((_, el) => !DATA_SCRIPT_TYPES.has(($(el).attr("type") ?? "").toLowerCase())).length > 0) problems.push(`${page}: inline script`);
      return problems;
    });
    expect(scripted, scripted.join("\n")).toEqual([]);
    for (const page of SCRIPTED_PAGES) expect(scriptsOn(read(page)).length, `${page} loads its own script`).toBeGreaterThan(1);
  });

  it("tells a script from a data block", () => {
    expect(scriptsOn('<script type="application/ld+json">{}</script>')).toEqual([]);
    expect(scriptsOn("<script>alert(1)</script>")).toHaveLength(1);
    expect(scriptsOn('<script type="module" src="/x.js"></script>')).toHaveLength(1);
    expect(scriptsOn('<script type="module" src="/assets/navigation.js"></script>')).toEqual([NAVIGATION_SCRIPT]);
    expect(scriptsOn('<a href="javascript:void(0)" onclick="x()">x</a>')).toHaveLength(2);
  });
});
