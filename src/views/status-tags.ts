/**
 * Statuses shown as GOV.UK tags, in the shape govuk-frontend's `govukTag` takes: the words and the
 * colour of each state in one place, so a register and a meeting list say the same thing alike.
 * Every status says only what the papers in the archive say: a date that has passed is not, on its
 * own, a failure, and a meeting whose papers are missing is not known to have taken place.
 */
import { type FollowThroughState, followThroughStateOn } from "../model/follow-through.ts";
import type { FollowUp, Meeting, WorkProgrammeEntry } from "../model/types.ts";
import { heldMinutes, holdsAgenda, holdsPapers, isUpcoming } from "./meeting-state.ts";

export interface GovukTag {
  text: string;
  /** A govuk-frontend colour modifier; none for the default blue. */
  classes?: string;
}

type Colour = "blue" | "grey" | "green" | "red" | "orange";

export function tag(text: string, colour: Colour = "blue"): GovukTag {
  return colour === "blue" ? { text } : { text, classes: `govuk-tag--${colour}` };
}

/**
 * A scheduled meeting whose date has passed, in words: the content still calls it scheduled, and
 * the archive does not know whether it took place, only what it holds of it.
 */
export function pastScheduledText(meeting: Meeting): string {
  if (!holdsPapers(meeting)) return "Date has passed: the archive holds no papers of this meeting";
  return heldMinutes(meeting) ? "Date has passed: the archive holds papers of this meeting" : "Date has passed: the archive holds no minutes of this meeting";
}

/** A scheduled meeting whose date is before the build's date: never shown as "Scheduled". */
export function isPastScheduled(meeting: Meeting, today: string): boolean {
  return meeting.status === "scheduled" && !isUpcoming(meeting, today);
}

/**
 * The state of a meeting not held as far as the archive shows, in a list of meetings; undefined
 * for one held. A scheduled meeting whose date has passed says so, not "Scheduled". What it holds
 * (a planned meeting's agenda, say) is said beside the tag (./meeting-list.ts).
 */
export function meetingStateTag(meeting: Meeting, today: string): GovukTag | undefined {
  switch (meeting.status) {
    case "referenced":
      return tag("Mentioned only", "grey");
    case "scheduled":
      return isPastScheduled(meeting, today) ? tag(pastScheduledText(meeting), "grey") : tag("Scheduled");
    case "cancelled":
      return tag("Cancelled", "red");
    case "held":
      return undefined;
  }
}

/** The words and colour of each follow-through state: follow-ups and planned business alike. */
export function followThroughTag(state: FollowThroughState): GovukTag {
  switch (state) {
    case "taken":
      return tag("Taken", "green");
    case "planned":
      return tag("Planned");
    case "due":
      return tag("Still to come", "grey");
    case "overdue":
      return tag("Overdue", "red");
    case "not-known":
      return tag("Not known", "grey");
  }
}

/** Where a follow-up stands at the build's clock. */
export function followUpTag(followUp: FollowUp): GovukTag {
  return followThroughTag(followUp.state);
}

/**
 * Why a follow-up or planned business is overdue or not known, in one sentence shared by every
 * register; empty for the other states, whose tag says it all.
 */
export function followThroughNote(state: FollowThroughState, meeting: Meeting | undefined): string {
  if (state === "overdue") return "the archive holds that meeting's agenda and minutes, and neither has it";
  if (state !== "not-known") return "";
  if (!meeting) return "the papers name a month, not a meeting, and the archive cannot show whether it was taken";
  const agenda = holdsAgenda(meeting);
  const minutes = heldMinutes(meeting) !== undefined && meeting.minutes?.withheld === undefined;
  if (agenda && !minutes) return "the archive holds that meeting's agenda, which does not list it, but not its minutes";
  if (minutes && !agenda) return "the archive holds that meeting's minutes, which do not record it, but not its agenda as issued";
  if (!holdsPapers(meeting)) return "the archive holds no papers of that meeting";
  return "the archive holds no agenda or minutes of that meeting";
}

/** The note for a follow-up (see followThroughNote). */
export function followUpNote(followUp: FollowUp): string {
  return followThroughNote(followUp.state, followUp.meeting);
}

/** Where business a work programme planned stands, by the same rule as a follow-up. */
export function plannedOutcome(entry: WorkProgrammeEntry, today: string): FollowThroughState {
  return followThroughStateOn({ meeting: entry.meeting, due: entry.meeting.date, taken: entry.takenAt !== undefined, planned: true }, today);
}

/** What became of business a work programme planned, in the words a follow-up uses. */
export function plannedOutcomeTag(entry: WorkProgrammeEntry, today: string): GovukTag {
  return followThroughTag(plannedOutcome(entry, today));
}

/** The note for planned business (see followThroughNote). */
export function plannedOutcomeNote(entry: WorkProgrammeEntry, today: string): string {
  return followThroughNote(plannedOutcome(entry, today), entry.meeting);
}
