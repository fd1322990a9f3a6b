/**
 * What a meeting's page says when the meeting was not held as far as the archive shows (mentioned
 * only, planned or cancelled): a sentence on where it stands. A planned meeting may already have
 * its agenda in the archive, with some of its papers published and some to follow; the sentence
 * then says so, and never that the agenda is missing. The approval of its minutes, where a later
 * meeting's minutes record it, is the page's minutes status (./meeting-state.ts), shown apart.
 */
import type { Meeting } from "../model/types.ts";
import { holdsAgenda, isUpcoming } from "./meeting-state.ts";
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
  if (isUpcoming(meeting, today)) return `This meeting is planned. ${upcomingHoldings(meeting)}`;
  if (meeting.status === "scheduled") return `${pastScheduledText(meeting)}.`;
  if (meeting.status === "cancelled") return "This meeting was cancelled.";
  const known = approved || meeting.mentionedIn.length > 0 || meeting.plannedBusiness.length > 0 || meeting.followUpsDue.length > 0 || meeting.minutesTabledAt.length > 0;
  return `The archive does not hold the papers of this meeting.${known ? " What the papers it does hold say of it is below." : ""}`;
}

/**
 * What the archive holds of a meeting still to come. Its agenda may be issued before the meeting,
 * with papers under embargo until a set time: those are "to follow", as its agenda says of them.
 * Papers listed but not held, or exempt, are counted by "What the archive holds" below, so are
 * not said twice.
 */
function upcomingHoldings(meeting: Meeting): string {
  const papers = meeting.documents.filter((d) => d !== meeting.minutes);
  if (!holdsAgenda(meeting)) return papers.length === 0 ? "Its agenda and papers are not yet in the archive." : "Its agenda is not yet in the archive.";
  const toFollow = papers.filter((d) => d.withheld === "embargo").length;
  if (toFollow === 0) return "The archive holds its agenda.";
  const which = toFollow === papers.length ? (toFollow === 1 ? "its paper is" : "its papers are") : `${toFollow} of its papers ${toFollow === 1 ? "is" : "are"}`;
  return `The archive holds its agenda; ${which} to follow.`;
}
