/**
 * Attendance: the PRESENT / ALSO PRESENT / IN ATTENDANCE comma lists of Panel minutes, apologies
 * lists, and the Board's attendees grouped by organisation.
 */
import { personSlug } from "./names.ts";
import type { ReportLog } from "./report.ts";

export interface Attendee {
  person: string;
  as_printed: string;
  for?: string;
  group?: string;
}

export interface Attendance {
  present: Attendee[];
  also_present: Attendee[];
  in_attendance: Attendee[];
  apologies: Attendee[];
  substitutes: Attendee[];
  attendees: Attendee[];
}

export function emptyAttendance(): Attendance {
  return { present: [], also_present: [], in_attendance: [], apologies: [], substitutes: [], attendees: [] };
}

export type AttendanceBlock = "present" | "also_present" | "in_attendance" | "apologies";

const BLOCK_LINE = /^\**\s*(PRESENT|ALSO PRESENT|IN ATTENDANCE|APOLOGIES)\s*:?\s*\**\s*:?\s*(.*)$/;

/** "PRESENT: Mr. P M Hill OBE (Chairman), …" → the block and its list. */
export function readAttendanceLine(text: string): { block: AttendanceBlock; list: string } | undefined {
  const m = BLOCK_LINE.exec(text.trim());
  if (!m) return undefined;
  const block = (m[1] ?? "").toLowerCase().replace(/ /g, "_") as AttendanceBlock;
  return { block, list: (m[2] ?? "").trim() };
}

/** Splits on a separator, but not inside brackets. */
function splitOutsideBrackets(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      separator.lastIndex = i;
      const m = separator.exec(text);
      if (m && m.index === i) {
        parts.push(text.slice(start, i));
        start = i + m[0].length;
        i = start - 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

const POST_NOMINAL_PIECE = /^(?:OBE|MBE|CBE|KBE|DBE|QPM|JP|DL|KC|QC)\b/;

/**
 * "A, B OBE (Chairman), C and D." → the names as printed. A comma before a post-nominal
 * ("Mr P M Hill, OBE (Chairman)") is part of the name; "and" before the last name is not.
 */
export function splitNameList(list: string): string[] {
  const text = list.trim().replace(/\.$/, "");
  const pieces = splitOutsideBrackets(text, /,\s*/y);
  const names: string[] = [];
  for (const piece of pieces) {
    const previous = names[names.length - 1];
    if (previous !== undefined && POST_NOMINAL_PIECE.test(piece)) {
      names[names.length - 1] = `${previous}, ${piece}`;
      continue;
    }
    names.push(piece);
  }
  const last = names.pop();
  if (last !== undefined) names.push(...splitOutsideBrackets(last, /\s+and\s+/y));
  return names;
}

/** Turns printed names into attendees, separating substitutes ("(Substitute for Cllr P Fleming)"). */
export function attendeesFrom(names: readonly string[], line: number, where: string, log: ReportLog): { attendees: Attendee[]; substitutes: Attendee[] } {
  const attendees: Attendee[] = [];
  const substitutes: Attendee[] = [];
  for (const asPrinted of names) {
    const person = personSlug(asPrinted);
    log.person(line, asPrinted, person, where);
    const forWhom = /\(Substitute for ([^)]+)\)/i.exec(asPrinted)?.[1];
    if (forWhom !== undefined || /\(Substitute\)/i.test(asPrinted)) {
      const entry: Attendee = { person, as_printed: asPrinted };
      if (forWhom !== undefined) {
        entry.for = personSlug(forWhom);
        log.person(line, forWhom, entry.for, `${where}: substituted for`);
      } else {
        log.unplaced(line, asPrinted, "substitute: the member they stood in for is not printed");
      }
      substitutes.push(entry);
      continue;
    }
    attendees.push({ person, as_printed: asPrinted });
  }
  return { attendees, substitutes };
}

/** A board attendee line, "Matthew Scott - Police and Crime Commissioner (PCC)". */
export function boardAttendee(text: string, group: string | undefined, line: number, where: string, log: ReportLog): Attendee {
  const asPrinted = text.trim();
  const name = asPrinted.split(/\s+[-–]\s+/)[0] ?? asPrinted;
  const person = personSlug(name);
  log.person(line, asPrinted, person, where);
  return group === undefined ? { person, as_printed: asPrinted } : { person, as_printed: asPrinted, group };
}
