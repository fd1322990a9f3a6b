/**
 * The feeds the site publishes and where: one papers feed (Atom) and one meetings calendar
 * (iCalendar) for the whole archive, and one of each per body. The writer, the Subscribe page and
 * each page's `<link rel="alternate">` all read this list, so they cannot disagree. A body with no
 * meeting has none, and an archive with no meeting none at all: no feed is published empty.
 */
import type { Archive } from "../model/archive.ts";
import type { Body } from "../model/types.ts";

export interface FeedPair {
  /** Undefined for the whole archive. */
  body?: Body;
  /** "All bodies" or the body's name. */
  name: string;
  /** Root-relative addresses. */
  papers: string;
  meetings: string;
}

export const ALL_PAPERS_FEED = "/feeds/papers.atom";
export const ALL_MEETINGS_CALENDAR = "/feeds/meetings.ics";

export function feedsOfBody(body: Body): FeedPair {
  return { body, name: body.name, papers: `/feeds/${body.id}/papers.atom`, meetings: `/feeds/${body.id}/meetings.ics` };
}

export function feedCatalogue(archive: Archive): FeedPair[] {
  const bodies = archive.bodies.filter((body) => body.meetings.length > 0);
  if (bodies.length === 0) return [];
  return [{ name: "All bodies", papers: ALL_PAPERS_FEED, meetings: ALL_MEETINGS_CALENDAR }, ...bodies.map(feedsOfBody)];
}
