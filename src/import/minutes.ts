/**
 * Panel minutes: the title sentence, the attendance blocks, and the numbered minutes with the
 * agenda item each took, in the four printed layouts:
 * - the reference on its own line after a blank line: "109. Election of Chair" / "" / "(Item A2)";
 * - on the very next line: "114. Neighbourhood …" / "(Item B1)";
 * - inline: "115. Criminal Justice System - update report (Item B2)", "*(Item 4)*", "(*Item C2*)";
 * - as a Markdown heading or bold: "### **328. …** *(Item B1)*", "**326. …**" / "*(Item 4)*".
 * Inside each minute it finds resolutions, questions and answers, declarations and apologies.
 */
import { type Attendance, type Attendee, attendeesFrom, emptyAttendance, readAttendanceLine, splitNameList } from "./attendance.ts";
import { cleanMarkdown } from "./cleanup.ts";
import { findDate } from "./dates.ts";
import { cleanInline } from "./inline.ts";
import { isBlank, nextNonBlank, plain, type SourceLine } from "./lines.ts";
import { type BodyNames, bodyIdFor, decisionIds, namesABody, personSlug } from "./names.ts";
import { findQuestions, type QuestionParse, questionAttributes } from "./questions.ts";
import type { ReportLog } from "./report.ts";
import { type ResolutionParse, readResolution, resolutionAttributes } from "./resolutions.ts";

export interface DeclarationParse {
  line: number;
  person: string;
  asPrinted: string;
}

export interface MinuteParse {
  printedNumber: string;
  title: string;
  /** The agenda item code of the minuted meeting, as printed in "(Item X)". */
  item?: string;
  /** The anchor the loader gives the minute: m + number, -2 for a number printed a second time. */
  anchor: string;
  line: number;
  decisions: string[];
  resolutions: ResolutionParse[];
  questions: QuestionParse[];
  declarations: DeclarationParse[];
}

export interface MinutesParse {
  title: string;
  line: number;
  body?: string;
  date?: string;
  meeting?: string;
  venue?: string;
  attendance: Attendance;
  minutes: MinuteParse[];
  /** The Markdown body: one ## heading per minute. */
  markdown: string;
}

const ITEM_INLINE = /^(.*?)\s*\(\s*Item\s+([A-Z]?\d{1,2}[a-z]?)\s*\)$/i;
const ITEM_ALONE = /^\(\s*Item\s+([A-Z]?\d{1,2}[a-z]?)\s*\)$/i;
const NUMBERED_TITLE = /^(\d{1,4})\.\s+(.+)$/;

interface Heading {
  index: number;
  /** Index of the last line the heading uses (its separate "(Item X)" line, if any). */
  last: number;
  number: string;
  title: string;
  item?: string;
}

/** Reads a minute heading at `index`, in any of the four layouts, or undefined. */
export function readMinuteHeading(lines: readonly SourceLine[], index: number, expected: number | undefined): Heading | undefined {
  const line = lines[index] as SourceLine;
  const raw = line.text.trim();
  const text = plain(raw);
  const numbered = NUMBERED_TITLE.exec(text);
  if (!numbered) return undefined;
  const number = numbered[1] ?? "";
  const inline = ITEM_INLINE.exec(text);
  if (inline) {
    const title = (NUMBERED_TITLE.exec(inline[1] ?? "")?.[2] ?? "").trim();
    if (title !== "") return { index, last: index, number, title, item: inline[2] };
  }
  const title = (numbered[2] ?? "").trim();
  // A separate "(Item X)" within the next two lines.
  const next = nextNonBlank(lines, index + 1);
  if (next >= 0 && next - index <= 2) {
    const alone = ITEM_ALONE.exec(plain((lines[next] as SourceLine).text));
    if (alone) return { index, last: next, number, title, item: alone[1] };
  }
  const marked = /^#{1,6}\s/.test(raw) || /^\*\*\d+\..*\*\*$/.test(raw);
  if (marked) return { index, last: index, number, title };
  // A bare numbered line is a minute only if it continues the numbering and reads as a title.
  const standalone = isBlank(lines[index - 1]) && isBlank(lines[index + 1]);
  if (expected !== undefined && Number(number) === expected && standalone && title.length <= 150 && !/[.;:]$/.test(title)) {
    return { index, last: index, number, title };
  }
  return undefined;
}

function isResolvedLine(text: string): boolean {
  return /^RESOLVED\b/.test(plain(text).replace(/^-\s*/, ""));
}

function isListLine(text: string): boolean {
  return /^\s*(?:[-*+]\s|\(?[a-z]\)\s)/.test(text);
}

/** The end index of a RESOLVED block: its line and any list that belongs to it. */
function resolutionEnd(lines: readonly SourceLine[], start: number): number {
  let end = start;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (isBlank(line)) continue;
    if (isListLine(line.text) || (/^\s+\S/.test(line.text) && i === end + 1)) {
      end = i;
      continue;
    }
    break;
  }
  return end;
}

