/**
 * Papers in a meeting's folder that no agenda item lists (the minutes of a meeting without an
 * agenda, say), which its page lists on their own. Appendices show under their parent paper.
 */
import type { Document, Meeting } from "../model/types.ts";

export function unlistedPapers(meeting: Meeting): Document[] {
  return meeting.documents.filter((d) => d.tabledAt.length === 0 && !d.parent);
}
