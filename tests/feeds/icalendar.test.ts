/**
 * The meetings calendar, read back with ical.js (a real iCalendar parser): one event per meeting,
 * start times right in GMT and in BST and on the days the clocks change, venue, address and status.
 */
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { createEvents } from "ics";
import { calendarEvent, meetingCalendar, meetingCalendarUrl, meetingsCalendar } from "../../src/feeds/icalendar.ts";
import type { Archive } from "../../src/model/archive.ts";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";
import { loadValidArchive } from "../support/load-content.ts";

const SITE = { url: "https://papers.example.gov.uk/", name: "Test papers" };
const CLOCK = DateTime.fromISO("2026-01-01T12:00:00Z");

let archive: Archive;

beforeAll(() => {
  archive = loadValidArchive();
});

function events(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

function eventOf(list: ICAL.Event[], meetingId: string): ICAL.Event {
  const found = list.find((e) => e.uid === `${meetingId}@papers.example.gov.uk`);
  if (!found) throw new Error(`no event for ${meetingId}`);
  return found;
}

describe("the meetings calendar of the whole archive", () => {
  it("is, byte for byte, the calendar ics writes of all the meetings' events at once, though each event is written once", () => {
    const stamp: [number, number, number, number, number] = [2026, 1, 1, 12, 0];
    const all = createEvents(
      archive.meetings.map((meeting) => calendarEvent(meeting, SITE, "papers.example.gov.uk", stamp, CLOCK.setZone("Europe/London").toISODate() ?? "")),
      { productId: "-//panel-papers-archive//meetings//EN", calName: "Test papers: meetings" },
    ).value;
    // Each meeting's own calendar first, so the whole one is made of events written before.
    for (const meeting of archive.meetings) meetingCalendar(meeting, SITE, CLOCK);
    expect(meetingsCalendar(archive, SITE, CLOCK)).toBe(all);
    expect(meetingsCalendar(archive, { ...SITE, url: "https://elsewhere.example.org/" }, CLOCK)).toContain("@elsewhere.example.org");
  });

  it("has one event per meeting, each with its own uid", () => {
    const list = events(meetingsCalendar(archive, SITE, CLOCK));
    expect(list).toHaveLength(archive.meetings.length);
    expect(new Set(list.map((e) => e.uid)).size).toBe(list.length);
  });

  it("starts a 10:00 meeting on 10 October 2024 (BST) at 09:00Z, and a 14:00 one on 21 November 2019 (GMT) at 14:00Z", () => {
    const list = events(meetingsCalendar(archive, SITE, CLOCK));
    expect(eventOf(list, "kmpcp-2024-10-10").startDate.toJSDate().toISOString()).toBe("2024-10-10T09:00:00.000Z");
    expect(eventOf(list, "kmpcp-2019-11-21").startDate.toJSDate().toISOString()).toBe("2019-11-21T14:00:00.000Z");
  });

  it("gives the venue as the location and the meeting page as the address", () => {
    const list = events(meetingsCalendar(archive, SITE, CLOCK));
    const event = eventOf(list, "kmpcp-2024-10-10");
    expect(event.location).toBe("Council Chamber, Sessions House, County Hall, Maidstone");
    expect(event.component.getFirstPropertyValue("url")).toBe("https://papers.example.gov.uk/meetings/kmpcp-2024-10-10/");
    expect(event.description).toContain("https://papers.example.gov.uk/meetings/kmpcp-2024-10-10/");
    expect(event.summary).toBe("Kent and Medway Police and Crime Panel");
  });

  it("confirms a scheduled meeting still to come, and calls one whose date has passed with no minutes tentative, as the pages describe it", () => {
    const today = CLOCK.setZone("Europe/London").toISODate() ?? "";
    const scheduled = archive.meetings.filter((m) => m.status === "scheduled");
    const upcoming = scheduled.filter((m) => m.date >= today);
    const passed = scheduled.filter((m) => m.date < today);
    expect(passed.length).toBeGreaterThan(0);
    const list = events(meetingsCalendar(archive, SITE, CLOCK));
    for (const meeting of upcoming) expect(eventOf(list, meeting.id).component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    for (const meeting of passed) {
      const event = eventOf(list, meeting.id);
      expect(event.component.getFirstPropertyValue("status"), meeting.id).toBe("TENTATIVE");
      expect(event.description, meeting.id).toMatch(/^Date has passed: the archive holds (no|no minutes of this meeting|papers)/);
      expect(event.description).not.toMatch(/^Scheduled\./);
    }
    // Built before its date, the December 2024 meeting is still to come, and confirmed.
    const before = events(meetingsCalendar(archive, SITE, DateTime.fromISO("2024-11-01T12:00:00Z")));
    expect(eventOf(before, "kmpcp-2024-12-18").component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(eventOf(before, "kmpcp-2024-12-18").description).toMatch(/^Scheduled\./);
  });

  it("makes a meeting with no known time an all-day event on its date", () => {
    const untimed = archive.meetings.find((m) => !m.time);
    expect(untimed).toBeDefined();
    if (!untimed) return;
    const start = eventOf(events(meetingsCalendar(archive, SITE, CLOCK)), untimed.id).startDate;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe(untimed.date);
  });
});

describe("the meetings calendar of one body", () => {
  it("has exactly that body's meetings", () => {
    for (const body of archive.bodies) {
      const list = events(meetingsCalendar(archive, SITE, CLOCK, body));
      expect(list.map((e) => e.uid).sort(), body.id).toEqual(body.meetings.map((m) => `${m.id}@papers.example.gov.uk`).sort());
    }
  });
});

describe("a meeting's own calendar", () => {
  const meeting = (id: string) => {
    const found = archive.get(id, "meeting");
    if (!found) throw new Error(`no meeting ${id}`);
    return found;
  };
  const vevent = (ics: string, uid: string) => ics.split("BEGIN:VEVENT").slice(1).map((e) => `BEGIN:VEVENT${e.split("END:VEVENT")[0]}END:VEVENT`).find((e) => e.includes(`UID:${uid}`));

  it("sits beside the meeting's page", () => {
    expect(meetingCalendarUrl(meeting("kmpcp-2024-10-10"))).toBe("/meetings/kmpcp-2024-10-10/meeting.ics");
  });

  it("holds one event, starting at 10:00 London time on 10 October 2024 (BST) and at 14:00 on 21 November 2019 (GMT)", () => {
    const bst = events(meetingCalendar(meeting("kmpcp-2024-10-10"), SITE, CLOCK));
    expect(bst).toHaveLength(1);
    expect(bst[0]?.uid).toBe("kmpcp-2024-10-10@papers.example.gov.uk");
    expect(bst[0]?.startDate.toJSDate().toISOString()).toBe("2024-10-10T09:00:00.000Z");
    expect(bst[0]?.location).toBe("Council Chamber, Sessions House, County Hall, Maidstone");
    const gmt = events(meetingCalendar(meeting("kmpcp-2019-11-21"), SITE, CLOCK));
    expect(gmt).toHaveLength(1);
    expect(gmt[0]?.startDate.toJSDate().toISOString()).toBe("2019-11-21T14:00:00.000Z");
  });

  it("holds the very event the meetings calendar holds for it, all day when no time is known", () => {
    const all = meetingsCalendar(archive, SITE, CLOCK);
    const untimed = archive.meetings.find((m) => !m.time);
    if (!untimed) throw new Error("the archive has a meeting with no time");
    for (const m of [meeting("kmpcp-2024-10-10"), untimed]) {
      const uid = `${m.id}@papers.example.gov.uk`;
      expect(vevent(meetingCalendar(m, SITE, CLOCK), uid), m.id).toBe(vevent(all, uid));
    }
    const [event] = events(meetingCalendar(untimed, SITE, CLOCK));
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe(untimed.date);
  });
});

describe("times across the changes of clocks, and statuses", () => {
  const meeting = (date: string, time: string, status = "held") =>
    `---\ntype: meeting\nbody: panel\ndate: ${date}\ntime: "${time}"\nvenue: "Room 1; Town Hall, High Street"\nstatus: ${status}\n---\n`;
  let small: Archive;

  beforeAll(() => {
    const root = writeContent({
      ...MINIMAL,
      // British Summer Time began at 01:00 UTC on 31 March 2024 and ended at 01:00 UTC on 27 October 2024.
      "meetings/panel-2024-03-30/meeting.md": meeting("2024-03-30", "10:00"),
      "meetings/panel-2024-03-31/meeting.md": meeting("2024-03-31", "10:00"),
      "meetings/panel-2024-10-26/meeting.md": meeting("2024-10-26", "23:30"),
      "meetings/panel-2024-10-27/meeting.md": meeting("2024-10-27", "00:30"),
      "meetings/panel-2025-06-01/meeting.md": meeting("2025-06-01", "18:00", "cancelled"),
    });
    small = loadValidArchive(root);
  });

  it("converts London wall-clock times to the right instant on either side of each change", () => {
    const list = events(meetingsCalendar(small, SITE, CLOCK));
    const utc = (id: string) => eventOf(list, id).startDate.toJSDate().toISOString();
    expect(utc("panel-2024-01-10")).toBe("2024-01-10T10:00:00.000Z");
    expect(utc("panel-2024-03-30")).toBe("2024-03-30T10:00:00.000Z");
    expect(utc("panel-2024-03-31")).toBe("2024-03-31T09:00:00.000Z");
    expect(utc("panel-2024-10-26")).toBe("2024-10-26T22:30:00.000Z");
    // 00:30 on 27 October 2024 is still BST (the clocks went back at 02:00 BST).
    expect(utc("panel-2024-10-27")).toBe("2024-10-26T23:30:00.000Z");
  });

  it("marks a cancelled meeting CANCELLED and keeps punctuation in the venue", () => {
    const event = eventOf(events(meetingsCalendar(small, SITE, CLOCK)), "panel-2025-06-01");
    expect(event.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event.summary).toMatch(/^Cancelled: /);
    expect(event.location).toBe("Room 1; Town Hall, High Street");
  });
});
