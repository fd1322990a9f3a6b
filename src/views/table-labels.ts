/**
 * A table for govuk-frontend's `govukTable` with each data cell naming its column: the head cell's
 * text as the cell's `data-label` attribute, which the stylesheet shows above the value when a
 * narrow screen stacks the rows (src/styles/_tables.scss). Every table a template writes by hand
 * carries the same attribute.
 */

interface HeadCell {
  text?: string;
}

interface BodyCell {
  attributes?: Record<string, string>;
}

/**
 * `table` with a `data-label` on each data cell whose column's head cell has text. With
 * `firstCellIsHeader` (as given to `govukTable`), each row's first cell is its header and is left
 * as it is: it names the row, not a column.
 */
export function labelColumns<Cell extends BodyCell, Table extends { head: HeadCell[]; rows: Cell[][] }>(table: Table, firstCellIsHeader = false): Omit<Table, "rows"> & { rows: (Cell & BodyCell)[][] } {
  const rows = table.rows.map((row) =>
    row.map((cell, column) => {
      const name = table.head[column]?.text?.trim();
      if (!name || (firstCellIsHeader && column === 0)) return cell;
      return { ...cell, attributes: { ...cell.attributes, "data-label": name } };
    }),
  );
  return { ...table, rows };
}
