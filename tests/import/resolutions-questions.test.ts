/** RESOLVED lines as ::: resolved blocks with guessed verbs; questions with their askers; answers. */
import { describe, expect, it } from "vitest";
import { importText } from "../../src/import/index.ts";
import { guessVerbs } from "../../src/import/resolutions.ts";
import { imported } from "./seeds.ts";
import { OSC_MINUTES } from "./small-packs.ts";

const resolutions = (n: "000" | "001" | "002") => (imported(n).parse.minutes[0]?.minutes ?? []).flatMap((m) => m.resolutions);

describe("resolutions", () => {
  it("000: twelve resolutions, verbs from the bold words where printed bold, else from the words", () => {
    expect(resolutions("000").map((r) => [r.line, r.does.join(" "), r.verbsFrom])).toEqual([
      [103, "elect", "words"],
      [111, "elect", "words"],
      [151, "approve", "words"],
      [180, "note agree", "bold"],
      [199, "note agree", "bold"],
      [215, "note", "bold"],
      [225, "note", "words"],
      [259, "note", "bold"],
      [263, "consider approve", "bold"],
      [267, "note", "bold"],
      [272, "note", "bold"],
    ]);
  });

  it("reads whom an election elects, and which minutes an approval approves", () => {
    const [chair, vice, approval] = resolutions("000");
    expect([chair?.elects, chair?.role, vice?.elects, vice?.role]).toEqual(["hill", "chair", "sandher", "vice-chair"]);
    expect(approval?.approves).toBe("kmpcp-2024-02-06");
    expect(resolutions("002").find((r) => r.approves)?.approves).toBe("kmpcp-2023-06-27");
  });

  it("marks every verb guess in the report with its line", () => {
    const guesses = imported("000").report.guesses.filter((g) => g.guess.startsWith("does="));
    expect(guesses.map((g) => g.line)).toEqual(resolutions("000").map((r) => r.line));
    expect(guesses[3]).toEqual({ line: 180, guess: "does=note agree", because: "from the verbs printed bold" });
  });

  it("keeps a resolution's list inside its block (001 minute 328)", () => {
    const file = imported("001").files.find((f) => f.path.endsWith("kmpcp-2019-09-24/minutes.md"))?.content ?? "";
    expect(file).toContain(
      '::: resolved {does="note request consider"}\nRESOLVED that the Panel note the Commissioner\'s Police Officer Recruitment Update and:\n\n- Request a report on the support structures that sit behind the new Officers\n- Consider ways in which it might celebrate the successes of the Police Cadet scheme.\n:::',
    );
  });

  it("001 and 002: every minute but the declarations has one resolution", () => {
    expect(resolutions("001")).toHaveLength(9);
    expect(resolutions("002")).toHaveLength(9);
    expect(resolutions("002").map((r) => r.does.join(" "))).toEqual(["approve", "note", "comment", "note", "note", "note", "note", "note", "note"]);
  });

  it("does not take a noun for a verb ('the support structures')", () => {
    expect(guessVerbs("RESOLVED that the Panel note X and: - Request a report on the support structures - Consider ways").does).toEqual(["note", "request", "consider"]);
    expect(guessVerbs("RESOLVED: that the minutes … **be noted**.")).toEqual({ does: ["note"], from: "bold" });
  });
});

