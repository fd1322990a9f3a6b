/**
 * Tables printed with no header row (src/model/tables-without-header.ts, read by body.ts): in a
 * `::: no-header-row` block the first row written is an ordinary row, so the tokens the loader
 * reads and the page writes have no thead and no header cells; a table outside the block keeps its
 * header; and the block is refused when it is anything but a closed block holding a table.
 */
import type { Token } from "markdown-it";
import { describe, expect, it } from "vitest";
import { prepareBody } from "../../src/model/body.ts";

const tokensOf = (text: string) => prepareBody(text, { minutes: false }).tokens;
const problemsOf = (text: string) => prepareBody(text, { minutes: false }).problems;
/** The table's structure as tag names, rows in brackets: `tbody [td td] [td td]`. */
function shape(tokens: Token[]): string[] {
  const tables: string[] = [];
  let current: string[] = [];
  for (const t of tokens) {
    if (t.type === "table_open") current = [];
    else if (t.type === "table_close") tables.push(current.join(" ").replace(/\[ /g, "["));
    else if (t.type === "thead_open" || t.type === "tbody_open") current.push(t.tag);
    else if (t.type === "tr_open") current.push("[");
    else if (t.type === "tr_close") current[current.length - 1] += "]";
    else if (t.type === "th_open" || t.type === "td_open") current.push(t.tag);
  }
  return tables;
}

const TIMETABLE = ["::: no-header-row", "| Shortlist meeting | 9th July |", "|---|--:|", "| Final panel interview | 22 nd July |", ":::", ""].join("\n");

describe("a table in a ::: no-header-row block", () => {
  it("has its first written row as an ordinary row: no thead, no header cells", () => {
    const tokens = tokensOf(TIMETABLE);
    expect(shape(tokens)).toEqual(["tbody [td td] [td td]"]);
    const cells = tokens.filter((t) => t.type === "inline" && tokens[tokens.indexOf(t) - 1]?.type === "td_open").map((t) => t.content);
    expect(cells).toEqual(["Shortlist meeting", "9th July", "Final panel interview", "22 nd July"]);
    // The column's alignment stays with its cells.
    expect(tokens.filter((t) => t.type === "td_open").map((t) => t.attrGet("style"))).toEqual([null, "text-align:right", null, "text-align:right"]);
    expect(problemsOf(TIMETABLE)).toEqual([]);
  });

  it("keeps a one-row table, and leaves the header of a table outside the block", () => {
    const text = ["::: no-header-row", "| 2019/20 | 2020/21 |", "|---|---|", ":::", "", "| Year | Count |", "|---|---|", "| 2024 | 3 |", ""].join("\n");
    expect(shape(tokensOf(text))).toEqual(["tbody [td td]", "thead [th th] tbody [td td]"]);
  });

  it("works inside a minute, where it is no minute block", () => {
    const text = ["## 1. Item", "", TIMETABLE].join("\n");
    const body = prepareBody(text, { minutes: true });
    expect(body.problems).toEqual([]);
    expect(body.minutes[0]?.blocks).toEqual([]);
    expect(shape(body.tokens)).toEqual(["tbody [td td] [td td]"]);
  });

  it("refuses the block with attributes, with no table, with text beside its table, or left open", () => {
    expect(problemsOf("::: no-header-row {#t}\n| a |\n|---|\n:::\n").map((p) => p.message)).toEqual(["::: no-header-row takes no attributes: write the line ::: no-header-row alone, then the table"]);
    const holds = (what: string) => `::: no-header-row holds ${what}: put only the table inside it, written with its first printed row where Markdown puts the header row (| a | b |, then |---|---|, then the other rows)`;
    expect(problemsOf("::: no-header-row\nJust words.\n:::\n").map((p) => p.message)).toEqual([holds("no table")]);
    expect(problemsOf("::: no-header-row\n| a |\n|---|\n\nA note.\n:::\n").map((p) => p.message)).toEqual([holds("text that is not a table")]);
    expect(problemsOf("Before.\n\n::: no-header-row\n| a |\n|---|\n").map((p) => [p.line, p.message])).toEqual([[2, "::: no-header-row block opened here is not closed before the end of the text: add a line ::: alone after the last line of its table"]]);
  });

  it("names the block among those the loader knows when one is misspelt", () => {
    expect(problemsOf("::: no-header\n| a |\n|---|\n:::\n").map((p) => p.message)).toEqual(["unknown block ::: no-header: the blocks are ::: resolved, ::: question, ::: answer, ::: declaration, ::: afi, ::: no-header-row"]);
  });
});
