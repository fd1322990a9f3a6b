/**
 * What a list of meetings says the archive holds of each: a tag for a meeting not held as far as
 * the archive shows (mentioned only, scheduled, cancelled; a scheduled meeting whose date has
 * passed says so, at the build's date `today`), and what it holds ("Agenda, Minutes, 3 papers"),
 * then, apart, what the meeting lists that the archive does not hold or withholds ("listed but not
 * held: 5 papers"), so that a stub is never counted as a paper held. A meeting with a tag and no
 * papers has the tag alone; a planned one whose agenda is issued has both, so the list does not
 * hide the agenda the meeting's page shows.
 */
import type { Document, Meeting } from "../model/types.ts";
import { labelOf } from "../render/labels.ts";
import { recordOf } from "./meeting-record.ts";
import { holdsAgenda, holdsPapers } from "./meeting-state.ts";
import { type GovukTag, meetingStateTag } from "./status-tags.ts";

export interface MeetingHoldings {
  tag?: GovukTag;
  text: string;
}

/** Where a paper of the meeting's folder stands: its text held, withheld, or known only by name. */
type Standing = "held" | "withheld" | "not-held";

function standingOf(paper: Document): Standing {
  if (paper.withheld) return "withheld";
  return paper.status === "present" ? "held" : "not-held";
}

export function meetingHoldings(meeting: Meeting, today: string): MeetingHoldings {
  const tag = meetingStateTag(meeting, today);
  if (tag && !holdsPapers(meeting)) return { tag, text: "" };
  const record = recordOf(meeting);
  const parts = (standing: Standing) => {
    const minutes = record && standingOf(record) === standing ? labelOf(record.type) : "";
    // The meeting's minutes are among its folder's documents; the rest are its papers.
    const papers = meeting.documents.filter((d) => d !== record && standingOf(d) === standing).length;
    return [standing === "held" && holdsAgenda(meeting) ? "Agenda" : "", minutes, papers > 0 ? `${papers} paper${papers === 1 ? "" : "s"}` : ""].filter(Boolean).join(", ");
  };
  const held = parts("held");
  const notHeld = parts("not-held");
  const withheld = parts("withheld");
  const text = [held || "No papers held", notHeld && `listed but not held: ${notHeld}`, withheld && `withheld: ${withheld}`].filter(Boolean).join("; ");
  return tag ? { tag, text } : { text };
}
