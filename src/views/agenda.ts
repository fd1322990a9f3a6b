/**
 * A meeting's agenda laid out for its page: each section's heading ("A - Business", or "A" alone
 * where the paper prints no title, with "(exempt items)" for the exempt part), the heading level
 * its items take, and each item's papers, an appendix listed beside its parent left to show under
 * the parent, once.
 */
import type { Agenda, AgendaItem, AgendaSection, Document } from "../model/types.ts";

export interface AgendaSectionView {
  /** The section's heading, when it has a letter or title; items then sit one level below it. */
  heading?: string;
  /** 3 under the page's "Agenda" heading, 4 under a section's heading. */
  itemLevel: 3 | 4;
  items: { item: AgendaItem; papers: Document[] }[];
}

export function agendaSections(agenda: Agenda): AgendaSectionView[] {
  return agenda.sections.map((section) => {
    const printed = sectionHeading(section);
    const heading = printed ? `${printed}${section.part === "exempt" ? " (exempt items)" : ""}` : undefined;
    return { heading, itemLevel: heading ? 4 : 3, items: section.items.map((item) => ({ item, papers: listedPapers(item) })) };
  });
}

/**
 * A section's heading as the paper prints it: "A - Committee Business", or the letter alone where
 * it prints no title (an agenda rebuilt from the item codes its minutes give), or the title alone.
 */
function sectionHeading(section: AgendaSection): string {
  const title = section.title.trim();
  if (section.letter && title) return `${section.letter} - ${title}`;
  return section.letter ?? title;
}

/** The papers an item lists, but an appendix whose parent it also lists (shown under the parent). */
export function listedPapers(item: AgendaItem): Document[] {
  return item.papers.filter((paper) => !(paper.parent && item.papers.includes(paper.parent)));
}
