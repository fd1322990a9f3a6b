/**
 * The lists and labels the page templates print: titles, contents lists, the agenda's layout, a
 * work programme's groups, the actions raised at a meeting, what a meeting list says a meeting
 * holds, the notice on a meeting not held as far as the archive shows (a planned one whose agenda
 * it holds among them), mentions, a topic's resolutions,
 * a person's post and attendance table, and the tags of statuses.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { FollowUp, Meeting, WorkProgrammeEntry } from "../../src/model/types.ts";
import { actionsRaisedAt } from "../../src/views/actions.ts";
import { agendaSections, listedPapers } from "../../src/views/agenda.ts";
import { attendanceRecord } from "../../src/views/attendance-record.ts";
import { attendanceByYear, attendanceYearTables } from "../../src/views/attendance-years.ts";
import { contentsOf } from "../../src/views/contents.ts";
import { meetingNotice, showsNotice } from "../../src/views/meeting-known.ts";
import { meetingHoldings } from "../../src/views/meeting-list.ts";
import { unlistedPapers } from "../../src/views/meeting-papers.ts";
import { mentionLinks } from "../../src/views/mentions.ts";
import { meetingHeading, meetingTitle, paperCaption, paperHeading, paperTitle, printedTitle, summonsHeading } from "../../src/views/page-titles.ts";
import { personPost } from "../../src/views/people.ts";
import { holdsAgendaAndMinutes } from "../../src/model/follow-through.ts";
import { followUpTag, plannedOutcomeNote, plannedOutcomeTag } from "../../src/views/status-tags.ts";
import { topicResolutions } from "../../src/views/topic-page.ts";
import { plannedMeetings, standingGroups } from "../../src/views/work-programme.ts";
import { type Files, MINIMAL, meetingFile, withPrivatePapers, writeContent } from "../support/content-fixture.ts";
import { loadValidArchive } from "../support/load-content.ts";
import { byId, minimalArchive, paperAt, shippedArchive } from "./archives.ts";

describe("titles", () => {
  it("head minutes 'Minutes', with the printed sentence under the heading, and name the meeting in the title", () => {
    const minutes = paperAt(shippedArchive(), "/meetings/kmpcp-2024-07-16/minutes/");
    expect(paperHeading(minutes)).toBe("Minutes");
    expect(printedTitle(minutes)).toMatch(/^MINUTES of a meeting of the Kent and Medway Police and Crime Panel/);
    expect(paperTitle(minutes)).toBe("Minutes, Police and Crime Panel, 16 July 2024");
    expect(paperCaption(minutes)).toBe("Minutes, Kent and Medway Police and Crime Panel, Tuesday 16 July 2024");
  });

  it("head another paper by its title, with no printed title under it", () => {
    const paper = paperAt(shippedArchive(), "/papers/safer-in-kent-2017-2021/");
    expect(paperHeading(paper)).toBe(paper.title);
    expect(printedTitle(paper)).toBeUndefined();
    expect(paperTitle(paper)).toBe(paper.title);
    expect(paperCaption(paper)).toBe("Plan");
  });

  it("name a meeting by its title or its body, and head its own text by what it is", () => {
    const archive = shippedArchive();
    const meeting = byId(archive.meetings, "kmpcp-2024-10-10");
    expect(meetingTitle(meeting)).toBe("Kent and Medway Police and Crime Panel, Thursday 10 October 2024");
    expect(meetingHeading(meeting)).toBe("Thursday 10 October 2024");
    expect(summonsHeading(meeting)).toBe("The agenda as issued");
    expect(summonsHeading(byId(archive.meetings, "pdb-2019-06-05"))).toBe("About this meeting");
  });
});

describe("contents lists", () => {
  it("list the minutes of minutes, numbered as printed", () => {
    const contents = contentsOf(paperAt(shippedArchive(), "/meetings/kmpcp-2024-07-16/minutes/"));
    expect(contents.slice(0, 2)).toEqual([
      { id: "m109", text: "109. Election of Chair", level: 2 },
      { id: "m110", text: "110. Election of Vice-Chair", level: 2 },
    ]);
  });

  it("list the headings of a paper of more than three, and nothing for a short paper", () => {
    const archive = shippedArchive();
    const long = paperAt(archive, "/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/");
    expect(contentsOf(long).map((c) => c.id)).toEqual(long.headings.map((h) => h.anchor));
    expect(contentsOf(paperAt(minimalArchive(), "/meetings/panel-2024-01-10/a2-report/"))).toEqual([]);
  });
});

describe("the agenda", () => {
  const agendaOf = (id: string) => {
    const agenda = byId(shippedArchive().meetings, id).agenda;
    if (!agenda) throw new Error(`${id} has no agenda`);
    return agendaSections(agenda);
  };

  it("heads each section by its letter and title, with items a level below", () => {
    const sections = agendaOf("kmpcp-2024-10-10");
    expect(sections.map((s) => [s.heading, s.itemLevel])).toContainEqual(["A - Committee Business", 4]);
    expect(sections.flatMap((s) => s.items.map((i) => i.item.code))).toEqual(["A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "C1", "C2", "D1", "E1"]);
  });

  it("lists an appendix under its parent paper, not beside it", () => {
    for (const item of shippedArchive().meetings.flatMap((m) => m.agenda?.items ?? [])) {
      for (const paper of listedPapers(item)) expect(paper.parent && item.papers.includes(paper.parent)).toBeFalsy();
    }
  });
});

describe("a meeting's papers", () => {
  it("lists apart the papers no agenda item lists", () => {
    const meeting = byId(shippedArchive().meetings, "kmpcp-2023-10-17");
    expect(unlistedPapers(meeting).map((d) => d.id)).toEqual(["kmpcp-2023-10-17/minutes"]);
  });

  it("says in a list of meetings what the archive holds of each", () => {
    const archive = shippedArchive();
    expect(meetingHoldings(byId(archive.meetings, "pdb-2019-06-05"), "2026-12-01")).toEqual({ tag: { text: "Mentioned only", classes: "govuk-tag--grey" }, text: "" });
    // Scheduled, at a build before its date; once its date has passed, it says what the archive holds.
    expect(meetingHoldings(byId(archive.meetings, "kmpcp-2020-02-06"), "2020-01-01").tag).toEqual({ text: "Scheduled" });
    expect(meetingHoldings(byId(archive.meetings, "kmpcp-2020-02-06"), "2026-12-01").tag).toEqual({ text: "Date has passed: the archive holds no papers of this meeting", classes: "govuk-tag--grey" });
    expect(meetingHoldings(byId(minimalArchive().meetings, "panel-2024-01-10"), "2026-12-01")).toEqual({ text: "Agenda, Minutes, 1 paper" });
  });

  it("lists the actions raised at the meeting the notes record, not those reported from earlier meetings", () => {
    const notes = paperAt(shippedArchive(), "/meetings/pdb-2024-06-12/notes/");
    const record = notes.records;
    expect(record).toBeDefined();
    if (!record) return;
    expect(actionsRaisedAt(record).length).toBe(4);
    expect(record.actions.length).toBeGreaterThan(4);
    for (const action of actionsRaisedAt(record)) expect(action.raisedAt).toBe(record.meeting);
  });
});

describe("a meeting the archive holds no papers of", () => {
  const archive = shippedArchive();
  const withStatus = (meeting: Meeting, status: Meeting["status"], date = meeting.date): Meeting => ({ ...meeting, status, date });

  it("is a meeting not held, as far as the archive shows", () => {
    // Its agenda is in the archive but no minutes: whether it took place, the papers do not say.
    expect(meetingNotice(byId(archive.meetings, "kmpcp-2024-10-10"), "2026-11-23").text).toBe("Date has passed: the archive holds no minutes of this meeting.");
    expect(showsNotice(byId(archive.meetings, "kmpcp-2024-07-16"))).toBe(false);
    expect(showsNotice(byId(archive.meetings, "pdb-2019-06-05"))).toBe(true);
  });

  it("says whether it is planned, was planned, was cancelled, or is only mentioned", () => {
    const mentioned = byId(archive.meetings, "pdb-2019-09-25");
    expect(meetingNotice(mentioned, "2026-11-23").text).toBe("The archive does not hold the papers of this meeting. What the papers it does hold say of it is below.");
    expect(meetingNotice(withStatus(mentioned, "scheduled", "2027-01-01"), "2026-11-23").text).toBe("This meeting is planned. Its agenda and papers are not yet in the archive.");
    expect(meetingNotice(withStatus(mentioned, "scheduled"), "2026-11-23").text).toBe("Date has passed: the archive holds no papers of this meeting.");
    expect(meetingNotice(withStatus(mentioned, "cancelled"), "2026-11-23").text).toBe("This meeting was cancelled.");
    const unknown: Meeting = { ...mentioned, mentionedIn: [], plannedBusiness: [], followUpsDue: [], minutesTabledAt: [], minutes: undefined };
    expect(meetingNotice(unknown, "2026-11-23").text).toBe("The archive does not hold the papers of this meeting.");
  });

  it("links where the papers mention it: the minute the link sits in", () => {
    const links = mentionLinks(byId(archive.meetings, "pdb-2019-09-25").mentionedIn);
    expect(links[0]).toEqual({ text: "Minute 329 of Tuesday 24 September 2019", href: "/meetings/kmpcp-2019-09-24/minutes/#m329" });
  });

  it("links a mention outside any minute to the paper it sits in", () => {
    const stub = paperAt(archive, "/papers/commissioning-strategy/");
    expect(mentionLinks(stub.mentionedIn)).toContainEqual({ text: "Safer in Kent: The Community Safety and Criminal Justice Plan", href: "/papers/safer-in-kent-2017-2021/" });
  });
});

/**
 * A planned meeting whose agenda is issued before it: MINIMAL's meeting, scheduled, with no minutes
 * yet, at a clock (8 January 2024) before its date and before its budget paper's embargo lifts.
 */
