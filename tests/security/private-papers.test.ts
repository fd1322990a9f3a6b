/**
 * Nothing private leaks: exempt and embargoed papers and files, each holding a unique canary string
 * in their text, header and own title, and named with a slug no output may carry, reach no file of
 * the output (pages, search index after decompression, feeds, data, sitemap), while the exempt
 * item's title and paragraph do appear on its agenda, and each withheld paper and file is said to
 * be there, and why. Once the embargo has passed (PAPERS_NOW after it), the embargoed paper is
 * published.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { type BuiltSite, buildContent } from "../support/build-fixture.ts";
import { withPrivatePapers, writeContent } from "../support/content-fixture.ts";
import { loadPage, siteFiles } from "../support/site-files.ts";

const EXEMPT_CANARY = "CANARY-EXEMPT-7f3a9c";
const EMBARGO_CANARY = "CANARY-EMBARGO-2b81d4";

const FILES = withPrivatePapers({ exempt: EXEMPT_CANARY, embargo: EMBARGO_CANARY });

/** Every output file's bytes as text, gzip-compressed Pagefind files decompressed first. */
function allOutputText(dir: string): { file: string; text: string }[] {
  return siteFiles(dir).map((file) => {
    const bytes = readFileSync(join(dir, file));
    let text = bytes.toString("utf8");
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) text = gunzipSync(bytes).toString("utf8");
    return { file, text };
  });
}

describe("exempt and embargoed papers", () => {
  let before: BuiltSite;
  let after: BuiltSite;

  beforeAll(async () => {
    const root = writeContent(FILES);
    before = await buildContent(root, DateTime.fromISO("2024-01-08T12:00:00Z"));
    after = await buildContent(root, DateTime.fromISO("2024-01-09T09:00:01Z"));
  });

  it("reaches no output file before the embargo, Pagefind's compressed index included", () => {
    const files = allOutputText(before.outputDir);
    expect(files.some((f) => f.file.startsWith("/pagefind/"))).toBe(true);
    expect(files.filter((f) => f.file.startsWith("/pagefind/") && !f.file.endsWith(".js") && !f.file.endsWith(".css")).length).toBeGreaterThan(2);
    for (const { file, text } of files) {
      expect(text.includes(EXEMPT_CANARY), `${file} holds the exempt canary`).toBe(false);
      expect(text.includes(EMBARGO_CANARY), `${file} holds the embargoed canary`).toBe(false);
      // A withheld paper's or file's name is its identifier in the data too: neither may appear.
      expect(text.includes("exempt-slug"), `${file} names an exempt paper or file`).toBe(false);
      expect(text.includes("embargo-slug"), `${file} names an embargoed file`).toBe(false);
    }
    expect(siteFiles(before.outputDir).filter((f) => f.includes("-slug"))).toEqual([]);
  });

  it("lists each withheld paper and file where the agenda puts it, by why it is withheld, not by its title", () => {
    const $ = loadPage(before.outputDir, "/meetings/panel-2024-01-10/");
    const lines = (id: string) => $(`${id} .app-agenda__papers li`).toArray().map((li) => $(li).text().trim());
    expect(lines("#item-a3")).toEqual(["A paper is to follow.", "Appendix A is to follow."]);
    expect(lines("#item-a4")).toEqual(["A paper is exempt (paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972)."]);
  });

  it("gives the open data where each withheld paper and file was tabled and why, and no identifier, title or name of theirs", () => {
    const data = (name: string) => (JSON.parse(readFileSync(join(before.outputDir, "data", `${name}.json`), "utf8")) as { items: Record<string, unknown>[] }).items;
    const withheldPapers = data("documents").filter((d) => d.withheld);
    expect(withheldPapers.map((d) => [d.withheld, d.exempt, d.tabled_at])).toEqual(
      expect.arrayContaining([
        ["embargo", [], [{ meeting: "panel-2024-01-10", item: "panel-2024-01-10#item-a3" }]],
        ["exempt", [1], [{ meeting: "panel-2024-01-10", item: "panel-2024-01-10#item-a4" }]],
      ]),
    );
    for (const paper of withheldPapers) expect(Object.keys(paper)).not.toEqual(expect.arrayContaining(["id"]));
    const withheldFiles = data("files").filter((f) => f.withheld);
    expect(withheldFiles.map((f) => [f.withheld, f.appendix, f.tabled_at])).toEqual(
      expect.arrayContaining([
        ["embargo", "A", ["panel-2024-01-10#item-a3"]],
        ["exempt", undefined, ["panel-2024-01-10#item-b1"]],
      ]),
    );
    const a3 = data("agenda-items").find((i) => i.id === "panel-2024-01-10#item-a3");
    expect(a3?.papers).toEqual([]);
  });

  it("shows the exempt item on its agenda with its title and paragraph, and nothing else", () => {
    const $ = loadPage(before.outputDir, "/meetings/panel-2024-01-10/");
    const item = $("#item-b1");
    expect(item.text()).toContain("Award of the custody contract");
    expect(item.text()).toContain("Exempt: paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972");
    expect(item.find("a").length).toBe(0);
    expect(siteFiles(before.outputDir).some((f) => f.includes("b1-custody-contract"))).toBe(false);
  });

  it("says the embargoed paper is to follow, with no page of its own", () => {
    const $ = loadPage(before.outputDir, "/meetings/panel-2024-01-10/");
    expect($("#item-a3").text()).toMatch(/A paper is to follow\./);
    expect($("#item-a3 a").length).toBe(0);
    expect(siteFiles(before.outputDir).some((f) => f.includes("a3-budget"))).toBe(false);
  });

  it("publishes the embargoed paper once the clock passes publish_from, and still never the exempt one", () => {
    const $ = loadPage(after.outputDir, "/meetings/panel-2024-01-10/a3-budget/");
    expect($("main").text()).toContain(EMBARGO_CANARY);
    for (const { file, text } of allOutputText(after.outputDir)) expect(text.includes(EXEMPT_CANARY), file).toBe(false);
    const index = allOutputText(after.outputDir).filter((f) => f.file.startsWith("/pagefind/fragment/"));
    expect(index.some((f) => f.text.includes(EMBARGO_CANARY))).toBe(true);
  });
});
