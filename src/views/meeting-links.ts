/**
 * A meeting's links to what is published elsewhere (its webcast, the council's own agenda page),
 * as its page lists them: under a heading of their own, each with the words the front matter gives.
 * None, and the page shows no heading for them.
 */
import type { Meeting } from "../model/types.ts";
import type { Link } from "./link.ts";

export interface MeetingLinks {
  heading: string;
  links: Link[];
}

/** The heading says where the links lead: away from the archive, to pages it does not hold. */
export const MEETING_LINKS_HEADING = "Elsewhere on the web";

export function meetingLinks(meeting: Meeting): MeetingLinks | undefined {
  if (meeting.links.length === 0) return undefined;
  return { heading: MEETING_LINKS_HEADING, links: meeting.links.map((link) => ({ text: link.text, href: link.url })) };
}
