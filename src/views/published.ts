/**
 * Which papers readers may see, in one place: the pages, the feeds, the search index's paper
 * pages and the open data all ask these two questions.
 */
import type { Document } from "../model/types.ts";

/**
 * A paper with a page of its own: not withheld (exempt, or under embargo at the build's clock).
 * A paper the archive knows of but does not hold has a page too, which says so.
 */
export function hasPage(paper: Document): boolean {
  return !paper.withheld;
}

/** A paper whose text the site publishes: it has a page, and the archive holds its text. */
export function isPublished(paper: Document): boolean {
  return hasPage(paper) && paper.status === "present";
}

/** The papers of a list that have pages, in the list's order. */
export function withPages(papers: readonly Document[]): Document[] {
  return papers.filter(hasPage);
}
