/**
 * The agenda of a new meeting, in the shape of the body's last ordinary one (a special meeting's
 * agenda is its own business): the same sections, and the items that come back every time
 * (apologies, declarations, questions, the work programme). Items that took papers of their own are
 * the officer's to add, and so are the items of one meeting only, such as the election of a chair
 * at a first or annual meeting; a section left with no items is left out. The minutes items are
 * made afresh, one for each meeting whose minutes are still to approve (the last ordinary meeting,
 * and any special one since), where the last agenda had its own, or after the opening items when
 * it had none (a body's first meeting).
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
 * The latest ordinary meeting before `date` with an agenda as issued; only if there is none, the
 * latest with an agenda rebuilt from its minutes (which lacks the items that took no minute). A
 * special meeting's agenda is skipped: it is called for business of its own, not the standing items.
 */
export function lastAgendaMeeting(body: Body, date: string): Meeting | undefined {
  const withAgenda = meetingsBefore(body, date).filter((m) => m.agenda && !m.special);
  return withAgenda.filter((m) => !m.agenda?.inferred).pop() ?? withAgenda.pop();
}

/**
 * The meetings whose minutes the new one takes, earliest first: the last ordinary meeting before it
 * that was not cancelled and each special meeting since, less those whose minutes a meeting before
 * the new one has already approved (`approves=` in its minutes). The latest meeting is always among
 * them: no meeting before the new one comes after it to approve its minutes.
 */
export function minutesToTake(body: Body, date: string): Meeting[] {
  const before = meetingsBefore(body, date).filter((m) => m.status !== "cancelled");
  let from = before.length - 1;
  while (from > 0 && before[from]?.special) from--;
  const approved = new Set(before.flatMap((m) => (m.minutes?.records?.minutes ?? []).flatMap((minute) => minute.resolutions.map((r) => r.approves))));
  return before.slice(Math.max(from, 0)).filter((m) => !approved.has(m));
}

