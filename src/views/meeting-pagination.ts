/**
 * The previous and next meeting of the same body, by date, for govuk-frontend's pagination at the
 * foot of a meeting's page: a reader going through a body's meetings in order never goes back to
 * the list. A body's meetings are in date order once the archive is linked.
 */
import { longDate } from "../model/dates.ts";
import type { Meeting } from "../model/types.ts";

interface PaginationLink {
  href: string;
  labelText: string;
}

/** govukPagination's `previous` and `next`; undefined when the body has no other meeting. */
export function meetingPagination(meeting: Meeting): { previous?: PaginationLink; next?: PaginationLink } | undefined {
  const meetings = meeting.body.meetings;
  const at = meetings.indexOf(meeting);
  const link = (other: Meeting | undefined): PaginationLink | undefined => (other ? { href: other.url, labelText: longDate(other.date) } : undefined);
  const previous = link(at > 0 ? meetings[at - 1] : undefined);
  const next = link(at >= 0 ? meetings[at + 1] : undefined);
  if (!previous && !next) return undefined;
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
