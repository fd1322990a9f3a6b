/**
 * The actions register lists each action once, as the latest notes that record it give it
 * (src/views/actions.ts latestActions): raised open at one meeting and discharged at the next is
 * one row, discharged. Likewise a meeting's planned business, repeated by each work programme
 * issued before it (src/views/work-programme.ts latestPlans).
 */
import { describe, expect, it } from "vitest";
import type { Action, Meeting, WorkProgrammeEntry } from "../../src/model/types.ts";
import { latestActions } from "../../src/views/actions.ts";
import { latestPlans } from "../../src/views/work-programme.ts";

const meeting = (id: string, date: string) => ({ id, date }) as Meeting;
const april = meeting("board-2026-04-15", "2026-04-15");
const september = meeting("board-2026-09-23", "2026-09-23");
const action = (id: string, text: string, recordedAt: Meeting, status: Action["status"], raisedAt = april) =>
  ({ id, text, status, raisedAt, record: { meeting: recordedAt } }) as unknown as Action;

describe("the actions register's rows", () => {
  it("are each action once, as the latest notes record it", () => {
    const raised = action("a1", "Report on  call handling", april, "open");
    const discharged = action("a2", "report on call handling", september, "discharged");
    const other = action("a3", "Review the estates plan", april, "open");
    const newer = action("a4", "Report on call handling", september, "open", september);
    expect(latestActions([raised, other, discharged, newer]).map((a) => a.id)).toEqual(["a3", "a2", "a4"]);
  });

  it("keep an action the notes record once", () => {
    const only = action("a1", "Review the estates plan", april, "open");
    expect(latestActions([only])).toEqual([only]);
  });
});

describe("a meeting's planned business", () => {
  const target = meeting("board-2026-11-18", "2026-11-18");
  const programme = (date: string) => ({ document: { meeting: meeting(`board-${date}`, date) } });
  const entry = (id: string, title: string, issued: string) => ({ id, title, meeting: target, programme: programme(issued) }) as unknown as WorkProgrammeEntry;

  it("is each item once, as the latest work programme that plans it gives it", () => {
    const first = entry("e1", "Annual Report of the Commissioner", "2026-04-15");
    const again = entry("e2", "Annual report of the  Commissioner", "2026-09-23");
    const other = entry("e3", "Road safety", "2026-04-15");
    expect(latestPlans([first, other, again]).map((e) => e.id)).toEqual(["e3", "e2"]);
  });
});
