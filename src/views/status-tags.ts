/**
 * Statuses shown as GOV.UK tags, in the shape govuk-frontend's `govukTag` takes: the words and the
 * colour of each state in one place, so a register and a meeting list say the same thing alike.
 */
import type { FollowUp, Meeting, WorkProgrammeEntry } from "../model/types.ts";
import { holdsAgenda } from "./meeting-state.ts";

export interface GovukTag {
  text: string;
  /** A govuk-frontend colour modifier; none for the default blue. */
  classes?: string;
}

type Colour = "blue" | "grey" | "green" | "red" | "orange";

export function tag(text: string, colour: Colour = "blue"): GovukTag {
  return colour === "blue" ? { text } : { text, classes: `govuk-tag--${colour}` };
}

/** A meeting the archive holds no papers of, in a list of meetings; undefined for one it does. */
export function meetingStateTag(meeting: Meeting): GovukTag | undefined {
  switch (meeting.status) {
    case "referenced":
      return tag("Mentioned only", "grey");
    case "scheduled":
      return tag("Scheduled");
    case "cancelled":
      return tag("Cancelled", "red");
    case "held":
      return undefined;
  }
}

/** Where a follow-up stands at the build's clock. */
export function followUpTag(followUp: FollowUp): GovukTag {
  switch (followUp.state) {
    case "taken":
      return tag("Taken", "green");
    case "overdue":
      return tag("Overdue", "red");
    case "planned":
      return tag("Planned");
    case "due":
      return tag("Not yet planned", "grey");
  }
}

/** What became of business a work programme planned: taken, left off the agenda, or not yet known. */
export function plannedOutcomeTag(entry: WorkProgrammeEntry): GovukTag {
  if (entry.takenAt) return tag("Taken", "green");
  return holdsAgenda(entry.meeting) ? tag("Not on the agenda", "orange") : tag("Agenda not yet in the archive", "grey");
}
