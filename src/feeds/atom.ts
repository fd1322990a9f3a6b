/**
 * The papers feed (Atom 1.0), written by the `feed` library: one entry per published paper the
 * papers date (src/feeds/published-papers.ts says which, and why the others are left out), for the
 * whole archive or for one body. Entry ids are the papers' permanent addresses; each entry is
 * titled as its page is (paperTitle: "Minutes, Police and Crime Panel, 17 October 2023"), since
 * the papers' own titles do not tell one set of minutes or notes from another ("Meeting Notes").
 */
import { Feed } from "feed";
import type { DateTime } from "luxon";
import type { Archive } from "../model/archive.ts";
import { longDate } from "../model/dates.ts";
import type { Body, Document } from "../model/types.ts";
import { labelOf } from "../render/labels.ts";
import { paperTitle } from "../views/page-titles.ts";
import { ALL_PAPERS_FEED, feedsOfBody } from "./catalogue.ts";
import { datedPapers } from "./published-papers.ts";
import { LICENCE } from "../data-export/datasets.ts";
import { absoluteUrl, type SiteIdentity } from "./site-url.ts";

/** The site as a feed names it. */
export type FeedSite = SiteIdentity;

export function papersFeed(archive: Archive, site: FeedSite, clock: DateTime, body?: Body): string {
  const papers = datedPapers(archive, body);
  const self = absoluteUrl(site.url, body ? feedsOfBody(body).papers : ALL_PAPERS_FEED);
  // The newest entry's date; a feed with no entry (no paper the papers date) was last changed
  // when it was written, at the build's clock.
  const newest = papers[0]?.published ?? clock;
  const feed = new Feed({
    id: self,
    title: body ? `${body.name}: new papers` : `${site.name}: new papers`,
    description: body ? `Papers newly published for meetings of the ${body.name}.` : `Papers newly published in the archive: ${site.name}.`,
    link: absoluteUrl(site.url, body ? body.url : "/"),
    feedLinks: { atom: self },
    updated: newest.toJSDate(),
    language: "en-GB",
    author: { name: site.publisher ?? site.name },
    copyright: `${(site.licence ?? LICENCE).name}, except where otherwise stated`,
    generator: "panel-papers-archive",
  });
  for (const { paper, published } of papers) {
    const link = absoluteUrl(site.url, paper.url);
    feed.addItem({
      id: link,
      link,
      title: paperTitle(paper),
      date: published.toJSDate(),
      published: published.toJSDate(),
      description: summaryOf(paper),
      author: [{ name: paper.meeting?.body.name ?? site.publisher ?? site.name }],
      category: [{ term: paper.type, name: labelOf(paper.type) }],
    });
  }
  return feed.atom1();
}

/**
 * "Report, Kent and Medway Police and Crime Panel, Thursday 10 October 2024, item B3." and, for
 * papers tabled at another meeting (minutes, a board's notes), where they were tabled.
 */
export function summaryOf(paper: Document): string {
  const parts = [labelOf(paper.type)];
  const own = paper.meeting ? paper.tabledAt.find((t) => t.meeting === paper.meeting) : undefined;
  if (paper.meeting) parts.push(paper.meeting.body.name, longDate(paper.meeting.date));
  if (own) parts.push(`item ${own.item.code}`);
  const elsewhere = paper.tabledAt.filter((t) => t.meeting !== paper.meeting).map((t) => `${t.meeting.body.name}, ${longDate(t.meeting.date)}, item ${t.item.code}`);
  return `${parts.join(", ")}${elsewhere.length > 0 ? `; tabled at ${elsewhere.join("; ")}` : ""}.`;
}
