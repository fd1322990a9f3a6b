/**
 * How often a person was at the meetings of each body they sat on or attended: "present at 3 of
 * the 5 meetings whose attendance the archive holds". A meeting counts only when the archive holds
 * its attendance (minutes or notes with an attendance list), and only within the time the person
 * was with the body: the dates of their membership where a role gives them, else the first and
 * last dates the papers show them as a member or at a meeting. Meetings of that time whose
 * attendance the archive does not hold are not counted, and are counted apart, so the figure is
 * never read as a whole record.
 */
import { longDate } from "../model/dates.ts";
import type { Body, Meeting, Person } from "../model/types.ts";
import { isStillToCome } from "./meeting-state.ts";

export interface BodyAttendance {
  body: Body;
  /** The time counted, as ISO dates, first and last day included. */
  from: string;
  to: string;
  /** Where that time comes from: the dates of a role on the body, or the dates the papers show the person with it. */
  span: "membership" | "papers";
  /** Meetings of that time whose attendance the archive holds. */
  counted: Meeting[];
  /** Of those, the meetings at which the person is recorded, in any capacity but apologies. */
  present: Meeting[];
  /** Of those, the meetings at which the person sent apologies. */
  apologies: Meeting[];
  /** Meetings of that time whose attendance the archive does not hold: not counted. */
  notHeld: Meeting[];
}

/** A meeting whose attendance the archive holds: its minutes or notes, published, list who attended. */
export function holdsAttendance(meeting: Meeting): boolean {
  return (meeting.minutes?.records?.attendance.length ?? 0) > 0;
}

/** The person's attendance at each body, in the order of the body's first date with them; at the build's date `today`. */
export function attendanceRecord(person: Person, today: string): BodyAttendance[] {
  return bodiesOf(person)
    .map((body) => bodyAttendance(person, body, today))
    // A role on a body with no date at all, and nothing else dated: no time to count meetings in.
    .filter((record) => record.from !== "")
    .sort((a, b) => a.from.localeCompare(b.from) || a.body.name.localeCompare(b.body.name));
}

function bodiesOf(person: Person): Body[] {
  const bodies = [
    ...person.memberships.map((m) => m.body),
    ...person.attendance.map((a) => a.meeting.body),
    ...person.elections.map((r) => r.minute.record.meeting.body),
    ...person.roles.flatMap((r) => (r.body ? [r.body] : [])),
  ];
  return [...new Set(bodies)];
}

function bodyAttendance(person: Person, body: Body, today: string): BodyAttendance {
  const { from, to, span } = timeWith(person, body);
  const meetings = body.meetings.filter((m) => m.date >= from && m.date <= to && m.status !== "cancelled" && !isStillToCome(m, today));
  const counted = meetings.filter(holdsAttendance);
  const recorded = (m: Meeting) => person.attendance.filter((a) => a.meeting === m);
  return {
    body,
    from,
    to,
    span,
    counted,
    present: counted.filter((m) => recorded(m).some((a) => a.category !== "apologies")),
    apologies: counted.filter((m) => recorded(m).length > 0 && recorded(m).every((a) => a.category === "apologies")),
    notHeld: meetings.filter((m) => !holdsAttendance(m)),
  };
}

/**
 * The time the person was with the body: a role's `from` and `to` where the content gives them
 * (a missing end is the last date the papers show), else the first and last dates on which the
 * papers show the person on it (a membership list, an election, a role seen, an attendance list,
 * a substitute attending for them).
 */
