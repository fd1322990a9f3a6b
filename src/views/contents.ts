/**
 * The contents list of a paper's page (layouts/macros/contents-list.njk): for minutes or notes of
 * more than one minute, their minutes with the sub-headings under them (a board's slides) and the
 * areas for improvement they set out, each one level below the heading it sits under; for another
 * paper with more than three headings, its headings. Shorter papers have none.
 */
import type { Document, Heading, MinutesRecord } from "../model/types.ts";

export interface ContentsEntry {
  id: string;
  text: string;
  /** 2 to 6, as the heading's own level; the macro indents 3 and deeper. */
  level: number;
}

export function contentsOf(paper: Document): ContentsEntry[] {
  const record = paper.records;
  if (record && record.minutes.length > 1) return recordContents(record, paper.headings);
  if (paper.headings.length > 3) return paper.headings.map(entryOf);
  return [];
}

/** The record's headings down to level 3, in order, each followed by the AFIs printed under it. */
function recordContents(record: MinutesRecord, headings: readonly Heading[]): ContentsEntry[] {
  const afis = record.minutes.flatMap((m) => m.areasForImprovement);
  return headings.flatMap((heading) => [
    entryOf(heading),
    ...afis.filter((afi) => afi.under === heading.anchor).map((afi) => ({ id: afi.anchor, text: afiEntryText(afi.text), level: heading.level + 1 })),
  ]);
}

function entryOf(heading: Heading): ContentsEntry {
  return { id: heading.anchor, text: heading.text, level: heading.level };
}

/** An AFI's words for the contents list: its text as printed, without Markdown emphasis marks. */
function afiEntryText(markdown: string): string {
  return markdown.replace(/[*`]/g, "").replace(/\s+/g, " ").trim();
}
