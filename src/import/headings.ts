/**
 * Headings: Markdown headings are brought to start at the level the page needs (## in a paper,
 * ### inside a minute) without jumps; plain-text section titles that are clearly headings
 * ("Background:", "1. Introduction") become headings. The words never change.
 */
import { isBlank, nextNonBlank, type SourceLine } from "./lines.ts";
import type { ReportLog } from "./report.ts";

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

/** `**Introduction:**` inside a heading is emphasis the heading already gives. */
function unbold(text: string): string {
  const m = /^\*\*(.+?)\*\*(.*)$/.exec(text.trim());
  if (!m) return text.trim();
  return `${m[1]}${m[2]}`.trim();
}

/**
 * Shifts Markdown headings so the highest is `top`, and no heading is more than one level below
 * the heading before it (004 jumps from # to #### and back).
 */
export function normaliseHeadings(lines: readonly SourceLine[], top: number, log: ReportLog): SourceLine[] {
  const levels = lines.map((l) => HEADING.exec(l.text)?.[1]?.length).filter((n): n is number => n !== undefined);
  if (levels.length === 0) return [...lines];
  const shift = top - Math.min(...levels);
  let previous = top - 1;
  let changed = 0;
  const out = lines.map((line) => {
    const m = HEADING.exec(line.text);
    if (!m) return line;
    const wanted = Math.min(6, (m[1]?.length ?? 1) + shift);
    const level = Math.max(top, Math.min(wanted, previous + 1));
    previous = level;
    const text = `${"#".repeat(level)} ${unbold(m[2] ?? "")}`;
    if (text !== line.text) changed++;
    return { no: line.no, text };
  });
  if (changed > 0) log.repair(lines[0]?.no ?? 1, "headings", `${changed} headings brought to start at level ${top} without jumps (bold inside headings removed)`);
  return out;
}

function standalone(lines: readonly SourceLine[], i: number): boolean {
  return isBlank(lines[i - 1]) && isBlank(lines[i + 1]);
}

/** The heading a plain line is, or undefined. */
function plainHeading(text: string): string | undefined {
  const t = text.trim();
  if (t.length > 70 || t.startsWith("#") || t.startsWith("|") || t.startsWith("-")) return undefined;
  const bold = /^\*\*([^*]+)\*\*$/.exec(t)?.[1]?.trim();
  const words = bold ?? t;
  if (/\*/.test(words)) return undefined;
  // "Background:", "Holding to account:", "PEEL 2023-25 – An inspection of Kent Police:"
  // A lead-in sentence ("The structure of the OPCC is shown below:") is not a title.
  if (/^[A-Z][^:.;!?]*:$/.test(words) && !/\b(?:below|following|is|are|was|were|be|me|us|we|I|include[sd]?|including)\b/.test(words)) return words;
  // "1. Introduction", "5. Contact Details"
  if (/^\d{1,2}\.\s+[A-Z][^.:;!?]*$/.test(words) && words.length <= 50) return words;
  return undefined;
}

/** Promotes clear plain-text section titles in a paper to headings at `level`, reporting each. */
export function promotePlainHeadings(lines: readonly SourceLine[], level: number, log: ReportLog): SourceLine[] {
  return lines.map((line, i) => {
    if (!standalone(lines, i)) return line;
    const heading = plainHeading(line.text);
    if (heading === undefined) return line;
    const next = lines[nextNonBlank(lines, i + 1)];
    if (next && /^\s*[-*+]\s/.test(next.text)) return line;
    log.guess(line.no, `heading "${heading}"`, "a short line standing alone, ending with a colon or numbered like a section");
    return { no: line.no, text: `${"#".repeat(level)} ${heading}` };
  });
}
