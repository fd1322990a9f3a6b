/**
 * The CSV registers' records end in CRLF, as RFC 4180 (2.1, 2.6) specifies: the header and every
 * row, the last included. A line break inside a cell (a resolution's text of several paragraphs)
 * is kept in the cell, which is quoted, so the row stays one record, read back whole by csv-parse.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { type Dataset, DATASETS } from "../../src/data-export/datasets.ts";
import { csvOf, openDataFiles } from "../../src/data-export/write-open-data.ts";
import { loadValidArchive } from "../support/load-content.ts";

const resolutions = DATASETS.find((d) => d.name === "resolutions") as Dataset;
const plain: Dataset = { ...resolutions, csv: [{ header: "id", value: (r) => r.id as string }, { header: "text", value: (r) => r.text as string }] };

/**
 * The line breaks of a CSV text outside its quoted cells, in order: what ends its records. A quote
 * inside a quoted cell is written twice, so counting quotes tells inside from outside.
 */
function recordEnds(csv: string): string[] {
  const ends: string[] = [];
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === "\r") {
      ends.push(csv[i + 1] === "\n" ? "\r\n" : "\r");
      if (csv[i + 1] === "\n") i++;
    } else if (!quoted && c === "\n") ends.push("\n");
  }
  return ends;
}

describe("CSV line endings", () => {
  it("end the header and every record, the last included, in CRLF", () => {
    const csv = csvOf(plain, [
      { id: "a", text: "One line." },
      { id: "b", text: "Another." },
    ]);
    expect(csv).toBe("\uFEFFid,text\r\na,One line.\r\nb,Another.\r\n");
    expect(recordEnds(csv)).toEqual(["\r\n", "\r\n", "\r\n"]);
  });

  it("keep a cell of several lines in one quoted cell, so the row is one record", () => {
    const texts = ["First paragraph.\nSecond paragraph.", "Ends with a break\n", "A lone\rreturn", "Windows\r\nbreak", 'A "quoted"\nword'];
    const csv = csvOf(plain, texts.map((text, i) => ({ id: `r${i}`, text })));
    expect(recordEnds(csv)).toEqual(Array(texts.length + 1).fill("\r\n"));
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.text)).toEqual(texts);
    expect(rows.map((r) => r.id)).toEqual(texts.map((_, i) => `r${i}`));
  });

  it("hold for every register of the shipped archive: a CRLF after each record and nowhere else outside a cell", () => {
    const archive = loadValidArchive();
    const files = openDataFiles(archive, "https://papers.example.gov.uk/").filter((f) => f.csv !== undefined);
    expect(files.length).toBeGreaterThanOrEqual(8);
    let multiLine = 0;
    for (const file of files) {
      const csv = file.csv ?? "";
      expect(recordEnds(csv), file.dataset.name).toEqual(Array(file.count + 1).fill("\r\n"));
      expect(csv.endsWith("\r\n"), file.dataset.name).toBe(true);
      const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
      expect(rows.length, file.dataset.name).toBe(file.count);
      multiLine += rows.filter((row) => Object.values(row).some((v) => v.includes("\n"))).length;
    }
    // Some cells are of several lines (resolutions, answers): they stayed within their rows.
    expect(multiLine).toBeGreaterThan(0);
  });
});
