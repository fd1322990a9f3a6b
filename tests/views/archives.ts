/**
 * Archives for the view tests, loaded once per file, in memory: the shipped content, and MINIMAL
 * (tests/support/content-fixture.ts) with a topic the meeting as a whole is tagged with.
 */
import type { Archive } from "../../src/model/archive.ts";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";
import { loadValidArchive } from "../support/load-content.ts";

let shipped: Archive | undefined;

export function shippedArchive(): Archive {
  shipped ??= loadValidArchive();
  return shipped;
}

/** MINIMAL's meeting file with `topics: [policing]` added to its front matter. */
const taggedMeeting = (MINIMAL["meetings/panel-2024-01-10/meeting.md"] as string).replace("status: held\n", "status: held\ntopics: [policing]\n");

/** MINIMAL plus a topic, "Policing", that its one meeting is tagged with. */
export const WITH_MEETING_TOPIC = {
  ...MINIMAL,
  "topics/policing.md": "---\ntype: topic\ntitle: Policing\n---\nHow the county is policed.\n",
  "meetings/panel-2024-01-10/meeting.md": taggedMeeting,
};

export function minimalArchive(files: Record<string, string | Uint8Array> = WITH_MEETING_TOPIC): Archive {
  return loadValidArchive(writeContent(files));
}

/** The entity of `list` with `id`, or a failure naming what is missing. */
export function byId<T extends { id: string }>(list: readonly T[], id: string): T {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`no ${id} in the archive`);
  return found;
}

/** The paper at `url`, or a failure naming it. */
export function paperAt(archive: Archive, url: string) {
  const found = archive.documents.find((d) => d.url === url);
  if (!found) throw new Error(`no paper at ${url}`);
  return found;
}
