/**
 * The action table that closes a board's notes (000:2249-2253: Action / Status / Owner / Due
 * date). Its rows become front-matter actions; the table leaves the text.
 */
import { findDate } from "./dates.ts";
import type { SourceLine } from "./lines.ts";
import type { ReportLog } from "./report.ts";
import { findTabTables } from "./tables.ts";

export interface ActionParse {
  line: number;
  text: string;
  status: "open" | "discharged";
  owner?: string;
  due?: string;
  minute?: string;
}

/** Finds the table whose header names Status and Owner; returns its actions and its line indexes. */
export function readActionTable(lines: readonly SourceLine[], log: ReportLog): { actions: ActionParse[]; lines: Set<number> } {
  const used = new Set<number>();
  const actions: ActionParse[] = [];
  for (const { start, end, table } of findTabTables(lines)) {
    const header = (table.rows[0]?.cells ?? []).map((c) => c.toLowerCase());
    const status = header.indexOf("status");
    const owner = header.indexOf("owner");
    if (status < 0 || owner < 0) continue;
    const due = header.findIndex((c) => c.startsWith("due"));
    const text = header.findIndex((_c, i) => i !== status && i !== owner && i !== due);
    for (let i = start; i <= end; i++) used.add(i);
    for (const row of table.rows.slice(1)) {
      const cell = (i: number) => (i >= 0 ? (row.cells[i] ?? "").trim() : "");
      const printedStatus = cell(status).toLowerCase();
      const action: ActionParse = { line: row.no, text: cell(text), status: printedStatus === "discharged" ? "discharged" : "open" };
      if (printedStatus !== "open" && printedStatus !== "discharged") log.unplaced(row.no, cell(status), `action status "${cell(status)}" is neither Open nor Discharged; written as open`);
      if (cell(owner) !== "") action.owner = cell(owner);
      const dueDate = findDate(cell(due));
      if (dueDate) action.due = dueDate;
      else if (cell(due) !== "") log.unplaced(row.no, cell(due), "action due date could not be read");
      if (action.text === "") log.unplaced(row.no, row.cells.join(" | "), "action row has no text");
      else actions.push(action);
    }
    log.repair(table.line, "action table", `${table.rows.length - 1} actions moved from the table into the front matter (actions:)`);
  }
  return { actions, lines: used };
}
