/** Minutes: headings in the four layouts, printed numbers kept (repeats and all), item references, anchors. */
import { describe, expect, it } from "vitest";
import { imported } from "./seeds.ts";

const minutesOf = (n: "000" | "001" | "002") => imported(n).parse.minutes[0]?.minutes ?? [];

describe("minutes of 16 July 2024 (seed 000)", () => {
  it("finds 13 minutes in order, printed 109 to 118 with 115, 116 and 117 twice", () => {
    expect(minutesOf("000").map((m) => m.printedNumber)).toEqual(["109", "110", "111", "112", "113", "114", "115", "116", "117", "115", "116", "117", "118"]);
  });

  it("reads each minute's item in every layout: own line after a blank, next line, inline", () => {
    expect(minutesOf("000").map((m) => m.item)).toEqual(["A2", "A3", "A4", "A5", "A6", "B1", "B2", "B3", "C1", "D1", "E1", "E2", "F1"]);
  });

  it("gives a repeated number the anchor the loader gives it, and reports the repeat", () => {
    expect(minutesOf("000").map((m) => m.anchor)).toEqual(["m109", "m110", "m111", "m112", "m113", "m114", "m115", "m116", "m117", "m115-2", "m116-2", "m117-2", "m118"]);
    const repeats = imported("000").report.unplaced.filter((u) => /printed 2 times/.test(u.reason)).map((u) => u.line);
    expect(repeats).toEqual([227, 261, 265]);
  });

  it("notes the decision a minute takes from its title", () => {
    expect(minutesOf("000").find((m) => m.line === 217)?.decisions).toEqual(["opcc-d-035-24"]);
  });

  it("writes one level-2 heading per minute with its item", () => {
    const file = imported("000").files.find((f) => f.path === "meetings/kmpcp-2024-07-16/minutes.md")?.content ?? "";
    const headings = file.split("\n").filter((l) => l.startsWith("## "));
    expect(headings).toHaveLength(13);
    expect(headings[0]).toBe("## 109. Election of Chair {item=A2}");
    expect(headings[8]).toBe("## 117. Decision OPCC D.035.24 - Chief Executive's Notice of Intention to Retire {item=C1 decisions=opcc-d-035-24}");
    expect(headings[9]).toBe("## 115. Questions to the Commissioner {item=D1}");
  });

  it("rebuilds the July meeting's agenda from the item references, marked inferred", () => {
    const meeting = imported("000").files.find((f) => f.path === "meetings/kmpcp-2024-07-16/meeting.md")?.content ?? "";
    expect(meeting).toContain("inferred: true");
    expect(meeting).toContain("code: F1");
  });
});

describe("minutes of 24 September 2019 (seed 001) and 17 October 2023 (seed 002)", () => {
  it("001: bold and ### headings, the heading fused to UNRESTRICTED ITEMS, italic item references, items without letters", () => {
    expect(minutesOf("001").map((m) => [m.printedNumber, m.item, m.title])).toEqual([
      ["325", "2", "Membership"],
      ["326", "4", "Declarations of Interests by Members in Items on the Agenda for this Meeting"],
      ["327", "5", "Minutes of the Police and Crime Panel held on 12 June 2019"],
      ["328", "B1", "Police Officer Recruitment - Update"],
      ["329", "B2", "Victim Satisfaction & Community Engagement"],
      ["330", "B3", "Violence Reduction - Update"],
      ["331", "B4", "Mental Health - Verbal Update"],
      ["332", "D2", "Questions to the Commissioner"],
      ["333", "D1", "Future work programme"],
      ["334", "F1", "Minutes of the Commissioner's Performance and Delivery Board meeting held on 5 June 2019"],
    ]);
  });

  it("002: minutes 100 to 109 with *(Item 4)* and (*Item C2*) references", () => {
    expect(minutesOf("002").map((m) => `${m.printedNumber}:${m.item}`)).toEqual(["100:3", "101:4", "102:B1", "103:B2", "104:B3", "105:C1", "106:C2", "107:D1", "108:E1", "109:F1"]);
    expect(imported("002").parse.minutes[0]?.meeting).toBe("kmpcp-2023-10-17");
    expect(imported("002").report.unplaced).toEqual([]);
  });

  it("records declarations of interest as declaration blocks", () => {
    expect(minutesOf("002")[0]?.declarations.map((d) => [d.asPrinted, d.person])).toEqual([["Mr Meade", "meade"]]);
    expect(minutesOf("001")[1]?.declarations.map((d) => [d.asPrinted, d.person])).toEqual([["Cllr Mochrie-Cox", "mochrie-cox"]]);
  });
});