describe("a planned meeting whose agenda the archive holds", () => {
  const planned = (files: Files) => {
    const scheduled = Object.fromEntries(Object.entries(files).filter(([path]) => !path.endsWith("/minutes.md")).map(([path, text]) => [path, path.endsWith("meeting.md") && typeof text === "string" ? text.replace("status: held", "status: scheduled") : text]));
    return byId(loadValidArchive(writeContent(scheduled), DateTime.fromISO("2024-01-08T12:00:00Z")).meetings, "panel-2024-01-10");
  };
  const withEmbargo = planned(withPrivatePapers({ exempt: "EXEMPT", embargo: "EMBARGO" }));

  it("does not say its agenda is not yet in the archive", () => {
    expect(withEmbargo.status).toBe("scheduled");
    expect(meetingNotice(withEmbargo, "2024-01-08").text).toBe("This meeting is planned. The archive holds its agenda; 1 of its papers is to follow.");
    expect(meetingNotice(planned(MINIMAL), "2024-01-08").text).toBe("This meeting is planned. The archive holds its agenda.");
  });

  it("says only the agenda is to come when the archive holds a paper of the meeting but no agenda", () => {
    const noAgenda = planned({ ...MINIMAL, "meetings/panel-2024-01-10/meeting.md": meetingFile().replace(/^agenda:[\s\S]*?(?=^---)/m, "") });
    expect(noAgenda.agenda).toBeUndefined();
    expect(meetingNotice(noAgenda, "2024-01-08").text).toBe("This meeting is planned. Its agenda is not yet in the archive.");
  });

  it("is listed as Scheduled with what the archive holds of it, not the tag alone", () => {
    expect(meetingHoldings(withEmbargo, "2024-01-08")).toEqual({ tag: { text: "Scheduled" }, text: "Agenda, 1 paper; withheld: 3 papers" });
  });
});

