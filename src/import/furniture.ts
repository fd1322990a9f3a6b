/**
 * Page furniture: what the printed pack carried on its pages rather than in its papers. Each such
 * line is dropped (left as a blank line, so paragraphs either side stay apart) and recorded in the
 * report with its line number, so the officer can see exactly what went.
 */
import { isBlank, type SourceLine } from "./lines.ts";
import type { FurnitureKind, ReportLog } from "./report.ts";

export interface FurnitureOptions {
  /** Running headers printed at the top of pages, e.g. "KENT COUNTY COUNCIL". */
  runningHeaders: readonly string[];
}

export const DEFAULT_RUNNING_HEADERS = ["KENT COUNTY COUNCIL"];

const BLANK_PAGE = /^\**\s*This page is intentionally left blank\s*\**$/i;
const PAGE_NUMBER = /^Page\s+\d{1,4}$/;
const MAILTO_FOOTER = /^mailto:\S+$/i;
const CONTACT_FOOTER = /^Office telephone:.*\bEmail:/i;
const LETTERHEAD_PHONE = /^Office telephone:/i;
/** A UK postcode at the end of a line: the last line of an address. */
const POSTCODE_END = /\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}$/;

function lineKind(text: string, headers: readonly string[]): FurnitureKind | undefined {
  const t = text.trim();
  if (BLANK_PAGE.test(t)) return "blank-page";
  if (PAGE_NUMBER.test(t)) return "page-number";
  if (MAILTO_FOOTER.test(t) || CONTACT_FOOTER.test(t)) return "footer";
  const bare = t.replace(/\*+/g, "").trim();
  if (headers.some((h) => h.toUpperCase() === bare)) return "running-header";
  return undefined;
}

/** A letterhead line is short and is not a sentence. */
function isLetterheadLine(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 60 && !/[.;:,]$/.test(t.replace(/\.(uk|com|org|gov)$/i, ""));
}

/**
 * Letterheads: a block of short lines holding an "Office telephone:" line and ending in a postcode
 * (the OPCC cover sheet at 000:2061-2075). The block runs across single blank lines and stops at
 * two blank lines in a row, at a sentence, or at other furniture.
 */
function findLetterheads(lines: readonly SourceLine[], marked: ReadonlySet<number>): Set<number> {
  const found = new Set<number>();
  lines.forEach((line, index) => {
    const text = line.text.trim();
    if (!LETTERHEAD_PHONE.test(text) || CONTACT_FOOTER.test(text)) return;
    const walk = (step: 1 | -1): number => {
      let edge = index;
      let blanks = 0;
      for (let i = index + step; i >= 0 && i < lines.length; i += step) {
        const l = lines[i] as SourceLine;
        if (marked.has(i)) break;
        if (isBlank(l)) {
          blanks++;
          if (blanks >= 2) break;
          continue;
        }
        if (!isLetterheadLine(l.text)) break;
        blanks = 0;
        edge = i;
      }
      return edge;
    };
    const first = walk(-1);
    const last = walk(1);
    const block = lines.slice(first, last + 1);
    if (!block.some((l) => POSTCODE_END.test(l.text.trim()))) return;
    for (let i = first; i <= last; i++) if (!isBlank(lines[i])) found.add(i);
  });
  return found;
}

/** Address lines of a page footer: a postcode line just after a mailto: footer (003:153-158). */
function footerAddresses(lines: readonly SourceLine[], marked: ReadonlySet<number>): Set<number> {
  const found = new Set<number>();
  lines.forEach((line, index) => {
    if (!MAILTO_FOOTER.test(line.text.trim())) return;
    let seen = 0;
    for (let i = index + 1; i < lines.length && seen < 3; i++) {
      const l = lines[i] as SourceLine;
      if (isBlank(l) || marked.has(i)) continue;
      seen++;
      if (POSTCODE_END.test(l.text.trim())) found.add(i);
    }
  });
  return found;
}

/** Drops page furniture, recording each line in the report. */
export function dropFurniture(lines: readonly SourceLine[], options: FurnitureOptions, log: ReportLog): SourceLine[] {
  const kinds = new Map<number, FurnitureKind>();
  lines.forEach((line, index) => {
    const kind = lineKind(line.text, options.runningHeaders);
    if (kind) kinds.set(index, kind);
  });
  const marked = new Set(kinds.keys());
  for (const index of findLetterheads(lines, marked)) kinds.set(index, "letterhead");
  for (const index of footerAddresses(lines, new Set(kinds.keys()))) kinds.set(index, "footer");
  return lines.map((line, index) => {
    const kind = kinds.get(index);
    if (!kind) return line;
    log.furniture(kind, line.no, line.text);
    return { no: line.no, text: "" };
  });
}
