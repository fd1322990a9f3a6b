/** Attendance: the comma lists of minutes, substitutes, apologies, and the board's grouped attendees. */
import { describe, expect, it } from "vitest";
import { type Attendance, splitNameList } from "../../src/import/attendance.ts";
import { imported } from "./seeds.ts";

const counts = (a: Attendance | undefined) => Object.fromEntries(Object.entries(a ?? {}).map(([k, v]: [string, unknown[]]) => [k, v.length]));

describe("attendance blocks of Panel minutes", () => {
  it("000: 12 present, 3 also present, 2 in attendance, and 4 apologies from the apologies minute", () => {
    const a = imported("000").parse.minutes[0]?.attendance;
    expect(counts(a)).toEqual({ present: 12, also_present: 3, in_attendance: 2, apologies: 4, substitutes: 0, attendees: 0 });
    expect(a?.present[0]).toEqual({ person: "p-m-hill", as_printed: "Mr. P M Hill OBE (Chairman)" });
    expect(a?.present[11]).toEqual({ person: "r-wells", as_printed: "Cllr R Wells" });
    expect(a?.apologies.map((x) => x.as_printed)).toEqual(["Cllr Connie Nolan", "Cllr Charlotte Zosseder", "Cllr Astra Birch", "Cllr Eddie Peake"]);
  });

  it("001: the substitute is listed with the member they stood in for, not as present", () => {
    const a = imported("001").parse.minutes[0]?.attendance;
    expect(counts(a)).toEqual({ present: 13, also_present: 3, in_attendance: 1, apologies: 0, substitutes: 1, attendees: 0 });
    expect(a?.substitutes).toEqual([{ person: "l-dyball", as_printed: "Cllr L Dyball (Substitute) (Substitute for Cllr P Fleming)", for: "p-fleming" }]);
    expect(a?.present[0]?.as_printed).toBe("Mr P M Hill, OBE (Chairman)");
  });

  it("002: 15 present (one printed with no title), 4 also present, 2 in attendance", () => {
    const a = imported("002").parse.minutes[0]?.attendance;
    expect(counts(a)).toEqual({ present: 15, also_present: 4, in_attendance: 2, apologies: 0, substitutes: 0, attendees: 0 });
    expect(a?.present.find((p) => p.as_printed === "Makinson")?.person).toBe("makinson");
  });

  it("splits a list on commas and the last 'and', keeping post-nominals and bracketed roles whole", () => {
    expect(splitNameList("Mr P M Hill, OBE (Chairman), Mrs A Taylor (Research Officer – Overview and Scrutiny) and Cllr R Wells.")).toEqual([
      "Mr P M Hill, OBE (Chairman)",
      "Mrs A Taylor (Research Officer – Overview and Scrutiny)",
      "Cllr R Wells",
    ]);
  });
});

describe("board attendees grouped by organisation", () => {
  it("000 (12 June 2024): five attendees in two groups and one apology", () => {
    const a = imported("000").parse.notes[0]?.attendance;
    expect(a?.attendees.map((x) => [x.person, x.group])).toEqual([
      ["matthew-scott", "Office of the Kent Police and Crime Commissioner"],
      ["adrian-harper", "Office of the Kent Police and Crime Commissioner"],
      ["rob-phillips", "Office of the Kent Police and Crime Commissioner"],
      ["tim-smith", "Kent Police"],
      ["peter-ayling", "Kent Police"],
    ]);
    expect(a?.apologies).toEqual([{ person: "ian-drysdale", as_printed: "Ian Drysdale - Deputy Chief Officer" }]);
  });

  it("003 (31 October 2022): the header block found inside section 3, its apology printed without a colon", () => {
    const notes = imported("003").parse.notes[0];
    expect(notes?.attendance.attendees.map((x) => x.as_printed)).toEqual([
      "Matthew Scott - Police and Crime Commissioner (PCC)",
      "Adrian Harper - Chief Executive (CE)",
      "Tim Smith - Temporary Chief Constable (T/CC)",
      "Ian Drysdale - Deputy Chief Officer (DCO)",
    ]);
    expect(notes?.attendance.apologies.map((x) => x.person)).toEqual(["rob-phillips"]);
    expect(notes?.meeting).toBe("pdb-2022-10-31");
    expect(notes?.meetingTitle).toBe("Bespoke HMICFRS PEEL Inspection - Performance and Delivery Board");
    expect(notes?.sections.map((s) => `${s.number}. ${s.title}`)).toEqual([
      "1. Welcome & Introduction",
      "2. Notes of Previous Meeting – 8 June 2022",
      "3. HMICFRS PEEL Report & Improvement Plan",
      "4. Update on any Significant Operational Matters",
    ]);
  });
});

describe("people to map", () => {
  it("lists every printed name with its slug and line, e.g. Cllr M Blakemore as m-blakemore", () => {
    const people = imported("000").report.peopleToMap;
    expect(people).toContainEqual({ line: 87, asPrinted: "Cllr M Blakemore", slug: "m-blakemore", where: "present" });
    expect(people).toContainEqual({ line: 235, asPrinted: "Cllr Mike Blakemore", slug: "mike-blakemore", where: "asker of question 1" });
    expect(imported("000").reportMarkdown).toContain('- `m-blakemore`: "Cllr M Blakemore"; lines 87 (present)');
  });
});
