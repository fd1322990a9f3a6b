/**
 * What a list of meetings says the archive holds of each: a tag for a meeting it holds no papers
 * of (mentioned only, scheduled, cancelled; a scheduled meeting whose date has passed says so, at
 * the build's date `today`), else "Agenda, Minutes, 3 papers".
 */
import type { Meeting } from "../model/types.ts";
import { labelOf } from "../render/labels.ts";
import { heldMinutes, holdsAgenda } from "./meeting-state.ts";
import { type GovukTag, meetingStateTag } from "./status-tags.ts";

export interface MeetingHoldings {
  tag?: GovukTag;
  text: string;
}

export function meetingHoldings(meeting: Meeting, today: string): MeetingHoldings {
  const tag = meetingStateTag(meeting, today);
  if (tag) return { tag, text: "" };
  const minutes = heldMinutes(meeting);
  // The meeting's minutes are among its folder's documents; the rest are its papers.
  const papers = meeting.documents.length - (meeting.minutes ? 1 : 0);
  const parts = [holdsAgenda(meeting) ? "Agenda" : "", minutes ? labelOf(minutes.type) : "", papers > 0 ? `${papers} paper${papers === 1 ? "" : "s"}` : ""];
  return { text: parts.filter(Boolean).join(", ") };
}
