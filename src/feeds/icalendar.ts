/**
 * The meetings calendar (iCalendar, RFC 5545), written by the `ics` library: one event per
 * meeting, past and upcoming, for the whole archive or for one body; and each meeting's own
 * calendar file, beside its page (`/meetings/<id>/meeting.ics`), holding that one event.
 *
 * Start times are London wall-clock times in the content; they are converted through luxon's
 * Europe/London zone and written in UTC ("…Z"), which every calendar reads the same way on either
 * side of a change of clocks and needs no VTIMEZONE block. A meeting with no time is an all-day
 * event on its date.
 */
import { createEvents, type DateArray, type EventAttributes, type EventStatus } from "ics";
import { DateTime } from "luxon";
import type { Archive } from "../model/archive.ts";
import { clockTime, longDate, ZONE } from "../model/dates.ts";
import type { Body, Meeting } from "../model/types.ts";
import { labelOf } from "../render/labels.ts";
import { isPastScheduled, pastScheduledText } from "../views/status-tags.ts";
import type { FeedSite } from "./atom.ts";
import { absoluteUrl } from "./site-url.ts";

const STATUS: Record<Meeting["status"], EventStatus> = {
  held: "CONFIRMED",
  scheduled: "CONFIRMED",
  cancelled: "CANCELLED",
  // Mentioned in the papers only: the archive cannot confirm it took place as planned.
  referenced: "TENTATIVE",
};

/**
 * A meeting's status in its event, at the build's date `today`: a scheduled meeting whose date has
 * passed with no minutes in the archive is tentative, and described as the pages describe it ("Date
 * has passed: …"), not "Scheduled." and confirmed: whether it took place, the papers do not say.
 */
function eventStatus(meeting: Meeting, today: string): { status: EventStatus; words: string } {
  if (isPastScheduled(meeting, today)) return { status: "TENTATIVE", words: pastScheduledText(meeting) };
  return { status: STATUS[meeting.status], words: labelOf(meeting.status) };
}

export function meetingsCalendar(archive: Archive, site: FeedSite, clock: DateTime, body?: Body): string {
  const meetings = body ? body.meetings : archive.meetings;
  return calendarText(meetings, site, clock, body ? `${body.name}: meetings` : `${site.name}: meetings`);
}

/** The root-relative address of a meeting's own calendar file, beside its page. */
export function meetingCalendarUrl(meeting: Meeting): string {
  return `${meeting.url}meeting.ics`;
}

/**
 * A meeting's own calendar: the one event the meetings calendar holds for it (calendarEvent), as
 * `ics` writes and checks it; the archive's and the body's calendars take the event from it.
 */
export function meetingCalendar(meeting: Meeting, site: FeedSite, clock: DateTime): string {
  const key = `${site.url}\0${site.name}\0${clock.toISO()}`;
  const known = calendars.get(meeting);
  if (known?.for === key) return known.text;
  const event = calendarEvent(meeting, site, new URL(site.url).hostname, utcArray(clock), clock.setZone(ZONE).toISODate() ?? "");
  const text = written(createEvents([event], { productId: PRODUCT_ID, calName: `${meeting.body.name}: ${longDate(meeting.date)}` }));
  calendars.set(meeting, { for: key, text });
  return text;
}

/** Each meeting's own calendar, by the site and clock it was written for (a build writes one site at one clock). */
const calendars = new WeakMap<Meeting, { for: string; text: string }>();

const PRODUCT_ID = "-//panel-papers-archive//meetings//EN";
const END_EVENT = "END:VEVENT\r\n";
const END_CALENDAR = "END:VCALENDAR\r\n";

/**
 * A calendar of `meetings`: `ics`'s header for the calendar, then each meeting's event as `ics`
 * wrote and checked it for the meeting's own calendar (eventText), then its footer, as `ics`
 * writes a calendar of many events. Each meeting is in three calendars (the archive's, its
 * body's, its own), and `ics` checks every event and header it writes against its schema, which
 * was most of the calendars' time: each event is now checked and written once.
 */
function calendarText(meetings: readonly Meeting[], site: FeedSite, clock: DateTime, calName: string): string {
  const empty = written(createEvents([], { productId: PRODUCT_ID, calName }));
  return `${empty.slice(0, empty.length - END_CALENDAR.length)}${meetings.map((meeting) => eventText(meeting, site, clock)).join("")}${END_CALENDAR}`;
}

/** A meeting's VEVENT block, as `ics` wrote it in the meeting's own calendar. */
function eventText(meeting: Meeting, site: FeedSite, clock: DateTime): string {
  const whole = meetingCalendar(meeting, site, clock);
  return whole.slice(whole.indexOf("BEGIN:VEVENT"), whole.lastIndexOf(END_EVENT) + END_EVENT.length);
}

function written({ error, value }: { error: Error | null | undefined; value?: string | null }): string {
  if (error || value === null || value === undefined) throw new Error(`the meetings calendar could not be written: ${error?.message ?? "no output"}`);
  return value;
}

/** One meeting as a calendar event, at the build's date `today` (London). Exported for tests of single events. */
export function calendarEvent(meeting: Meeting, site: FeedSite, host: string, stamp: DateArray, today: string): EventAttributes {
  const state = eventStatus(meeting, today);
  const url = absoluteUrl(site.url, meeting.url);
  const start = meeting.start ? DateTime.fromISO(meeting.start, { setZone: true }) : undefined;
  const name = `${meeting.body.name}${meeting.title ? `: ${meeting.title}` : ""}${meeting.special ? " (special meeting)" : ""}`;
  const description = [
    `${state.words}. ${longDate(meeting.date)}${meeting.time ? `, ${clockTime(meeting.time)}` : ""}${meeting.venue ? `, ${meeting.venue}` : ""}.`,
    `Agenda and papers: ${url}`,
  ].join("\n");
  const event = {
    // The identifier it had first: a meeting moved to another date (formerly:) stays one event in
    // people's calendars, which the higher sequence tells to take the new date.
    uid: `${meeting.formerly[0] ?? meeting.id}@${host}`,
    ...(meeting.formerly.length > 0 ? { sequence: meeting.formerly.length } : {}),
    title: meeting.status === "cancelled" ? `Cancelled: ${name}` : name,
    description,
    url,
    status: state.status,
    timestamp: stamp,
    ...(meeting.venue ? { location: meeting.venue } : {}),
    ...(start
      ? { start: utcArray(start), startInputType: "utc" as const, startOutputType: "utc" as const }
      : { start: dateArray(meeting.date) }),
  };
  // ics's types ask for `end` or `duration`, but its schema and RFC 5545 do not: the papers give
  // no finishing time, and inventing one would put a guess in people's calendars.
  return event as unknown as EventAttributes;
}

function utcArray(time: DateTime): DateArray {
  const utc = time.toUTC();
  return [utc.year, utc.month, utc.day, utc.hour, utc.minute];
}

function dateArray(iso: string): DateArray {
  const [y = 0, m = 1, d = 1] = iso.split("-").map(Number);
  return [y, m, d];
}
