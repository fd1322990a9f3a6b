/**
 * A meeting's minutes or notes, whatever the archive holds of them: held, only referenced, or
 * withheld. The linker links a record's attendance and minutes to its meeting (`meeting.minutes`)
 * only when it is published, so withheld minutes are found here in the meeting's own folder.
 */
import type { Document, Meeting } from "../model/types.ts";

export function recordOf(meeting: Meeting): Document | undefined {
  return meeting.minutes ?? meeting.documents.find((d) => d.id === `${meeting.id}/minutes` || d.id === `${meeting.id}/notes`);
}
