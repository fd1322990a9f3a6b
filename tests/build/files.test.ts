/**
 * Files published with the papers, built (a small body of its own, tests/support/files-fixture.ts):
 * each copied to its address, listed on the agenda as "PDF, N KB, N pages" and on its paper's page,
 * an image served at the widths its page offers, a PDF without text marked with the accessibility
 * statement's notice, each page of a PDF a search record that opens the PDF at that page, and
 * every file in the open data (/data/files.json, valid against its schema).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { DateTime } from "luxon";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { type BuiltSite, buildContent } from "../support/build-fixture.ts";
import { MEETING, PAGE_TWO_WORD, writeFilesFixture } from "../support/files-fixture.ts";
import { loadPage, siteFiles } from "../support/site-files.ts";

let site: BuiltSite;
let root: string;

beforeAll(async () => {
  root = await writeFilesFixture();
  site = await buildContent(root, DateTime.fromISO("2024-06-01T00:00:00Z"));
});

describe("files published with the papers", () => {
  it("are copied to their addresses beside their meeting's page, as they are", () => {
    for (const name of ["annual-report.pdf", "scan.pdf", "map.png", "figures.csv"]) {
      expect(readFileSync(join(site.outputDir, "meetings", MEETING, name)).equals(readFileSync(join(root, "content", "meetings", MEETING, name))), name).toBe(true);
    }
  });

  it("are listed on the agenda with their title, type, size and pages", () => {
    const $ = loadPage(site.outputDir, `/meetings/${MEETING}/`);
    const item = $("#item-a3");
    const link = item.find(`a[href="/meetings/${MEETING}/annual-report.pdf"]`);
    expect(link.text()).toBe("Annual Report 2023-24");
    expect(link.parent().text()).toMatch(/^Annual Report 2023-24 \(PDF, \d+ KB, 2 pages\)$/);
    // The paper's appendix that is a file is listed under the paper.
    expect($("#item-a2").text()).toMatch(/Appendix B: Crash figures \(CSV, 1 KB\)/);
  });

  it("mark a PDF with no text layer with the accessibility statement's notice, which the statement gives", () => {
    const $ = loadPage(site.outputDir, `/meetings/${MEETING}/`);
    const scan = $(`#item-a3 a[href="/meetings/${MEETING}/scan.pdf"]`).parent();
    expect(scan.text()).toMatch(/scan\.pdf \(PDF, 1 KB, 1 page\) This PDF is a scanned image with no text, so a screen reader cannot read it/);
    expect(scan.find('a[href="/accessibility/#non-accessible-content"]').text()).toBe("Ask for it in an accessible format");
    const statement = loadPage(site.outputDir, "/accessibility/");
    expect(statement("#non-accessible-content").length).toBe(1);
    expect(statement("main").text()).toContain("This PDF is a scanned image with no text, so a screen reader cannot read it and search cannot find its words.");
  });

  it("are listed on their paper's page, and linked and shown from its text", () => {
    const $ = loadPage(site.outputDir, `/meetings/${MEETING}/a2-report/`);
    expect($("#files").text()).toBe("Files");
    expect($("#files + ul").text()).toMatch(/Appendix B: Crash figures \(CSV, 1 KB\)/);
    expect($(".app-prose a").filter((_i, a) => $(a).text() === "the annual report").attr("href")).toBe(`/meetings/${MEETING}/annual-report.pdf`);
    const img = $(".app-prose img");
    expect(img.attr("alt")).toBe("A map of the county's policing districts");
    expect(img.attr("src")).toBe(`/meetings/${MEETING}/_sized/map-640.png`);
    expect([img.attr("width"), img.attr("height")]).toEqual(["640", "384"]);
  });

  it("serve an image at the widths its page offers, never wider than it is", async () => {
    const sized = siteFiles(site.outputDir).filter((f) => f.startsWith(`/meetings/${MEETING}/_sized/`));
    expect(sized).toEqual([320, 640, 960, 1280].map((w) => `/meetings/${MEETING}/_sized/map-${w}.png`).sort());
    for (const width of [320, 1280]) expect((await sharp(join(site.outputDir, "meetings", MEETING, "_sized", `map-${width}.png`)).metadata()).width).toBe(width);
  });

  it("index each page of a PDF on its own: the second page's word opens the PDF at page 2", () => {
    const fragments = siteFiles(site.outputDir)
      .filter((f) => f.startsWith("/pagefind/fragment/"))
      .map((f) => JSON.parse(gunzipSync(readFileSync(join(site.outputDir, f))).toString("utf8").replace(/^pagefind_dcd/, "")) as { content: string; meta: Record<string, string> });
    const hits = fragments.filter((f) => f.content.includes(PAGE_TWO_WORD));
    expect(hits.map((f) => [f.meta.url, f.meta.section, f.meta.type, f.meta.body, f.meta.date])).toEqual([
      [`/meetings/${MEETING}/annual-report.pdf#page=2`, "Page 2 of Annual Report 2023-24 (PDF)", "PDF", "Test Panel", "Wednesday 10 January 2024"],
    ]);
    expect(fragments.some((f) => f.meta.url === `/meetings/${MEETING}/annual-report.pdf#page=1` && f.content.includes("its first page"))).toBe(true);
  });

  it("can be searched for by their type: the search page offers PDF files", () => {
    const $ = loadPage(site.outputDir, "/search/");
    expect($("input[name=type]").map((_, o) => $(o).attr("value")).get()).toContain("file");
  });

  it("are in the open data, valid against the schema published beside them", () => {
    const read = (path: string) => JSON.parse(readFileSync(join(site.outputDir, path), "utf8"));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    ajv.addSchema(read("data/schemas/common.schema.json"));
    const data = read("data/files.json") as { schema: string; count: number; items: Record<string, unknown>[] };
    const validate = ajv.compile(read("data/schemas/files.schema.json"));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.count).toBe(4);
    expect(data.items.find((f) => f.id === `${MEETING}/annual-report.pdf`)).toMatchObject({
      // Absolute, under the site's address (SITE_URL where the run sets one, as CI does).
      name: "annual-report.pdf", title: "Annual Report 2023-24", url: expect.stringMatching(new RegExp(`^https?://[^/]+/meetings/${MEETING}/annual-report\\.pdf$`)), type: "pdf", media_type: "application/pdf",
      pages: 2, text_layer: true, meeting: MEETING, tabled_at: [`${MEETING}#item-a3`], linked_from: [`${MEETING}/a2-report`],
    });
    expect(data.items.find((f) => f.id === `${MEETING}/scan.pdf`)).toMatchObject({ text_layer: false, pages: 1 });
    expect(data.items.find((f) => f.id === `${MEETING}/figures.csv`)).toMatchObject({ title: "Crash figures", parent: `${MEETING}/a2-report`, appendix: "B" });
  });
});
