/**
 * The shipped content, loaded in memory: it is valid, and the links the foundation promises exist
 * (agenda items to minutes and notes, minutes with their printed numbers and distinct anchors).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Archive } from "../../src/model/archive.ts";
import { loadArchive } from "../../src/model/load.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { PROJECT_ROOT } from "../support/paths.ts";

let archive: Archive;

beforeAll(() => {
  const result = loadArchive({ projectRoot: PROJECT_ROOT });
  expect(result.problems.map(formatProblem)).toEqual([]);
  archive = result.archive;
});

describe("the shipped content", () => {
  it("passes its schemas and links with no problem, holding every seed's meetings", () => {
    for (const id of ["kmpcp-2019-09-24", "kmpcp-2019-11-21", "kmpcp-2023-10-17", "kmpcp-2024-07-16", "kmpcp-2024-10-10", "pdb-2022-10-31", "pdb-2024-06-12"]) {
      expect(archive.get(id, "meeting"), id).toBeDefined();
    }
  });

  it("links item A4 of 10 October 2024 to the minutes of 16 July 2024, both ways", () => {
    const a4 = archive.get("kmpcp-2024-10-10", "meeting")?.agenda?.items.find((i) => i.code === "A4");
    const minutes = archive.get("kmpcp-2024-07-16/minutes", "document");
    expect(a4?.papers).toContain(minutes);
    expect(a4?.minutesOf?.id).toBe("kmpcp-2024-07-16");
    expect(minutes?.tabledAt.map((t) => t.item)).toContain(a4);
    expect(minutes?.records?.meeting.id).toBe("kmpcp-2024-07-16");
  });

  it("links item E1 of 10 October 2024 to the Board notes of 12 June 2024", () => {
    const e1 = archive.get("kmpcp-2024-10-10", "meeting")?.agenda?.items.find((i) => i.code === "E1");
    const notes = archive.get("pdb-2024-06-12/notes", "document");
    expect(notes?.type).toBe("notes");
    expect(e1?.papers).toContain(notes);
    expect(notes?.tabledAt[0]?.item).toBe(e1);
  });

  it("links item A5 to the confirmation report and its candidate pack", () => {
    const a5 = archive.get("kmpcp-2024-10-10", "meeting")?.agenda?.items.find((i) => i.code === "A5");
    const report = archive.get("kmpcp-2024-10-10/a5-chief-executive-confirmation", "document");
    expect(a5?.papers).toContain(report);
    expect(report?.appendices.map((d) => d.type)).toContain("candidate-pack");
  });

  it("keeps all 13 minutes of 16 July 2024 in order, with printed numbers as printed and distinct anchors", () => {
    const minutes = archive.get("kmpcp-2024-07-16/minutes", "document")?.records?.minutes ?? [];
    expect(minutes.map((m) => m.printedNumber)).toEqual(["109", "110", "111", "112", "113", "114", "115", "116", "117", "115", "116", "117", "118"]);
    expect(minutes.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    const anchors = minutes.map((m) => m.anchor);
    expect(new Set(anchors).size).toBe(13);
    expect(anchors.slice(9, 12)).toEqual(["m115-2", "m116-2", "m117-2"]);
    expect(new Set(minutes.map((m) => m.id)).size).toBe(13);
  });

  it("takes each minute's item code from the agenda of the meeting it records, not of the meeting it was tabled at", () => {
    const minutes = archive.get("kmpcp-2024-07-16/minutes", "document")?.records?.minutes ?? [];
    const election = minutes[0];
    expect(election?.item?.meeting.id).toBe("kmpcp-2024-07-16");
    expect(election?.item?.code).toBe("A2");
    // A2 at 10 October 2024 is a different item altogether.
    const october = archive.get("kmpcp-2024-10-10", "meeting")?.agenda?.items.find((i) => i.code === "A2");
    expect(october?.title).toMatch(/Apologies/);
    expect(election?.item).not.toBe(october);
  });
});