describe("a work programme", () => {
  const programme = paperAt(shippedArchive(), "/meetings/kmpcp-2019-11-21/c1-forward-work-programme/").workProgramme;

  it("groups its entries by the meeting they are planned for, in the programme's order", () => {
    expect(programme).toBeDefined();
    if (!programme) return;
    const groups = plannedMeetings(programme);
    expect(groups.map((g) => g.meeting.id)).toEqual(["kmpcp-2020-02-06", "kmpcp-2020-03-26"]);
    expect(groups.flatMap((g) => g.entries)).toEqual(expect.arrayContaining(programme.entries));
    for (const g of groups) for (const e of g.traced) expect(e.requestedBy ?? e.takenAt).toBeDefined();
  });

  it("groups its standing items under their printed headings", () => {
    if (!programme) return;
    expect(standingGroups(programme)).toEqual([
      { heading: "Standard item at each meeting", titles: ["Questions to the Commissioner"] },
      { heading: "Items to note at each meeting", titles: ["Commissioner's decisions", "Performance and Delivery Board minutes (if available)"] },
    ]);
  });
});

describe("status tags", () => {
  it("colour each follow-up's state", () => {
    const tagOf = (state: FollowUp["state"]) => followUpTag({ state } as FollowUp);
    expect([tagOf("taken"), tagOf("overdue"), tagOf("planned"), tagOf("due"), tagOf("not-known")]).toEqual([
      { text: "Taken", classes: "govuk-tag--green" },
      { text: "Overdue", classes: "govuk-tag--red" },
      { text: "Planned" },
      { text: "Still to come", classes: "govuk-tag--grey" },
      { text: "Not known", classes: "govuk-tag--grey" },
    ]);
  });

  it("say what became of planned business", () => {
    const entry = shippedArchive().workProgrammeEntries[0];
    expect(entry).toBeDefined();
    if (!entry) return;
    // The same words as a follow-up in the same situation: its meeting's papers are not in the archive.
    expect(plannedOutcomeTag(entry, "2026-12-01")).toEqual({ text: "Not known", classes: "govuk-tag--grey" });
    expect(plannedOutcomeNote(entry, "2026-12-01")).toBe("the archive holds no papers of that meeting");
    expect(plannedOutcomeTag(entry, "2019-01-01")).toEqual({ text: "Planned" });
    const held = byId(shippedArchive().meetings, "kmpcp-2024-10-10");
    const { agenda } = held;
    expect(plannedOutcomeTag({ ...entry, meeting: { ...entry.meeting, agenda } } as WorkProgrammeEntry, "2026-12-01")).toEqual({ text: "Not known", classes: "govuk-tag--grey" });
    expect(plannedOutcomeNote({ ...entry, meeting: { ...entry.meeting, agenda } } as WorkProgrammeEntry, "2026-12-01")).toBe("the archive holds that meeting's agenda, which does not list it, but not its minutes");
    // A meeting whose agenda and minutes the archive holds, and neither has the business: overdue.
    const full = minimalArchive().meetings.find(holdsAgendaAndMinutes);
    expect(full).toBeDefined();
    expect(plannedOutcomeTag({ ...entry, meeting: { ...entry.meeting, agenda: full?.agenda, minutes: full?.minutes } } as WorkProgrammeEntry, "2026-12-01")).toEqual({ text: "Overdue", classes: "govuk-tag--red" });
    expect(plannedOutcomeTag({ ...entry, takenAt: agenda?.items[0] }, "2026-12-01")).toEqual({ text: "Taken", classes: "govuk-tag--green" });
  });
});

