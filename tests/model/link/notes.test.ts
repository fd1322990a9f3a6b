/**
 * A board's notes in the records and references passes (src/model/link/records.ts, minutes.ts,
 * minute-blocks.ts): the areas for improvement they set out (`::: afi`), each with its anchor and
 * the heading it sits under; the heading block they open with; and the tabling of notes at an item
 * that lists several boards' notes under `papers:`. (The agreement of an earlier meeting's notes is
 * a `::: resolved {approves=…}`, linked as a panel's approval is: tests/model/link/references.test.ts.)
 */
import { describe, expect, it } from "vitest";
import type { ContentFile } from "../../../src/model/read-content.ts";
import { agenda, body, get, linkThrough, meeting, paper, reported } from "../../support/link-fixture.ts";

const B = "board-2024-03-01";
const NOTES_FILE = `content/meetings/${B}/notes.md`;

/** Notes of a board meeting: type on line 2, title on 3, `more` from line 4. */
const notes = (id: string, more: string[], text = "") => paper(`${id}/notes`, ["type: notes", "title: Meeting Notes", ...more], text);

const board = (...files: ContentFile[]) => [body("panel"), body("board", ["kind: board"]), meeting("board-2024-01-10"), meeting(B), ...files];

// The text starts on line 5 (three fields and the closing ---).
const PEEL = [
  "## 3. HMICFRS PEEL Report & Improvement Plan {#s3}",
  "",
  "- The T/CC introduced the presentation.",
  "",
  "::: afi",
  "AFI 1: The force needs to improve the capacity and capability of its response teams.",
  ":::",
  "",
  "### Slide 7 {#slide-7}",
  "",
  "::: afi",
  "AFI 4 – The force needs to improve how it collects information.",
  ":::",
  "",
  "- The T/CC said at its heart was work around Athena.",
  "",
  "## 4. Update on any Significant Operational Matters {#s4}",
  "",
  "- Nothing to report.",
  "",
].join("\n");

describe("areas for improvement in notes", () => {
  it("makes each ::: afi an entry of its minute: anchor from its printed number, text as printed, under the heading it sits under", () => {
    const ctx = linkThrough("records", board(notes(B, [], PEEL)));
    expect(ctx.problems).toEqual([]);
    const [s3, s4] = get(ctx, `${B}/notes`, "document").records?.minutes ?? [];
    expect(s3?.areasForImprovement.map((a) => [a.kind, a.id, a.anchor, a.url, a.number, a.text, a.under, a.source.line])).toEqual([
      ["area-for-improvement", `${B}/notes#afi-1`, "afi-1", `/meetings/${B}/notes/#afi-1`, "1", "AFI 1: The force needs to improve the capacity and capability of its response teams.", "s3", 9],
      ["area-for-improvement", `${B}/notes#afi-4`, "afi-4", `/meetings/${B}/notes/#afi-4`, "4", "AFI 4 – The force needs to improve how it collects information.", "slide-7", 15],
    ]);
    expect(s3?.areasForImprovement.every((a) => a.minute === s3)).toBe(true);
    expect(s4?.areasForImprovement).toEqual([]);
    // The slide is a heading of the item, not a minute of its own.
    expect(get(ctx, `${B}/notes`, "document").records?.minutes.map((m) => m.anchor)).toEqual(["s3", "s4"]);
    expect(get(ctx, `${B}/notes`, "document").headings).toContainEqual({ level: 3, text: "Slide 7", anchor: "slide-7" });
  });

  it("lets another paper link to an AFI by its anchor", () => {
    const ctx = linkThrough("references", board(notes(B, [], PEEL), paper("board-2024-01-10/report", [], "See [AFI 4](@board-2024-03-01/notes#afi-4).\n")));
    expect(ctx.problems).toEqual([]);
  });

  it("refuses an ::: afi whose text does not begin with its label, one outside an item, and one with attributes", () => {
    const text = ["::: afi", "AFI 2: Before any item.", ":::", "", "## 1. Item {#s1}", "", "::: afi {number=3}", "The force needs to improve.", ":::", ""].join("\n");
    const ctx = linkThrough("records", board(notes(B, [], text)));
    expect(reported(ctx.problems)).toEqual([
      { file: NOTES_FILE, line: 5, message: "::: afi block outside a minute: blocks belong under a minute heading (## 109. Title) in minutes or notes" },
      { file: NOTES_FILE, line: 11, message: "unknown attribute number= on ::: afi: this block takes none" },
      { file: NOTES_FILE, line: 11, message: '::: afi block does not begin with its label as printed ("AFI 4 – …" or "AFI 1: …"): start its text with AFI and the number the notes print' },
    ]);
    expect(get(ctx, `${B}/notes`, "document").records?.minutes[0]?.areasForImprovement).toEqual([]);
  });

  it("gives an AFI printed twice an anchor of its own the second time", () => {
    const text = ["## 1. Item {#s1}", "", "::: afi", "AFI 4 – First.", ":::", "", "::: afi", "AFI 4 – Again.", ":::", ""].join("\n");
    const ctx = linkThrough("records", board(notes(B, [], text)));
    expect(ctx.problems).toEqual([]);
    expect(get(ctx, `${B}/notes`, "document").records?.minutes[0]?.areasForImprovement.map((a) => a.anchor)).toEqual(["afi-4", "afi-4-2"]);
  });
});

