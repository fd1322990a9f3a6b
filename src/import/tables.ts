/**
 * Tables: tab-separated rows (and rows with HTML in their cells) become Markdown pipe tables with a
 * header row. Rows whose cells hold paragraphs or lists (`<p>`, `<ul>`, `<ol>`) were page layout,
 * not data; they become a bold label and its text.
 */
import { cleanInline } from "./inline.ts";
import { isBlank, type SourceLine } from "./lines.ts";
import type { ReportLog } from "./report.ts";

export interface TabTable {
  /** Line number of the first row. */
  line: number;
  rows: { no: number; cells: string[] }[];
}

const SEPARATOR_ROW = /^[\s|:-]*-{3,}[\s|:-]*$/;
const BLOCK_HTML = /<\/?(?:p|ul|ol|li)\b[^>]*>/i;

function isTabRow(text: string): boolean {
  return text.includes("\t");
}

/** Finds runs of tab-separated rows; a single blank line inside a run does not end it. */
export function findTabTables(lines: readonly SourceLine[]): { start: number; end: number; table: TabTable }[] {
  const found: { start: number; end: number; table: TabTable }[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isTabRow((lines[i] as SourceLine).text)) {
      i++;
      continue;
    }
    const start = i;
    let end = i;
    let j = i + 1;
    while (j < lines.length) {
      const l = lines[j] as SourceLine;
      if (isTabRow(l.text)) {
        end = j;
        j++;
      } else if (isBlank(l) && lines[j + 1] !== undefined && isTabRow((lines[j + 1] as SourceLine).text) && /^\t/.test((lines[j + 1] as SourceLine).text)) {
        // A row whose first cell is empty continues the table after a blank line (000:620-621).
        j++;
      } else {
        break;
      }
    }
    const rows = lines
      .slice(start, end + 1)
      .filter((l) => !isBlank(l))
      .map((l) => ({ no: l.no, cells: l.text.split("\t").map((c) => c.trim()) }));
    found.push({ start, end, table: { line: (lines[start] as SourceLine).no, rows } });
    i = end + 1;
  }
  return found;
}

function isNumeric(cell: string): boolean {
  return /^[-+]?£?-?[\d,.]+%?$/.test(cell.replace(/\*+/g, "").trim()) && /\d/.test(cell);
}

function isBold(cell: string): boolean {
  const t = cell.trim();
  return /^<b>[\s\S]*<\/b>$/i.test(t) || /^\*\*[^*]+\*\*$/.test(t);
}

/**
 * Whether the first row is a header: all bold; or an empty first cell over labelled columns; or
 * words over numbers; or three or more short cells. Otherwise the table had none in print.
 */
export function firstRowIsHeader(rows: readonly { cells: string[] }[]): boolean {
  const first = rows[0]?.cells ?? [];
  const rest = rows.slice(1);
  const filled = first.filter((c) => c !== "");
  if (filled.length > 0 && filled.every(isBold)) return true;
  if (first[0] === "" && filled.length >= 2) return true;
  if (!first.some(isNumeric) && rest.some((r) => r.cells.some(isNumeric))) return true;
  return first.length >= 3 && filled.length >= 2 && filled.every((c) => c.length <= 30);
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
}

function cellText(cell: string): string {
  return escapeCell(cleanInline(cell).text);
}

/** A pipe table, padded to its widest row. */
function pipeTable(rows: readonly { cells: string[] }[], header: boolean): string[] {
  const width = Math.max(...rows.map((r) => r.cells.length));
  const pad = (cells: string[]) => [...cells, ...Array<string>(width - cells.length).fill("")];
  const line = (cells: string[]) => `| ${pad(cells).join(" | ")} |`;
  const body = header ? rows.slice(1) : rows;
  const head = header ? pad(rows[0]?.cells ?? []) : Array<string>(width).fill("");
  return [line(head), `| ${Array<string>(width).fill("---").join(" | ")} |`, ...body.map((r) => line(r.cells))];
}

