/**
 * The importer against the curated content: on each seed it finds the same minutes (printed
 * numbers and item codes, in order), the same attendance, resolutions and questions as the files
 * in content/ that were reviewed by hand. Person identifiers differ by design (the importer cannot
 * know them), so attendance and askers are compared by the names as printed.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Archive } from "../../src/model/archive.ts";
import { loadArchive } from "../../src/model/load.ts";
import type { MinutesRecord } from "../../src/model/types.ts";
import type { Attendance as ImportedAttendance } from "../../src/import/attendance.ts";
import type { MinutesParse } from "../../src/import/index.ts";
import { PROJECT_ROOT } from "../support/paths.ts";
import { imported, type SeedNumber } from "./seeds.ts";

let archive: Archive;

beforeAll(() => {
  archive = loadArchive({ projectRoot: PROJECT_ROOT }).archive;
});

function record(id: string): MinutesRecord {
  const found = archive.get(id, "document")?.records;
  if (!found) throw new Error(`no minutes ${id} in content/`);
  return found;
}

function importedMinutes(seed: SeedNumber, meeting: string): MinutesParse {
  const found = imported(seed).parse.minutes.find((m) => m.meeting === meeting);
  if (!found) throw new Error(`the importer found no minutes of ${meeting} in seed ${seed}`);
  return found;
}

/** Every name as printed, in one list, whichever category the curation chose for substitutes. */
function importedNames(attendance: ImportedAttendance): string[] {
  return [...attendance.present, ...attendance.substitutes, ...attendance.also_present, ...attendance.in_attendance].map((a) => a.as_printed).sort();
}

function curatedNames(r: MinutesRecord): string[] {
  return r.attendance.filter((a) => a.category !== "apologies" && a.category !== "attendee").map((a) => a.asPrinted).sort();
}

const PANEL_MINUTES: [SeedNumber, string][] = [
  ["000", "kmpcp-2024-07-16"],
  ["001", "kmpcp-2019-09-24"],
  ["002", "kmpcp-2023-10-17"],
];

describe.each(PANEL_MINUTES)("seed %s, minutes of %s", (seed, meeting) => {
  it("finds the same minutes, in order, with the same printed numbers, items and anchors", () => {
    const mine = importedMinutes(seed, meeting).minutes;
    const curated = record(`${meeting}/minutes`).minutes;
    expect(mine.map((m) => [m.printedNumber, m.item, m.anchor])).toEqual(curated.map((m) => [m.printedNumber, m.itemCode, m.anchor]));
  });

  it("finds the same attendance, names as printed", () => {
    expect(importedNames(importedMinutes(seed, meeting).attendance)).toEqual(curatedNames(record(`${meeting}/minutes`)));
  });

  it("finds the same number of resolutions in each minute", () => {
    const mine = importedMinutes(seed, meeting).minutes.map((m) => m.resolutions.length);
    const curated = record(`${meeting}/minutes`).minutes.map((m) => m.resolutions.length);
    expect(mine).toEqual(curated);
  });

  it("finds the same questions and askers' surnames", () => {
    const surname = (name: string | undefined) => (name ?? "").trim().split(/\s+/).pop()?.toLowerCase();
    const mine = importedMinutes(seed, meeting).minutes.flatMap((m) => m.questions.map((q) => surname(q.askerAsPrinted?.split(",")[0])));
    const curated = record(`${meeting}/minutes`).minutes.flatMap((m) => m.questions.map((q) => surname(q.asker.name)));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine).toEqual(curated);
  });
});

describe("board notes", () => {
  it.each([["000", "pdb-2024-06-12"], ["003", "pdb-2022-10-31"]] as [SeedNumber, string][])("seed %s finds the attendees and open actions of %s", (seed, meeting) => {
    const notes = imported(seed).parse.notes.find((n) => n.meeting === meeting);
    const curated = record(`${meeting}/notes`);
    expect(notes?.attendance.attendees.map((a) => a.as_printed)).toEqual(curated.attendance.filter((a) => a.category === "attendee").map((a) => a.asPrinted));
    const open = (list: { status: string }[]) => list.filter((a) => a.status === "open").length;
    expect(open(notes?.actions ?? [])).toBe(open(curated.actions));
  });
});
