/**
 * Faithful content: the seeds' sentences of eight words or more are found in the built pages'
 * visible text (markup stripped, whitespace and punctuation folded), and the seeds' flattened
 * tables are real tables in the output.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sharedSite } from "../support/shared-site.ts";
import { SEEDS_DIR } from "../support/paths.ts";
import { htmlPages, loadPage } from "../support/site-files.ts";
import { fold, sentencesOf, visibleText } from "../support/visible-text.ts";

let site: { outputDir: string };
let corpus: string;

beforeAll(async () => {
  site = { outputDir: await sharedSite() };
  corpus = htmlPages(site.outputDir)
    .map((page) => fold(visibleText(readFileSync(join(site.outputDir, page), "utf8"))))
    .join("|");
});

describe("text coverage of the seeds", () => {
  it("finds at least 99% of the seeds' sentences in the built pages", () => {
    let total = 0;
    const missing: string[] = [];
    for (const name of readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).sort()) {
      for (const sentence of sentencesOf(readFileSync(join(SEEDS_DIR, name), "utf8"))) {
        total++;
        if (!corpus.includes(fold(sentence))) missing.push(`${name.slice(0, 3)}: ${sentence}`);
      }
    }
    const share = (total - missing.length) / total;
    if (missing.length > 0) console.log(`${missing.length} of ${total} sentences not found:\n${missing.join("\n")}`);
    console.log(`text coverage: ${(share * 100).toFixed(2)}% of ${total} sentences`);
    expect(total).toBeGreaterThan(1500);
    expect(share).toBeGreaterThanOrEqual(0.99);
  });

  it("finds a sentence only when its words are there, in order", () => {
    expect(corpus.includes(fold("The Commissioner introduced the report and explained that the Review itself was first commissioned in February 2022"))).toBe(true);
    expect(corpus.includes(fold("The Commissioner introduced the Review and explained that the report itself was first commissioned in February 2022"))).toBe(false);
  });
});

describe("clean structure", () => {
  it("turns the seeds' flattened tables into real tables with header cells", () => {
    const pages: [string, RegExp][] = [
      ["/meetings/kmpcp-2024-10-10/", /Ashford Borough Council/],
      ["/meetings/kmpcp-2024-10-10/b1-complaints-annual-report/", /disappled/],
      ["/meetings/kmpcp-2024-10-10/b3-hmicfrs-peel-update/", /Requires/],
      ["/meetings/kmpcp-2024-10-10/b3-appendix-a-peel-progress-update/", /Requires/],
      ["/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/", /Key Principles/],
      ["/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/", /strongly agree/],
      ["/meetings/kmpcp-2024-10-10/a5-appendix-a-candidate-pack/", /July/],
      ["/meetings/kmpcp-2024-10-10/d1-future-work-programme/", /Neighbourhood Policing Review/],
      ["/meetings/pdb-2024-06-12/notes/", /Right Care Right Person/],
      ["/meetings/kmpcp-2019-11-21/b2-citizens-in-policing/", /Active Enforcement/],
      ["/papers/safer-in-kent-2017-2021/", /4,205,192/],
    ];
    for (const [url, text] of pages) {
      const $ = loadPage(site.outputDir, url);
      const tables = $("table").filter((_, t) => text.test($(t).text()));
      expect(tables.length, `${url} has a table with ${text}`).toBeGreaterThan(0);
      expect(tables.first().find("th").length, `${url} table has header cells`).toBeGreaterThan(0);
    }
  });

  it("leaves no tab-separated lines, stray HTML tags as text or links to # in any page", () => {
    const problems: string[] = [];
    for (const page of htmlPages(site.outputDir)) {
      const html = readFileSync(join(site.outputDir, page), "utf8");
      const $ = loadPage(site.outputDir, page);
      const main = $("main").text();
      if (main.includes("\t")) problems.push(`${page}: tab character in the text`);
      const tag = /<\/?(b|p|i|ul|ol|li|sup|br|span|div)\b[^>]*>/i.exec(main);
      if (tag) problems.push(`${page}: HTML shown as text: ${tag[0]}`);
      if ($('a[href="#"]').length > 0) problems.push(`${page}: link to #`);
      if (/\]\(#\)/.test(html)) problems.push(`${page}: Markdown placeholder link as text`);
    }
    expect(problems).toEqual([]);
  });
});
