/**
 * sitemap.xml and robots.txt of a built archive holding an exempt paper and an embargoed one (the
 * clock set with PAPERS_NOW before the embargo ends): the sitemap lists every page and nothing
 * withheld, and no feed, data file or sitemap holds a word of the withheld papers' text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltSite, buildContent } from "../support/build-fixture.ts";
import { withPrivatePapers, writeContent } from "../support/content-fixture.ts";
import { htmlPages, siteFiles } from "../support/site-files.ts";

const EXEMPT_TEXT = "SITEMAP-EXEMPT-4e1d";
const EMBARGO_TEXT = "SITEMAP-EMBARGO-9c07";

const PRIVATE = withPrivatePapers({ exempt: EXEMPT_TEXT, embargo: EMBARGO_TEXT });
/** Its agenda issued on 3 January 2024, so that the papers published with it are in the papers feed. */
const FILES = { ...PRIVATE, "meetings/panel-2024-01-10/meeting.md": String(PRIVATE["meetings/panel-2024-01-10/meeting.md"]).replace("status: held\n", "status: held\nissued: 2024-01-03\n") };

let site: BuiltSite;
const saved = { PAPERS_NOW: process.env.PAPERS_NOW, SITE_URL: process.env.SITE_URL };

beforeAll(async () => {
  // The build's clock: the day before the budget's embargo ends. Addresses: the local server's, given
  // explicitly (a build given none warns, and in CI is refused).
  process.env.PAPERS_NOW = "2024-01-08T12:00:00Z";
  process.env.SITE_URL = "http://localhost:8080/";
  site = await buildContent(writeContent(FILES));
});

afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const read = (path: string) => readFileSync(join(site.outputDir, path), "utf8");

function sitemapPaths(): string[] {
  const $ = cheerio.load(read("/sitemap.xml"), { xml: true });
  expect($("urlset").attr("xmlns")).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  return $("urlset > url > loc")
    .map((_, el) => $(el).text())
    .get()
    .map((loc) => {
      expect(loc.startsWith("http://localhost:8080/"), loc).toBe(true);
      return new URL(loc).pathname;
    });
}

describe("sitemap.xml", () => {
  it("lists every page of the site, once, and the not-found page not at all", () => {
    const pages = htmlPages(site.outputDir)
      .filter((f) => f !== "/404.html")
      .map((f) => f.replace(/index\.html$/, ""));
    const listed = sitemapPaths();
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...pages].sort());
    expect(listed).toEqual(expect.arrayContaining(["/", "/meetings/panel-2024-01-10/", "/meetings/panel-2024-01-10/a2-report/", "/subscribe/", "/data/"]));
  });

  it("lists neither the exempt paper nor the embargoed one, which have no pages", () => {
    expect(site.archive.get("panel-2024-01-10/b1-custody-contract", "document")?.withheld).toBe("exempt");
    expect(site.archive.get("panel-2024-01-10/a3-budget", "document")?.withheld).toBe("embargo");
    const listed = sitemapPaths();
    expect(listed.some((p) => p.includes("b1-custody-contract") || p.includes("a3-budget"))).toBe(false);
  });
});

describe("robots.txt", () => {
  it("allows crawling and points at the sitemap", () => {
    const robots = read("/robots.txt");
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Sitemap: http:\/\/localhost:8080\/sitemap\.xml$/m);
  });
});

describe("withheld papers in feeds and data", () => {
  it("leave no word of their text or header in any feed, calendar, data file, schema or sitemap", () => {
    const machineFiles = siteFiles(site.outputDir).filter((f) => f.startsWith("/feeds/") || f.startsWith("/data/") || f === "/sitemap.xml" || f === "/robots.txt");
    expect(machineFiles.length).toBeGreaterThan(20);
    for (const file of machineFiles) {
      const text = read(file);
      expect(text.includes(EXEMPT_TEXT), file).toBe(false);
      expect(text.includes(EMBARGO_TEXT), file).toBe(false);
    }
  });

  it("appear in the papers data as the agenda shows them: where tabled and why, with no identifier, title or address", () => {
    const documents = JSON.parse(read("/data/documents.json")).items as Record<string, unknown>[];
    expect(documents.filter((d) => d.withheld === "exempt" && (d.tabled_at as { item: string }[])[0]?.item === "panel-2024-01-10#item-b1")).toEqual([
      { type: "report", meeting: "panel-2024-01-10", status: "present", withheld: "exempt", exempt: [3], tabled_at: [{ meeting: "panel-2024-01-10", item: "panel-2024-01-10#item-b1" }] },
    ]);
    expect(documents.filter((d) => d.withheld === "embargo")).toHaveLength(1);
    for (const paper of documents.filter((d) => d.withheld)) expect([paper.id, paper.title, paper.url]).toEqual([undefined, undefined, undefined]);
    expect(documents.map((d) => d.id)).not.toContain("panel-2024-01-10/b1-custody-contract");
  });

  it("are not entries of the papers feed", () => {
    const $ = cheerio.load(read("/feeds/papers.atom"), { xml: true });
    const ids = $("entry > id").map((_, el) => $(el).text()).get();
    // The report, published with the agenda; the minutes, tabled at no later meeting, are dated by nothing and in no feed.
    expect(ids).toEqual(["http://localhost:8080/meetings/panel-2024-01-10/a2-report/"]);
  });
});
