/**
 * `npm run new -- meeting`: the text of content/meetings/<body>-<date>/meeting.md for a new meeting,
 * made from the archive (a pure function: the command line reads and writes the files).
 *
 * The meeting is `scheduled`, its agenda has the shape of the body's last one, and its venue and
 * time are the last meeting's unless given. The file passes `npm run check` as written.
 */
import { DateTime } from "luxon";
import { Document, isPair, isScalar, isSeq, Scalar, visit } from "yaml";
import type { Archive } from "../model/archive.ts";
import { ZONE } from "../model/dates.ts";
import { EXAMPLE_ID } from "../model/identifier-examples.ts";
import type { Body, Meeting } from "../model/types.ts";
import { lastAgendaMeeting, meetingsBefore, standingAgenda } from "./standing-agenda.ts";

export interface NewMeetingRequest {
  body: string;
  date: string;
  time?: string;
  venue?: string;
}

export type NewMeetingResult =
  | { ok: true; id: string; /** `contentPath`/meetings/<id>/meeting.md. */ path: string; text: string; copiedFrom?: string }
  | { ok: false; errors: string[] };

/** `contentPath` is the content folder as messages show it (relative to the working folder). */
export function newMeetingFile(archive: Archive, request: NewMeetingRequest, contentPath = "content"): NewMeetingResult {
  const errors = requestErrors(archive, request, contentPath);
  if (errors.length > 0) return { ok: false, errors };
  const body = archive.get(request.body, "body") as Body;
  const id = `${body.id}-${request.date}`;
  if (archive.byId.has(id)) {
    return { ok: false, errors: [`${contentPath}/meetings/${id}/ already exists: edit its meeting.md, or for a second meeting of the ${body.shortName} that day use the folder ${id}-2`] };
  }
  const last = lastAgendaMeeting(body, request.date);
  const time = request.time ?? last?.time ?? latest(body, request.date, (m) => m.time);
  const venue = request.venue ?? last?.venue ?? latest(body, request.date, (m) => m.venue);
  const fields = {
    type: "meeting",
    body: body.id,
    date: request.date,
    ...(time ? { time } : {}),
    ...(venue ? { venue } : {}),
    status: "scheduled",
    agenda: standingAgenda(body, request.date),
  };
  const source = last ? `the agenda of ${last.id}` : "a minimal agenda (the archive holds no earlier agenda of this body)";
  return { ok: true, id, path: `${contentPath}/meetings/${id}/meeting.md`, text: frontMatter(fields, `Made by npm run new from ${source}. Add each paper to its item's papers: list, and the summons (the agenda's text) below the closing ---.`), copiedFrom: last?.id };
}

/** Every problem with the request, each saying what to write instead. */
export function requestErrors(archive: Archive, request: NewMeetingRequest, contentPath = "content"): string[] {
  const errors: string[] = [];
  if (!request.body) {
    // The archive's own bodies where it has them; else the made-up body every message uses.
    const ids = archive.bodies.map((b) => b.id);
    errors.push(
      ids.length === 0
        ? `--body is missing: name the body by its identifier, the name of its file in ${contentPath}/bodies/ (e.g. --body ${EXAMPLE_ID.body} for ${contentPath}/bodies/${EXAMPLE_ID.body}.md); the archive has no body yet: write its file first`
        : `--body is missing: name the body, e.g. --body ${ids[0]}${ids.length === 1 ? "" : `; the bodies are ${ids.join(", ")}`}`,
    );
  } else if (!archive.get(request.body, "body")) {
    const known = archive.bodies.map((b) => b.id).join(", ");
    errors.push(`--body ${request.body}: there is no body with that identifier (${contentPath}/bodies/${request.body}.md); the bodies are ${known || "none yet"}`);
  }
  if (!request.date) errors.push("--date is missing: give the meeting's date as YYYY-MM-DD, e.g. --date 2025-02-05");
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(request.date) || !DateTime.fromISO(request.date, { zone: ZONE }).isValid) {
    errors.push(`--date ${request.date} is not a date: write it as YYYY-MM-DD, e.g. --date 2025-02-05`);
  }
  if (request.time !== undefined && !/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(request.time)) {
    errors.push(`--time ${request.time} is not a time: write it on the 24-hour clock as HH:MM, e.g. --time 10:00 or --time 14:00`);
  }
  if (request.venue !== undefined && request.venue.trim() === "") errors.push("--venue is empty: give the venue as the agenda prints it, or leave --venue out");
  return errors;
}

function latest(body: Body, date: string, pick: (m: Meeting) => string | undefined): string | undefined {
  return meetingsBefore(body, date).map(pick).filter((v): v is string => Boolean(v)).pop();
}

/**
 * The front matter block, with an empty body. Times are quoted (`"10:00"`), as the content guide
 * asks, so no YAML reader takes them for a number; lists of identifiers are written inline.
 */
export function frontMatter(fields: Record<string, unknown>, comment: string): string {
  const doc = new Document(fields);
  doc.commentBefore = ` ${comment}`;
  visit(doc, {
    Pair(_key, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = pair.key.value;
      if (key === "time" && isScalar(pair.value)) pair.value.type = Scalar.QUOTE_DOUBLE;
      if ((key === "papers" || key === "topics") && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}