type Segment = { kind: "text" | "resolved" | "question" | "answer" | "declaration"; from: number; to: number; attributes: string };

interface MinuteContext {
  title: string;
  bodies: BodyNames;
  /** The body whose minutes these are, if read. */
  ownBody?: string;
  attendance: Attendance;
}

/** Apologies listed inside a minute ("Apologies were received from:" then a list). */
function apologiesIn(lines: readonly SourceLine[], log: ReportLog): Attendee[] {
  const found: Attendee[] = [];
  lines.forEach((line, index) => {
    if (!/Apologies (?:for absence )?were received from:?\s*$/i.test(plain(line.text))) return;
    for (let i = index + 1; i < lines.length; i++) {
      const l = lines[i] as SourceLine;
      if (isBlank(l)) continue;
      const item = /^\s*[-*]\s+(.+)$/.exec(l.text);
      if (!item) break;
      const asPrinted = (item[1] ?? "").trim().replace(/\.$/, "");
      const { attendees } = attendeesFrom([asPrinted], l.no, "apologies", log);
      found.push(...attendees);
    }
  });
  return found;
}

/** Declarations of interest: each paragraph of a declarations minute that says someone "declared". */
function declarationsIn(lines: readonly SourceLine[], title: string, log: ReportLog): (DeclarationParse & { index: number })[] {
  if (!/^Declarations? of Interests?/i.test(title)) return [];
  const found: (DeclarationParse & { index: number })[] = [];
  lines.forEach((line, index) => {
    const m = /^\s*(?:[-*]\s+)?(?:\d+\.\s+)?(.+?)\s+declared\b/.exec(line.text);
    if (!m) return;
    const asPrinted = (m[1] ?? "").trim();
    const person = personSlug(asPrinted);
    log.person(line.no, asPrinted, person, "declaration of interest");
    found.push({ index, line: line.no, person, asPrinted });
  });
  return found;
}

/** Cuts a minute's lines into plain text and blocks. */
function segment(lines: readonly SourceLine[], context: MinuteContext, minute: MinuteParse, log: ReportLog): Segment[] {
  const blocks: Segment[] = [];
  for (const q of findQuestions(lines, log)) {
    minute.questions.push(q);
    blocks.push({ kind: "question", from: q.question.from, to: q.question.to, attributes: questionAttributes(q) });
    if (q.answer) blocks.push({ kind: "answer", from: q.answer.from, to: q.answer.to, attributes: "" });
  }
  for (let i = 0; i < lines.length; i++) {
    if (!isResolvedLine((lines[i] as SourceLine).text)) continue;
    const end = resolutionEnd(lines, i);
    const text = lines.slice(i, end + 1).map((l) => l.text.trim()).filter(Boolean).join(" ");
    const resolution = readResolution(text, (lines[i] as SourceLine).no, { minuteTitle: context.title, bodies: context.bodies, ownBody: context.ownBody }, log);
    minute.resolutions.push(resolution);
    blocks.push({ kind: "resolved", from: i, to: end, attributes: resolutionAttributes(resolution) });
    i = end;
  }
  for (const d of declarationsIn(lines, context.title, log)) {
    minute.declarations.push({ line: d.line, person: d.person, asPrinted: d.asPrinted });
    blocks.push({ kind: "declaration", from: d.index, to: d.index, attributes: ` {person=${d.person}}` });
  }
  context.attendance.apologies.push(...apologiesIn(lines, log));
  blocks.sort((a, b) => a.from - b.from);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const block of blocks) {
    if (block.from < cursor) {
      log.unplaced((lines[block.from] as SourceLine).no, (lines[block.from] as SourceLine).text, `a ${block.kind} block overlaps the block before it; written as plain text`);
      continue;
    }
    if (block.from > cursor) segments.push({ kind: "text", from: cursor, to: block.from - 1, attributes: "" });
    segments.push(block);
    cursor = block.to + 1;
  }
  if (cursor < lines.length) segments.push({ kind: "text", from: cursor, to: lines.length - 1, attributes: "" });
  return segments;
}

function minuteMarkdown(lines: readonly SourceLine[], segments: readonly Segment[], log: ReportLog): string {
  const parts: string[] = [];
  for (const s of segments) {
    const md = cleanMarkdown(lines.slice(s.from, s.to + 1), { headingTop: 3, promoteHeadings: false }, log);
    if (s.kind === "text") {
      if (md.trim() !== "") parts.push(md);
      continue;
    }
    parts.push(`::: ${s.kind}${s.attributes}\n${md}\n:::`);
  }
  return parts.join("\n\n");
}

