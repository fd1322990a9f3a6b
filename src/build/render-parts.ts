/**
 * Which pages each Eleventy run renders. Eleventy renders every page of a build before it writes
 * any, and keeps every page's HTML in memory until the build ends: for 10,000 papers that is some
 * 660 MB of HTML held as strings, on top of the archive itself, and a render step that peaked at
 * almost 3 GB. A large archive is therefore rendered in parts: each part is the meeting pages and
 * papers of a run of consecutive meetings, and one last part renders everything else (home page,
 * lists, registers, people, feeds, open data, assets). Eleventy's memory is then bounded by the
 * largest part, not the archive.
 *
 * An archive within one part's budget (the shipped one) is a single part: one Eleventy run,
 * exactly as before. Pure: the archive's meetings and papers in, parts out.
 */
import type { Document, Meeting } from "../model/types.ts";
import { RENDER_PART_CHARS } from "../site/config.ts";

/** A page costs this much even when its paper is short: the page around it. */
const PAGE_CHARS = 4_000;

export interface RenderPart {
  /** Meetings whose own pages this part renders. */
  meetings: readonly Meeting[];
  /** Papers (published ones only) whose pages this part renders. */
  documents: readonly Document[];
  /** Whether this part renders the pages of no meeting, the feeds, the open data and the assets. */
  sitewide: boolean;
  /** For the sitewide part: the addresses of the pages the earlier parts wrote, for the sitemap. */
  earlierPageUrls?: readonly string[];
}

/**
 * Splits the archive's meetings, in date order, into runs of at most `maxChars` of Markdown (a
 * meeting larger than that is a part of its own), followed by the sitewide part with the papers
 * of no meeting. Within the budget altogether, one part renders everything. The default budget is
 * the site's (RENDER_PART_CHARS in src/site/config.ts, with the measurements behind it).
 */
export function planRenderParts(meetings: readonly Meeting[], published: readonly Document[], maxChars = RENDER_PART_CHARS): RenderPart[] {
  const papersOf = new Map<Meeting, Document[]>();
  const loose: Document[] = [];
  const given = new Set(meetings);
  for (const document of published) {
    // A paper of a meeting not rendered here (its page kept from the previous build) goes with the papers of no meeting.
    if (document.meeting && given.has(document.meeting)) papersOf.set(document.meeting, [...(papersOf.get(document.meeting) ?? []), document]);
    else loose.push(document);
  }
  const size = (meeting: Meeting) => (papersOf.get(meeting) ?? []).reduce((n, d) => n + d.markdown.length + PAGE_CHARS, PAGE_CHARS);
  const total = meetings.reduce((n, m) => n + size(m), 0) + loose.reduce((n, d) => n + d.markdown.length + PAGE_CHARS, 0);
  if (total <= maxChars) return [wholeArchive(meetings, published)];

  const parts: RenderPart[] = [];
  let current: { meetings: Meeting[]; documents: Document[]; chars: number } | undefined;
  for (const meeting of [...meetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const chars = size(meeting);
    if (!current || current.chars + chars > maxChars) {
      if (current) parts.push({ meetings: current.meetings, documents: current.documents, sitewide: false });
      current = { meetings: [], documents: [], chars: 0 };
    }
    current.meetings.push(meeting);
    current.documents.push(...(papersOf.get(meeting) ?? []));
    current.chars += chars;
  }
  if (current) parts.push({ meetings: current.meetings, documents: current.documents, sitewide: false });
  parts.push({ meetings: [], documents: loose, sitewide: true });
  return parts;
}

/** The one part that renders everything: every meeting, every paper with a page, and the sitewide pages. */
export function wholeArchive(meetings: readonly Meeting[], published: readonly Document[]): RenderPart {
  return { meetings, documents: published, sitewide: true };
}
