/**
 * The questions a reader brings, answered only as far as the archive can: what a year's meetings
 * hold (papers held counted apart from papers only listed), what was decided in a year and which
 * meetings of it the archive holds no minutes of, and how often a member attended, of how many
 * meetings whose attendance the archive holds, with the rest counted apart.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Archive } from "../../src/model/archive.ts";
import { attendanceRecord, attendanceSentence } from "../../src/views/attendance-record.ts";
import { attendanceByYear, attendanceYearTables } from "../../src/views/attendance-years.ts";
import { excerpt } from "../../src/views/excerpt.ts";
import { meetingHoldings } from "../../src/views/meeting-list.ts";
import { questionExcerpt } from "../../src/views/question-summary.ts";
import { registerYearLinks, registerYears } from "../../src/views/register-years.ts";
import { MINIMAL, withPrivatePapers, writeContent } from "../support/content-fixture.ts";
import { loadValidArchive } from "../support/load-content.ts";
import { PROJECT_ROOT } from "../support/paths.ts";
import { byId } from "./archives.ts";

const at = (iso: string) => loadValidArchive(PROJECT_ROOT, DateTime.fromISO(iso));
const shipped = at("2024-10-15T12:00:00+01:00");
const meeting = (archive: Archive, id: string) => byId(archive.meetings, id);
const person = (archive: Archive, id: string) => byId(archive.people, id);

const meetingFile = (date: string, status = "held", agenda: string[] = []) => ["---", "type: meeting", "body: panel", `date: ${date}`, `status: ${status}`, ...agenda, "---", ""].join("\n");
const minutesFile = (attendance: string[], extra: string[] = []) =>
  ["---", "type: minutes", "title: Minutes", ...extra, "attendance:", ...attendance, "---", "## 1. Business", "", "Text.", ""].join("\n");

/**
 * MINIMAL (Ann Able present on 10 January 2024) with Ann a member from January to June 2024 and
 * meetings around that: one before, one she is not recorded at, one she sent apologies to, one
 * whose minutes are withheld (tabled at the next, so their title is public), one only mentioned,
 * one cancelled and one scheduled for 20 June.
 */
const AROUND_A_MEMBERSHIP = {
  ...MINIMAL,
  "people/ann-able.md": "---\ntype: person\nname: Ann Able\nnames_as_printed: [Cllr A Able]\nroles:\n  - { role: member, body: panel, from: 2024-01, to: 2024-06 }\n---\n",
  "meetings/panel-2023-12-01/meeting.md": meetingFile("2023-12-01"),
  "meetings/panel-2023-12-01/minutes.md": minutesFile(["  present:", "    - { person: ann-able, as_printed: Cllr A Able }"]),
  "meetings/panel-2024-02-01/meeting.md": meetingFile("2024-02-01"),
  "meetings/panel-2024-02-01/minutes.md": minutesFile(["  present:", "    - { person: ann-able, as_printed: Cllr A Able }"], ["exempt: [1]"]),
  "meetings/panel-2024-03-01/meeting.md": meetingFile("2024-03-01", "held", [
    "agenda:",
    "  sections:",
    "    - items:",
    "        - { code: A1, title: Minutes of 1 February 2024, papers: [panel-2024-02-01/minutes], minutes_of: panel-2024-02-01 }",
  ]),
  "meetings/panel-2024-03-01/minutes.md": minutesFile(["  present:", "    - { person: bob-baker, as_printed: Mr B Baker }"]),
  "meetings/panel-2024-04-01/meeting.md": meetingFile("2024-04-01"),
  "meetings/panel-2024-04-01/minutes.md": minutesFile(["  apologies:", "    - { person: ann-able, as_printed: Cllr A Able }"]),
  "meetings/panel-2024-05-01/meeting.md": meetingFile("2024-05-01", "referenced"),
  "meetings/panel-2024-06-01/meeting.md": meetingFile("2024-06-01", "cancelled"),
  "meetings/panel-2024-06-20/meeting.md": meetingFile("2024-06-20", "scheduled"),
};
const around = loadValidArchive(writeContent(AROUND_A_MEMBERSHIP), DateTime.fromISO("2024-07-01T12:00:00Z"));
const ids = (meetings: readonly { id: string }[]) => meetings.map((m) => m.id);

