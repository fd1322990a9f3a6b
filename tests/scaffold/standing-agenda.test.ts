/**
 * The new meeting's agenda (src/scaffold/standing-agenda.ts): shaped on the body's last ordinary
 * agenda, never a special meeting's; one item for each meeting whose minutes are still to approve,
 * titled only with what the archive knows; no section left with nothing in it.
 */
import { describe, expect, it } from "vitest";
import { lastAgendaMeeting, minutesToTake, standingAgenda } from "../../src/scaffold/standing-agenda.ts";
import { APRIL_AND_SPECIAL, loadPanel, PANEL_BODY, panelMeeting, sectionA } from "./panel-fixture.ts";

const items = (date: string, files = APRIL_AND_SPECIAL) => standingAgenda(loadPanel(files).body, date).sections.flatMap((s) => s.items);

describe("after a special meeting", () => {
  it("shapes the agenda on the last ordinary meeting's, with its standing items and not the special's business", () => {
    const { body } = loadPanel(APRIL_AND_SPECIAL);
    expect(lastAgendaMeeting(body, "2026-09-23")?.id).toBe("tp-2026-04-15");
    const agenda = standingAgenda(body, "2026-09-23");
    expect(agenda.sections.map((s) => s.letter)).toEqual(["A"]);
    expect(JSON.stringify(agenda)).not.toContain("Chief Constable");
  });

  it("takes the minutes of the last ordinary meeting and of the special one, each once, titled with its own date", () => {
    expect(items("2026-09-23")).toEqual([
      { code: "A1", title: "Apologies" },
      { code: "A2", title: "Minutes of the meeting held on 15 April 2026", minutes_of: "tp-2026-04-15" },
      { code: "A3", title: "Minutes of the special meeting held on 17 June 2026", minutes_of: "tp-2026-06-17" },
      { code: "A4", title: "Questions from members of the public" },
      { code: "A5", title: "Work Programme" },
    ]);
  });

  it("leaves out the last ordinary meeting's minutes once the special meeting's minutes approve them", () => {
    const files = {
      ...APRIL_AND_SPECIAL,
      "meetings/tp-2026-04-15/minutes.md": "---\ntype: minutes\ntitle: Minutes 15 April 2026\n---\n## 1. Apologies {item=A1}\n\nNone.\n",
      ...panelMeeting("2026-06-17", ['time: "14:00"', "special: true", "status: held", ...sectionA([["Apologies"], ["Minutes of the meeting held on 15 April 2026", "tp-2026-04-15"]])]),
      "meetings/tp-2026-06-17/minutes.md": "---\ntype: minutes\ntitle: Minutes 17 June 2026\n---\n## 2. Minutes {item=A2}\n\n::: resolved {does=approve approves=tp-2026-04-15}\nRESOLVED that the minutes be approved.\n:::\n",
    };
    const { body } = loadPanel(files);
    expect(minutesToTake(body, "2026-09-23").map((m) => m.id)).toEqual(["tp-2026-06-17"]);
    expect(items("2026-09-23", files).filter((i) => i.minutes_of)).toEqual([
      { code: "A2", title: "Minutes of the special meeting held on 17 June 2026", minutes_of: "tp-2026-06-17", papers: ["tp-2026-06-17/minutes"] },
    ]);
  });
});

describe("after an agenda that took two meetings' minutes", () => {
  const SEPTEMBER = {
    ...APRIL_AND_SPECIAL,
    ...panelMeeting("2026-09-23", [
      "status: held",
      ...sectionA([
        ["Apologies"],
        ["Minutes of the meeting held on 15 April 2026", "tp-2026-04-15"],
        ["Minutes of the special meeting held on 17 June 2026", "tp-2026-06-17"],
        ["Questions from members of the public"],
      ]),
    ]),
  };

  it("takes the previous meeting's minutes once, with no 'special' it never was", () => {
    expect(items("2026-11-18", SEPTEMBER)).toEqual([
      { code: "A1", title: "Apologies" },
      { code: "A2", title: "Minutes of the meeting held on 23 September 2026", minutes_of: "tp-2026-09-23" },
      { code: "A4", title: "Questions from members of the public" },
    ]);
  });

  it("with a special meeting since, takes each meeting's minutes in the last agenda's words for its kind", () => {
    const files = { ...SEPTEMBER, ...panelMeeting("2026-10-14", ["special: true", "status: held"]) };
    expect(items("2026-11-18", files)).toEqual([
      { code: "A1", title: "Apologies" },
      { code: "A2", title: "Minutes of the meeting held on 23 September 2026", minutes_of: "tp-2026-09-23" },
      { code: "A3", title: "Minutes of the special meeting held on 14 October 2026", minutes_of: "tp-2026-10-14" },
      { code: "A4", title: "Questions from members of the public" },
    ]);
  });
});

describe("sections", () => {
  it("leaves out a section whose items were all of the last meeting only, such as its exempt business", () => {
    const files = {
      ...PANEL_BODY,
      ...panelMeeting("2026-04-15", [
        "status: held",
        ...sectionA([["Apologies"]]),
        "    - letter: B",
        "      title: Exempt items",
        "      part: exempt",
        "      items:",
        "        - code: B1",
        "          title: Award of the custody contract",
        "          exempt: [3]",
      ]),
    };
    const agenda = standingAgenda(loadPanel(files).body, "2026-06-17");
    expect(agenda.sections).toEqual([
      {
        letter: "A",
        part: "unrestricted",
        items: [
          { code: "A1", title: "Apologies" },
          { code: "A2", title: "Minutes of the meeting held on 15 April 2026", minutes_of: "tp-2026-04-15" },
        ],
      },
    ]);
  });

  it("with only a special meeting's agenda to go on, is the minimal agenda, taking that meeting's minutes", () => {
    const files = { ...PANEL_BODY, ...panelMeeting("2026-06-17", ["special: true", "status: held", ...sectionA([["Apologies"], ["Proposed appointment of Chief Constable"]])]) };
    expect(items("2026-09-23", files)).toEqual([
      { code: "1", title: "Apologies" },
      { code: "2", title: "Minutes of the special meeting held on 17 June 2026", minutes_of: "tp-2026-06-17" },
    ]);
  });
});
