/**
 * The actions a board's notes close with: those raised at the meeting the notes record. Actions
 * raised earlier and reported on are in the text and in the actions register.
 */
import type { Action, MinutesRecord } from "../model/types.ts";

export function actionsRaisedAt(record: MinutesRecord): Action[] {
  return record.actions.filter((a) => a.raisedAt === record.meeting);
}