describe("the heading block of notes", () => {
  it("keeps the Title, Date & time and Venue lines as printed", () => {
    const heading = ["heading:", "  title: Bespoke HMICFRS PEEL Inspection - Performance and Delivery Board", "  date_and_time: Monday 31 October 2022", "  venue: Kent Police Headquarters, North Kent"];
    const ctx = linkThrough("records", board(notes(B, heading, PEEL)));
    expect(get(ctx, `${B}/notes`, "document").records?.heading).toEqual({
      title: "Bespoke HMICFRS PEEL Inspection - Performance and Delivery Board",
      dateAndTime: "Monday 31 October 2022",
      venue: "Kent Police Headquarters, North Kent",
    });
  });

  it("is empty for notes that print none", () => {
    const ctx = linkThrough("records", board(notes(B, [], PEEL)));
    expect(get(ctx, `${B}/notes`, "document").records?.heading).toEqual({ title: undefined, dateAndTime: undefined, venue: undefined });
  });
});

describe("notes tabled at another body's meeting", () => {
  const P = "panel-2024-07-16";
  const item = (extra = "") => `{ code: F1, title: Minutes of the Board meetings, papers: [board-2024-01-10/notes, ${B}/notes]${extra} }`;

  it("lists the item on each meeting whose notes it tables, with no minutes_of", () => {
    const ctx = linkThrough("records", board(notes("board-2024-01-10", ["status: referenced"]), notes(B, ["status: referenced"]), meeting(P, agenda([item()]))));
    expect(ctx.problems).toEqual([]);
    const f1 = get(ctx, P, "meeting").agenda?.items[0];
    expect(get(ctx, "board-2024-01-10", "meeting").minutesTabledAt).toEqual([f1]);
    expect(get(ctx, B, "meeting").minutesTabledAt).toEqual([f1]);
  });

  it("lists it once where minutes_of names the meeting too", () => {
    const ctx = linkThrough("records", board(notes("board-2024-01-10", ["status: referenced"]), notes(B, [], PEEL), meeting(P, agenda([item(`, minutes_of: ${B}`)]))));
    expect(ctx.problems).toEqual([]);
    expect(get(ctx, B, "meeting").minutesTabledAt).toEqual([get(ctx, P, "meeting").agenda?.items[0]]);
  });

  it("lists the board's own next meeting that tables them, but not the meeting's own agenda", () => {
    const next = meeting("board-2024-06-01", agenda([`{ code: A2, title: Notes of Previous Meeting, papers: [${B}/notes] }`]));
    const ctx = linkThrough("records", board(notes(B, [], PEEL), next));
    expect(get(ctx, B, "meeting").minutesTabledAt.map((i) => i.id)).toEqual(["board-2024-06-01#item-a2"]);
    const own = [body("panel"), body("board", ["kind: board"]), meeting(B, agenda([`{ code: A1, title: These notes, papers: [${B}/notes] }`])), notes(B, [], PEEL)];
    expect(get(linkThrough("records", own), B, "meeting").minutesTabledAt).toEqual([]);
  });
});
