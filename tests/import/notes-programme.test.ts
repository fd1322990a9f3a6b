/** Board action tables and work-programme tables become front matter. */
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { imported } from "./seeds.ts";

describe("board actions (000, notes of 12 June 2024)", () => {
  it("reads the action table into actions, linked to the section that raised them where its text says so", () => {
    expect(imported("000").parse.notes[0]?.actions.map((a) => [a.text, a.status, a.owner, a.due, a.minute])).toEqual([
      ["Provide a briefing on the reduction in DA", "open", "Force", "2024-10-02", "m3"],
      ["Provide a briefing on Right Care Right Person progress", "open", "Force", "2024-10-02", undefined],
      ["Provide an update on the Firearms Licensing audit", "open", "Force", "2024-10-02", "m4"],
      ["Provide a copy of the deep dive report on officer leavers", "open", "Force", "2024-10-02", "m5"],
    ]);
    expect(imported("000").report.unplaced.map((u) => u.line)).toContain(2251);
  });

  it("takes the table out of the text and names the next meeting", () => {
    const file = imported("000").files.find((f) => f.path === "meetings/pdb-2024-06-12/notes.md")?.content ?? "";
    expect(file).not.toContain("| Status");
    expect(matter(file).content).toContain("Date of next Performance and Delivery Board: 2 October 2024");
    expect(imported("000").parse.notes[0]?.nextMeeting).toBe("pdb-2024-10-02");
  });
});

describe("work programmes", () => {
  it("000: five entries for 18 December 2024 and three standing items", () => {
    const wp = imported("000").parse.workProgrammes[0];
    expect(wp?.entries.map((e) => [e.meeting, e.title, e.source, e.lead])).toEqual([
      ["kmpcp-2024-12-18", "Neighbourhood Policing Review", "Requested by the Panel/Offered by the Commissioner", "PCC"],
      ["kmpcp-2024-12-18", "Divisional Policing Review", "Requested by the Panel/Offered by the Commissioner", "PCC"],
      ["kmpcp-2024-12-18", "Road Safety - update", "Requested by the Panel/Offered by the Commissioner", "PCC"],
      ["kmpcp-2024-12-18", "Criminal Justice System – verbal update", "Requested by the Panel/Offered by the Commissioner", "PCC"],
      ["kmpcp-2024-12-18", "Verbal update from the Commissioner", "Requested by the Panel/Offered by the Commissioner", "PCC"],
    ]);
    expect(wp?.standing.map((s) => [s.kind, s.title])).toEqual([
      ["each-meeting", "Questions to the Commissioner"],
      ["note-each-meeting", "Commissioner's decisions"],
      ["note-each-meeting", "Performance and Delivery Board minutes (if available)"],
    ]);
  });

  it("001: entries under two meeting dates, the first fused to the title", () => {
    const wp = imported("001").parse.workProgrammes[0];
    expect(wp?.title).toBe("Police and Crime Panel Forward work programme (November 2019)");
    expect(wp?.entries.map((e) => `${e.meeting} ${e.title}`)).toEqual([
      "kmpcp-2020-02-06 Safer in Kent Plan",
      "kmpcp-2020-02-06 Budget and Precept proposal 2020/21",
      "kmpcp-2020-02-06 Panel Annual report",
      "kmpcp-2020-02-06 Mental health – verbal update",
      "kmpcp-2020-03-26 PCC Expenditure to support the Safer in Kent Plan",
      "kmpcp-2020-03-26 Mental health – verbal update",
    ]);
  });

  it("writes a stub for each meeting the entries name, scheduled when after the pack's meeting", () => {
    const stub = imported("001").files.find((f) => f.path === "meetings/kmpcp-2020-02-06/meeting.md")?.content ?? "";
    expect(matter(stub).data).toEqual({ type: "meeting", body: "kmpcp", date: new Date("2020-02-06"), status: "scheduled" });
  });
});
