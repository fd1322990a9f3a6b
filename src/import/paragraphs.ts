/**
 * Paragraph repairs: lines the conversion glued together, lines a PDF conversion hard-wrapped,
 * words hyphenated across a wrap, and paragraphs a page break split in two.
 */
import { isBlank, type SourceLine } from "./lines.ts";
import type { ReportLog } from "./report.ts";

const GLYPH_START = /^\s*(?:[•●○➢▪◦]|o\s)/;

/**
 * Lines whose break was lost: "**UNRESTRICTED ITEMS****325. Membership**" (001:82) and a bold
 * heading glued to the text before it, "… 10 October 2024**18 December 2024**" (000:2041).
 */
export function splitFusedLines(lines: readonly SourceLine[], log: ReportLog): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    let parts = [line.text];
    if (/\S\*{4}\S/.test(line.text)) {
      parts = line.text.split(/(?<=\S\*\*)(?=\*\*\S)/);
    }
    parts = parts.flatMap((part) => {
      const glued = /^(?!\s*(?:[-*+#]|\d+\.)\s)(.*[^\s*])\*\*([^*]+)\*\*\s*$/.exec(part);
      if (!glued || (glued[1] ?? "").includes("**")) return [part];
      return [glued[1] ?? "", `**${glued[2]}**`];
    });
    if (parts.length > 1) {
      log.repair(line.no, "fused line", `split into ${parts.map((p) => `"${p.trim()}"`).join(" / ")}`);
      parts.forEach((p, i) => {
        if (i > 0) out.push({ no: line.no, text: "" });
        out.push({ no: line.no, text: p });
      });
    } else {
      out.push(line);
    }
  }
  return out;
}

/** A PDF conversion wraps every line at a fixed width and leaves a space at its end (seed 003). */
export function isHardWrapped(lines: readonly SourceLine[]): boolean {
  const filled = lines.filter((l) => l.text.trim() !== "");
  if (filled.length < 20) return false;
  const trailing = filled.filter((l) => /\S[ \t]+$/.test(l.text)).length;
  return trailing / filled.length >= 0.5;
}

/** Trailing spaces: artefacts, except Markdown's two-space hard break before a following line. */
export function trimLineEnds(lines: readonly SourceLine[], hardWrapped: boolean): SourceLine[] {
  return lines.map((line, i) => {
    const next = lines[i + 1];
    const keepBreak = !hardWrapped && /\S {2,}$/.test(line.text) && next !== undefined && !isBlank(next);
    // Spaces only: a trailing tab is an empty last table cell (000:733 "My commitments as PCC:\t").
    const text = line.text.replace(/ +$/, "");
    if (text.trim() === "") return { no: line.no, text: "" };
    return { no: line.no, text: keepBreak ? `${text}  ` : text };
  });
}

/** In a hard-wrapped text, a line starts a new block when it is indented or starts with a bullet glyph. */
function startsBlock(text: string): boolean {
  return /^\s/.test(text) || GLYPH_START.test(text);
}

/** Joins hard-wrapped lines back into paragraphs, mending words hyphenated across the wrap. */
export function unwrapHardWrapped(lines: readonly SourceLine[], log: ReportLog): SourceLine[] {
  const out: SourceLine[] = [];
  let joined = 0;
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && !isBlank(last) && !isBlank(line) && !startsBlock(line.text)) {
      const a = last.text.trimEnd();
      const b = line.text.trim();
      const hyphenated = /[A-Za-z0-9]-$/.test(a) && /^[a-z0-9]/.test(b);
      if (hyphenated) log.repair(line.no, "hyphenated line break", `"${a.slice(-20)}" + "${b.slice(0, 20)}" joined without a space`);
      out[out.length - 1] = { no: last.no, text: hyphenated ? `${a}${b}` : `${a} ${b}` };
      joined++;
      continue;
    }
    out.push(line);
  }
  if (joined > 0) log.repair(lines[0]?.no ?? 1, "hard-wrapped lines", `${joined} wrapped lines joined back into their paragraphs`);
  return out;
}

/** Words that cannot end a paragraph: a paragraph ending in one was cut by a page break. */
const DANGLING_WORD =
  /(?:^|\s)(?:The|the|a|an|of|to|and|or|in|on|at|for|with|by|from|between|into|about|than|that|which|as|its|their|his|her|was|were|is|are|be|been|has|have|had|would|could|should|will)$/;
const TERMINAL = /[.!?:;]["'’”)\]]*$/;

function isStructural(text: string): boolean {
  const t = text.trim();
  return t.startsWith("#") || t.startsWith("|") || t.includes("\t") || t.startsWith(":::") || t === "---";
}

/** Where a page break cut a paragraph: both halves, and how to join them; or undefined. */
function pageBreakJoin(a: string, b: string): string | undefined {
  const left = a.trimEnd();
  const right = b.trim();
  if (isStructural(left) || isStructural(right) || GLYPH_START.test(right) || /^[-*+]\s/.test(right)) return undefined;
  // An italic paragraph cut in two: "… and do*" / "*the same …" (001:247-249).
  if (/[a-z,]\*$/.test(left) && !/\*\*$/.test(left) && /^\*[a-z]/.test(right)) return `${left.slice(0, -1)} ${right.slice(1)}`;
  const bare = left.replace(/[*_]+$/, "");
  if (TERMINAL.test(bare)) return undefined;
  if (/^[a-z]/.test(right)) return `${left} ${right}`;
  if (DANGLING_WORD.test(bare) && /^[A-Za-z]/.test(right)) return `${left} ${right}`;
  // A date cut after its day: "The board met on 10" / "July and …" (001:203-205).
  if (/\s\d{1,2}$/.test(bare) && /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(right)) return `${left} ${right}`;
  return undefined;
}

/**
 * Rejoins paragraphs split by a page break: a paragraph that ends without terminal punctuation,
 * then blank lines, then a line starting in lower case (or after a word no paragraph ends with).
 */
export function rejoinPageBreaks(lines: readonly SourceLine[], log: ReportLog): SourceLine[] {
  const out: SourceLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as SourceLine;
    if (!isBlank(line)) {
      out.push(line);
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && isBlank(lines[j])) j++;
    const before = out[out.length - 1];
    const after = lines[j];
    const joined = before && after && !isBlank(before) ? pageBreakJoin(before.text, after.text) : undefined;
    if (before && after && joined !== undefined) {
      out[out.length - 1] = { no: before.no, text: joined };
      log.repair(after.no, "paragraph rejoined", `line ${after.no} continues the paragraph of line ${before.no} across a page break`);
      i = j + 1;
      continue;
    }
    out.push(...lines.slice(i, j));
    i = j;
  }
  return out;
}
