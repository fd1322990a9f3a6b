/**
 * labelColumns (src/views/table-labels.ts): a table for govuk-frontend's `govukTable` with each
 * data cell naming its column, which a narrow screen shows above the cell's value.
 */
import { describe, expect, it } from "vitest";
import { labelColumns } from "../../src/views/table-labels.ts";

const table = {
  head: [{ text: "Municipal year" }, { text: "Present", format: "numeric" }, { text: " " }, { text: "Other" }],
  rows: [
    [{ text: "2024-25" }, { text: "1", format: "numeric" }, { text: "x" }, { text: "0", attributes: { id: "other-2024" } }],
    [{ text: "2023-24" }, { text: "2", format: "numeric" }],
  ],
};

describe("labelColumns", () => {
  it("gives each data cell its column's head text as data-label, keeping what the cell had", () => {
    const labelled = labelColumns(table);
    expect(labelled.head).toBe(table.head);
    expect(labelled.rows[0]).toEqual([
      { text: "2024-25", attributes: { "data-label": "Municipal year" } },
      { text: "1", format: "numeric", attributes: { "data-label": "Present" } },
      { text: "x" },
      { text: "0", attributes: { id: "other-2024", "data-label": "Other" } },
    ]);
    expect(labelled.rows[1]?.map((cell) => cell.attributes?.["data-label"])).toEqual(["Municipal year", "Present"]);
  });

  it("leaves each row's first cell alone when it is the row's header", () => {
    const labelled = labelColumns(table, true);
    expect(labelled.rows.map((row) => row[0])).toEqual([{ text: "2024-25" }, { text: "2023-24" }]);
    expect(labelled.rows[0]?.[1]?.attributes).toEqual({ "data-label": "Present" });
  });

  it("does not change the table it is given", () => {
    const before = JSON.stringify(table);
    labelColumns(table, true);
    expect(JSON.stringify(table)).toBe(before);
  });
});
