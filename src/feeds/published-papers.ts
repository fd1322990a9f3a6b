/**
 * Which papers count as published, and when each was published: what the papers feed lists.
 *
 * The papers carry no publication date of their own, so it is read from what the archive knows,
 * most specific first; the result is a pure function of the content, so feeds do not change from
 * one build to the next unless the content does.
 */
import { DateTime } from "luxon";
import type { Archive } from "../model/archive.ts";
import { ZONE } from "../model/dates.ts";
import type { Body, Document, Meeting } from "../model/types.ts";
import { isPublished } from "../views/published.ts";

export interface PublishedPaper {
  paper: Document;
  /** When the paper was (or is taken to have been) published. */
  published: DateTime;
}

/**
 * Papers whose text the site publishes (src/views/published.ts): not withheld (exempt or under
 * embargo) and not a stub (status referenced: the archive holds no text). For a body, the papers in its meetings'
 * folders and those tabled at its meetings. Newest first.
 */
export function publishedPapers(archive: Archive, clock: DateTime, body?: Body): PublishedPaper[] {
  return archive.documents
    .filter(isPublished)
    .filter((paper) => !body || belongsTo(paper, body))
    .map((paper) => ({ paper, published: publicationDate(paper, clock) }))
    .sort((a, b) => b.published.toMillis() - a.published.toMillis() || a.paper.id.localeCompare(b.paper.id));
}

export function belongsTo(paper: Document, body: Body): boolean {
  return paper.meeting?.body === body || paper.tabledAt.some((t) => t.meeting.body === body);
}

/**
 * The end of an embargo; else the first agenda it was tabled on (the date the agenda was issued,
 * or the meeting's date); else its own meeting's agenda; else its own date or the start of the
 * period it covers. A paper the archive can date in no way is taken as published at the build's
 * clock (PAPERS_NOW when set).
 */
export function publicationDate(paper: Document, clock: DateTime): DateTime {
  if (paper.publishFrom) {
    const embargo = DateTime.fromISO(paper.publishFrom, { setZone: true });
    if (embargo.isValid) return embargo;
  }
  const agendas = paper.tabledAt.map((t) => agendaDate(t.meeting)).sort();
  const candidate = agendas[0] ?? (paper.meeting ? agendaDate(paper.meeting) : undefined) ?? paper.date ?? paper.period?.from;
  return candidate ? calendarDate(candidate) : clock;
}

function agendaDate(meeting: Meeting): string {
  return meeting.issued ?? meeting.date;
}

/** Midnight in London at the start of a (possibly partial) ISO date. */
function calendarDate(iso: string): DateTime {
  const full = iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
  return DateTime.fromISO(full, { zone: ZONE });
}