describe("questions to the Commissioner", () => {
  const questions = (n: "000" | "001" | "002") => (imported(n).parse.minutes[0]?.minutes ?? []).flatMap((m) => m.questions);

  it("000: three questions with askers and councils (2024 style)", () => {
    expect(questions("000").map((q) => [q.number, q.askerAsPrinted, q.asker, q.council])).toEqual([
      [1, "Cllr Mike Blakemore", "mike-blakemore", "folkestone-and-hythe-district-council"],
      [2, "Cllr Richard Palmer", "richard-palmer", "swale-borough-council"],
      [3, "Cllr Shane Mochrie-Cox", "shane-mochrie-cox", "gravesham-borough-council"],
    ]);
  });

  it("002: three questions, answers numbered on across questions", () => {
    expect(questions("002").map((q) => [q.number, q.asker, q.council])).toEqual([
      [1, "mike-blakemore", "folkestone-and-hythe-district-council"],
      [2, "shane-mochrie-cox", "gravesham-borough-council"],
      [3, "richard-palmer", "swale-borough-council"],
    ]);
  });

  it("001: the 2019 italic questions, askers on their own line or at the end of the question", () => {
    expect(questions("001").map((q) => [q.number, q.askerAsPrinted, q.asker, q.council])).toEqual([
      [1, "Mark Rhodes", "mark-rhodes", undefined],
      [2, "Jenny Hollingsbee", "jenny-hollingsbee", undefined],
      [3, "Jo Gideon", "jo-gideon", undefined],
      [4, "Elaine Bolton", "elaine-bolton", undefined],
    ]);
  });

  it("writes question and answer blocks, the attribution line inside the question", () => {
    const file = imported("000").files.find((f) => f.path.endsWith("kmpcp-2024-07-16/minutes.md"))?.content ?? "";
    expect(file).toContain("::: question {asker=mike-blakemore council=folkestone-and-hythe-district-council number=1}\nQuestion 1\n\n");
    expect(file).toContain("(Cllr Mike Blakemore, Folkestone and Hythe District Council)\n:::\n\n::: answer\n1. The Commissioner stated");
    expect(file.match(/^::: question/gm)).toHaveLength(3);
    expect(file.match(/^::: answer$/gm)).toHaveLength(3);
  });

  it("rejoins the 2019 italic question cut by a page break (001:247-249)", () => {
    const file = imported("001").files.find((f) => f.path.endsWith("kmpcp-2019-09-24/minutes.md"))?.content ?? "";
    expect(file).toContain("attend the same calls and do the same as Police Officers?");
  });
});

describe("the usual UK wordings of approving minutes", () => {
  const approvals = [
    "RESOLVED that the minutes of the meeting held on 2 February 2026 are correctly recorded and that they be signed by the Chairman.",
    "RESOLVED that the minutes of the meeting held on 2 February 2026 be approved as a correct record.",
    "RESOLVED that the minutes of the meeting held on 2 February 2026 were a true and accurate record.",
    "RESOLVED that the minutes were a true and correct record and be signed by the Chair.",
    "RESOLVED that the minutes be accepted as a fair and accurate record.",
    "RESOLVED that the minutes of the previous meeting were accurately recorded.",
    "RESOLVED that the minutes of the last meeting be confirmed and signed by the Chair.",
    "RESOLVED that the minutes be taken as read and signed by the Chairman.",
  ];
  for (const text of approvals) {
    it(`reads "${text.slice(9, 90)}…" as approve`, () => {
      expect(guessVerbs(text)).toEqual({ does: ["approve"], from: "words" });
    });
  }

  it("does not read a confirmed appointment, or minutes merely noted, as approving minutes", () => {
    expect(guessVerbs("RESOLVED that the Panel confirmed the appointment of the Chief Constable.").does).toEqual([]);
    expect(guessVerbs("RESOLVED that the minutes of the Performance and Delivery Board be noted.").does).toEqual(["note"]);
  });

  it("approves the committee's own earlier minutes where the title says only \"the meeting held on\"", () => {
    const result = importText(OSC_MINUTES, { source: "osc.txt", bodies: [{ id: "osc", name: "Overview and Scrutiny Committee" }] });
    const [approval] = (result.parse.minutes[0]?.minutes[1]?.resolutions ?? []);
    expect([approval?.does, approval?.approves]).toEqual([["approve"], "osc-2026-02-02"]);
    expect(result.report.unplaced.filter((u) => u.reason.startsWith("resolution"))).toEqual([]);
    expect(result.files.find((f) => f.path === "meetings/osc-2026-03-03/minutes.md")?.content).toContain("::: resolved {does=approve approves=osc-2026-02-02}");
  });
});
