/**
 * Board meeting notes ("Meeting Notes"): the header block (Title, Date & time, Venue, Attendees
 * grouped by organisation, Apologies), found wherever the layout put it (003 has it inside
 * section 3); the numbered sections, written as minutes, with the slides they are printed under,
 * the areas for improvement (`::: afi`) and the agreement of the previous meeting's notes
 * (`::: resolved {approves=…}`); the action table; the next meeting.
 */
import { readActionTable, type ActionParse } from "./actions.ts";
import { type Attendance, boardAttendee, emptyAttendance } from "./attendance.ts";
import { type CleanupOptions, cleanMarkdown } from "./cleanup.ts";
import { findDate, findTime } from "./dates.ts";
import { isBlank, plain, type SourceLine } from "./lines.ts";
import { type BodyNames, bodyIdFor } from "./names.ts";
import type { ReportLog } from "./report.ts";

export interface NotesSection {
  number: string;
  title: string;
  anchor: string;
  line: number;
}

export interface NotesParse {
  title: string;
  line: number;
  meetingTitle?: string;
  body?: string;
  date?: string;
  time?: string;
  dateAsPrinted?: string;
  meeting?: string;
  venue?: string;
  special: boolean;
  nextMeeting?: string;
  nextMeetingLine?: number;
  attendance: Attendance;
  actions: ActionParse[];
  sections: NotesSection[];
  /** Earlier meetings whose notes these agree (`approves=`), with the line that says so. */
  agreed: { meeting: string; line: number }[];
  markdown: string;
}

/** A header line without its bullet, stray bold markers and surrounding space. */
function headerText(text: string): string {
  return text.replace(/\*\*/g, "").replace(/^\s*(?:[-•●]\s*)?/, "").trim();
}

const FIELD = /^(Title|Date\s*(?:&|and)\s*time|Venue|Attendees|Apologies)\b\s*:?\s*(.*)$/i;
const SECTION = /^(\d{1,2})\.\s+(.+)$/;

interface Header {
  from: number;
  to: number;
}

/** Reads the header block wherever it is; returns the span of lines it used. */
function readHeader(lines: readonly SourceLine[], parse: NotesParse, bodies: BodyNames, log: ReportLog): Header | undefined {
  const start = lines.findIndex((l) => /^Title\s*:/i.test(headerText(l.text)));
  if (start < 0) {
    log.unplaced(lines[0]?.no ?? 0, lines[0]?.text ?? "", 'notes: no "Title:" header block found');
    return undefined;
  }
  let mode: "fields" | "attendees" | "apologies" = "fields";
  let group: string | undefined;
  let end = start;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (isBlank(line)) {
      if (mode === "apologies" && parse.attendance.apologies.length > 0) break;
      continue;
    }
    const text = headerText(line.text);
    const field = FIELD.exec(text);
    if (field) {
      const name = (field[1] ?? "").toLowerCase().replace(/\s+/g, " ");
      const value = (field[2] ?? "").trim();
      end = i;
      if (name === "title") parse.meetingTitle = value;
      else if (name.startsWith("date")) {
        parse.dateAsPrinted = value;
        parse.date = findDate(value);
        parse.time = findTime(value);
      } else if (name === "venue") parse.venue = value;
      else if (name === "attendees") {
        mode = "attendees";
        group = value.endsWith(":") ? value.slice(0, -1).trim() : undefined;
        if (value !== "" && !value.endsWith(":")) parse.attendance.attendees.push(boardAttendee(value, undefined, line.no, "attendees", log));
      } else {
        mode = "apologies";
        if (value !== "") {
          // "Apologies Rob Phillips - …" (003:74): the name is on the label's line; the text goes on after it.
          parse.attendance.apologies.push(boardAttendee(value, undefined, line.no, "apologies", log));
          break;
        }
      }
      continue;
    }
    if (mode === "fields") break;
    if (mode === "attendees" && text.endsWith(":") && !/\s[-–]\s/.test(text)) {
      group = text.slice(0, -1).trim();
      end = i;
      continue;
    }
    if (!/^\s*[-•●]/.test(line.text) && mode === "apologies") break;
    if (mode === "attendees" && !/\s[-–]\s/.test(text)) break;
    const entry = boardAttendee(text, mode === "attendees" ? group : undefined, line.no, mode, log);
    (mode === "attendees" ? parse.attendance.attendees : parse.attendance.apologies).push(entry);
    end = i;
  }
  const bodyName = parse.meetingTitle ?? "";
  parse.body = bodyIdFor(bodyName, bodies);
  log.body((lines[start] as SourceLine).no, "notes", parse.body, bodyName);
  if (parse.body && parse.date) parse.meeting = `${parse.body}-${parse.date}`;
  else log.unplaced((lines[start] as SourceLine).no, (lines[start] as SourceLine).text, `notes: ${parse.body ? "the date" : "the body"} of the meeting could not be read from the header`);
  const before = lines.slice(0, start).some((l) => SECTION.test(plain(l.text)));
  if (before) log.repair((lines[start] as SourceLine).no, "notes header", `the header block (lines ${(lines[start] as SourceLine).no}-${(lines[end] as SourceLine).no}) sits inside the notes' text; moved to the front matter`);
  return { from: start, to: end };
}

