/**
 * A work programme's page: its entries grouped by the meeting they are planned for, in the order
 * the programme first names each meeting, with the entries that say where they came from or went;
 * and its standing items grouped under their headings.
 */
import type { Meeting, WorkProgramme, WorkProgrammeEntry } from "../model/types.ts";
import { latestOfEach, sameWords } from "./latest-record.ts";

export interface PlannedMeeting {
  meeting: Meeting;
  entries: WorkProgrammeEntry[];
  /** Entries asked for by a minute or paper, or taken at an agenda item. */
  traced: WorkProgrammeEntry[];
}

export interface StandingGroup {
  /** The heading as printed; empty for standing items printed under none. */
  heading: string;
  titles: string[];
}

export function plannedMeetings(programme: WorkProgramme): PlannedMeeting[] {
  const meetings = [...new Set(programme.entries.map((e) => e.meeting))];
  return meetings.map((meeting) => {
    const entries = programme.entries.filter((e) => e.meeting === meeting);
    return { meeting, entries, traced: entries.filter((e) => e.requestedBy || e.takenAt) };
  });
}

export function standingGroups(programme: WorkProgramme): StandingGroup[] {
  const headings = [...new Set(programme.standing.map((s) => s.heading ?? ""))];
  return headings.map((heading) => ({ heading, titles: programme.standing.filter((s) => (s.heading ?? "") === heading).map((s) => s.title) }));
}

/**
 * A meeting's planned business, each item once, as the latest work programme that plans it gives
 * it: a programme is issued again at every meeting, repeating what it still plans, and the same
 * title planned for the same meeting is the same business (case and spacing aside). In the order
 * of `entries`.
 */
export function latestPlans(entries: readonly WorkProgrammeEntry[]): WorkProgrammeEntry[] {
  return latestOfEach(entries, (e) => `${e.meeting.id}\u0000${sameWords(e.title)}`, (e) => e.programme.document.meeting?.date ?? e.programme.document.date ?? "");
}