function timeWith(person: Person, body: Body): { from: string; to: string; span: BodyAttendance["span"] } {
  const roles = person.roles.filter((r) => r.body === body);
  const seen = [
    ...person.memberships.filter((m) => m.body === body).map((m) => m.meeting.date),
    ...person.elections.map((r) => r.minute.record.meeting).filter((m) => m.body === body).map((m) => m.date),
    ...person.attendance.filter((a) => a.meeting.body === body).map((a) => a.meeting.date),
    // A member another attended for ("Substitute for Cllr P Fleming") was a member that day.
    ...body.meetings.filter((m) => m.minutes?.records?.attendance.some((a) => a.substituteFor === person)).map((m) => m.date),
    ...roles.flatMap((r) => r.seen.map((d) => firstDay(d))),
  ].sort();
  const starts = roles.flatMap((r) => (r.from ? [firstDay(r.from)] : [])).sort();
  const ends = roles.flatMap((r) => (r.to ? [lastDay(r.to)] : [])).sort();
  const first = starts[0] ?? seen[0] ?? "";
  const last = ends[ends.length - 1] ?? seen[seen.length - 1] ?? first;
  return { from: first, to: last, span: starts.length > 0 || ends.length > 0 ? "membership" : "papers" };
}

/** The first day of a partial date: `2023-05` is 2023-05-01, `2023` is 2023-01-01. */
function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day of a partial date: `2023-02` is 2023-02-28, `2023` is 2023-12-31. */
function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length !== 7) return date;
  const [year = 0, month = 1] = date.split("-").map(Number);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date}-${String(days).padStart(2, "0")}`;
}

/**
 * The record in one sentence or two: "Present at 3 of 3 meetings of the Kent and Medway
 * Police and Crime Panel whose attendance the archive holds, from … to … (…). The archive does not
 * hold the attendance of 6 other meetings of the Panel in that time: they are not counted."
 */
export function attendanceSentence(record: BodyAttendance, person: Person): string {
  const time = record.from === record.to ? `on ${longDate(record.from)}` : `from ${longDate(record.from)} to ${longDate(record.to)}`;
  const why =
    record.span === "membership"
      ? `the dates of ${person.name}'s membership`
      : record.from === record.to
        ? `the only date on which ${SOURCES} name ${person.name}`
        : `the first and last dates on which ${SOURCES} name ${person.name}`;
  const counted = record.counted.length;
  const notHeld = record.notHeld.length;
  if (counted === 0) {
    // "Meetings the papers mention": some are known only as dates planned in a work programme, and
    // whether they took place the archive cannot say.
    const which = notHeld === 0 ? `no meeting of the ${record.body.name}` : notHeld === 1 ? `the one meeting of the ${record.body.name} the papers mention` : `any of the ${notHeld} meetings of the ${record.body.name} the papers mention`;
    return `The archive does not hold the attendance of ${which} ${time} (${why}), so it cannot say how often ${person.name} was there.`;
  }
  const others = `${notHeld} other meeting${notHeld === 1 ? "" : "s"} of the ${record.body.shortName} the papers mention`;
  const sent = record.apologies.length;
  const apologies = sent === 0 ? "" : ` Apologies are recorded for ${sent === counted ? (counted === 1 ? "it" : "all of them") : `${sent} of them`}.`;
  const lead = `Present at ${record.present.length} of ${counted} meeting${counted === 1 ? "" : "s"} of the ${record.body.name} whose attendance the archive holds, ${time} (${why}).${apologies}`;
  if (notHeld === 0) return lead;
  return `${lead} The archive does not hold the attendance of ${others} in that time: ${notHeld === 1 ? "it is" : "they are"} not counted.`;
}

/**
 * What a time drawn from the papers is drawn from, said as it is: a sentence of the minutes that a
 * member was appointed or replaced is not read, so "the only date the papers show" would overclaim.
 */
const SOURCES = "the archive's lists of members and of attendance (and the elections and posts it records)";

/** The person's record at each body as summary-list rows: the body's short name, then the sentence. */
export function attendanceRecordRows(person: Person, today: string): { key: { text: string }; value: { text: string } }[] {
  return attendanceRecord(person, today).map((record) => ({ key: { text: record.body.shortName }, value: { text: attendanceSentence(record, person) } }));
}