describe("a year's meetings, as the year pages list them", () => {
  it("count only the papers the archive holds, and say apart what a meeting lists but the archive does not hold", () => {
    expect(meetingHoldings(meeting(shipped, "kmpcp-2024-07-16"), "2024-10-15")).toEqual({ text: "Minutes; listed but not held: 5 papers" });
    expect(meetingHoldings(meeting(shipped, "kmpcp-2019-09-24"), "2024-10-15")).toEqual({ text: "Minutes; listed but not held: 3 papers" });
    expect(meetingHoldings(meeting(shipped, "kmpcp-2024-10-10"), "2024-10-15")).toEqual({ tag: { text: "Date has passed: the archive holds no minutes of this meeting", classes: "govuk-tag--grey" }, text: "Agenda, 8 papers" });
    expect(meetingHoldings(meeting(shipped, "pdb-2024-06-12"), "2024-10-15")).toEqual({ text: "Meeting notes" });
  });

  it("count withheld papers and minutes apart from those held, and say when nothing is held", () => {
    const withPrivate = loadValidArchive(writeContent(withPrivatePapers({ exempt: "EXEMPT-CANARY", embargo: "EMBARGO-CANARY" })), DateTime.fromISO("2024-01-08T12:00:00Z"));
    expect(meetingHoldings(meeting(withPrivate, "panel-2024-01-10"), "2024-01-08")).toEqual({ text: "Agenda, Minutes, 1 paper; withheld: 3 papers" });
    expect(meetingHoldings(meeting(around, "panel-2024-02-01"), "2024-07-01")).toEqual({ text: "No papers held; withheld: Minutes" });
  });
});

