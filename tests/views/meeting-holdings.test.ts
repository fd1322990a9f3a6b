/** What the archive holds of a meeting: its agenda, how many papers, its minutes or notes. */
import { describe, expect, it } from "vitest";
import { archiveHoldings } from "../../src/views/meeting-holdings.ts";
import { govukRows } from "../../src/views/summary-list.ts";
import { withPrivatePapers } from "../support/content-fixture.ts";
import { minimalArchive, shippedArchive } from "./archives.ts";

const rowsOf = (id: string) => {
  const meeting = shippedArchive().get(id, "meeting");
  if (!meeting) throw new Error(`no meeting ${id}`);
  return Object.fromEntries(archiveHoldings(meeting).map((r) => [r.key, r.value]));
};

describe("archiveHoldings", () => {
  it("says the archive holds the agenda and eight papers of 10 October 2024, and no minutes of it", () => {
    const rows = rowsOf("kmpcp-2024-10-10");
    expect(rows.Agenda).toEqual({ text: "Held", href: "#agenda" });
    expect(rows.Papers?.text).toBe("8 held");
    expect(rows.Minutes).toEqual({ text: "The archive holds no minutes of this meeting", href: undefined });
  });

  it("links the minutes of 16 July 2024, and the Board's notes of 12 June 2024, by their own names", () => {
    expect(rowsOf("kmpcp-2024-07-16").Minutes).toEqual({ text: "Held", href: "/meetings/kmpcp-2024-07-16/minutes/" });
    expect(rowsOf("pdb-2024-06-12")["Meeting notes"]).toEqual({ text: "Held", href: "/meetings/pdb-2024-06-12/notes/" });
  });

  it("calls the record of a Board meeting with none held its notes", () => {
    expect(rowsOf("pdb-2024-10-02")["Meeting notes"]?.text).toBe("The archive holds no notes of this meeting");
    expect(rowsOf("pdb-2024-10-02").Agenda?.text).toBe("Not held");
  });

  it("counts the papers withheld apart from those held", () => {
    const archive = minimalArchive(withPrivatePapers({ exempt: "EXEMPT-CANARY", embargo: "EMBARGO-CANARY" }));
    const meeting = archive.meetings[0];
    if (!meeting) throw new Error("MINIMAL has a meeting");
    const rows = govukRows(archiveHoldings(meeting));
    expect(rows.map((r) => r.key)).toEqual([{ text: "Agenda" }, { text: "Papers" }, { text: "Minutes" }]);
    expect(rows[1]?.value).toEqual({ text: "2 held, 2 withheld" });
  });
});
