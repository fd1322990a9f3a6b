/**
 * Views: the shapes pages need, derived once from the archive (years of meetings, a body's
 * upcoming and past meetings). Pure functions of the graph; templates only lay them out.
 */
import type { Archive } from "../model/archive.ts";
import { yearOf } from "../model/dates.ts";
import type { Body, Document, Meeting } from "../model/types.ts";

export interface YearOfMeetings {
  year: number;
  url: string;
  meetings: Meeting[];
}

export interface Views {
  years: YearOfMeetings[];
  /** Papers with pages of their own: exempt and embargoed papers have none. */
  publishedDocuments: Document[];
  /** Meetings whose papers the archive holds (not stubs), newest first. */
  recentMeetings: Meeting[];
  bodies: { body: Body; held: Meeting[]; upcoming: Meeting[]; referenced: Meeting[] }[];
}

export function buildViews(archive: Archive): Views {
  return {
    years: meetingsByYear(archive.meetings),
    publishedDocuments: archive.documents.filter((d) => !d.withheld),
    recentMeetings: archive.meetings.filter(holdsPapers).reverse().slice(0, 6),
    bodies: archive.bodies.map((body) => ({
      body,
      held: body.meetings.filter(holdsPapers).reverse(),
      upcoming: body.meetings.filter((m) => m.status === "scheduled"),
      referenced: body.meetings.filter((m) => !holdsPapers(m) && m.status !== "scheduled").reverse(),
    })),
  };
}

/** A meeting the archive holds papers for: an agenda, minutes or any paper with text. */
export function holdsPapers(meeting: Meeting): boolean {
  return (meeting.agenda !== undefined && !meeting.agenda.inferred) || meeting.documents.some((d) => d.status === "present");
}

export function meetingsByYear(meetings: readonly Meeting[]): YearOfMeetings[] {
  const years = new Map<number, Meeting[]>();
  for (const meeting of meetings) {
    const year = yearOf(meeting.date);
    years.set(year, [...(years.get(year) ?? []), meeting]);
  }
  return [...years.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, url: `/meetings/${year}/`, meetings: list }));
}
