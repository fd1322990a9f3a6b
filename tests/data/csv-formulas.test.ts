/**
 * CSV injection: a register's text comes from content, and a spreadsheet runs a cell that starts
 * with =, +, - or @ as a formula (=HYPERLINK(…) can send whoever opens the file anywhere). The
 * CSV writer must give every such cell a leading ' so it stays text, and leave the rest alone.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { type Dataset, DATASETS } from "../../src/data-export/datasets.ts";
import type { JsonRecord } from "../../src/data-export/records.ts";
import { csvOf } from "../../src/data-export/write-open-data.ts";

const resolutions = DATASETS.find((d) => d.name === "resolutions") as Dataset;
/** A register with one column of text taken as it is (the resolutions' text is Markdown, rendered to plain text first). */
const plain: Dataset = { ...resolutions, csv: [{ header: "text", value: (r) => r.text as string }] };

/** The CSV of one record per text, read back as csv-parse (and a spreadsheet) reads it. */
function textColumn(texts: readonly string[], dataset = plain): string[] {
  const items: JsonRecord[] = texts.map((text, i) => ({ id: `panel-2024-01-10#m1-r${i + 1}`, url: "http://localhost:8080/", meeting: "panel-2024-01-10", text }));
  const rows = parse(csvOf(dataset, items), { bom: true, columns: true }) as Record<string, string>[];
  return rows.map((row) => row.text ?? "");
}

describe("CSV registers escape formulas", () => {
  it("gives a leading ' to cells starting with =, +, -, @, tab, CR or their full-width forms", () => {
    const dangerous = ['=HYPERLINK("https://evil.example/","Click")', "+44 1622 694000", "-1+2", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF201"];
    expect(textColumn(dangerous)).toEqual(dangerous.map((text) => `'${text}`));
  });

  it("leaves ordinary text, and text with = or @ further in, as written", () => {
    const safe = ["RESOLVED that the report be noted.", "a = b", "clerk@example.gov.uk", "'quoted'", "Line one\nline two", ""];
    expect(textColumn(safe)).toEqual(safe);
  });

  it("leaves numbers alone, negative ones included", () => {
    const dataset: Dataset = { ...resolutions, csv: [{ header: "n", value: (r) => r.n as number }] };
    const csv = csvOf(dataset, [{ n: -5 }, { n: 3 }]);
    // After the byte-order mark every register starts with.
    expect(csv).toBe("\uFEFFn\r\n-5\r\n3\r\n");
  });

  it("escapes Markdown text after rendering it, so marks cannot hide a formula", () => {
    const hidden = ["**=1+1**", '[=HYPERLINK("https://evil.example/")](https://evil.example/)', "`@SUM(A1)`", "\\=1+1"];
    expect(textColumn(hidden, resolutions)).toEqual(["'=1+1", `'=HYPERLINK("https://evil.example/")`, "'@SUM(A1)", "'=1+1"]);
    expect(textColumn(["RESOLVED that the report be **noted**."], resolutions)).toEqual(["RESOLVED that the report be noted."]);
  });
});
