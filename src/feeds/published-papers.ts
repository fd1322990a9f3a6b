/**
 * Which papers count as published, and when each was published: what the papers feed lists.
 *
 * The papers carry no publication date of their own, and the feed must not invent one: a paper is
 * dated only by a date the papers give for its publication (publicationDate below). A paper the
 * papers give no such date for is published on the site and in the open data, but is in no feed:
 * Atom requires a date on every entry, and each date the archive could put there instead would
 * say something the papers do not (see publicationDate). The result is a pure function of the
 * content, so the feeds do not change from one build to the next unless the content does (or an
 * embargo ends).
 */
import { DateTime } from "luxon";
import type { Archive } from "../model/archive.ts";
import { ZONE } from "../model/dates.ts";
import type { Body, Document } from "../model/types.ts";
import { isPublished } from "../views/published.ts";

export interface PublishedPaper {
  paper: Document;
  /** When the paper was published, as the papers give it; undefined where they do not. */
  published: DateTime | undefined;
}

/** A published paper the papers date: an entry of the papers feeds. */
export interface DatedPaper extends PublishedPaper {
  published: DateTime;
}

/**
 * Papers whose text the site publishes (src/views/published.ts): not withheld (exempt or under
 * embargo) and not a stub (status referenced: the archive holds no text). For a body, the papers in
 * its meetings' folders and those tabled at its meetings. Those the papers date first, newest
 * first; then the others, by identifier.
 */
export function publishedPapers(archive: Archive, body?: Body): PublishedPaper[] {
  return archive.documents
    .filter(isPublished)
    .filter((paper) => !body || belongsTo(paper, body))
    .map((paper) => ({ paper, published: publicationDate(paper) }))
    .sort((a, b) => (b.published?.toMillis() ?? Number.NEGATIVE_INFINITY) - (a.published?.toMillis() ?? Number.NEGATIVE_INFINITY) || a.paper.id.localeCompare(b.paper.id));
}

/** What the papers feed (of the archive, or of one body) lists: the published papers the papers date. */
export function datedPapers(archive: Archive, body?: Body): DatedPaper[] {
  return publishedPapers(archive, body).filter((p): p is DatedPaper => p.published !== undefined);
}

export function belongsTo(paper: Document, body: Body): boolean {
  return paper.meeting?.body === body || paper.tabledAt.some((t) => t.meeting.body === body);
}

/**
 * When the paper was published, where the papers say: the end of its embargo (`publish_from`,
 * the time the archive itself was told it may publish it); else the day the first agenda that
 * tabled it was issued (`issued`: the paper went out with that agenda). Otherwise undefined.
 *
 * Nothing else is a publication date, so nothing else is used:
 * - a meeting's date: a paper tabled at a meeting was issued before it, on a day the papers do not
 *   give; and minutes or notes are written after the meeting they record, so dating them by it
 *   (or by its agenda's issue) would say they were published before they were written;
 * - the agenda of the paper's own meeting, when no item there tables it (minutes, a paper the
 *   agenda does not list): it did not go out with that agenda;
 * - the paper's own `date` (the date it prints, usually its meeting's) or the start of the period
 *   it covers (a plan for April 2017 to March 2021, printed in spring 2019);
 * - the build's clock: it would call the paper new at every build.
 */
export function publicationDate(paper: Document): DateTime | undefined {
  if (paper.publishFrom) {
    const embargo = DateTime.fromISO(paper.publishFrom, { setZone: true });
    if (embargo.isValid) return embargo;
  }
  const issued = paper.tabledAt.flatMap((t) => (t.meeting.issued ? [t.meeting.issued] : [])).sort();
  return issued[0] ? calendarDate(issued[0]) : undefined;
}

/** Midnight in London at the start of a date written YYYY-MM-DD (an agenda's `issued`). */
function calendarDate(iso: string): DateTime {
  return DateTime.fromISO(iso, { zone: ZONE });
}
