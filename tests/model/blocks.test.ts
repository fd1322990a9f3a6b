/**
 * Blocks left open (src/model/body.ts, unclosedBlocks): markdown-it-container ends a block at the
 * first `:::` after it, whichever block it was written for, so a resolution whose `:::` was
 * forgotten took in the next minute and its resolution, on the page and in resolutions.json. Such a
 * block is refused at its opening line, whether it runs into a heading, into another block or to
 * the end of the text; closed blocks, the shipped content among them, pass.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareBody } from "../../src/model/body.ts";
import { parseContentFile } from "../../src/model/front-matter.ts";
import { listMarkdownFiles } from "../../src/model/read-content.ts";
import { PROJECT_ROOT } from "../support/paths.ts";

const minutesProblems = (text: string) => prepareBody(text, { minutes: true }).problems.map((p) => [p.line, p.message]);
const NOT_CLOSED = /block opened here is not closed/;

describe("a block with no closing :::", () => {
  it("is refused at its opening line when it runs into the next minute's heading, and the next minute's block is not blamed", () => {
    const text = [
      "## OSC/25/11 Leisure contract {item=5}",
      "",
      "::: resolved {does=note}",
      "That the report be noted.",
      "",
      "## OSC/25/12 Damp and Mould Action Plan {item=5(b)}",
      "",
      "::: resolved {does=request follow_up=2026-02}",
      "That the Cabinet report back.",
      ":::",
      "",
    ].join("\n");
    expect(minutesProblems(text)).toEqual([
      [2, '::: resolved block opened here is not closed before the heading "## OSC/25/12 Damp and Mould Action Plan {item=5(b)}": add a line ::: alone after the last line of its text, above that heading'],
    ]);
  });

  it("is refused when it runs into a level-3 heading, in minutes and in a paper", () => {
    expect(minutesProblems("## 1. Report {item=A1}\n\n::: resolved {does=note}\nThat it be noted.\n\n### Slide 7\n\nMore.\n")).toEqual([
      [2, '::: resolved block opened here is not closed before the heading "### Slide 7": add a line ::: alone after the last line of its text, above that heading'],
    ]);
    const paper = prepareBody("## Timetable\n\n::: no-header-row\n| a | b |\n|---|---|\n\n## Next section\n\nText.\n", { minutes: false });
    expect(paper.problems.filter((p) => NOT_CLOSED.test(p.message)).map((p) => [p.line, p.message])).toEqual([
      [2, '::: no-header-row block opened here is not closed before the heading "## Next section": add a line ::: alone after the last line of its table, above that heading'],
    ]);
  });

  it("is refused when the next block of the same minute opens inside it", () => {
    expect(minutesProblems("## 1. Report {item=A1}\n\n::: resolved {does=note}\nThat it be noted.\n\n::: resolved {does=agree}\nThat it be agreed.\n:::\n")).toEqual([
      [2, '::: resolved block opened here is not closed before the block "::: resolved {does=agree}" opens: add a line ::: alone after the last line of its text, above that block'],
    ]);
  });

  it("is refused when it runs to the end of the text", () => {
    expect(minutesProblems("## 1. Report {item=A1}\n\n::: resolved {does=note}\nThat it be noted.\n\n")).toEqual([
      [2, "::: resolved block opened here is not closed before the end of the text: add a line ::: alone after the last line of its text"],
    ]);
  });

  it("is refused inside a block with a longer fence, which its ::: would otherwise close", () => {
    const text = "## 1. Report {item=A1}\n\n:::: resolved {does=note}\nThat it be noted:\n\n::: no-header-row\n| a | b |\n|---|---|\n::::\n";
    expect(minutesProblems(text)).toEqual([
      [5, "::: no-header-row block opened here is not closed before the end of the :::: resolved block it is in: add a line ::: alone after the last line of its table, above the line that ends that block"],
    ]);
  });
});

describe("closed blocks", () => {
  it("give no problem: one after another, in consecutive minutes, with a level-4 heading inside, or a table in a longer-fenced block", () => {
    const text = [
      "## 1. Report {item=A1}",
      "",
      "::: resolved {does=note}",
      "That the report be noted.",
      ":::",
      "",
      "::: question {asker=ann-able}",
      "#### Question 1",
      "What is planned?",
      ":::",
      "",
      "::: answer",
      "A plan.",
      ":::",
      "",
      "## 2. Another {item=A2}",
      "",
      ":::: resolved {does=note}",
      "That these figures be noted:",
      "",
      "::: no-header-row",
      "| 2023 | 2024 |",
      "|---|---|",
      "| 1 | 2 |",
      ":::",
      "::::",
      "",
    ].join("\n");
    const body = prepareBody(text, { minutes: true });
    expect(body.problems).toEqual([]);
    expect(body.minutes.map((m) => m.blocks.map((b) => b.name))).toEqual([["resolved", "question", "answer"], ["resolved"]]);
  });

  it("in the shipped content give no problem", () => {
    const files = listMarkdownFiles(join(PROJECT_ROOT, "content"));
    expect(files.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of files) {
      const parsed = parseContentFile(file, readFileSync(file, "utf8"));
      if (!parsed.ok) continue;
      const minutes = parsed.file.data.type === "minutes" || parsed.file.data.type === "notes";
      for (const p of prepareBody(parsed.file.body, { minutes, files: true }).problems) if (NOT_CLOSED.test(p.message)) found.push(`${file}: ${p.message}`);
    }
    expect(found).toEqual([]);
  });
});

describe("a link to a path", () => {
  it("is refused with an example that names no body's archive", () => {
    const [problem] = prepareBody("See [the appendix](appendix-a.md).\n", { minutes: false }).problems;
    expect(problem?.message).toBe('link to "appendix-a.md" is not allowed: write an address starting https://, or refer to the archive with @identifier (e.g. @anyshire-panel-2025-01-15)');
  });
});
