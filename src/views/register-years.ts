/**
 * A register's entries by calendar year of the meeting that records them, newest year first, so a
 * reader can scan one year ("what did they decide in 2024?"); and, for each year, the meetings the
 * archive knows of but holds no minutes or notes of, whose business is therefore not in the
 * register. Only the bodies the register draws on are looked at: the questions register does not
 * list a board's meetings, whose notes record no questions.
 */
import { longDate, yearOf } from "../model/dates.ts";
import type { Body, DocumentType, Meeting } from "../model/types.ts";
import type { Link } from "./link.ts";
import { recordOf } from "./meeting-record.ts";
import { isStillToCome } from "./meeting-state.ts";

export interface RegisterYear<T> {
  year: number;
  /** The year's heading anchor on the register's page: `year-2024`. */
  anchor: string;
  entries: T[];
  /** Meetings of the year, of the register's bodies, whose minutes or notes the archive does not hold or withholds. */
  unrecorded: Link[];
  /** The sentence that introduces those meetings; empty when there are none. */
  unrecordedText: string;
}

/** The entries grouped by year, at the build's date `today` (a meeting still to come has no minutes to miss). */
export function registerYears<T>(entries: readonly T[], meetingOf: (entry: T) => Meeting, today: string): RegisterYear<T>[] {
  const bodies = [...new Set(entries.map((e) => meetingOf(e).body))];
  const known = bodies.flatMap((body) => body.meetings).filter((m) => !isStillToCome(m, today) && m.status !== "cancelled");
  const years = new Set([...entries.map((e) => yearOf(meetingOf(e).date)), ...known.map((m) => yearOf(m.date))]);
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => {
      const unrecorded = known.filter((m) => yearOf(m.date) === year && !recordHeld(m)).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
      return {
        year,
        anchor: `year-${year}`,
        entries: entries.filter((e) => yearOf(meetingOf(e).date) === year),
        unrecorded: unrecorded.map((m) => ({ text: gapText(m), href: m.url })),
        unrecordedText: unrecordedText(unrecorded, year),
      };
    });
}

/** Whether the archive holds, and publishes, the minutes or notes of the meeting. */
function recordHeld(meeting: Meeting): boolean {
  const record = recordOf(meeting);
  return record?.status === "present" && !record.withheld;
}

function gapText(meeting: Meeting): string {
  const record = recordOf(meeting);
  const withheld = record?.withheld ? ` (${record.type === "notes" ? "notes" : "minutes"} withheld)` : "";
  return `${meeting.body.shortName}, ${longDate(meeting.date)}${withheld}`;
}

/** What a body's meetings are recorded in: the type of the records the archive holds of it, else minutes. */
function recordTypeOf(body: Body): DocumentType {
  return body.meetings.map(recordOf).find((d) => d !== undefined)?.type ?? "minutes";
}

/** "The archive holds no minutes of these 3 meetings of 2024, so their business is not in this register:". */
function unrecordedText(meetings: readonly Meeting[], year: number): string {
  if (meetings.length === 0) return "";
  const words = new Set(meetings.map((m) => (recordTypeOf(m.body) === "notes" ? "notes" : "minutes")));
  const record = words.size > 1 ? "minutes or notes" : ([...words][0] ?? "minutes");
  const which = meetings.length === 1 ? "this meeting" : `these ${meetings.length} meetings`;
  return `The archive holds no ${record} of ${which} of ${year}, so ${meetings.length === 1 ? "its" : "their"} business is not in this register:`;
}

/** The registers' list of years, each linked to its heading: "2024 (14 resolutions)". */
export function registerYearLinks(years: readonly RegisterYear<unknown>[], singular: string, plural: string): Link[] {
  return years.map((y) => ({ text: `${y.year} (${y.entries.length} ${y.entries.length === 1 ? singular : plural})`, href: `#${y.anchor}` }));
}