/** A cell holding paragraphs and lists, as Markdown lines. */
export function blockCellLines(cell: string): string[] {
  const out: string[] = [];
  const parts = cell
    .replace(/<\/p>/gi, "\n\n")
    .replace(/<p\b[^>]*>/gi, "\n\n")
    .replace(/<(ul|ol)\b[^>]*>/gi, (_a, tag: string) => `\n\n<${tag.toLowerCase()}>`)
    .replace(/<\/(ul|ol|li)>|<li\b[^>]*>/gi, "\n\n")
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  for (const part of parts) {
    if (part.startsWith("<ol>")) {
      for (const item of part.slice(4).split(/\s(?=\d{1,2}\.\s)/).map((s) => s.trim()).filter(Boolean)) {
        out.push(/^\d{1,2}\.\s/.test(item) ? item : `- ${item}`);
      }
      out.push("");
    } else if (part.startsWith("<ul>") || part.includes("•")) {
      const [lead = "", ...items] = part.replace(/^<ul>/, "").split("•").map((s) => s.trim());
      if (lead !== "") out.push(lead, "");
      for (const item of items.filter(Boolean)) out.push(`- ${item}`);
      out.push("");
    } else {
      out.push(part, "");
    }
  }
  return out.map((l) => (l === "" ? l : cleanInline(l).text));
}

/** Converts every tab-separated table in `lines` to Markdown, reporting each. */
export function convertTables(lines: readonly SourceLine[], log: ReportLog): SourceLine[] {
  const tables = findTabTables(lines);
  if (tables.length === 0) return [...lines];
  const out: SourceLine[] = [];
  let cursor = 0;
  for (const { start, end, table } of tables) {
    out.push(...lines.slice(cursor, start));
    cursor = end + 1;
    const rows = table.rows.filter((r) => {
      const stray = r.cells.every((c) => c === "" || SEPARATOR_ROW.test(c));
      if (stray) log.repair(r.no, "table", "stray table separator row dropped");
      return !stray;
    });
    // A row whose first cell is empty after a layout row continues that row (000:621).
    const merged: { no: number; cells: string[] }[] = [];
    for (const r of rows) {
      const prev = merged[merged.length - 1];
      if (prev && r.cells[0] === "" && r.cells.some((c) => BLOCK_HTML.test(c)) && prev.cells.some((c) => BLOCK_HTML.test(c))) {
        prev.cells = prev.cells.map((c, i) => (i === prev.cells.length - 1 ? `${c} ${r.cells.slice(1).join(" ")}` : c));
        continue;
      }
      merged.push({ no: r.no, cells: [...r.cells] });
    }
    let run: { no: number; cells: string[] }[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const header = firstRowIsHeader(run);
      if (!header) log.repair(run[0]?.no ?? table.line, "table", "no header row in print: an empty header row was added");
      const cleaned = run.map((r) => ({ cells: r.cells.map(cellText) }));
      out.push({ no: run[0]?.no ?? table.line, text: "" });
      for (const text of pipeTable(cleaned, header)) out.push({ no: run[0]?.no ?? table.line, text });
      out.push({ no: run[0]?.no ?? table.line, text: "" });
      log.repair(run[0]?.no ?? table.line, "table", `${run.length} tab-separated rows written as a Markdown table`);
      run = [];
    };
    for (const r of merged) {
      if (!r.cells.some((c) => BLOCK_HTML.test(c))) {
        run.push(r);
        continue;
      }
      flush();
      log.repair(r.no, "table", "layout row holding paragraphs and lists written as a bold label and its text");
      out.push({ no: r.no, text: "" });
      const [label = "", ...rest] = r.cells;
      const labelText = cleanInline(label.replace(/<\/?p\b[^>]*>/gi, "")).text.trim();
      const lead = blockCellLines(rest.join(" "));
      // "Complemented by: <ul> • …" (000:1059): the label is the first cell's own text.
      const own = BLOCK_HTML.test(label) && labelText.includes("•") ? blockCellLines(label) : undefined;
      if (own) {
        for (const text of own) out.push({ no: r.no, text });
      } else if (labelText !== "") {
        out.push({ no: r.no, text: `**${labelText}**` }, { no: r.no, text: "" });
      }
      for (const text of lead) out.push({ no: r.no, text });
    }
    flush();
  }
  out.push(...lines.slice(cursor));
  return out;
}
