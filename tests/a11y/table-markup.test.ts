/**
 * Tables in papers, as the renderer writes them from Markdown: a scrolling box named after the
 * heading the table sits under, header cells kept, no empty header cell (an empty top-left
 * corner makes the first column the rows' headers instead), and each data cell naming its column
 * for a narrow screen to show.
 */
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { Archive } from "../../src/model/archive.ts";
import { renderMarkdown } from "../../src/render/paper-html.ts";

const render = (markdown: string, title?: string) => cheerio.load(renderMarkdown(new Archive(), markdown, { minutes: false, title }));

describe("tables in a paper", () => {
  it("names each table's box after the heading above it, numbering a second under one heading", () => {
    const $ = render(["## Road safety:", "", "| A | B |", "|---|---|", "| 1 | 2 |", "", "| C | D |", "|---|---|", "| 3 | 4 |", "", "### Cadets", "", "| E |", "|---|", "| 5 |", ""].join("\n"));
    const names = $(".app-table-wrap").map((_, el) => $(el).attr("aria-label")).get();
    expect(names).toEqual(["Road safety", "Road safety, table 2", "Cadets"]);
    $(".app-table-wrap").each((_, el) => {
      expect($(el).attr("role")).toBe("region");
      expect($(el).attr("tabindex")).toBe("0");
    });
  });

  it("names a table before any heading by the paper's title and its number", () => {
    expect(render("| A |\n|---|\n| 1 |\n", "Annual report")(".app-table-wrap").attr("aria-label")).toBe("Annual report, table 1");
    expect(render("| A |\n|---|\n| 1 |\n")(".app-table-wrap").attr("aria-label")).toBe("Table 1");
  });

  it("keeps column headers, and makes the first column row headers under an empty corner", () => {
    const $ = render(["## Prosecutions", "", "|  | Speed | Seatbelt |", "|---|--:|--:|", "| 2022/23 | 22,004 | 1,172 |", "| 2023/24 | 26,627 | 1,436 |", ""].join("\n"));
    expect($("thead th").map((_, el) => `${$(el).attr("scope")}:${$(el).text()}`).get()).toEqual(["col:Speed", "col:Seatbelt"]);
    expect($("thead td").length).toBe(1);
    expect($("tbody th").map((_, el) => `${$(el).attr("scope")}:${$(el).text()}`).get()).toEqual(["row:2022/23", "row:2023/24"]);
    expect($("tbody td.govuk-table__cell--numeric").length).toBe(4);
  });

  it("writes an empty header cell elsewhere as a plain cell, and no row headers", () => {
    const $ = render("| Key principles |  |\n|---|---|\n| a | b |\n");
    expect($("thead th").map((_, el) => $(el).text()).get()).toEqual(["Key principles"]);
    expect($("thead td").length).toBe(1);
    expect($("tbody th").length).toBe(0);
  });

  it("names each data cell's column from the header row, as plain text, and a row header's none", () => {
    const $ = render(["|  | **Speed** | `Seat` belt | [Mobile](https://example.org) phone |  |", "|---|--:|---|---|---|", "| 2022/23 | 22,004 | 1,172 | 900 | x |", "| 2023/24 | 26,627 | 1,436 | 1,008 | y |", ""].join("\n"));
    const labels = $("tbody tr")
      .first()
      .children()
      .map((_, el) => `${(el as { tagName: string }).tagName}:${$(el).attr("data-label") ?? "-"}`)
      .get();
    expect(labels).toEqual(["th:-", "td:Speed", "td:Seat belt", "td:Mobile phone", "td:-"]);
    expect($("thead [data-label]").length).toBe(0);
    expect($("tbody td[data-label]").length).toBe(6);
  });

  it("names the columns of a table without row headers, the first one included", () => {
    const $ = render("| Division | Sessions |\n|---|---|\n| North | 3 |\n");
    expect($("tbody td").map((_, el) => $(el).attr("data-label")).get()).toEqual(["Division", "Sessions"]);
  });

  it("names no column of a table printed with no header row, and never borrows the next table's header", () => {
    const $ = render("::: no-header-row\n| Contents | 1 |\n|---|---|\n| Foreword | 2 |\n:::\n\n| Area | Grade |\n|---|---|\n| Victims | Good |\n");
    const [first, second] = $("table").toArray();
    expect($(first).find("[data-label]").length).toBe(0);
    expect($(first).find("thead").length).toBe(0);
    expect($(second).find("tbody td").map((_, el) => $(el).attr("data-label")).get()).toEqual(["Area", "Grade"]);
  });

  it("writes the same table the same way when it is rendered twice", () => {
    const source = "## T\n\n|  | X |\n|---|:-:|\n| a | b |\n\n| P | Q |\n|---|---|\n| c | d |\n";
    expect(renderMarkdown(new Archive(), source, { minutes: false })).toBe(renderMarkdown(new Archive(), source, { minutes: false }));
  });
});
