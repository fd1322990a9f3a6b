/**
 * The examples a message gives of an identifier: made from what the user wrote where it can be,
 * else the one made-up body every message uses, and never an identifier of the shipped archive.
 */
import { describe, expect, it } from "vitest";
import { EXAMPLE_ID, identifierFrom, meetingFolderFrom, meetingFolderMessage } from "../../src/model/identifier-examples.ts";
import { placementOf } from "../../src/model/read-content.ts";
import { filePlacementOf } from "../../src/model/read-files.ts";

const SHIPPED = /kmpcp|pdb-|mike-hill|swale|opcc|peel|sheppey/i;

describe("a meeting folder's name", () => {
  it.each([
    ["NWOSC 16-12-2026", "nwosc-2026-12-16"],
    ["NWOSC 16.12.2026", "nwosc-2026-12-16"],
    ["NWOSC 6-1-2026", "nwosc-2026-01-06"],
    ["Scrutiny 16 December 2026", "scrutiny-2026-12-16"],
    ["Scrutiny 16th Dec 2026", "scrutiny-2026-12-16"],
    ["Panel-2024-02-01", "panel-2024-02-01"],
    ["panel_2024_02_01", "panel-2024-02-01"],
    ["NWOSC 16-12-2026 (2)", "nwosc-2026-12-16-2"],
  ])("%s is suggested as %s", (name, suggested) => {
    expect(meetingFolderFrom(name)).toBe(suggested);
  });

  it("is only made an identifier when its date is not a real one", () => {
    expect(meetingFolderFrom("NWOSC 31-02-2026")).toBe("nwosc-31-02-2026");
    expect(meetingFolderFrom("Budget Meeting")).toBe("budget-meeting");
  });

  it("falls back on the made-up example when it names no body or has no letter", () => {
    expect(meetingFolderFrom("16.12.2026")).toBe(EXAMPLE_ID.meeting);
    expect(meetingFolderFrom("ΣΥΝΕΔΡΙΑΣΗ")).toBe(EXAMPLE_ID.meeting);
  });

  it("is refused with the form of a meeting folder and the suggestion, from a Markdown file or a file published with the papers", () => {
    const message = "folder name NWOSC 16-12-2026 is not an identifier: use lower-case letters, digits and hyphens, naming a meeting's folder <body>-<YYYY-MM-DD>, e.g. nwosc-2026-12-16";
    expect(meetingFolderMessage("NWOSC 16-12-2026")).toBe(message);
    expect(placementOf("meetings/NWOSC 16-12-2026/meeting.md")).toBe(message);
    expect(filePlacementOf("meetings/NWOSC 16-12-2026/report.pdf")).toBe(message);
  });
});

describe("a file's name", () => {
  it("is suggested in lower case with hyphens, apostrophes and accents dropped", () => {
    expect(identifierFrom("Carol Cole", EXAMPLE_ID.person)).toBe("carol-cole");
    expect(identifierFrom("O'Brien Zoë", EXAMPLE_ID.person)).toBe("obrien-zoe");
    expect(placementOf("people/Carol Cole.md")).toMatch(/e\.g\. carol-cole\.md$/);
    expect(placementOf("meetings/panel-2025-01-15/B1 Complaints.md")).toMatch(/e\.g\. b1-complaints\.md$/);
    expect(filePlacementOf("papers/Annual Report.pdf")).toMatch(/e\.g\. annual-report\.pdf$/);
  });

  it("falls back on a made-up one of the folder's kind, never one of the shipped archive", () => {
    for (const [folder, id] of Object.entries({ people: EXAMPLE_ID.person, organisations: EXAMPLE_ID.organisation, bodies: EXAMPLE_ID.body, topics: EXAMPLE_ID.topic })) {
      expect(placementOf(`${folder}/—.md`)).toMatch(new RegExp(`e\\.g\\. ${id}\\.md$`));
    }
    for (const id of Object.values(EXAMPLE_ID)) expect(id).not.toMatch(SHIPPED);
  });
});
