/**
 * A meeting as schema.org `Event` JSON-LD, for the meeting page's head: search engines and
 * calendar tools read the date, time, place and organiser from it.
 */
import type { Meeting } from "../model/types.ts";
import { absoluteUrl } from "../feeds/site-url.ts";

const EVENT_STATUS: Record<Meeting["status"], string> = {
  held: "https://schema.org/EventScheduled",
  scheduled: "https://schema.org/EventScheduled",
  cancelled: "https://schema.org/EventCancelled",
  referenced: "https://schema.org/EventScheduled",
};

export function meetingJsonLd(meeting: Meeting, siteUrl: string): Record<string, unknown> {
  const url = absoluteUrl(siteUrl, meeting.url);
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": url,
    url,
    name: `${meeting.body.name}${meeting.title ? `: ${meeting.title}` : ""}`,
    // With a time, the London date-time with its offset (BST or GMT); without, the date alone.
    startDate: meeting.start ?? meeting.date,
    eventStatus: EVENT_STATUS[meeting.status],
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    ...(meeting.venue ? { location: { "@type": "Place", name: meeting.venue, address: meeting.venue } } : {}),
    organizer: { "@type": "Organization", name: meeting.body.name, url: absoluteUrl(siteUrl, meeting.body.url) },
    isAccessibleForFree: true,
  };
}

/**
 * The JSON for a `<script type="application/ld+json">`: `<` is escaped so no text in the content
 * (a venue, a title) can close the script element.
 */
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
