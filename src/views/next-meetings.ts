/**
 * The home page's answer to "when is the next meeting?": for each body, its first meeting on or
 * after the build's date that is not cancelled, with its calendar file; or, where the archive
 * holds none, a sentence saying so.
 */
import { meetingCalendarUrl } from "../feeds/icalendar.ts";
import { clockTime, longDate } from "../model/dates.ts";
import type { Body, Meeting } from "../model/types.ts";
import type { Link } from "./link.ts";

export interface NextMeeting {
  /** The body's name and page. */
  body: Link;
  /** The body's next meeting; absent when the archive holds none to come. */
  meeting?: {
    /** "Thursday 10 October 2024", linked to the meeting's page. */
    date: Link;
    /** "10am", or empty when the papers give no time. */
    time: string;
    venue: string;
    /** The meeting's own calendar file. */
    calendarHref: string;
    /** "Special meeting" or the meeting's own title, when it has one. */
    note: string;
  };
  /** Said when there is no meeting to come: "No meeting of the … on or after … is in the archive." */
  noneToCome?: string;
}

/** A meeting still to come at the build's date (YYYY-MM-DD, London): on or after it, not cancelled. */
export function isComing(meeting: Meeting, today: string): boolean {
  return meeting.date >= today && meeting.status !== "cancelled";
}

export function nextMeetings(bodies: readonly Body[], today: string): NextMeeting[] {
  return bodies.map((body) => nextMeetingOf(body, today));
}

export function nextMeetingOf(body: Body, today: string): NextMeeting {
  const link = { text: body.name, href: body.url };
  // A body's meetings are in date order; time breaks a tie between two on one day.
  const coming = body.meetings.filter((m) => isComing(m, today)).sort((a, b) => (a.date + (a.time ?? "")).localeCompare(b.date + (b.time ?? "")));
  const next = coming[0];
  if (!next) return { body: link, noneToCome: `No meeting of the ${body.name} on or after ${longDate(today)} is in the archive.` };
  return {
    body: link,
    meeting: {
      date: { text: longDate(next.date), href: next.url },
      time: next.time ? clockTime(next.time) : "",
      venue: next.venue ?? "",
      calendarHref: meetingCalendarUrl(next),
      note: next.special ? "Special meeting" : (next.title ?? ""),
    },
  };
}
