/**
 * A meeting as schema.org `Event` JSON-LD, for the meeting page's head: search engines and
 * calendar tools read the date, time, place and organiser from it. It says only what the papers
 * do: no attendance mode (a venue says where, not whether the meeting was also online), no price,
 * and a status only where the archive knows one.
 */
import type { Meeting } from "../model/types.ts";
import { absoluteUrl } from "../feeds/site-url.ts";
import { isPastScheduled } from "../views/status-tags.ts";

/**
 * schema.org's EventScheduled says an event "is taking place or has taken place on the startDate
 * as scheduled": true of a meeting held, or one still to come. A meeting only mentioned in the
 * papers, or scheduled with its date passed and no minutes held, has no status the archive knows.
 */
const EVENT_STATUS: Record<Meeting["status"], string | undefined> = {
  held: "https://schema.org/EventScheduled",
  scheduled: "https://schema.org/EventScheduled",
  cancelled: "https://schema.org/EventCancelled",
  referenced: undefined,
};

/** The meeting's Event, at the build's date `today` (London, YYYY-MM-DD). */
export function meetingJsonLd(meeting: Meeting, siteUrl: string, today: string): Record<string, unknown> {
  const url = absoluteUrl(siteUrl, meeting.url);
  const status = isPastScheduled(meeting, today) ? undefined : EVENT_STATUS[meeting.status];
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": url,
    url,
    name: `${meeting.body.name}${meeting.title ? `: ${meeting.title}` : ""}`,
    // With a time, the London date-time with its offset (BST or GMT); without, the date alone.
    startDate: meeting.start ?? meeting.date,
    ...(status ? { eventStatus: status } : {}),
    ...(meeting.venue ? { location: { "@type": "Place", name: meeting.venue, address: meeting.venue } } : {}),
    organizer: { "@type": "Organization", name: meeting.body.name, url: absoluteUrl(siteUrl, meeting.body.url) },
  };
}

/**
 * The JSON for a `<script type="application/ld+json">`: `<` is escaped so no text in the content
 * (a venue, a title) can close the script element.
 */
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
