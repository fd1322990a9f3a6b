/**
 * The agenda of a new meeting, in the shape of the body's last one: the same sections, and the
 * items that come back every time (apologies, declarations, the minutes of the previous meeting,
 * questions, the work programme). Items that took papers of their own are the officer's to add.
 */
import { shortDate } from "../model/dates.ts";
import type { AgendaItem, Body, Meeting } from "../model/types.ts";

/** Agenda front matter as content/meetings/<id>/meeting.md writes it. */
export interface AgendaItemFields {
  code: string;
  title: string;
  papers?: string[];
  verbal?: boolean;
  minutes_of?: string;
  topics?: string[];
}

export interface AgendaSectionFields {
  letter?: string;
  title?: string;
  part: "unrestricted" | "exempt";
  items: AgendaItemFields[];
}

export interface AgendaFields {
  inferred: false;
  sections: AgendaSectionFields[];
}

/** The body's meetings before `date`, latest last. */
export function meetingsBefore(body: Body, date: string): Meeting[] {
  return body.meetings.filter((m) => m.date < date);
}

/**
 * The latest meeting before `date` with an agenda as issued; only if there is none, the latest
 * with an agenda rebuilt from its minutes (which lacks the items that took no minute).
 */
export function lastAgendaMeeting(body: Body, date: string): Meeting | undefined {
  const withAgenda = meetingsBefore(body, date).filter((m) => m.agenda);
  return withAgenda.filter((m) => !m.agenda?.inferred).pop() ?? withAgenda.pop();
}

/** The meeting whose minutes the new one will take: the latest before it that was not cancelled. */
export function previousMeeting(body: Body, date: string): Meeting | undefined {
  return meetingsBefore(body, date).filter((m) => m.status !== "cancelled").pop();
}

export function standingAgenda(body: Body, date: string): AgendaFields {
  const previous = previousMeeting(body, date);
  const last = lastAgendaMeeting(body, date);
  if (!last?.agenda) return defaultAgenda(body, previous);
  return {
    inferred: false,
    sections: last.agenda.sections.map((section) => ({
      ...(section.letter ? { letter: section.letter } : {}),
      ...(section.title ? { title: section.title } : {}),
      part: section.part,
      items: section.items.flatMap((item) => {
        const kept = standingItem(item, body, previous);
        return kept ? [kept] : [];
      }),
    })),
  };
}

/**
 * An item comes back if it took no papers, or only the work programme (whose new edition the
 * officer adds), or the minutes of this body's previous meeting (pointed at the new previous one).
 * Exempt items, items that took papers, and minutes of other bodies belong to their meeting.
 */
export function standingItem(item: AgendaItem, body: Body, previous: Meeting | undefined): AgendaItemFields | undefined {
  if (item.exempt.length > 0) return undefined;
  const base = { code: item.code, title: item.title, ...(item.topics.length > 0 ? { topics: item.topics.map((t) => t.id) } : {}) };
  if (item.minutesOf) {
    if (item.minutesOf.body !== body || !previous) return undefined;
    return minutesItem(item.code, retitle(item.title, previous), previous);
  }
  if (item.papers.length === 0) return { ...base, ...(item.verbal ? { verbal: true } : {}) };
  if (item.papers.every((p) => p.type === "work-programme")) return base;
  return undefined;
}

function minutesItem(code: string, title: string, previous: Meeting): AgendaItemFields {
  return { code, title, minutes_of: previous.id, ...(previous.minutes ? { papers: [previous.minutes.id] } : {}) };
}

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const PRINTED_DATE = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS}),?\\s+\\d{4}\\b`);

/** "Minutes of the Police and Crime Panel held on 16 July 2024" with the previous meeting's date. */
export function retitle(title: string, previous: Meeting): string {
  return PRINTED_DATE.test(title) ? title.replace(PRINTED_DATE, shortDate(previous.date)) : title;
}

/** For a body whose archive holds no agenda yet: apologies and the previous meeting's record. */
function defaultAgenda(body: Body, previous: Meeting | undefined): AgendaFields {
  const record = body.bodyKind === "board" ? "Notes" : "Minutes";
  const items: AgendaItemFields[] = [{ code: "1", title: "Apologies" }];
  if (previous) items.push(minutesItem("2", `${record} of the meeting held on ${shortDate(previous.date)}`, previous));
  return { inferred: false, sections: [{ part: "unrestricted", items }] };
}
