/**
 * A page's lean document (what the search index is built from) indexes, through Pagefind itself,
 * to the same record as the page: the same content word for word, anchors, title, filters, sorts
 * and metadata; and it holds none of the page's chrome.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import * as cheerio from "cheerio";
import { load } from "cheerio/slim";
import * as pagefind from "pagefind";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canonicaliseIndex } from "../../src/build/canonical-index.ts";
import { leanDocument, PARSE_OPTIONS } from "../../src/build/search-lean.ts";
import { htmlPages } from "../support/site-files.ts";
import { sharedSite } from "../support/shared-site.ts";

const temp = mkdtempSync(join(tmpdir(), "papers-search-lean-"));
afterAll(async () => {
  await pagefind.close();
  rmSync(temp, { recursive: true, force: true });
});

function lean(html: string): string {
  const $ = load(html, PARSE_OPTIONS);
  return leanDocument($, html, $("[data-pagefind-body]").toArray());
}

interface Page {
  path: string;
  html: string;
}

/** The search files of the bundle Pagefind builds from `pages`, in the site's canonical order. */
async function bundle(pages: readonly Page[]): Promise<Map<string, Buffer>> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(errors.join("; "));
  for (const page of pages) {
    const added = await index.addHTMLFile({ sourcePath: page.path, content: page.html });
    expect(added.errors, page.path).toEqual([]);
  }
  const outputPath = mkdtempSync(join(temp, "bundle-"));
  await index.writeFiles({ outputPath });
  await index.deleteIndex();
  canonicaliseIndex(outputPath);
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(outputPath, { recursive: true, encoding: "utf8" }).sort()) {
    if (/\.pf_(meta|fragment|index|filter)$/.test(name) || name === "pagefind-entry.json") files.set(name, readFileSync(join(outputPath, name)));
  }
  return files;
}

/** The records Pagefind keeps for `pages` and for their lean documents, side by side. */
async function indexedBothWays(pages: readonly Page[]): Promise<[Map<string, Buffer>, Map<string, Buffer>]> {
  const whole = await bundle(pages);
  const leaned = await bundle(pages.map((page) => ({ path: page.path, html: lean(page.html) })));
  return [whole, leaned];
}

/** The records, decoded (`{url, content, word_count, filters, meta, anchors}`), by address. */
function fragments(files: Map<string, Buffer>): unknown[] {
  const records = [...files].filter(([name]) => name.startsWith("fragment/")).map(([, bytes]) => JSON.parse(gunzipSync(bytes).subarray("pagefind_dcd".length).toString("utf8")) as { url: string });
  return records.sort((a, b) => (a.url < b.url ? -1 : 1));
}

const chrome = (body: string, head = "<title>Minutes – Panel papers</title>") =>
  `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">${head}<script>var x = "<p>";</script></head><body><a href="#main">Skip to main content</a><header><nav><ul><li><a href="/meetings/">Meetings</a></li><li id="nav-people">People</li></ul></nav></header><div class="container"><main id="main">${body}</main></div><footer><p>Accessibility statement</p></footer></body></html>`;

const tags = `<div hidden data-pagefind-ignore data-search-tags data-pagefind-sort="date:2024-07-16"><span data-pagefind-filter="type">minutes</span><span data-pagefind-meta="title">Minutes of the Panel</span><span data-pagefind-meta="date">Tuesday 16 July 2024</span></div>`;

/** Pages that try what Pagefind reads in odd places: each must index the same lean as whole. */
const TRICKY: Page[] = [
  {
    path: "people/ann-able/index.html",
    html: chrome(`<h1 class="govuk-heading-l" data-pagefind-body>Ann Able</h1><div class="app-print-meta"><p>Page built: Monday</p></div>${tags}<div data-pagefind-body><h2 id="roles">Roles and <a href="/x">memberships</a></h2><ul><li>Member of the <a href="/bodies/p/">Panel</a>, &quot;Chair&quot;</li><li>Said &#39;yes&#39;</li><li>Tom &amp; Jerry's</li></ul><table><caption>Attendance</caption><tr id="row-1"><th>Date</th><td>1 May</td></tr><tr><th>Present</th><td>yes<br>late</td></tr></table><dl><dt>Term</dt><dd>Four years</dd></dl></div><table><tr><td>Attendance outside the body</td></tr></table>`),
  },
  {
    // No title metadata: Pagefind takes the first <h1>, here outside the regions.
    path: "meetings/panel-2021-06-01/b1-report/index.html",
    html: chrome(`<h1>Report on budgerigars</h1><p>Permanent address: /x/</p><div data-pagefind-body><p>Budgerigar patrols were reviewed.</p><ol><li id="item-1"><h3 id="item-1-title">1 <em>Apologies</em></h3><p>None</p></li></ol></div> text after the region <span>and a span</span>`),
  },
  {
    // Neither title metadata nor <h1>: Pagefind falls back on the <title>.
    path: "topics/custody/index.html",
    html: chrome(`<div><span data-pagefind-body>Custody suites</span></div><div><span data-pagefind-body>and their costs</span>trailing</div>`, "<title>Custody &amp; costs</title>"),
  },
  {
    path: "meetings/panel-2024-07-16/minutes/index.html",
    html: chrome(
      `<section data-pagefind-body data-pagefind-weight="2" id="lead"><h1 id="t">Minutes</h1><p data-pagefind-ignore>Internal note <span data-pagefind-filter="topic">budget</span></p><nav>Contents <span data-pagefind-meta="section-count">3</span></nav><div data-pagefind-ignore="all"><span data-pagefind-filter="topic">never</span></div><p>Resolved: <strong id="r1">approved</strong> the <abbr title="Police and Crime Plan">PCP</abbr>.</p><blockquote><p>Quoted</p>text</blockquote><pre>  spaced
  code  </pre><mark>marked</mark></section>${tags}<img src="/logo.png" data-pagefind-meta="image[src]" alt="">`,
    ),
  },
];

