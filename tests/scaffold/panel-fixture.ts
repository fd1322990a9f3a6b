/**
 * A small panel's archive for the scaffold's tests: the body `tp` and meetings written as their
 * meeting.md front matter, loaded as `check` loads them (any problem fails the test).
 */
import type { Archive } from "../../src/model/archive.ts";
import type { Body } from "../../src/model/types.ts";
import { type Files, writeContent } from "../support/content-fixture.ts";
import { loadValidArchive } from "../support/load-content.ts";

export const PANEL_BODY: Files = { "bodies/tp.md": "---\ntype: body\nname: Testshire Police and Crime Panel\nkind: panel\n---\n" };

/** content/meetings/tp-<date>/meeting.md: `lines` are its fields after type, body and date. */
export function panelMeeting(date: string, lines: string[]): Files {
  return { [`meetings/tp-${date}/meeting.md`]: ["---", "type: meeting", "body: tp", `date: ${date}`, ...lines, "---", ""].join("\n") };
}

/** An agenda of one section A, each item `[title]` or `[title, minutes_of]`. */
export function sectionA(items: ([string] | [string, string])[]): string[] {
  return ["agenda:", "  sections:", "    - letter: A", "      items:", ...items.flatMap(([title, of], i) => [`        - code: A${i + 1}`, `          title: ${title}`, ...(of ? [`          minutes_of: ${of}`] : [])])];
}

/** The ordinary meeting of 15 April 2026 and the special one of 17 June 2026 the officer's report describes. */
export const APRIL_AND_SPECIAL: Files = {
  ...PANEL_BODY,
  ...panelMeeting("2026-04-15", ['time: "10:00"', "status: held", ...sectionA([["Apologies"], ["Questions from members of the public"], ["Work Programme"]])]),
  ...panelMeeting("2026-06-17", [
    'time: "14:00"',
    "special: true",
    "status: held",
    ...sectionA([["Apologies"]]),
    "    - letter: B",
    "      title: Confirmation Hearing",
    "      items:",
    "        - code: B1",
    "          title: Proposed appointment of Chief Constable",
  ]),
};

export function loadPanel(files: Files): { archive: Archive; root: string; body: Body } {
  const root = writeContent(files);
  const archive = loadValidArchive(root);
  return { archive, root, body: archive.get("tp", "body") as Body };
}
