/**
 * The follow-through rule on a small archive: a follow-up is overdue only where the archive holds
 * the target meeting's agenda AND minutes and neither has the business; where it holds no papers
 * of that meeting, or the follow-up names only a month, its state is not known, whatever the clock.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Archive } from "../../src/model/archive.ts";
import { followThroughState, holdsAgendaAndMinutes, similarTitles } from "../../src/model/follow-through.ts";
import type { FollowUp } from "../../src/model/types.ts";
import { followUpNote, followUpTag } from "../../src/views/status-tags.ts";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";
import { loadValidArchive } from "../support/load-content.ts";

/**
 * MINIMAL (10 January 2024: agenda and minutes, items Apologies and A report) plus an earlier
 * meeting whose minutes schedule road safety for 10 January 2024 (which took neither), an update on
 * the report for 10 January 2024 (which took it), road safety again for 6 March 2024 (a meeting the
 * archive holds no papers of) and for June 2024 (a month, no meeting).
 */
const FILES = {
  ...MINIMAL,
  "meetings/panel-2023-10-01/meeting.md": [
    "---",
    "type: meeting",
    "body: panel",
    "date: 2023-10-01",
    "status: held",
    "agenda:",
    "  sections:",
    "    - letter: A",
    "      title: Business",
    "      items:",
    "        - code: A1",
    "          title: Road safety strategy",
    "        - code: A2",
    "          title: Custody suites inspection",
    "---",
    "",
  ].join("\n"),
  "meetings/panel-2023-10-01/minutes.md": [
    "---",
    "type: minutes",
    "title: Minutes of the October meeting",
    "---",
    "## 1. Road safety strategy {item=A1}",
    "",
    "::: resolved {does=note follow_up=\"panel-2024-01-10 panel-2024-03-06 2024-06\"}",
    "RESOLVED that the Panel hear more of road safety at its next meetings.",
    ":::",
    "",
    "## 2. Custody suites inspection {item=A2}",
    "",
    "::: resolved {does=note follow_up=panel-2024-01-10}",
    "RESOLVED that the Panel hear more of the custody suites inspection.",
    ":::",
    "",
  ].join("\n"),
  "meetings/panel-2024-03-06/meeting.md": "---\ntype: meeting\nbody: panel\ndate: 2024-03-06\nstatus: scheduled\n---\n",
};

/** The minutes of 10 January 2024 minute custody suites: the report item took that business. */
const TAKEN = {
  ...FILES,
  "meetings/panel-2024-01-10/minutes.md": (MINIMAL["meetings/panel-2024-01-10/minutes.md"] as string).replace("## 2. A report {item=A2}", "## 2. Custody suites inspection report {item=A2}"),
};

const load = (files: Record<string, string>, now: string): Archive => loadValidArchive(writeContent(files), DateTime.fromISO(now));

function followUps(archive: Archive, anchor: string): FollowUp[] {
  const minute = archive.get("panel-2023-10-01/minutes", "document")?.records?.minutes.find((m) => m.anchor === anchor);
  return minute?.resolutions[0]?.followUps ?? [];
}

const states = (list: FollowUp[]) => Object.fromEntries(list.map((f) => [f.meeting?.id ?? f.due, f.state]));

describe("follow-through at the build's clock", () => {
  const later = load(FILES, "2026-12-01T12:00:00Z");

  it("holds the agenda and minutes of 10 January 2024, and nothing of 6 March 2024", () => {
    expect(holdsAgendaAndMinutes(later.get("panel-2024-01-10", "meeting") as never)).toBe(true);
    expect(holdsAgendaAndMinutes(later.get("panel-2024-03-06", "meeting") as never)).toBe(false);
  });

  it("is overdue where the archive holds that meeting's agenda and minutes and neither has the business", () => {
    const [january] = followUps(later, "m1");
    expect(january?.takenAt).toBeUndefined();
    expect(january?.state).toBe("overdue");
    expect(followUpTag(january as FollowUp)).toEqual({ text: "Overdue", classes: "govuk-tag--red" });
    expect(followUpNote(january as FollowUp)).toBe("the archive holds that meeting's agenda and minutes, and neither has it");
  });

  it("is not known where the archive holds no papers of that meeting, or the papers name only a month", () => {
    const list = followUps(later, "m1");
    expect(states(list)).toEqual({ "panel-2024-01-10": "overdue", "panel-2024-03-06": "not-known", "2024-06": "not-known" });
    const [, march, june] = list;
    expect(followUpTag(march as FollowUp)).toEqual({ text: "Not known", classes: "govuk-tag--grey" });
    expect(followUpNote(march as FollowUp)).toBe("the archive holds no papers of that meeting");
    expect(followUpNote(june as FollowUp)).toBe("the papers name a month, not a meeting, and the archive cannot show whether it was taken");
  });

  it("is due, not overdue or not known, while its meeting or month is still to come", () => {
    expect(states(followUps(load(FILES, "2023-12-01T12:00:00Z"), "m1"))).toEqual({ "panel-2024-01-10": "due", "panel-2024-03-06": "due", "2024-06": "due" });
    expect(states(followUps(load(FILES, "2024-04-01T12:00:00Z"), "m1"))).toEqual({ "panel-2024-01-10": "overdue", "panel-2024-03-06": "not-known", "2024-06": "due" });
  });

  it("is taken, with the item, where the target meeting's minutes record it", () => {
    const [january] = followUps(load(TAKEN, "2026-12-01T12:00:00Z"), "m2");
    expect(january?.state).toBe("taken");
    expect(january?.takenAt?.id).toBe("panel-2024-01-10#item-a2");
  });

  it("takes no business for an item whose title says nothing of it", () => {
    expect(similarTitles("A report", "Road safety strategy")).toBe(false);
    expect(similarTitles("Road Safety - update", "Road Safety report")).toBe(true);
  });

  it("finds the same business whichever title is given first: a short title's one word is enough", () => {
    const entry = "Annual Report of the Commissioner";
    const item = "Annual Report of the Police and Crime Commissioner 2025/26";
    expect([similarTitles(entry, item), similarTitles(item, entry)]).toEqual([true, true]);
    expect([similarTitles("Road safety", "Shoplifting update"), similarTitles("Shoplifting update", "Road safety")]).toEqual([false, false]);
    // Two significant words each: both must be shared.
    expect(similarTitles("Road safety strategy", "Road repairs budget")).toBe(false);
  });
});

describe("the state rule on its own", () => {
  const now = DateTime.fromISO("2026-12-01T12:00:00Z");
  it("never says overdue from the clock alone", () => {
    expect(followThroughState({ due: "2024-12-18", taken: false, planned: true }, now)).toBe("not-known");
    expect(followThroughState({ due: "2027-01-20", taken: false, planned: true }, now)).toBe("planned");
    expect(followThroughState({ due: "2026-12", taken: false, planned: false }, now)).toBe("due");
    expect(followThroughState({ due: "2020-01-01", taken: true, planned: false }, now)).toBe("taken");
  });
});
