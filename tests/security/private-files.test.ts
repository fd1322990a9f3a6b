/**
 * Files are withheld exactly as papers are: a PDF at an exempt item, a PDF that is the appendix of
 * an exempt paper, an image an exempt paper shows, and a PDF embargoed by its description are
 * never copied, and a canary word from their text (or their own PDF title) is in no output file,
 * Pagefind's compressed index included. An embargoed file's title shows only as the agenda shows
 * it (its description's title), with "to follow".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { type BuiltSite, buildContent } from "../support/build-fixture.ts";
import { writeContent } from "../support/content-fixture.ts";
import { filesFixture, MEETING } from "../support/files-fixture.ts";
import { fileText, loadPage, siteFiles } from "../support/site-files.ts";
import { pngImage, textPdf } from "../support/test-files.ts";

const CANARIES = { exemptItem: "exemptpdfcanaryq7", exemptTitle: "exempttitlecanaryq7", appendix: "appendixcanaryq7", embargo: "embargocanaryq7", embargoTitle: "embargotitlecanaryq7" };
const WITHHELD = ["bids.pdf", "tender-appendix.pdf", "site-plan.png", "budget.pdf"];

let site: BuiltSite;

beforeAll(async () => {
  const m = `meetings/${MEETING}`;
  const files = await filesFixture(
    {
      [`${m}/bids.pdf`]: await textPdf(["The tenders.", `The bids were ${CANARIES.exemptItem} and others.`], `Bids ${CANARIES.exemptTitle}`),
      [`${m}/b2-contract.md`]: "---\ntype: report\ntitle: Award of the contract\n---\nThe plan of the site:\n\n![The site plan](site-plan.png)\n",
      [`${m}/site-plan.png`]: await pngImage(400, 300),
      [`${m}/tender-appendix.pdf`]: await textPdf([`Tender evaluation: ${CANARIES.appendix}.`]),
      [`${m}/tender-appendix.pdf.md`]: `---\ntype: file\ntitle: Tender evaluation\nparent: ${MEETING}/b2-contract\nappendix: A\n---\n`,
      [`${m}/budget.pdf`]: await textPdf([`The proposed precept is ${CANARIES.embargo}.`], `Budget ${CANARIES.embargoTitle}`),
      [`${m}/budget.pdf.md`]: "---\ntype: file\ntitle: Budget proposal\npublish_from: 2024-07-01T09:00:00+01:00\n---\n",
    },
    [
      "        - code: A4",
      "          title: Budget",
      `          papers: [${MEETING}/budget.pdf]`,
      "    - letter: B",
      "      title: Exempt items",
      "      part: exempt",
      "      items:",
      "        - code: B1",
      "          title: Custody contract",
      "          exempt: [3]",
      `          papers: [${MEETING}/bids.pdf]`,
      "        - code: B2",
      "          title: Award of the contract",
      "          exempt: [3]",
      `          papers: [${MEETING}/b2-contract]`,
    ],
  );
  site = await buildContent(writeContent(files), DateTime.fromISO("2024-06-01T00:00:00Z"));
});

/** Every output file's text, gzip-compressed Pagefind files decompressed first. */
function allOutputText(dir: string): { file: string; text: string }[] {
  return siteFiles(dir).map((file) => ({ file, text: fileText(join(dir, file)) }));
}

describe("withheld files", () => {
  it("are not in the output", () => {
    const files = siteFiles(site.outputDir);
    for (const name of WITHHELD) expect(files.filter((f) => f.includes(name.replace(/\.\w+$/, ""))), name).toEqual([]);
    // The published ones are, so the build did copy files.
    expect(files).toContain(`/meetings/${MEETING}/annual-report.pdf`);
  });

  it("leave no canary from their text or their own title in any output file, the search index decompressed", () => {
    const files = allOutputText(site.outputDir);
    expect(files.filter((f) => f.file.startsWith("/pagefind/fragment/")).length).toBeGreaterThan(2);
    for (const { file, text } of files) for (const [what, canary] of Object.entries(CANARIES)) expect(text.includes(canary), `${file} holds the ${what} canary`).toBe(false);
  });

  it("show on the agenda only as the agenda shows a withheld paper", () => {
    const $ = loadPage(site.outputDir, `/meetings/${MEETING}/`);
    expect($("#item-b1").text()).toContain("Exempt: paragraph 3 of Part 1 of Schedule 12A");
    expect($("#item-b1").text()).not.toContain("bids");
    expect($("#item-b1 a, #item-b2 a").length).toBe(0);
    expect($("#item-a4").text()).toMatch(/A file is to follow\./);
    // Its description's title is the file's own words, withheld with it.
    expect($("#item-a4").text()).not.toContain("Budget proposal");
    expect($("#item-a4 a").length).toBe(0);
  });

  it("are in the open data by where they were tabled and why only, as the agenda shows them", () => {
    const data = JSON.parse(readFileSync(join(site.outputDir, "data", "files.json"), "utf8")) as { items: Record<string, unknown>[] };
    expect(data.items.filter((f) => f.withheld)).toEqual([
      { withheld: "exempt", meeting: MEETING, tabled_at: [`${MEETING}#item-b1`] },
      { withheld: "embargo", meeting: MEETING, tabled_at: [`${MEETING}#item-a4`] },
    ]);
  });
});
