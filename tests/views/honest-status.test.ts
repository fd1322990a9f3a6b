/**
 * Statuses on the shipped archive at a fixed clock (PAPERS_NOW=2026-12-01T12:00:00Z), saying only
 * what the papers say: the follow-ups of minutes 114 and 115 (16 July 2024) are not known, not
 * overdue; minute 331 (24 September 2019), which asks for a standing item and names no meeting, has
 * none; meetings whose date has passed without papers in the archive
 * are not "Scheduled"; the work programme register says what the resolutions register says.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Meeting } from "../../src/model/types.ts";
import { buildViews } from "../../src/views/index.ts";
import { meetingNotice } from "../../src/views/meeting-known.ts";
import { meetingHoldings } from "../../src/views/meeting-list.ts";
import { meetingSummary } from "../../src/views/meeting-summary.ts";
import { followUpNote, followUpTag, meetingStateTag, plannedOutcomeNote, plannedOutcomeTag } from "../../src/views/status-tags.ts";
import { loadValidArchive } from "../support/load-content.ts";
import { PROJECT_ROOT } from "../support/paths.ts";
import { byId } from "./archives.ts";

const archive = loadValidArchive(PROJECT_ROOT, DateTime.fromISO("2026-12-01T12:00:00Z"));
const today = buildViews(archive).today;

const followUpsOf = (meeting: string, anchor: string) => {
  const minute = archive.get(`${meeting}/minutes`, "document")?.records?.minutes.find((m) => m.anchor === anchor);
  expect(minute, `${meeting} ${anchor}`).toBeDefined();
  return minute?.resolutions.flatMap((r) => r.followUps) ?? [];
};

describe("follow-ups on the shipped archive at 1 December 2026", () => {
  it("builds at that date", () => {
    expect(today).toBe("2026-12-01");
  });

  it.each([
    ["kmpcp-2024-07-16", "m114"],
    ["kmpcp-2024-07-16", "m115"],
  ])("says the follow-ups of %s %s are not known, not overdue", (meeting, anchor) => {
    const list = followUpsOf(meeting, anchor);
    expect(list.length).toBeGreaterThan(0);
    for (const f of list) {
      expect(f.state).toBe("not-known");
      expect(followUpTag(f)).toEqual({ text: "Not known", classes: "govuk-tag--grey" });
      expect(followUpNote(f)).not.toBe("");
    }
  });

  it("gives minute 331 no follow-up: it asks that mental health continue as a standing item, and names no meeting", () => {
    expect(followUpsOf("kmpcp-2019-09-24", "m331")).toEqual([]);
  });

  it("gives the reason the archive has: no papers of the meeting, or only a month", () => {
    const notes = followUpsOf("kmpcp-2024-07-16", "m115").map(followUpNote);
    expect(notes).toEqual(["the archive holds no papers of that meeting", "the papers name a month, not a meeting, and the archive cannot show whether it was taken"]);
  });

  it("calls nothing in the shipped archive overdue: it holds no meeting's agenda and minutes both without the business", () => {
    expect(archive.resolutions.flatMap((r) => r.followUps).filter((f) => f.state === "overdue")).toEqual([]);
  });

  it("says in the work programme register what the resolutions register says of the same meeting", () => {
    const [followUp] = followUpsOf("kmpcp-2024-07-16", "m114");
    const entry = followUp?.entry;
    expect(entry?.meeting.id).toBe("kmpcp-2024-12-18");
    if (!entry || !followUp) return;
    expect(plannedOutcomeTag(entry, today)).toEqual(followUpTag(followUp));
    expect(plannedOutcomeNote(entry, today)).toBe(followUpNote(followUp));
    for (const e of archive.workProgrammeEntries) expect(plannedOutcomeTag(e, today).text).not.toBe("Agenda not yet in the archive");
  });
});

describe("meetings whose date has passed", () => {
  const status = (meeting: Meeting) => meetingSummary(meeting, today).find((r) => r.key === "Status")?.value?.text;

  it.each(["kmpcp-2024-12-18", "pdb-2024-10-02", "kmpcp-2020-03-26"])("does not call %s Scheduled", (id) => {
    const meeting = byId(archive.meetings, id);
    expect(meeting.status).toBe("scheduled");
    expect(status(meeting)).toBe("Date has passed: the archive holds no papers of this meeting");
    expect(meetingHoldings(meeting, today).tag).toEqual({ text: "Date has passed: the archive holds no papers of this meeting", classes: "govuk-tag--grey" });
    expect(meetingNotice(meeting, today).text).toBe("Date has passed: the archive holds no papers of this meeting.");
  });

  it("calls no meeting before the build's date Scheduled, anywhere its status shows", () => {
    for (const meeting of archive.meetings.filter((m) => m.date < today)) {
      expect(status(meeting), meeting.id).not.toBe("Scheduled");
      expect(meetingStateTag(meeting, today)?.text, meeting.id).not.toBe("Scheduled");
      expect(meetingNotice(meeting, today).text, meeting.id).not.toMatch(/planned/);
    }
  });

  it("still calls a meeting Scheduled at a build before its date", () => {
    const meeting = byId(archive.meetings, "kmpcp-2024-12-18");
    expect(status(meeting)).toBe("Date has passed: the archive holds no papers of this meeting");
    expect(meetingSummary(meeting, "2024-11-01").find((r) => r.key === "Status")?.value?.text).toBe("Scheduled");
  });
});
