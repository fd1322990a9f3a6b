/**
 * The mechanical clean-up of a passage of text into Markdown (seed-inventory.md section 4):
 * tables, inline HTML and links, glyph bullets, list nesting, headings, blank lines. Paragraph
 * rejoining and unwrapping happen earlier, on whole documents, because they cross the places where
 * the structure is later cut.
 */
import { normaliseHeadings, promotePlainHeadings } from "./headings.ts";
import { cleanInline } from "./inline.ts";
import { isBlank, type SourceLine } from "./lines.ts";
import { convertGlyphBullets, repairNesting } from "./lists.ts";
import type { ReportLog } from "./report.ts";
import { convertTables } from "./tables.ts";

export interface CleanupOptions {
  /** The level the passage's own headings start at: 2 in a paper, 3 inside a minute. */
  headingTop: number;
  /** Turn clear plain-text section titles ("Background:") into headings. */
  promoteHeadings: boolean;
}

/** `- |  |  |` (001:407): a list marker stuck before a pipe table's first row. */
function repairPipeTables(lines: readonly SourceLine[], log: ReportLog): SourceLine[] {
  return lines.map((line, i) => {
    const next = lines[i + 1];
    const stuck = /^\s*[-*]\s+(\|.*\|)\s*$/.exec(line.text);
    if (!stuck || !next || !/^\s*\|[\s:|-]+\|\s*$/.test(next.text)) return line;
    log.repair(line.no, "table", 'stray "- " before a table removed');
    return { no: line.no, text: stuck[1] ?? "" };
  });
}

const oddBold = (line: SourceLine | undefined) => line !== undefined && ((line.text.match(/\*\*/g) ?? []).length % 2 === 1);

function inlineAll(lines: readonly SourceLine[], log: ReportLog): SourceLine[] {
  return lines.map((line, i) => {
    if (line.text.startsWith("|")) return line;
    // Bold that runs over a line break (000:340-341 "**INVESTORS" / "IN PEOPLE | GOLD**") is not orphaned.
    const paired = oddBold(line) && (oddBold(lines[i - 1]) || oddBold(lines[i + 1]));
    const r = cleanInline(line.text, paired);
    for (const c of r.changes) log.repair(line.no, c.kind, c.detail);
    return r.changes.length > 0 ? { no: line.no, text: r.text } : line;
  });
}

/** At most one blank line in a row, none at either end; a blank line before tables and headings. */
export function tidyBlankLines(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (isBlank(line)) {
      if (last && !isBlank(last)) out.push({ no: line.no, text: "" });
      continue;
    }
    // A rule straight under text would underline it as a heading (setext); a blank line keeps it a rule.
    const opensBlock = /^(?:#{1,6}\s|\||:::|\s{0,3}(?:-{3,}|={3,})\s*$)/.test(line.text);
    const lastIsTable = last?.text.startsWith("|") ?? false;
    if (last && !isBlank(last) && opensBlock && !(line.text.startsWith("|") && lastIsTable)) out.push({ no: line.no, text: "" });
    if (last && !isBlank(last) && lastIsTable && !line.text.startsWith("|")) out.push({ no: line.no, text: "" });
    out.push(line);
  }
  while (out.length > 0 && isBlank(out[out.length - 1])) out.pop();
  return out;
}

/** Cleans a passage into Markdown lines. */
export function cleanLines(lines: readonly SourceLine[], options: CleanupOptions, log: ReportLog): SourceLine[] {
  let out = convertTables(lines, log);
  out = inlineAll(out, log);
  // Nesting is repaired before glyphs become items: a second-level glyph ("o", "○") is nested on purpose.
  out = repairNesting(out, log);
  out = convertGlyphBullets(out, log);
  out = repairPipeTables(out, log);
  out = normaliseHeadings(out, options.headingTop, log);
  if (options.promoteHeadings) out = promotePlainHeadings(out, options.headingTop, log);
  return tidyBlankLines(out);
}

export function toMarkdown(lines: readonly SourceLine[]): string {
  return lines.map((l) => l.text).join("\n");
}

/** Cleans a passage and returns its Markdown. */
export function cleanMarkdown(lines: readonly SourceLine[], options: CleanupOptions, log: ReportLog): string {
  return toMarkdown(cleanLines(lines, options, log));
}