describe("a page's lean document", () => {
  it("indexes to the same records as the page itself, for pages that try what Pagefind reads in odd places", async () => {
    const [whole, leaned] = await indexedBothWays(TRICKY);
    expect(fragments(whole)).toHaveLength(TRICKY.length);
    expect(fragments(leaned)).toEqual(fragments(whole));
    expect(leaned).toEqual(whole);
  });

  it("holds no chrome and no text outside the regions, and none of what is marked to be ignored", () => {
    const doc = lean(TRICKY[0]?.html ?? "");
    for (const text of ["Skip to main content", "Meetings", "nav-people", "Accessibility statement", "Page built", "Attendance outside the body", 'var x = "<p>"', "href=", "app-print-meta"]) expect(doc).not.toContain(text);
    const $ = cheerio.load(doc);
    expect($("[data-pagefind-body]").text()).toContain("Member of the Panel");
    expect($("[data-pagefind-body] [data-pagefind-ignore]").length).toBe(0);
    const minutes = cheerio.load(lean(TRICKY[3]?.html ?? ""));
    expect(minutes("[data-pagefind-body]").text()).not.toContain("Internal note");
    expect(minutes("[data-pagefind-body]").text()).not.toContain("never");
    expect(minutes('[data-pagefind-ignore] [data-pagefind-filter="topic"]').text()).toBe("budget");
  });

  it("keeps the page's filters, sorts and metadata, language and title", () => {
    const $ = cheerio.load(lean(TRICKY[0]?.html ?? ""));
    expect($("html").attr("lang")).toBe("en-GB");
    expect($("title").text()).toBe("Minutes – Panel papers");
    expect($("[data-pagefind-sort]").attr("data-pagefind-sort")).toBe("date:2024-07-16");
    expect($('[data-pagefind-filter="type"]').text()).toBe("minutes");
    expect($('[data-pagefind-meta="title"]').text()).toBe("Minutes of the Panel");
  });

  it("copies the text as the page writes it, entities and all", () => {
    const doc = lean(TRICKY[0]?.html ?? "");
    expect(doc).toContain("<li>Member of the Panel, &quot;Chair&quot;</li>");
    expect(doc).toContain("<li>Said &#39;yes&#39;</li><li>Tom &amp; Jerry's</li>");
    expect(cheerio.load(doc)("#roles").text()).toBe("Roles and memberships");
  });

  it("is a fraction of the page", () => {
    const { html } = TRICKY[0] as Page;
    expect(Buffer.byteLength(lean(html))).toBeLessThan(Buffer.byteLength(html) * 0.75);
  });
});

describe("the lean documents of the shipped archive", () => {
  let pages: Page[];
  beforeAll(async () => {
    const site = await sharedSite();
    pages = htmlPages(site)
      .map((url) => ({ path: url.slice(1), html: readFileSync(join(site, url), "utf8") }))
      .filter((page) => page.html.includes("data-pagefind-body"));
  });

  it("index to the same records as its pages, every one of them", async () => {
    expect(pages.length).toBeGreaterThan(100);
    const [whole, leaned] = await indexedBothWays(pages);
    expect(fragments(whole)).toHaveLength(pages.length);
    expect(fragments(leaned)).toEqual(fragments(whole));
    expect(leaned).toEqual(whole);
  });

  it("are much smaller than its pages", () => {
    const bytes = (texts: string[]) => texts.reduce((n, text) => n + Buffer.byteLength(text), 0);
    expect(bytes(pages.map((page) => lean(page.html)))).toBeLessThan(bytes(pages.map((page) => page.html)) / 2);
  });
});
