/**
 * `npm run new -- meeting`: the text of content/meetings/<body>-<date>/meeting.md for a new meeting,
 * made from the archive (a pure function: the command line reads and writes the files).
 *
 * The meeting is `scheduled`, its agenda has the shape of the body's last ordinary one, and its
 * venue and time are the last ordinary meeting's unless given. A folder made earlier for the
 * meeting holding only a meeting.md with no agenda (a meeting a work programme named, made so
 * that `check` finds it) is filled instead: its meeting.md keeps what it says and gains the agenda.
 * The file passes `npm run check` as written.
 */
import { DateTime } from "luxon";
import { Document, isMap, isPair, isScalar, isSeq, type Node, parseDocument, Scalar, visit } from "yaml";
import type { Archive } from "../model/archive.ts";
import { ZONE } from "../model/dates.ts";
import { frontMatterBlock } from "../model/front-matter.ts";
import { EXAMPLE_ID } from "../model/identifier-examples.ts";
import type { Body, Meeting } from "../model/types.ts";
import { lastAgendaMeeting, meetingsBefore, standingAgenda } from "./standing-agenda.ts";

export interface NewMeetingRequest {
  body: string;
  date: string;
  time?: string;
  venue?: string;
}

/** What the meeting's folder holds when it exists already: its files' names (hidden ones aside), and meeting.md's text. */
export interface ExistingFolder {
  files: string[];
  meetingText?: string;
}

export type NewMeetingResult =
  | {
      ok: true;
      id: string;
      /** `contentPath`/meetings/<id>/meeting.md. */
      path: string;
      text: string;
      copiedFrom?: string;
      /** The status meeting.md had when it was there already, with no agenda, and was filled. */
      filled?: string;
    }
  | { ok: false; errors: string[] };

/**
 * `contentPath` is the content folder as messages show it (relative to the working folder);
 * `folder` is what the meeting's folder holds, when it exists.
 */
export function newMeetingFile(archive: Archive, request: NewMeetingRequest, contentPath = "content", folder?: ExistingFolder): NewMeetingResult {
  const errors = requestErrors(archive, request, contentPath);
  if (errors.length > 0) return { ok: false, errors };
  const body = archive.get(request.body, "body") as Body;
  const id = `${body.id}-${request.date}`;
  const stub = archive.get(id, "meeting");
  if (folder || archive.byId.has(id)) {
    const refusal = existingRefusal(stub, folder, `${contentPath}/meetings/${id}/`, `for a second meeting of the ${body.shortName} that day use the folder ${id}-2`);
    if (refusal) return { ok: false, errors: [refusal] };
  }
  const last = lastAgendaMeeting(body, request.date);
  const time = request.time ?? last?.time ?? latest(body, request.date, (m) => m.time);
  const venue = request.venue ?? last?.venue ?? latest(body, request.date, (m) => m.venue);
  const agenda = standingAgenda(body, request.date);
  const source = last ? `the agenda of ${last.id}` : "a minimal agenda (the archive holds no earlier agenda of an ordinary meeting of this body)";
  const comment = `Made by npm run new from ${source}. Add each paper to its item's papers: list, and the summons (the agenda's text) below the closing ---.`;
  const path = `${contentPath}/meetings/${id}/meeting.md`;
  if (stub && folder?.meetingText !== undefined) {
    // The stub's own time and venue stand unless the command line gives others.
    const text = filledStub(folder.meetingText, { time: request.time ?? stub.time ?? time, venue: request.venue ?? stub.venue ?? venue, agenda }, comment);
    return { ok: true, id, path, text, copiedFrom: last?.id, filled: stub.status };
  }
  const fields = { type: "meeting", body: body.id, date: request.date, ...(time ? { time } : {}), ...(venue ? { venue } : {}), status: "scheduled", agenda };
  return { ok: true, id, path, text: frontMatter(fields, comment), copiedFrom: last?.id };
}

/**
 * Why the meeting's existing folder cannot be written to, or undefined when it holds only a
 * meeting.md of a meeting still to come (or only mentioned) with no agenda yet. `second` says
 * how to make a second meeting that day instead.
 */
