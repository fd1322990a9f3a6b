/** Meetings by calendar year, newest year first: the Meetings page and a page per year. */
import { yearOf } from "../model/dates.ts";
import type { Meeting } from "../model/types.ts";

export interface YearOfMeetings {
  kind: "year";
  year: number;
  /** "Meetings in 2024": the year's page title. */
  title: string;
  url: string;
  meetings: Meeting[];
}

/** The address of a year's page of meetings. */
export function yearUrl(year: number): string {
  return `/meetings/${year}/`;
}

export function meetingsByYear(meetings: readonly Meeting[]): YearOfMeetings[] {
  const years = new Map<number, Meeting[]>();
  for (const meeting of meetings) {
    const year = yearOf(meeting.date);
    years.set(year, [...(years.get(year) ?? []), meeting]);
  }
  return [...years.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ kind: "year", year, title: `Meetings in ${year}`, url: yearUrl(year), meetings: list }));
}
