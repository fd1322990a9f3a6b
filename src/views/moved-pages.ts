/**
 * The old addresses of a meeting moved to another date (the identifiers its `formerly:` lists),
 * each a page that sends the reader on to where the meeting, or each of its papers, is now: links
 * to the old addresses from other sites, bookmarks and search engines keep working. A paper with
 * no page (withheld) has none at its old address either.
 */
import type { Meeting } from "../model/types.ts";
import { meetingTitle, paperTitle } from "./page-titles.ts";
import { withPages } from "./published.ts";

export interface MovedPage {
  /** The old address, root-relative: `/meetings/<former id>/…`. */
  url: string;
  /** Where it is now. */
  to: string;
  /** What is there now, as its page is titled. */
  title: string;
  /** The meeting that moved, and the identifier it had. */
  meeting: Meeting;
  formerly: string;
}

export function movedPages(meetings: readonly Meeting[]): MovedPage[] {
  return meetings.flatMap((meeting) =>
    meeting.formerly.flatMap((formerly) => {
      const at = `/meetings/${formerly}/`;
      return [
        { url: at, to: meeting.url, title: meetingTitle(meeting), meeting, formerly },
        ...withPages(meeting.documents).map((paper) => ({ url: `${at}${paper.url.slice(meeting.url.length)}`, to: paper.url, title: paperTitle(paper), meeting, formerly })),
      ];
    }),
  );
}