function existingRefusal(stub: Meeting | undefined, folder: ExistingFolder | undefined, shown: string, second: string): string | undefined {
  if (!folder) return `${shown} already exists: edit its meeting.md, or ${second}`;
  const others = folder.files.filter((name) => name !== "meeting.md");
  const hasMeeting = others.length < folder.files.length;
  if (folder.files.length === 0) return `${shown} already exists and is empty: delete the folder and run npm run new again, or ${second}`;
  if (!hasMeeting) return `${shown} already exists and holds ${names(others)} but no meeting.md: move ${others.length === 1 ? "it" : "them"} out of the folder, run npm run new again and move ${others.length === 1 ? "it" : "them"} back, or ${second}`;
  if (others.length > 0) return `${shown} already exists and holds ${names(others)} beside its meeting.md: edit that meeting.md, or ${second}`;
  if (!stub) return `${shown}meeting.md is there already but could not be read as a meeting: run npm run check and fix what it reports, then run npm run new again`;
  if (stub.agenda) return `${shown}meeting.md already has an agenda: edit it there, or ${second}`;
  if (stub.status === "held") return `${shown}meeting.md says the meeting was held (status: held): write its agenda there as it was issued, or ${second}`;
  if (stub.status === "cancelled") return `${shown}meeting.md says the meeting was cancelled (status: cancelled): if it is to take place after all, change its status to scheduled and run npm run new again, or ${second}`;
  return undefined;
}

/** "a.md, b.pdf and c.md", or the first three and how many more. */
function names(files: string[]): string {
  if (files.length > 3) return `${files.slice(0, 3).join(", ")} and ${files.length - 3} more`;
  return files.length === 1 ? (files[0] ?? "") : `${files.slice(0, -1).join(", ")} and ${files[files.length - 1]}`;
}

/**
 * A stub's meeting.md with the agenda added: `status: scheduled`, the time and venue set, and
 * everything else it says (its fields, their comments, the text below the front matter) kept.
 * A time and venue it lacks go after the date and the agenda last, as a new file has them; line
 * endings stay as the file had them.
 */
export function filledStub(text: string, fields: { time?: string; venue?: string; agenda: unknown }, comment: string): string {
  const crlf = text.includes("\r\n");
  const lf = text.replace(/\r\n?/g, "\n");
  const block = frontMatterBlock(lf);
  if (block === undefined) throw new Error("filledStub: the file has no front matter block");
  const doc = parseDocument(block.replace(/^---[ \t]*\n/, "").replace(/---[ \t]*$/, ""));
  const map = doc.contents;
  if (!isMap(map)) throw new Error("filledStub: the front matter is not a set of fields");
  const put = (key: string, value: unknown, after?: string) => {
    const node = styled(doc.createNode(value) as Node, key);
    const at = map.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === key);
    if (at !== -1) (map.items[at] as { value: unknown }).value = node;
    else {
      const prior = map.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === after);
      map.items.splice(prior === -1 ? map.items.length : prior + 1, 0, doc.createPair(key, node));
    }
  };
  if (fields.time) put("time", fields.time, "date");
  if (fields.venue) put("venue", fields.venue, fields.time ? "time" : "date");
  put("status", "scheduled", "date");
  put("agenda", fields.agenda);
  const agendaKey = map.items.find((pair) => isScalar(pair.key) && pair.key.value === "agenda")?.key;
  if (isScalar(agendaKey)) agendaKey.commentBefore = ` ${comment.replace(/^Made/, "Agenda added")}`;
  const out = `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---${lf.slice(block.length)}`;
  return crlf ? out.replace(/\n/g, "\r\n") : out;
}

function latest(body: Body, date: string, pick: (m: Meeting) => string | undefined): string | undefined {
  // A special meeting may meet elsewhere or at another hour: the ordinary ones set the pattern.
  return meetingsBefore(body, date)
    .filter((m) => !m.special)
    .map(pick)
    .filter((v): v is string => Boolean(v))
    .pop();
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

/**
 * The front matter block, with an empty body. Times are quoted (`"10:00"`), as the content guide
 * asks, so no YAML reader takes them for a number; lists of identifiers are written inline.
 */
export function frontMatter(fields: Record<string, unknown>, comment: string): string {
  const doc = new Document(fields);
  doc.commentBefore = ` ${comment}`;
  if (doc.contents) styled(doc.contents as Node);
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}

/** `node` (the value of `key`, when given) with times in quotes and lists of identifiers inline. */
function styled(node: Node, key?: string): Node {
  if (key === "time" && isScalar(node)) node.type = Scalar.QUOTE_DOUBLE;
  visit(node, {
    Pair(_key, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const name = pair.key.value;
      if (name === "time" && isScalar(pair.value)) pair.value.type = Scalar.QUOTE_DOUBLE;
      if ((name === "papers" || name === "topics") && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  return node;
}
