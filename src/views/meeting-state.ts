/** What the archive holds of a meeting, and whether it is still to come: the tests pages share. */
import type { Document, Meeting } from "../model/types.ts";

/** A meeting whose agenda the archive holds as issued (not rebuilt from its minutes). */
export function holdsAgenda(meeting: Meeting): boolean {
  return meeting.agenda !== undefined && !meeting.agenda.inferred;
}

/** A meeting the archive holds papers for: an agenda, minutes or any paper with text. */
export function holdsPapers(meeting: Meeting): boolean {
  return holdsAgenda(meeting) || meeting.documents.some((d) => d.status === "present");
}

/** A meeting still to come at the build's clock: planned, and its date not yet past. */
export function isUpcoming(meeting: Meeting, today: string): boolean {
  return meeting.status === "scheduled" && meeting.date >= today;
}

/** The minutes or notes of a meeting, when the archive holds their text. */
export function heldMinutes(meeting: Meeting): Document | undefined {
  return meeting.minutes?.status === "present" ? meeting.minutes : undefined;
}
