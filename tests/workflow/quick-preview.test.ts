/**
 * The dev server's quick path (src/dev/quick-preview.ts): only an edit to a paper's text is shown
 * from the archive in memory; anything that could change other papers, records or validity is left
 * to the full build.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { quickPreview } from "../../src/dev/quick-preview.ts";
import { frontMatterBlock } from "../../src/model/front-matter.ts";
import { loadValidArchive } from "../support/load-content.ts";
import { PROJECT_ROOT } from "../support/paths.ts";

const archive = loadValidArchive();
const REPORT = "content/meetings/kmpcp-2024-10-10/b3-hmicfrs-peel-update.md";
const MINUTES = "content/meetings/kmpcp-2024-07-16/minutes.md";
const text = (path: string) => readFileSync(join(PROJECT_ROOT, path), "utf8");

describe("the front matter block", () => {
  it("is the text from the opening fence to the closing one, and nothing when there is none", () => {
    expect(frontMatterBlock("---\ntype: topic\ntitle: A\n---\nBody\n")).toBe("---\ntype: topic\ntitle: A\n---");
    expect(frontMatterBlock("---\ntype: topic\n---")).toBe("---\ntype: topic\n---");
    expect(frontMatterBlock("No front matter\n")).toBeUndefined();
    expect(frontMatterBlock("---\ntype: topic\nno closing fence\n")).toBeUndefined();
  });
});

describe("a quick preview", () => {
  const original = text(REPORT);
  const block = frontMatterBlock(original);

  it("replaces a report's text, contents and word count when only the text changed", () => {
    const edited = original.replace("## Background:", "## Background and scope:\n\nA new zyzzyva paragraph.");
    const result = quickPreview(archive, REPORT, edited, block);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const before = archive.documents.find((d) => d.source.file === REPORT);
    expect(result.document.id).toBe(before?.id);
    expect(result.document.markdown).toContain("A new zyzzyva paragraph.");
    expect(result.document.headings.map((h) => h.text)).toContain("Background and scope:");
    expect(result.document.words).toBe((before?.words ?? 0) + 6);
    // The archive itself is left as loaded: the full build is the authority.
    expect(before?.markdown).not.toContain("zyzzyva");
  });

  it("is refused when the front matter changed, even by a space", () => {
    const edited = original.replace("series: peel-update", "series: peel-update ");
    expect(quickPreview(archive, REPORT, edited, block)).toEqual({ ok: false, reason: "its front matter changed" });
  });

  it("is refused for minutes, whose text makes the records", () => {
    const minutes = text(MINUTES);
    expect(quickPreview(archive, MINUTES, `${minutes}\nMore.\n`, frontMatterBlock(minutes))).toMatchObject({ ok: false, reason: "minutes and notes make records" });
  });

  it("is refused for a link to something the archive does not hold, and for unsafe links", () => {
    expect(quickPreview(archive, REPORT, `${original}\nSee [this](@no-such-paper).\n`, block)).toMatchObject({ ok: false });
    expect(quickPreview(archive, REPORT, `${original}\nSee [this](javascript:alert(1)).\n`, block)).toEqual({ ok: false, reason: "its text has a problem" });
  });

  it("is refused for a file the archive does not hold as a paper", () => {
    expect(quickPreview(archive, "content/meetings/kmpcp-2024-10-10/new-paper.md", original, block)).toMatchObject({ ok: false });
    expect(quickPreview(archive, "content/people/mike-hill.md", text("content/people/mike-hill.md"), frontMatterBlock(text("content/people/mike-hill.md")))).toMatchObject({ ok: false });
  });
});