export function standingAgenda(body: Body, date: string): AgendaFields {
  const pending = minutesToTake(body, date);
  const last = lastAgendaMeeting(body, date);
  if (!last?.agenda) return defaultAgenda(body, pending);
  const recurring = titlesOf(lastAgendaMeeting(body, last.date));
  // The last agenda's items for this body's minutes show where the minutes go and how they are titled.
  const templates = last.agenda.items.filter((item) => item.minutesOf?.body === body && item.exempt.length === 0);
  const minutes = pending.map((m) => minutesItem("", minutesTitle(body, m, templates), m));
  // One meeting's minutes keep the code they had; several are numbered with the items around them.
  if (minutes.length === 1 && minutes[0] && templates[0]) minutes[0].code = templates[0].code;
  const sections: AgendaSectionFields[] = last.agenda.sections.map((section) => ({
    ...(section.letter ? { letter: section.letter } : {}),
    ...(section.title ? { title: section.title } : {}),
    part: section.part,
    items: section.items.flatMap((item) => {
      if (item === templates[0]) return minutes;
      const kept = isOneOff(item.title) && !recurring.has(titleKey(item.title)) ? undefined : standingItem(item);
      return kept ? [kept] : [];
    }),
  }));
  const placed = templates.length > 0 ? sections : withMinutesItems(sections, minutes);
  // A section whose items were all of that meeting only would publish as a heading over nothing.
  const kept = numbered(placed).filter((section) => section.items.length > 0);
  return kept.length > 0 ? { inferred: false, sections: kept } : defaultAgenda(body, pending);
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
 * `sections` with the items for minutes (`minutes`), in the first unrestricted section after its
 * opening items, or in a section of their own before the others when there is none.
 */
function withMinutesItems(sections: AgendaSectionFields[], minutes: AgendaItemFields[]): AgendaSectionFields[] {
  if (minutes.length === 0) return sections;
  const at = sections.findIndex((section) => section.part === "unrestricted");
  if (at === -1) return [{ part: "unrestricted", items: minutes }, ...sections];
  return sections.map((section, index) => {
    if (index !== at) return section;
    const after = section.items.reduce((last, item, i) => (OPENING.test(item.title) ? i + 1 : last), 0);
    return { ...section, items: [...section.items.slice(0, after), ...minutes, ...section.items.slice(after)] };
  });
}

/**
 * Codes for the items that have none yet (the minutes added), so that no two are alike: an agenda
 * numbered 1, 2, 3… throughout is numbered again throughout, a section numbered A1, A2… again from
 * A1; codes of another shape stay as they are, and the new items take free ones.
 */
function numbered(sections: AgendaSectionFields[]): AgendaSectionFields[] {
  const at = sections.findIndex((section) => section.items.some((item) => item.code === ""));
  const target = sections[at];
  if (!target) return sections;
  const codes = sections.flatMap((section) => section.items.map((item) => item.code)).filter((code) => code !== "");
  if (codes.every((code) => /^\d{1,2}$/.test(code))) {
    let n = 0;
    return sections.map((section) => ({ ...section, items: section.items.map((item) => ({ ...item, code: String(++n) })) }));
  }
  const own = target.items.filter((item) => item.code !== "");
  const letters = new Set(own.map((item) => /^([A-Z])\d{1,2}$/.exec(item.code)?.[1]));
  const letter = letters.size === 1 ? [...letters][0] : own.length === 0 ? target.letter : undefined;
  if (letter) return sections.map((section, index) => (index === at ? { ...section, items: section.items.map((item, i) => ({ ...item, code: `${letter}${i + 1}` })) } : section));
  const taken = new Set(codes);
  const free = Array.from({ length: 99 }, (_, i) => `${target.letter ?? ""}${i + 1}`).filter((code) => !taken.has(code));
  return sections.map((section) => ({ ...section, items: section.items.map((item) => (item.code === "" ? { ...item, code: free.shift() ?? "99" } : item)) }));
}

/**
 * An item comes back if it took no papers, or only the work programme (whose new edition the
 * officer adds). Exempt items, items that took papers, and items for minutes belong to their
 * meeting: the new agenda's items for minutes are made from `minutesToTake`.
 */
export function standingItem(item: AgendaItem): AgendaItemFields | undefined {
  if (item.exempt.length > 0 || item.minutesOf) return undefined;
  const base = { code: item.code, title: item.title, ...(item.topics.length > 0 ? { topics: item.topics.map((t) => t.id) } : {}) };
  if (item.papers.length === 0) return { ...base, ...(item.verbal ? { verbal: true } : {}) };
  if (item.papers.every((p) => p.type === "work-programme")) return base;
  return undefined;
}

function minutesItem(code: string, title: string, meeting: Meeting): AgendaItemFields {
  return { code, title, minutes_of: meeting.id, ...(meeting.minutes ? { papers: [meeting.minutes.id] } : {}) };
}

/**
 * The title of the item for `meeting`'s minutes: the last agenda's title for the minutes of a
 * meeting of the same kind (ordinary or special), with the date it prints made this meeting's
 * ("Minutes of the Police and Crime Panel held on 16 July 2024"); else one made only of what the
 * archive knows of the meeting: its date, and that it was special if it was.
 */
export function minutesTitle(body: Body, meeting: Meeting, templates: readonly AgendaItem[]): string {
  const like = templates.find((item) => item.minutesOf?.special === meeting.special && PRINTED_DATE.test(item.title));
  if (like) return retitle(like.title, meeting);
  const record = body.bodyKind === "board" ? "Notes" : "Minutes";
  return `${record} of the ${meeting.special ? "special " : ""}meeting held on ${shortDate(meeting.date)}`;
}

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const PRINTED_DATE = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS}),?\\s+\\d{4}\\b`);

/** "Minutes of the Police and Crime Panel held on 16 July 2024" with the previous meeting's date. */
export function retitle(title: string, previous: Meeting): string {
  return PRINTED_DATE.test(title) ? title.replace(PRINTED_DATE, shortDate(previous.date)) : title;
}

/** For a body whose archive holds no agenda of an ordinary meeting yet: apologies and the minutes to take. */
function defaultAgenda(body: Body, pending: readonly Meeting[]): AgendaFields {
  const items: AgendaItemFields[] = [{ code: "1", title: "Apologies" }, ...pending.map((m, i) => minutesItem(String(i + 2), minutesTitle(body, m, []), m))];
  return { inferred: false, sections: [{ part: "unrestricted", items }] };
}
