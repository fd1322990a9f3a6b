/**
 * What a meeting's page says when the archive holds none of its papers (mentioned only, planned
 * or cancelled): a sentence on where it stands. The approval of its minutes, where a later
 * meeting's minutes record it, is the page's minutes status (./meeting-state.ts), shown apart.
 */
import type { Meeting } from "../model/types.ts";
import { isUpcoming } from "./meeting-state.ts";
import { pastScheduledText } from "./status-tags.ts";

export interface MeetingNotice {
  text: string;
}

/** Whether the page shows this notice: a meeting that was not held as far as the archive shows. */
export function showsNotice(meeting: Meeting): boolean {
  return meeting.status !== "held";
}

export function meetingNotice(meeting: Meeting, today: string): MeetingNotice {
  return { text: noticeText(meeting, today, meeting.minutes?.records?.approvedBy !== undefined) };
}

function noticeText(meeting: Meeting, today: string, approved: boolean): string {
  if (isUpcoming(meeting, today)) return "This meeting is planned. Its agenda and papers are not yet in the archive.";
  if (meeting.status === "scheduled") return `${pastScheduledText(meeting)}.`;
  if (meeting.status === "cancelled") return "This meeting was cancelled.";
  const known = approved || meeting.mentionedIn.length > 0 || meeting.plannedBusiness.length > 0 || meeting.followUpsDue.length > 0 || meeting.minutesTabledAt.length > 0;
  return `The archive does not hold the papers of this meeting.${known ? " What the papers it does hold say of it is below." : ""}`;
}