function isSectionHeading(line: SourceLine): RegExpExecArray | undefined {
  if (/^\s/.test(line.text) || /^[-*]\s/.test(line.text)) return undefined;
  const m = SECTION.exec(plain(line.text));
  if (!m || (m[2] ?? "").length > 100 || /[.;]$/.test(m[2] ?? "")) return undefined;
  return m;
}

/**
 * Sub-headings inside a section: slide labels, with a title ("Slide 24 – VAWG performance") or
 * without ("Slide 7"), and "Actions".
 */
function subHeading(line: SourceLine, log: ReportLog): SourceLine {
  const text = plain(line.text);
  if (/^Slides?\s+\d+(?:\s+and\s+\d+)?(?:\s*[–-]\s*\S.*)?$/.test(text) || /^Actions?$/.test(text)) {
    log.guess(line.no, `heading "${text}"`, "a slide label or an Actions label standing alone in the notes");
    return { no: line.no, text: `### ${text}` };
  }
  return line;
}

const SECTION_TEXT: CleanupOptions = { headingTop: 3, promoteHeadings: false };
/** "➢ AFI 4 – The force needs …" (003:200): an area for improvement, its label as printed. */
const AFI_LINE = /^\s*(?:[➢•●\-*]\s*)?(AFI\s+\d{1,3}\s*[:–-]\s*\S.*)$/;
/** "• The notes were agreed as a true and accurate record …" (003:16, 000:2101). */
const AGREED = /^\s*(?:[•●\-*]\s*)?The notes were agreed\b/i;
/** A top-level bullet (not a sub-item "o …", nor an indented " - …"): the end of an agreement's list. */
const TOP_BULLET = /^(?:[•●]|[-*]\s)/;

/**
 * A section's Markdown: its text cleaned as a minute's, each AFI in a `::: afi` block, and, in a
 * "Notes of Previous Meeting – <date>" section, the agreement of those notes in a `::: resolved`
 * block that approves that meeting's.
 */
function sectionMarkdown(lines: readonly SourceLine[], approves: string | undefined, parse: NotesParse, log: ReportLog): string {
  const parts: string[] = [];
  let text: SourceLine[] = [];
  const flushText = () => {
    const md = cleanMarkdown(text, SECTION_TEXT, log);
    if (md.trim() !== "") parts.push(md);
    text = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const afi = AFI_LINE.exec(line.text);
    if (afi) {
      flushText();
      parts.push(`::: afi\n${cleanMarkdown([{ no: line.no, text: afi[1] ?? "" }], SECTION_TEXT, log)}\n:::`);
      log.guess(line.no, "::: afi", "a line that begins with an AFI's label");
      continue;
    }
    if (approves && AGREED.test(line.text)) {
      flushText();
      const end = agreementEnd(lines, i);
      const verbs = lines.slice(i, end + 1).some((l) => /\bnoted\b/.test(l.text)) ? "\"agree note\"" : "agree";
      parts.push(`::: resolved {does=${verbs} approves=${approves}}\n${cleanMarkdown(lines.slice(i, end + 1), SECTION_TEXT, log)}\n:::`);
      log.guess(line.no, `approves=${approves}`, "the notes of the meeting this section is headed with were agreed");
      parse.agreed.push({ meeting: approves, line: line.no });
      i = end;
      continue;
    }
    text.push(line);
  }
  flushText();
  return parts.join("\n\n");
}

/** The last line of an agreement: its own line and the sub-items under it, up to the next top-level bullet. */
function agreementEnd(lines: readonly SourceLine[], start: number): number {
  let end = start;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (isBlank(line)) continue;
    if (TOP_BULLET.test(line.text) || line.text.startsWith("#")) break;
    end = i;
  }
  return end;
}