describe("people and topics", () => {
  it("give a person's latest post, else their latest membership", () => {
    const archive = shippedArchive();
    // Printed "Temporary Chief Constable" in October 2022 and "Chief Constable" in June 2024.
    expect(personPost(byId(archive.people, "tim-smith"), archive.vocabulary)).toBe("Chief Constable, Kent Police");
    expect(personPost(byId(archive.people, "peter-ayling"), archive.vocabulary)).toBe("Deputy Chief Constable, Kent Police");
    expect(personPost(byId(archive.people, "john-burden"), archive.vocabulary)).toBe("Co-opted member, Labour Group");
    expect(personPost(byId(archive.people, "elaine-bolton"), archive.vocabulary)).toBe("Independent Member");
  });

  it("count a person's attendance per municipal year, as a table per body with the year as the row's header", () => {
    const hill = byId(shippedArchive().people, "mike-hill");
    const [panel] = attendanceRecord(hill, "2026-12-01");
    const years = panel ? attendanceByYear(panel) : [];
    const [table] = attendanceYearTables(hill, "2026-12-01");
    expect(table?.head.map((h) => h.text)).toEqual(["Municipal year", "Present", "Apologies", "Not recorded", "Attendance not held"]);
    expect(table?.rows.map((r) => r[0]?.text)).toEqual(years.map((y) => y.year));
    expect(table?.rows[0]?.slice(1).every((cell) => cell.format === "numeric")).toBe(true);
  });

  it("list the resolutions of a topic's minutes", () => {
    for (const topic of shippedArchive().topics) expect(topicResolutions(topic)).toEqual(topic.minutes.flatMap((m) => m.resolutions));
    expect(topicResolutions(byId(shippedArchive().topics, "shoplifting")).length).toBe(3);
  });
});
