/**
 * Cross-links derived in the model layer on the real content: requests followed to outcomes,
 * minutes to their approval, decisions to where they were noted and heard.
 */
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import type { Archive } from "../../src/model/archive.ts";
import { loadArchive } from "../../src/model/load.ts";
import { similarTitles } from "../../src/model/follow-through.ts";
import { PROJECT_ROOT } from "../support/paths.ts";

let archive: Archive;

beforeAll(() => {
  // A fixed clock: what is overdue depends on the date the site is built.
  archive = loadArchive({ projectRoot: PROJECT_ROOT, now: DateTime.fromISO("2024-11-01T12:00:00Z") }).archive;
});

const minuteOf = (meeting: string, anchor: string) => archive.get(`${meeting}/minutes`, "document")?.records?.minutes.find((m) => m.anchor === anchor);

describe("cross-links on the shipped content", () => {
  it("links the Neighbourhood Policing Review entry of the 18 December 2024 work programme to minute 114 of 16 July 2024", () => {
    const entry = archive.workProgrammeEntries.find((e) => e.meeting.id === "kmpcp-2024-12-18" && e.title === "Neighbourhood Policing Review");
    expect(entry?.requestedBy).toBe(minuteOf("kmpcp-2024-07-16", "m114"));
    expect(archive.get("kmpcp-2024-12-18", "meeting")?.plannedBusiness).toContain(entry);
  });

  it("links minute 114's follow-up to that work-programme entry, planned but not yet taken", () => {
    const resolution = minuteOf("kmpcp-2024-07-16", "m114")?.resolutions[0];
    const followUp = resolution?.followUps.find((f) => f.meeting?.id === "kmpcp-2024-12-18");
    expect(followUp?.entry?.title).toBe("Neighbourhood Policing Review");
    expect(followUp?.state).toBe("planned");
  });

  it("shows a follow-up due by a month now past, with no meeting named, as not known rather than overdue", () => {
    const later = loadArchive({ projectRoot: PROJECT_ROOT, now: DateTime.fromISO("2025-07-15T12:00:00Z") }).archive;
    const cjs = later.get("kmpcp-2024-07-16/minutes", "document")?.records?.minutes.find((m) => m.anchor === "m115");
    const june = cjs?.resolutions[0]?.followUps.find((f) => f.due === "2025-06");
    expect(june?.state).toBe("not-known");
  });

  it("links decision OPCC D.035.24 to the minute that noted it and to the confirmation hearing item of 10 October 2024", () => {
    const decision = archive.get("opcc-d-035-24", "decision");
    expect(decision?.notedIn.map((m) => m.id)).toEqual(["kmpcp-2024-07-16/minutes#m117"]);
    expect(decision?.agendaItems.map((i) => i.id)).toEqual(["kmpcp-2024-10-10#item-a5"]);
  });

  it("shows the minutes of 16 July 2024 as tabled at 10 October 2024, item A4", () => {
    const minutes = archive.get("kmpcp-2024-07-16/minutes", "document");
    expect(minutes?.tabledAt.map((t) => t.item.id)).toEqual(["kmpcp-2024-10-10#item-a4"]);
    // Nothing in the archive approves them yet: they are a draft.
    expect(minutes?.records?.approvedBy).toBeUndefined();
  });

  it("records that minute 113 of 16 July 2024 approves the minutes of 6 February 2024", () => {
    const resolution = minuteOf("kmpcp-2024-07-16", "m113")?.resolutions[0];
    expect(resolution?.approves?.id).toBe("kmpcp-2024-02-06");
    expect(archive.get("kmpcp-2024-02-06/minutes", "document")?.records?.approvedBy).toBe(resolution);
  });

  it("gives Mike Hill his roles and every meeting he attended that the archive holds", () => {
    const hill = archive.get("mike-hill", "person");
    const attended = new Set(hill?.attendance.map((a) => a.meeting.id));
    expect(attended).toEqual(new Set(["kmpcp-2019-09-24", "kmpcp-2023-10-17", "kmpcp-2024-07-16"]));
    expect(hill?.elections.map((r) => r.elects?.role)).toEqual(["chair"]);
    expect(hill?.memberships.map((m) => m.meeting.id)).toEqual(expect.arrayContaining(["kmpcp-2019-11-21", "kmpcp-2024-10-10"]));
  });

  it("lists the three questions of 16 July 2024 with their askers and councils", () => {
    const questions = archive.questions.filter((q) => q.minute.record.meeting.id === "kmpcp-2024-07-16");
    expect(questions.map((q) => [q.asker.id, q.council?.id])).toEqual([
      ["mike-blakemore", "folkestone-and-hythe-district-council"],
      ["richard-palmer", "swale-borough-council"],
      ["shane-mochrie-cox", "gravesham-borough-council"],
    ]);
    expect(questions.every((q) => q.answer && q.answer.length > 50)).toBe(true);
  });

  it("matches titles on significant words, not on filler", () => {
    expect(similarTitles("Road Safety - update", "Road Safety report")).toBe(true);
    expect(similarTitles("Neighbourhood Policing Review", "Divisional Policing Review")).toBe(false);
  });
});