/** The `{…}` attributes of a minute heading. */
function headingAttributes(minute: MinuteParse): string {
  const parts: string[] = [];
  if (minute.item) parts.push(`item=${minute.item}`);
  if (minute.decisions.length === 1) parts.push(`decisions=${minute.decisions[0]}`);
  else if (minute.decisions.length > 1) parts.push(`decisions="${minute.decisions.join(" ")}"`);
  return parts.length > 0 ? ` {${parts.join(" ")}}` : "";
}

/** Reads a minutes document into its structure and Markdown. */
export function readMinutes(lines: readonly SourceLine[], bodies: BodyNames, log: ReportLog): MinutesParse {
  const attendance = emptyAttendance();
  const titleLine = lines.find((l) => /^MINUTES of a meeting\b/i.test(plain(l.text)));
  const title = titleLine ? cleanInline(plain(titleLine.text)).text : "Minutes";
  const parse: MinutesParse = { title, line: titleLine?.no ?? lines[0]?.no ?? 0, attendance, minutes: [], markdown: "" };
  if (titleLine) {
    const m = /meeting of (?:the )?(.+?) held (?:in|at) (?:the )?(.+?) on ((?:[A-Z][a-z]+day,?\s+)?\d.+?)\.?$/i.exec(title);
    const bodyName = m?.[1] ?? /meeting of (?:the )?(.+?) held\b/i.exec(title)?.[1] ?? "";
    parse.body = bodyIdFor(bodyName, bodies);
    log.body(titleLine.no, "minutes", parse.body, bodyName);
    parse.date = findDate(title);
    if (m?.[2]) parse.venue = m[2];
    if (parse.body && parse.date) parse.meeting = `${parse.body}-${parse.date}`;
    else log.unplaced(titleLine.no, title, `minutes: ${parse.body ? "the date" : "the body"} of the meeting could not be read from the title`);
  } else {
    log.unplaced(lines[0]?.no ?? 0, lines[0]?.text ?? "", 'minutes: no "MINUTES of a meeting …" title line');
  }

  const headings: Heading[] = [];
  let expected: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const h = readMinuteHeading(lines, i, expected);
    if (!h) continue;
    headings.push(h);
    expected = Number(h.number) + 1;
    i = h.last;
  }

  // Before the first minute: the header, attendance, and "UNRESTRICTED ITEMS".
  const headEnd = headings[0]?.index ?? lines.length;
  const head: SourceLine[] = [];
  for (const line of lines.slice(0, headEnd)) {
    if (isBlank(line) || line === titleLine || line.text.trim() === "---") continue;
    const text = plain(line.text);
    const block = readAttendanceLine(text);
    if (block) {
      const { attendees, substitutes } = attendeesFrom(splitNameList(block.list), line.no, block.block.replace(/_/g, " "), log);
      attendance[block.block].push(...attendees);
      attendance.substitutes.push(...substitutes);
      continue;
    }
    if (/^(?:UNRESTRICTED|EXEMPT) ITEMS$/i.test(text)) continue;
    if (text === text.toUpperCase() && namesABody(text, bodies)) continue;
    log.unplaced(line.no, line.text, "line before the first minute is not a title, attendance or section line; kept at the top of the minutes");
    head.push(line);
  }

  const seen = new Map<string, number>();
  const sections: string[] = [];
  if (head.length > 0) sections.push(cleanMarkdown(head, { headingTop: 3, promoteHeadings: false }, log));
  headings.forEach((h, k) => {
    const printed = lines[h.index] as SourceLine;
    const count = (seen.get(h.number) ?? 0) + 1;
    seen.set(h.number, count);
    const anchor = count === 1 ? `m${h.number}` : `m${h.number}-${count}`;
    const titleText = cleanInline(h.title).text;
    const minute: MinuteParse = {
      printedNumber: h.number,
      title: titleText,
      anchor,
      line: printed.no,
      decisions: decisionIds(titleText),
      resolutions: [],
      questions: [],
      declarations: [],
    };
    if (h.item) minute.item = h.item;
    else log.unplaced(printed.no, printed.text, `minute ${h.number}: no "(Item X)" reference found, so no item= written`);
    if (count > 1) log.unplaced(printed.no, printed.text, `minute number ${h.number} is printed ${count} times; this one gets the anchor #${anchor}`);
    const previous = headings[k - 1];
    if (previous && Number(h.number) !== Number(previous.number) + 1 && count === 1) {
      log.unplaced(printed.no, printed.text, `minute ${h.number} does not follow ${previous.number}`);
    }
    const end = headings[k + 1]?.index ?? lines.length;
    const bodyLines = lines.slice(h.last + 1, end);
    const segments = segment(bodyLines, { title: titleText, bodies, ownBody: parse.body, attendance }, minute, log);
    const md = minuteMarkdown(bodyLines, segments, log);
    sections.push(`## ${h.number}. ${titleText}${headingAttributes(minute)}${md.trim() === "" ? "" : `\n\n${md}`}`);
    parse.minutes.push(minute);
  });
  parse.markdown = sections.join("\n\n");
  return parse;
}