describe("a register by year, with the meetings of each year the archive holds no minutes of", () => {
  it("misses no minutes of a meeting still to come, planned or only named by the papers", () => {
    // At 1 February 2024 the Board's meeting of 28 February 2024, which the papers only name, is still to come.
    const years = registerYears(shipped.resolutions, (r) => r.minute.record.meeting, "2024-02-01");
    const gaps = years.flatMap((y) => y.unrecorded.map((link) => link.href));
    expect(gaps).not.toContain("/meetings/pdb-2024-02-28/");
    expect(gaps).not.toContain("/meetings/kmpcp-2024-12-18/");
    expect(registerYears(shipped.resolutions, (r) => r.minute.record.meeting, "2024-03-01").flatMap((y) => y.unrecorded.map((link) => link.href))).toContain("/meetings/pdb-2024-02-28/");
  });

  it("groups the resolutions by year, newest first, with a year of meetings and no minutes among them", () => {
    const years = registerYears(shipped.resolutions, (r) => r.minute.record.meeting, "2024-10-15");
    expect(years.map((y) => [y.year, y.entries.length])).toEqual([
      // The Board's notes agreed at its 12 June 2024 and 31 October 2022 meetings count too.
      [2024, 12],
      [2023, 9],
      [2022, 1],
      [2021, 0],
      [2020, 0],
      [2019, 9],
    ]);
    expect(years.flatMap((y) => y.entries)).toHaveLength(shipped.resolutions.length);
    expect(registerYearLinks(years, "resolution", "resolutions")[0]).toEqual({ text: "2024 (12 resolutions)", href: "#year-2024" });
  });

  it("answers 'what did they decide in October 2024?': the archive holds no minutes of 10 October, and 18 December is still to come", () => {
    const [y2024] = registerYears(shipped.resolutions, (r) => r.minute.record.meeting, "2024-10-15");
    expect(y2024?.unrecorded).toEqual([
      { text: "Police and Crime Panel, Tuesday 6 February 2024", href: "/meetings/kmpcp-2024-02-06/" },
      { text: "Performance and Delivery Board, Wednesday 28 February 2024", href: "/meetings/pdb-2024-02-28/" },
      { text: "Performance and Delivery Board, Wednesday 2 October 2024", href: "/meetings/pdb-2024-10-02/" },
      { text: "Police and Crime Panel, Thursday 10 October 2024", href: "/meetings/kmpcp-2024-10-10/" },
    ]);
    expect(y2024?.unrecordedText).toBe("The archive holds no minutes or notes of these 4 meetings of 2024, so their business is not in this register:");
    const later = registerYears(at("2026-12-01T12:00:00Z").resolutions, (r) => r.minute.record.meeting, "2026-12-01");
    expect(later[0]?.unrecorded.map((l) => l.text)).toContain("Police and Crime Panel, Wednesday 18 December 2024");
  });

  it("looks only at the bodies the register draws on: the Board's meetings in the actions register, not the questions", () => {
    const questions = registerYears(shipped.questions, (q) => q.minute.record.meeting, "2024-10-15");
    expect(questions.flatMap((y) => y.unrecorded).every((l) => (l.href ?? "").startsWith("/meetings/kmpcp-"))).toBe(true);
    const actions = registerYears(shipped.actions, (a) => a.record.meeting, "2024-10-15");
    expect(actions.map((y) => y.year)).toEqual([2024, 2023, 2022, 2021, 2019]);
    expect(actions[0]?.unrecordedText).toBe("The archive holds no notes of these 2 meetings of 2024, so their business is not in this register:");
    expect(actions[0]?.unrecorded.map((l) => l.href)).toEqual(["/meetings/pdb-2024-02-28/", "/meetings/pdb-2024-10-02/"]);
  });

  it("names withheld minutes as withheld, and leaves out cancelled meetings and those still to come", () => {
    const [y2024] = registerYears(around.resolutions, (r) => r.minute.record.meeting, "2024-06-15");
    expect(y2024?.unrecorded.map((l) => l.text)).toEqual(["Test Panel, Thursday 1 February 2024 (minutes withheld)", "Test Panel, Wednesday 1 May 2024"]);
    expect(y2024?.unrecordedText).toBe("The archive holds no minutes of these 2 meetings of 2024, so their business is not in this register:");
  });
});

