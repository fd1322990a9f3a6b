/**
 * The actions register lists each action once, as the latest notes that record it give it
 * (src/views/actions.ts latestActions): raised open at one meeting and discharged at the next is
 * one row, discharged.
 */
import { describe, expect, it } from "vitest";
import type { Action, Meeting } from "../../src/model/types.ts";
import { latestActions } from "../../src/views/actions.ts";

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
