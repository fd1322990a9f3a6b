/**
 * The actions a board's notes close with: those raised at the meeting the notes record. Actions
 * raised earlier and reported on are in the text and in the actions register, where an action the
 * notes of several meetings record (raised at one, reported open or discharged at the next) is one
 * row, as the latest notes record it, so the register never shows "Open" for one since discharged.
 */
import type { Action, MinutesRecord } from "../model/types.ts";
import { latestOfEach, sameWords } from "./latest-record.ts";

/**
 * Each action once, as the latest notes that record it give it: the same action is one raised at
 * the same meeting with the same words (case and spacing aside). In the order of `actions`.
 */
export function latestActions(actions: readonly Action[]): Action[] {
  return latestOfEach(actions, (a) => `${a.raisedAt.id}\u0000${sameWords(a.text)}`, (a) => a.record.meeting.date);
}

export function actionsRaisedAt(record: MinutesRecord): Action[] {
  return record.actions.filter((a) => a.raisedAt === record.meeting);
}