describe("a register's summary of a long text", () => {
  it("shows the opening words as printed, without Markdown, marked where cut", () => {
    expect(excerpt("RESOLVED: To **note** the report and [agree](@kmpcp-2024-12-18) to a further update.")).toBe("RESOLVED: To note the report and agree to a further update.");
    expect(excerpt("one two three four five", 3)).toBe("one two three …");
  });

  it("shows a question without the label the row shows as its number", () => {
    const [q2019, , , , q2023] = shipped.questions;
    expect(q2019 && questionExcerpt(q2019)).toMatch(/^In light of the Commissioner's priority, within his Safer in Kent Plan/);
    expect(q2023 && questionExcerpt(q2023)).toMatch(/^An officer in Folkestone told me recently/);
  });
});

describe("how often a person attended", () => {
  it("counts Mike Hill present at 3 of the 3 Panel meetings whose attendance the archive holds, and 6 more apart", () => {
    const [panel] = attendanceRecord(person(shipped, "mike-hill"), "2024-10-15");
    expect(panel?.body.id).toBe("kmpcp");
    expect([panel?.present.length, panel?.counted.length, panel?.notHeld.length]).toEqual([3, 3, 6]);
    expect(panel && attendanceSentence(panel, person(shipped, "mike-hill"))).toBe(
      "Present at 3 of 3 meetings of the Kent and Medway Police and Crime Panel whose attendance the archive holds, from Tuesday 24 September 2019 to Thursday 10 October 2024 " +
        `(the first and last dates on which ${"the archive's lists of members and of attendance (and the elections and posts it records)"} name Mike Hill). ` +
        "The archive does not hold the attendance of 6 other meetings of the Police and Crime Panel the papers mention in that time: they are not counted.",
    );
  });

  it("counts a member only from the first date the papers show them: Eddie Peake, apologies at his one meeting", () => {
    const peake = person(shipped, "eddie-peake");
    const [panel] = attendanceRecord(peake, "2024-10-15");
    expect([panel?.from, panel?.to]).toEqual(["2024-07-16", "2024-10-10"]);
    expect(panel && attendanceSentence(panel, peake)).toMatch(/^Present at 0 of 1 meeting of the Kent and Medway Police and Crime Panel whose attendance the archive holds, .* Apologies are recorded for it\. The archive does not hold the attendance of 1 other meeting/);
  });

  it("says when it holds the attendance of none of a member's meetings", () => {
    const jeffery = person(shipped, "stuart-jeffery");
    const [panel] = attendanceRecord(jeffery, "2024-10-15");
    expect(panel && attendanceSentence(panel, jeffery)).toBe(
      "The archive does not hold the attendance of the one meeting of the Kent and Medway Police and Crime Panel the papers mention on Thursday 10 October 2024 (the only date on which the archive's lists of members and of attendance (and the elections and posts it records) name Stuart Jeffery), so it cannot say how often Stuart Jeffery was there.",
    );
  });

  it("counts within the dates of a membership where a role gives them, each meeting once, and the rest apart", () => {
    const ann = person(around, "ann-able");
    const [panel] = attendanceRecord(ann, "2024-07-01");
    expect(panel?.span).toBe("membership");
    expect([panel?.from, panel?.to]).toEqual(["2024-01-01", "2024-06-30"]);
    expect(ids(panel?.counted ?? [])).toEqual(["panel-2024-01-10", "panel-2024-03-01", "panel-2024-04-01"]);
    expect(ids(panel?.present ?? [])).toEqual(["panel-2024-01-10"]);
    expect(ids(panel?.apologies ?? [])).toEqual(["panel-2024-04-01"]);
    // Withheld minutes, a meeting only mentioned and one whose date has passed; not the cancelled one.
    expect(ids(panel?.notHeld ?? [])).toEqual(["panel-2024-02-01", "panel-2024-05-01", "panel-2024-06-20"]);
    expect(panel && attendanceSentence(panel, ann)).toBe(
      "Present at 1 of 3 meetings of the Test Panel whose attendance the archive holds, from Monday 1 January 2024 to Sunday 30 June 2024 (the dates of Ann Able's membership). " +
        "Apologies are recorded for 1 of them. The archive does not hold the attendance of 3 other meetings of the Test Panel the papers mention in that time: they are not counted.",
    );
  });

  it("counts nothing for a body the person has a role on but no date with", () => {
    const undated = loadValidArchive(writeContent({ ...MINIMAL, "people/bob-baker.md": "---\ntype: person\nname: Bob Baker\nroles:\n  - { role: member, body: panel }\n---\n" }));
    expect(attendanceRecord(person(undated, "bob-baker"), "2024-07-01")).toEqual([]);
  });

  it("leaves a meeting still to come out of the count", () => {
    const [panel] = attendanceRecord(person(around, "ann-able"), "2024-06-15");
    expect(ids(panel?.notHeld ?? [])).toEqual(["panel-2024-02-01", "panel-2024-05-01"]);
  });

  it("counts each municipal year of a body: present at how many of the meetings held, apologies, not recorded, not held", () => {
    const [panel] = attendanceRecord(person(around, "ann-able"), "2024-07-01");
    expect(panel && attendanceByYear(panel)).toEqual([
      { year: "2024-25", counted: 0, present: 0, apologies: 0, notRecorded: 0, notHeld: 2 },
      { year: "2023-24", counted: 3, present: 1, apologies: 1, notRecorded: 1, notHeld: 1 },
    ]);
    const [table] = attendanceYearTables(person(around, "ann-able"), "2024-07-01");
    expect(table?.caption).toBe("Test Panel: attendance by municipal year (May to April)");
    expect(table?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["2024-25", "–", "0", "0", "2"],
      ["2023-24", "1 of 3", "1", "1", "1"],
    ]);
  });
});
