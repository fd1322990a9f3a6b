/** The titles, headings and captions of the pages of meetings, papers and decisions. */
import { longDate, shortDate } from "../model/dates.ts";
import type { Decision, Document, Meeting } from "../model/types.ts";
import { labelOf } from "../render/labels.ts";
import { holdsAgenda } from "./meeting-state.ts";

/** "Kent and Medway Police and Crime Panel, Thursday 10 October 2024": the <title> and search result. */
export function meetingTitle(meeting: Meeting): string {
  return `${meeting.title || meeting.body.name}, ${longDate(meeting.date)}`;
}

/** The meeting page's <h1>: its own title, if it has one, and the date (the body is the caption). */
export function meetingHeading(meeting: Meeting): string {
  return `${meeting.title ? `${meeting.title}, ` : ""}${longDate(meeting.date)}`;
}

/** What the meeting's own text is headed: the agenda as issued, or a note about the meeting. */
export function summonsHeading(meeting: Meeting): string {
  return holdsAgenda(meeting) ? "The agenda as issued" : "About this meeting";
}

/**
 * A paper page's <h1>. Minutes and notes print a whole sentence as their title, so their heading
 * is the shorter "Minutes" and the sentence follows it (`printedTitle`).
 */
export function paperHeading(paper: Document): string {
  return paper.records ? labelOf(paper.type) : paper.title;
}

/** The printed title shown under a record's heading, when it says more than the heading. */
export function printedTitle(paper: Document): string | undefined {
  return paper.records && paper.title !== paperHeading(paper) ? paper.title : undefined;
}

/** The paper page's <title>: its heading, and the meeting's body and date when it has one. */
export function paperTitle(paper: Document): string {
  const meeting = paper.meeting;
  return meeting ? `${paperHeading(paper)}, ${meeting.body.shortName}, ${shortDate(meeting.date)}` : paperHeading(paper);
}

/** The caption above a paper's heading: its type, and the meeting's body and date. */
export function paperCaption(paper: Document): string {
  const meeting = paper.meeting;
  return meeting ? `${labelOf(paper.type)}, ${meeting.body.name}, ${longDate(meeting.date)}` : labelOf(paper.type);
}

/** "OPCC/D/035/24: Appointment of …": a decision's page title and search result. */
export function decisionTitle(decision: Decision): string {
  return `${decision.code}: ${decision.title}`;
}
