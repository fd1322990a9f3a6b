/**
 * What the archive holds of a meeting, and whether it is still to come: the tests pages share; and
 * what its pages say of the approval of its minutes or notes.
 */
import { longDate } from "../model/dates.ts";
import type { Document, Meeting, Resolution } from "../model/types.ts";
import type { Link } from "./link.ts";
import { minuteCitation } from "./minute-citation.ts";

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

/**
 * A meeting whose date has not come (or is today) and that the archive does not show held: planned
 * (`scheduled`), or only named by the papers (`referenced`: a work programme's next date, which is
 * what check advises for it). Its minutes cannot be missing yet, nor its attendance.
 */
export function isStillToCome(meeting: Meeting, today: string): boolean {
  return meeting.status !== "held" && meeting.date >= today;
}

/** The minutes or notes of a meeting, when the archive holds their text. */
export function heldMinutes(meeting: Meeting): Document | undefined {
  return meeting.minutes?.status === "present" ? meeting.minutes : undefined;
}

/** A sentence on a record's approval, and the place that records it. */
export interface ApprovalLine {
  text: string;
  link?: Link;
}

/**
 * What a record's own page says of its approval. Minutes are approved by a later meeting's minute,
 * a board's notes agreed at a later meeting under an item of its notes; the sentence names the
 * meeting and links to the minute, whose own words ("an accurate record", with any corrections)
 * say how, rather than putting other words in its mouth.
 * A record the archive does not hold says so only when a later meeting approved it.
 */
export function recordApproval(paper: Document): ApprovalLine | undefined {
  const record = paper.records;
  if (!record) return undefined;
  const by = record.approvedBy;
  const notes = paper.type === "notes";
  if (by) return { text: `${notes ? "Agreed at the meeting of" : "Approved at the meeting of"} ${longDate(by.minute.record.meeting.date)}`, link: approvalLink(by) };
  if (paper.status !== "present") return undefined;
  return {
    text: notes
      ? "Not yet agreed in the archive: the archive holds no notes of a later meeting that agree these notes"
      : "Not yet approved in the archive: the archive holds no minute of a later meeting that approves these minutes",
  };
}

/** What a meeting's page says of the approval of its minutes or notes, when a later meeting's record gives it. */
export function meetingApproval(meeting: Meeting): ApprovalLine | undefined {
  const by = meeting.minutes?.records?.approvedBy;
  if (!by) return undefined;
  const date = longDate(by.minute.record.meeting.date);
  const text = meeting.minutes?.type === "notes" ? `Its notes were agreed at the meeting of ${date}` : `Its minutes were approved at the meeting of ${date}`;
  return { text, link: approvalLink(by) };
}

function approvalLink(resolution: Resolution): Link {
  return { text: minuteCitation(resolution.minute), href: resolution.url };
}
