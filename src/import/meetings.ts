/**
 * The meeting.md files an import writes: the pack's own meeting (from its agenda), the meetings
 * whose minutes or notes it holds, and a stub for every other meeting its front matter names
 * (minutes approved, work-programme dates, the next meeting), so that every reference lands.
 */
import type { AgendaParse, AgendaSection } from "./agenda.ts";
import { optionalList } from "./front-matter.ts";
import type { MinutesParse } from "./minutes.ts";
import type { BodyNames } from "./names.ts";
import type { NotesParse } from "./notes.ts";
import type { ReportLog } from "./report.ts";

export type MeetingFields = Record<string, unknown>;

export function meetingBody(meeting: string): string {
  return meeting.replace(/-\d{4}-\d{2}-\d{2}(?:-\d+)?$/, "");
}

export function meetingDate(meeting: string): string {
  return /(\d{4}-\d{2}-\d{2})(?:-\d+)?$/.exec(meeting)?.[1] ?? "";
}

/** The meetings to write, and the meetings only referred to, by the line that first names them. */
export class MeetingRegistry {
  readonly fields = new Map<string, MeetingFields>();
  readonly text = new Map<string, string>();
  readonly referenced = new Map<string, number>();

  set(meeting: string, fields: MeetingFields, text = ""): void {
    this.fields.set(meeting, fields);
    if (text !== "") this.text.set(meeting, text);
  }

  refer(meeting: string | undefined, line: number): void {
    if (meeting && !this.referenced.has(meeting)) this.referenced.set(meeting, line);
  }

  /** Adds a stub for each meeting referred to but not written: scheduled if after the pack's meeting. */
  addStubs(packMeeting: string | undefined, log: ReportLog): void {
    for (const [meeting, line] of this.referenced) {
      if (this.fields.has(meeting)) continue;
      const later = packMeeting !== undefined && meetingDate(meeting) > meetingDate(packMeeting);
      const status = later ? "scheduled" : "referenced";
      this.fields.set(meeting, { type: "meeting", body: meetingBody(meeting), date: meetingDate(meeting), status });
      log.report.stubs.push(`meetings/${meeting}/meeting.md (status: ${status}; first mentioned at line ${line})`);
    }
  }
}

function sectionFields(s: AgendaSection): MeetingFields {
  return {
    letter: s.letter,
    title: s.title,
    part: s.part,
    items: s.items.map((i) => ({ code: i.code, title: i.title, pages: i.pages, papers: optionalList(i.papers), verbal: i.verbal, minutes_of: i.minutes_of })),
  };
}

/** The pack's meeting, from its agenda. */
export function agendaMeeting(agenda: AgendaParse, log: ReportLog): MeetingFields {
  log.guess(agenda.sections[0]?.line ?? 1, "status: held", "the pack is the agenda for the meeting; it does not say whether the meeting took place");
  return {
    type: "meeting",
    body: agenda.body,
    date: agenda.date,
    time: agenda.time,
    date_as_printed: agenda.dateAsPrinted,
    venue: agenda.venue,
    status: "held",
    issued: agenda.issued,
    signatory: agenda.signatory,
    contacts: optionalList(agenda.contacts),
    membership: optionalList(agenda.membership),
    agenda: { inferred: false, sections: agenda.sections.map(sectionFields) },
  };
}

/** Sorts item codes as the agenda would: letter, then number (A2 before A10). */
function codeOrder(code: string): string {
  const m = /^([A-Z]?)(\d+)/.exec(code);
  return `${m?.[1] ?? ""}${(m?.[2] ?? "").padStart(3, "0")}`;
}

/** A meeting whose minutes the pack holds but whose agenda it does not: items rebuilt from "(Item X)". */
export function inferredMeeting(minutes: MinutesParse, log: ReportLog): MeetingFields {
  const byCode = new Map<string, { code: string; title: string }>();
  for (const m of minutes.minutes) {
    if (m.item && !byCode.has(m.item)) byCode.set(m.item, { code: m.item, title: m.title });
  }
  const sections = new Map<string, { code: string; title: string }[]>();
  for (const item of [...byCode.values()].sort((a, b) => codeOrder(a.code).localeCompare(codeOrder(b.code)))) {
    const letter = /^[A-Z]/.exec(item.code)?.[0] ?? "";
    sections.set(letter, [...(sections.get(letter) ?? []), item]);
  }
  if (byCode.size > 0) log.guess(minutes.line, `agenda of ${minutes.meeting} rebuilt from the minutes' item references (inferred: true)`, "item titles are the minutes' titles, not the agenda's");
  return {
    type: "meeting",
    body: minutes.body,
    date: minutes.date,
    venue: minutes.venue,
    status: "held",
    agenda: {
      inferred: true,
      sections: [...sections.entries()].map(([letter, items]) => ({ letter: letter === "" ? undefined : letter, items })),
    },
  };
}

/** A meeting's own title: what the notes' Title line says beyond the body's name, if anything. */
function ownTitle(title: string | undefined, bodies: BodyNames): string | undefined {
  if (!title) return undefined;
  const rest = bodies.patterns.reduce((t, b) => t.replace(b.pattern, ""), title);
  return /[A-Za-z]/.test(rest.replace(/\b(?:the|of|meeting)\b/gi, "")) ? title : undefined;
}

/** The board meeting whose notes the pack holds. */
export function notesMeeting(notes: NotesParse, bodies: BodyNames, log: ReportLog): MeetingFields {
  log.guess(notes.line, `${notes.meeting} status: held`, "notes exist for it");
  return {
    type: "meeting",
    body: notes.body,
    date: notes.date,
    time: notes.time,
    date_as_printed: notes.dateAsPrinted,
    venue: notes.venue,
    status: "held",
    title: ownTitle(notes.meetingTitle, bodies),
    special: notes.special ? true : undefined,
    next_meeting: notes.nextMeeting,
  };
}
