/** The key facts of a paper, as the rows of its page's summary list, and its own header lines. */
import { longDate, shortDate } from "../model/dates.ts";
import type { Document } from "../model/types.ts";
import { minuteCitation } from "./minute-citation.ts";
import { notesHeadingLines } from "./notes-heading.ts";
import { withPages } from "./published.ts";
import { listRow, row, type SummaryRow } from "./summary-list.ts";

export function paperSummary(paper: Document): SummaryRow[] {
  const meeting = paper.meeting;
  return [
    row("Meeting", meeting ? `${meeting.body.name}, ${longDate(meeting.date)}` : "", meeting?.url),
    listRow(
      "Tabled at",
      paper.tabledAt.map((t) => ({ text: `Item ${t.item.code}, ${t.item.title} (${t.meeting.body.shortName}, ${longDate(t.meeting.date)})`, href: t.item.url })),
    ),
    listRow(
      "Considered in",
      paper.tabledAt.flatMap((t) => t.item.minutes).map((m) => ({ text: `${minuteCitation(m, { start: true, titled: true })} (${longDate(m.record.meeting.date)})`, href: m.url })),
    ),
    row(paper.appendixLabel ? `Appendix ${paper.appendixLabel} to` : "Appendix to", paper.parent?.title, paper.parent?.url),
    listRow(
      "Appendices",
      withPages(paper.appendices).map((a) => ({ text: a.appendixLabel ? `Appendix ${a.appendixLabel}: ${a.title}` : a.title, href: a.url })),
    ),
    row("Author", paper.author?.name, paper.author?.url),
    row("Period covered", paper.period ? `${shortDate(paper.period.from)} to ${shortDate(paper.period.to)}` : ""),
    row("Version", paper.version),
    listRow("Topics", paper.topics.map((t) => ({ text: t.title, href: t.url }))),
  ];
}

export interface HeaderLine {
  label: string;
  value: string;
}

/**
 * The paper's header lines as printed ("Subject: …"): each field's name with its first letter a
 * capital and the rest lower case, as the page has always shown it; for a board's notes, the
 * heading block they open with.
 */
export function paperHeaderLines(paper: Document): HeaderLine[] {
  return [...Object.entries(paper.header).map(([key, value]) => ({ label: capitalise(key), value })), ...notesHeadingLines(paper.records?.heading)];
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
