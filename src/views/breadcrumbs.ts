/**
 * The breadcrumb trail above a page, in the shape govuk-frontend's `govukBreadcrumbs` takes
 * (`items: [{ text, href }]`): the fixed pages above it (./places.ts), then, for a paper of a
 * meeting, the meeting, and for a meeting, its year.
 */
import { shortDate, yearOf } from "../model/dates.ts";
import type { Body, Decision, Document, Meeting, Organisation, Person, Topic } from "../model/types.ts";
import { PLACES, type Place, type PlaceKey, shortName } from "./places.ts";
import { type YearOfMeetings, yearUrl } from "./years.ts";

export interface Crumb {
  text: string;
  href: string;
}

/** What has a page with a trail above it. */
export type Trailed = Place | YearOfMeetings | Body | Decision | Document | Meeting | Organisation | Person | Topic;

export function breadcrumbs(page: Trailed): Crumb[] {
  switch (page.kind) {
    case "place":
      return page.parent ? trailThrough(page.parent) : [];
    case "year":
      return trailThrough("meetings");
    case "meeting":
      return [...trailThrough("meetings"), { text: String(yearOf(page.date)), href: yearUrl(yearOf(page.date)) }];
    case "document":
      return page.meeting ? [...trailThrough("meetings"), { text: `${page.meeting.body.shortName}, ${shortDate(page.meeting.date)}`, href: page.meeting.url }] : trailThrough("home");
    case "decision":
      return trailThrough("decisions");
    case "person":
      return trailThrough("people");
    case "organisation":
      return trailThrough("organisations");
    case "topic":
      return trailThrough("topics");
    case "body":
      return trailThrough("home");
  }
}

/** The fixed pages from the home page down to `key`, each a link. */
function trailThrough(key: PlaceKey): Crumb[] {
  const place = PLACES[key];
  const above = place.parent ? trailThrough(place.parent) : [];
  return [...above, { text: shortName(place), href: place.url }];
}
