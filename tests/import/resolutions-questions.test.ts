/** RESOLVED lines as ::: resolved blocks with guessed verbs; questions with their askers; answers. */
import { describe, expect, it } from "vitest";
import { guessVerbs } from "../../src/import/resolutions.ts";
import { imported } from "./seeds.ts";

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
