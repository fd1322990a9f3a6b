/** The key facts of a meeting, as the rows of its page's summary list. */
import { clockTime, longDate } from "../model/dates.ts";
import { meetingIdParts } from "../model/meeting-id.ts";
import type { Document, Meeting } from "../model/types.ts";
import { labelOf } from "../render/labels.ts";
import { hasPage } from "./published.ts";
import { isPastScheduled, pastScheduledText } from "./status-tags.ts";
import { listRow, row, type SummaryRow } from "./summary-list.ts";

/** The rows at the build's date (`today`, YYYY-MM-DD): a scheduled meeting now past is not "Scheduled". */
export function meetingSummary(meeting: Meeting, today: string): SummaryRow[] {
  const previous = meeting.previousMeetings[0];
  return [
    row("Date", longDate(meeting.date)),
    // Its former identifiers name the dates it was called for before it moved (the folder's own rule).
    row("Moved from", meeting.formerly.map((id) => meetingIdParts(id)?.date).filter((date): date is string => date !== undefined).map(longDate).join("; ")),
    row("Time", meeting.time ? clockTime(meeting.time) : ""),
    row("As printed", meeting.dateAsPrinted),
    row("Venue", meeting.venue),
    row("Body", meeting.body.name, meeting.body.url),
    row("Status", meetingStatusText(meeting, today)),
    row("Agenda issued", meeting.issued ? longDate(meeting.issued) : ""),
    ...(meeting.minutes ? [minutesRow(meeting.minutes)] : []),
    listRow(`${meeting.minutes?.type === "notes" ? "Notes" : "Minutes"} tabled at`, meeting.minutesTabledAt.map((item) => ({ text: `Item ${item.code}, ${longDate(item.meeting.date)}`, href: item.url }))),
    row("Signed", meeting.signatory?.asPrinted, meeting.signatory?.person?.url),
    listRow("Contact", meeting.contacts.map((c) => ({ text: c.asPrinted, href: c.person?.url }))),
    listRow("Topics", meeting.topics.map((t) => ({ text: t.title, href: t.url }))),
    row("Previous meeting", previous ? longDate(previous.date) : "", previous?.url),
    row("Next meeting", meeting.nextMeeting ? longDate(meeting.nextMeeting.date) : "", meeting.nextMeeting?.url),
  ];
}

/**
 * The meeting's minutes or notes: their title when held, a note when only referenced; a link
 * only to a page that exists (withheld minutes have none).
 */
function minutesRow(minutes: Document): SummaryRow {
  const text = minutes.status === "present" ? minutes.title : "Not held in the archive";
  return row(labelOf(minutes.type), text, hasPage(minutes) ? minutes.url : undefined);
}

/** The meeting's status in words: its content's status, except a scheduled meeting whose date has passed. */
export function meetingStatusText(meeting: Meeting, today: string): string {
  return isPastScheduled(meeting, today) ? pastScheduledText(meeting) : labelOf(meeting.status);
}
