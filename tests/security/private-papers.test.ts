/**
 * Nothing private leaks: an exempt paper and an embargoed paper, each holding a unique canary
 * string, reach no file of the output (pages, search index after decompression, feeds, data,
 * sitemap), while the exempt item's title and paragraph do appear on its agenda. Once the
 * embargo has passed (PAPERS_NOW after it), the embargoed paper is published.
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
    }
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
    expect($("#item-a3").text()).toMatch(/papers are to follow/);
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
