/**
 * Lists: glyph bullets (• ● ○ o ➢) become Markdown list items, and list nesting broken by the
 * conversion is repaired.
 */
import { isBlank, type SourceLine } from "./lines.ts";
import type { ReportLog } from "./report.ts";

/** Top-level glyphs, and the glyphs the papers use for a second level. */
const GLYPH_TOP = /^\s*[•●➢▪■]\s*/;
const GLYPH_SUB = /^\s*(?:[○◦]\s*|o\s+(?=\S))/;
const BULLET = /^(\s*)[-*+]\s+/;
const NUMBERED = /^(\s*)(\d{1,3}[.)])\s+/;

/** `### • Funding` → `### Funding`: a glyph inside a heading is not a list. */
function headingGlyph(text: string): string | undefined {
  const m = /^(#{1,6}\s+)(?:\*\*)?[•●➢▪]\s*/.exec(text);
  if (!m) return undefined;
  const bold = text.slice((m[1] ?? "").length).startsWith("**");
  return `${m[1]}${bold ? "**" : ""}${text.slice(m[0].length)}`;
}

/** Glyph bullets → `- ` items; second-level glyphs are indented under the item before them. */
export function convertGlyphBullets(lines: readonly SourceLine[], log: ReportLog): SourceLine[] {
  let converted = 0;
  let firstLine = 0;
  const out = lines.map((line) => {
    const heading = headingGlyph(line.text);
    if (heading !== undefined) {
      log.repair(line.no, "glyph bullet", "bullet glyph removed from a heading");
      return { no: line.no, text: heading };
    }
    let text: string | undefined;
    if (GLYPH_TOP.test(line.text)) text = `- ${line.text.replace(GLYPH_TOP, "")}`;
    else if (GLYPH_SUB.test(line.text)) text = `  - ${line.text.replace(GLYPH_SUB, "")}`;
    if (text === undefined) return line;
    if (converted === 0) firstLine = line.no;
    converted++;
    return { no: line.no, text };
  });
  if (converted > 0) log.repair(firstLine, "glyph bullets", `${converted} glyph bullets (• ● ○ o ➢) written as Markdown list items`);
  return out;
}

interface Item {
  indent: number;
  /** Column where the item's text starts: where a nested item must be indented to. */
  contentOffset: number;
  numbered: boolean;
  text: string;
}

function readItem(text: string): Item | undefined {
  const bullet = BULLET.exec(text);
  if (bullet) return { indent: (bullet[1] ?? "").length, contentOffset: bullet[0].length, numbered: false, text: text.slice(bullet[0].length) };
  const numbered = NUMBERED.exec(text);
  if (numbered) return { indent: (numbered[1] ?? "").length, contentOffset: numbered[0].length, numbered: true, text: text.slice(numbered[0].length) };
  return undefined;
}

function introducesList(text: string): boolean {
  return /:\s*(?:\*\*)?\s*$/.test(text);
}

function reindent(text: string, indent: number): string {
  return `${" ".repeat(indent)}${text.trimStart()}`;
}

/**
 * Repairs nesting inside each run of lines without a blank line:
 * - items indented 1-3 spaces under a top-level bullet that does not introduce a list were its
 *   siblings ("- Matthew Scott" then " - Adrian Harper", 000:2086): they move to column 0;
 * - items indented under a numbered paragraph, or under an item ending with ":", are its
 *   children: they are indented to where its text starts, so Markdown nests them;
 * - bullets at column 0 straight after a numbered paragraph ending with ":" are its children too.
 */
export function repairNesting(lines: readonly SourceLine[], log: ReportLog): SourceLine[] {
  const out = [...lines];
  let parent: Item | undefined;
  let nestUnder: Item | undefined;
  let flattened = 0;
  let nested = 0;
  for (let i = 0; i < out.length; i++) {
    const line = out[i] as SourceLine;
    if (isBlank(line)) continue;
    const item = readItem(line.text);
    const continuesBlock = i > 0 && !isBlank(out[i - 1]);
    if (!item) {
      if (!/^\s/.test(line.text)) {
        parent = undefined;
        nestUnder = undefined;
      }
      continue;
    }
    if (item.indent === 0) {
      if (nestUnder && continuesBlock && !item.numbered) {
        out[i] = { no: line.no, text: reindent(line.text, nestUnder.contentOffset) };
        nested++;
        continue;
      }
      parent = item;
      nestUnder = item.numbered && introducesList(item.text) ? item : undefined;
      continue;
    }
    if (item.indent > 3 || !parent) continue;
    if (!parent.numbered && !introducesList(parent.text)) {
      out[i] = { no: line.no, text: reindent(line.text, 0) };
      flattened++;
      if (nestUnder && continuesBlock) {
        out[i] = { no: line.no, text: reindent(line.text, nestUnder.contentOffset) };
      }
      continue;
    }
    if (item.indent !== parent.contentOffset) {
      out[i] = { no: line.no, text: reindent(line.text, parent.contentOffset) };
      nested++;
    }
  }
  const first = lines[0]?.no ?? 1;
  if (flattened > 0) log.repair(first, "list nesting", `${flattened} list items that were siblings of the item above them moved back to its level`);
  if (nested > 0) log.repair(first, "list nesting", `${nested} sub-items indented under the paragraph or item that introduces them`);
  return out;
}
