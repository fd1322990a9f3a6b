/**
 * Faithful content: the seeds' sentences of eight words or more are found in the built pages'
 * visible text (markup stripped, whitespace and punctuation folded), and the labels the notes print
 * as structure (slide labels, areas for improvement) are found as that structure; the seeds'
 * flattened tables are real tables in the output.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sharedSite } from "../support/shared-site.ts";
import { SEEDS_DIR } from "../support/paths.ts";
import { htmlPages, loadPage } from "../support/site-files.ts";
import { fold, printedLabels, sentencesOf, visibleText } from "../support/visible-text.ts";

let site: { outputDir: string };
let corpus: string;
/** What the pages show as structure, folded: every heading's words, and every AFI block's. */
let structure: { heading: Set<string>; afi: Set<string> };

beforeAll(async () => {
  site = { outputDir: await sharedSite() };
  const pages = htmlPages(site.outputDir);
  corpus = pages.map((page) => fold(visibleText(readFileSync(join(site.outputDir, page), "utf8")))).join("|");
  structure = { heading: new Set(), afi: new Set() };
  for (const page of pages) {
    const $ = loadPage(site.outputDir, page);
    $("main :header").each((_, h) => void structure.heading.add(fold($(h).text())));
    $("main .app-block--afi").each((_, b) => void structure.afi.add(fold($(b).text())));
  }
});

/** Whether the pages show a printed label as what it is: a slide label as a heading, an AFI as an AFI block. */
const shownAs = (label: { kind: "heading" | "afi"; text: string }) => structure[label.kind].has(fold(label.text));

describe("text coverage of the seeds", () => {
  it("finds at least 99% of the seeds' sentences, and of the labels they print as structure, in the built pages", () => {
    let total = 0;
    const missing: string[] = [];
    for (const name of readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).sort()) {
      const seed = readFileSync(join(SEEDS_DIR, name), "utf8");
      for (const sentence of sentencesOf(seed)) {
        total++;
        if (!corpus.includes(fold(sentence))) missing.push(`${name.slice(0, 3)}: ${sentence}`);
      }
      // Too short to count as sentences, or found as words in a bullet: each counts once more, as structure.
      for (const label of printedLabels(seed)) {
        total++;
        if (!shownAs(label)) missing.push(`${name.slice(0, 3)}: ${label.text} (as ${label.kind === "afi" ? "an AFI" : "a heading"})`);
      }
    }
    const share = (total - missing.length) / total;
    if (missing.length > 0) console.log(`${missing.length} of ${total} sentences and labels not found:\n${missing.join("\n")}`);
    console.log(`text coverage: ${(share * 100).toFixed(2)}% of ${total} sentences and labels`);
    expect(total).toBeGreaterThan(1500);
    expect(share).toBeGreaterThanOrEqual(0.99);
  });

  it("finds every slide label the notes print as a heading, and every AFI as an AFI", () => {
    const labels = readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).flatMap((name) => printedLabels(readFileSync(join(SEEDS_DIR, name), "utf8")));
    expect(labels.filter((l) => l.kind === "heading").map((l) => l.text)).toEqual([
      "Slide 7", "Slide 18", "Slide 19", "Slide 20", "Slide 21", "Slide 22 and 23 – FCR performance", "Slide 24 – VAWG performance", "Slide 25 – VAWG Strategy one year on",
    ]);
    expect(labels.filter((l) => l.kind === "afi")).toHaveLength(19);
    expect(labels.filter((l) => !shownAs(l)).map((l) => l.text)).toEqual([]);
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
      ["/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/", /strongly agree/],
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

  it("writes the seeds' tables that print no header row as real tables with none", () => {
    const pages: [string, RegExp][] = [
      ["/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/", /Key Principles/],
      ["/meetings/kmpcp-2024-10-10/a5-appendix-a-candidate-pack/", /July/],
    ];
    for (const [url, text] of pages) {
      const $ = loadPage(site.outputDir, url);
      const tables = $("table").filter((_, t) => text.test($(t).text()));
      expect(tables.length, `${url} has a table with ${text}`).toBe(1);
      expect(tables.find("tbody tr").length, `${url} table has rows`).toBeGreaterThan(1);
      expect(tables.find("thead, th").length, `${url} table has no header cells`).toBe(0);
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