/** The meeting whose notes a "Notes of Previous Meeting – 8 June 2022" section agrees, when the heading dates it. */
function previousNotes(section: NotesSection | undefined, body: string | undefined, log: ReportLog): string | undefined {
  if (!section || !/^Notes of (?:the )?Previous Meeting\b/i.test(section.title)) return undefined;
  const date = findDate(section.title);
  if (!date || !body) {
    log.unplaced(section.line, section.title, "notes: the meeting whose notes this section agrees could not be read from its heading, so no approves=");
    return undefined;
  }
  return `${body}-${date}`;
}

/** Reads board notes into their structure and Markdown. */
export function readNotes(lines: readonly SourceLine[], bodies: BodyNames, log: ReportLog): NotesParse {
  const parse: NotesParse = { title: "Meeting Notes", line: lines[0]?.no ?? 0, special: false, attendance: emptyAttendance(), actions: [], sections: [], agreed: [], markdown: "" };
  const header = readHeader(lines, parse, bodies, log);
  if (parse.meetingTitle) parse.title = parse.meetingTitle;
  const kept = lines.filter((l, i) => !(header && i >= header.from && i <= header.to) && plain(l.text) !== "Meeting Notes");

  const table = readActionTable(kept, log);
  parse.actions = table.actions;
  const body = kept.filter((_l, i) => !table.lines.has(i));

  const next = body.find((l) => /^Date of next .*:\s*(.+)$/i.test(plain(l.text)));
  const nextDate = next ? findDate(plain(next.text)) : undefined;
  if (next && nextDate && parse.body) {
    parse.nextMeeting = `${parse.body}-${nextDate}`;
    parse.nextMeetingLine = next.no;
  }
  if (body.some((l) => /\bspecial meeting\b/i.test(l.text))) {
    parse.special = true;
    const line = body.find((l) => /\bspecial meeting\b/i.test(l.text));
    log.guess(line?.no ?? 0, "special: true", 'the notes call it a "special meeting"');
  }

  const parts: string[] = [];
  let current: SourceLine[] = [];
  const flush = () => {
    const md = sectionMarkdown(current.map((l) => subHeading(l, log)), previousNotes(parse.sections.at(-1), parse.body, log), parse, log);
    if (md.trim() !== "") parts.push(md);
    current = [];
  };
  for (const line of body) {
    const m = isSectionHeading(line);
    if (!m) {
      current.push(line);
      continue;
    }
    flush();
    const section: NotesSection = { number: m[1] ?? "", title: (m[2] ?? "").trim(), anchor: `m${m[1]}`, line: line.no };
    parse.sections.push(section);
    parts.push(`## ${section.number}. ${section.title}`);
  }
  flush();
  if (parse.sections.length === 0) log.unplaced(lines[0]?.no ?? 0, lines[0]?.text ?? "", "notes: no numbered sections found");
  for (const action of parse.actions) {
    const raised = findRaisingSection(action, body, parse.sections);
    if (raised) action.minute = raised;
    else log.unplaced(action.line, action.text, "action: the section that raised it could not be found, so no minute: written");
  }
  parse.markdown = parts.join("\n\n");
  return parse;
}

/** The section whose "Owner: text" action line begins with the action's text. */
function findRaisingSection(action: ActionParse, body: readonly SourceLine[], sections: readonly NotesSection[]): string | undefined {
  const wanted = action.text.toLowerCase().replace(/\W+/g, " ").trim();
  const hit = body.find((l) => {
    const t = plain(l.text).replace(/^[-•]\s*/, "").replace(/^[A-Za-z ]+:\s*/, "").toLowerCase().replace(/\W+/g, " ").trim();
    return wanted !== "" && t.startsWith(wanted);
  });
  if (!hit) return undefined;
  const section = [...sections].reverse().find((s) => s.line <= hit.no);
  return section?.anchor;
}

/** The `heading:` of the notes' front matter: the header block's Title, Date & time and Venue lines, as printed. */
export function notesHeading(notes: NotesParse): { title?: string; date_and_time?: string; venue?: string } | undefined {
  const heading = { title: notes.meetingTitle || undefined, date_and_time: notes.dateAsPrinted || undefined, venue: notes.venue || undefined };
  return Object.values(heading).some((v) => v !== undefined) ? heading : undefined;
}
