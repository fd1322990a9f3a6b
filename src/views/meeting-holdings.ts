/**
 * What the archive holds of a meeting, as the rows of a summary list on its page: its agenda (held
 * as issued, rebuilt from its minutes, or not held), its papers (how many held, withheld, not
 * held) and its minutes or notes (held, withheld, or not held).
 */
import type { Document, DocumentType, Meeting } from "../model/types.ts";
import { labelOf } from "../render/labels.ts";
import { hasPage } from "./published.ts";
import { row, type SummaryRow } from "./summary-list.ts";

/** The words a row uses for a body's record of its meetings. */
const RECORD_WORDS: Partial<Record<DocumentType, string>> = { minutes: "minutes", notes: "notes" };

export function archiveHoldings(meeting: Meeting): SummaryRow[] {
  return [agendaRow(meeting), row("Papers", papersText(meeting)), minutesRow(meeting)];
}

function agendaRow(meeting: Meeting): SummaryRow {
  if (!meeting.agenda) return row("Agenda", "Not held");
  if (meeting.agenda.inferred) return row("Agenda", "Not held: the items below are rebuilt from its minutes", "#agenda");
  return row("Agenda", "Held", "#agenda");
}

/** The documents of the meeting's folder other than its minutes: "8 held, 1 withheld, 2 not held". */
function papersText(meeting: Meeting): string {
  const papers = meeting.documents.filter((d) => d !== meeting.minutes);
  if (papers.length === 0) return "None";
  const withheld = papers.filter((d) => d.withheld).length;
  const held = papers.filter((d) => !d.withheld && d.status === "present").length;
  const notHeld = papers.length - withheld - held;
  const parts = [held > 0 ? `${held} held` : "", withheld > 0 ? `${withheld} withheld` : "", notHeld > 0 ? `${notHeld} not held` : ""];
  return parts.filter(Boolean).join(", ");
}

function minutesRow(meeting: Meeting): SummaryRow {
  const minutes = meeting.minutes;
  const type = minutes?.type ?? usualRecord(meeting);
  const key = labelOf(type);
  if (minutes?.withheld) return row(key, "Withheld");
  if (minutes?.status === "present" && hasPage(minutes)) return row(key, "Held", minutes.url);
  return row(key, `The archive holds no ${RECORD_WORDS[type] ?? "minutes"} of this meeting`);
}

/** Minutes or notes: what the body's other meetings are recorded in, minutes when none is. */
function usualRecord(meeting: Meeting): DocumentType {
  const recorded: Document | undefined = meeting.body.meetings.find((m) => m.minutes)?.minutes;
  return recorded?.type ?? "minutes";
}
