/**
 * The agenda of a new meeting, in the shape of the body's last one: the same sections, and the
 * items that come back every time (apologies, declarations, the minutes of the previous meeting,
 * questions, the work programme). Items that took papers of their own are the officer's to add,
 * and so are the items of one meeting only, such as the election of a chair at a first or annual
 * meeting. When the last agenda had no minutes to approve (a body's first meeting), the new one
 * gets an item for the previous meeting's.
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
  const recurring = titlesOf(lastAgendaMeeting(body, last.date));
  const sections: AgendaSectionFields[] = last.agenda.sections.map((section) => ({
    ...(section.letter ? { letter: section.letter } : {}),
    ...(section.title ? { title: section.title } : {}),
    part: section.part,
    items: section.items.flatMap((item) => {
      const kept = isOneOff(item.title) && !recurring.has(titleKey(item.title)) ? undefined : standingItem(item, body, previous);
      return kept ? [kept] : [];
    }),
  }));
  const takesMinutes = sections.some((section) => section.items.some((item) => item.minutes_of));
  return { inferred: false, sections: previous && !takesMinutes ? withMinutesItem(sections, body, previous) : sections };
}

/**
 * Items of one meeting only: the election or appointment of a chair or vice-chair, or an "Election
 * of …" or "Appointment of …" item. One stays when it is standing: on the two agendas before the
 * new meeting alike (a committee that elects a chair for each meeting).
 */
export function isOneOff(title: string): boolean {
  return /^(?:the\s+)?(?:election|appointment)s?\s+of\b/i.test(title) || /\b(?:elect(?:ion)?|appoint(?:ment)?)s?\b.*\b(?:vice[- ]?)?chair/i.test(title);
}

/** Titles compared as printed, but for case and spacing. */
function titleKey(title: string): string {
  return title.toLowerCase().replace(/\s+/g, " ").trim();
}

function titlesOf(meeting: Meeting | undefined): Set<string> {
  return new Set((meeting?.agenda?.sections ?? []).flatMap((section) => section.items.map((item) => titleKey(item.title))));
}

/** The items an agenda opens with, before the minutes: apologies, substitutes, declarations of interest. */
const OPENING = /\b(?:apologies|substitutes?|declarations?)\b/i;

/**
 * `sections` with an item for the previous meeting's minutes, in the first unrestricted section
 * after its opening items. Codes are numbered again so that no two are alike: an agenda numbered
 * 1, 2, 3… throughout is numbered again throughout, a section numbered A1, A2… again from A1;
 * codes of another shape stay as they are, and the minutes take a free one.
 */
function withMinutesItem(sections: AgendaSectionFields[], body: Body, previous: Meeting): AgendaSectionFields[] {
  const record = body.bodyKind === "board" ? "Notes" : "Minutes";
  const minutes = minutesItem("", `${record} of the meeting held on ${shortDate(previous.date)}`, previous);
  const at = sections.findIndex((section) => section.part === "unrestricted");
  if (at === -1) return [{ part: "unrestricted", items: [{ ...minutes, code: "1" }] }, ...sections];
  const target = sections[at] as AgendaSectionFields;
  const after = target.items.reduce((last, item, index) => (OPENING.test(item.title) ? index + 1 : last), 0);
  const withMinutes = sections.map((s, index) => (index === at ? { ...s, items: [...s.items.slice(0, after), minutes, ...s.items.slice(after)] } : s));
  const codes = sections.flatMap((section) => section.items.map((item) => item.code));
  if (codes.every((code) => /^\d{1,2}$/.test(code))) {
    let n = 0;
    return withMinutes.map((section) => ({ ...section, items: section.items.map((item) => ({ ...item, code: String(++n) })) }));
  }
  const letters = new Set(target.items.map((item) => /^([A-Z])\d{1,2}$/.exec(item.code)?.[1]));
  const letter = letters.size === 1 ? [...letters][0] : target.items.length === 0 ? target.letter : undefined;
  if (letter) return withMinutes.map((section, index) => (index === at ? { ...section, items: section.items.map((item, i) => ({ ...item, code: `${letter}${i + 1}` })) } : section));
  const taken = new Set(codes);
  const free = Array.from({ length: 99 }, (_, i) => `${target.letter ?? ""}${i + 1}`).find((code) => !taken.has(code)) ?? "99";
  return withMinutes.map((section) => ({ ...section, items: section.items.map((item) => (item.code === "" ? { ...item, code: free } : item)) }));
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
