/**
 * The contents list of a paper's page (layouts/macros/contents-list.njk): for minutes or notes of
 * more than one minute, their minutes; for another paper with more than three headings, its
 * headings. Shorter papers have none.
 */
import type { Document } from "../model/types.ts";

export interface ContentsEntry {
  id: string;
  text: string;
  /** 2 to 6, as the heading's own level; the macro indents 3 and deeper. */
  level: number;
}

export function contentsOf(paper: Document): ContentsEntry[] {
  const minutes = paper.records?.minutes ?? [];
  if (paper.records && minutes.length > 1) {
    return minutes.map((m) => ({ id: m.anchor, text: m.printedNumber ? `${m.printedNumber}. ${m.title}` : m.title, level: 2 }));
  }
  if (paper.headings.length > 3) return paper.headings.map((h) => ({ id: h.anchor, text: h.text, level: h.level }));
  return [];
}
