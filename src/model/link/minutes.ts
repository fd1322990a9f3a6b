/**
 * A meeting's record (minutes or notes): the heading block the notes open with, who attended, each
 * minute with what it records, and the actions of the notes' closing table. One record a meeting.
 */
import type { FmMinutes } from "../front-matter-shapes.ts";
import { ATTENDANCE_LISTS } from "../minutes-vocabulary.ts";
import type { ContentFile } from "../read-content.ts";
import type * as M from "../types.ts";
import type { LinkContext } from "./context.ts";
import { buildMinute } from "./minute-blocks.ts";

export function linkMinutes(ctx: LinkContext, document: M.Document, meeting: M.Meeting, file: ContentFile, d: FmMinutes): void {
  if (meeting.minutes) {
    ctx.report(file, `meeting ${meeting.id} already has its minutes in ${meeting.minutes.source.file}: a meeting has one record; put other papers in files of type report`, ["type"]);
    return;
  }
  meeting.minutes = document;
  const heading = d.heading ?? {};
  const record: M.MinutesRecord = { document, meeting, attendance: [], minutes: [], actions: [], heading: { title: heading.title, dateAndTime: heading.date_and_time, venue: heading.venue } };
  document.records = record;
  const anchors = ctx.pageAnchors.get(document.id) ?? new Map<string, M.Target>();
  linkAttendance(ctx, record, file, d);
  ctx.prepared.get(document.id)?.minutes.forEach((raw, index) => {
    const minute = buildMinute(ctx, raw, index, record, file);
    record.minutes.push(minute);
    ctx.archive.minutes.push(minute);
    anchors.set(minute.anchor, minute);
    for (const r of minute.resolutions) anchors.set(r.anchor, r);
    for (const q of minute.questions) anchors.set(q.anchor, q);
    for (const dcl of minute.declarations) anchors.set(dcl.anchor, dcl);
  });
  linkActions(ctx, record, file, d, anchors);
}

function linkAttendance(ctx: LinkContext, record: M.MinutesRecord, file: ContentFile, d: FmMinutes): void {
  for (const [key, category] of Object.entries(ATTENDANCE_LISTS)) {
    const list = d.attendance?.[key as keyof typeof ATTENDANCE_LISTS] ?? [];
    list.forEach((a, i) => {
      const person = ctx.lookup(file, a.person, ["person"], ["attendance", key, i, "person"], "person");
      const substituteFor = ctx.lookup(file, a.for, ["person"], ["attendance", key, i, "for"], "person");
      if (!person) return;
      const attendance: M.Attendance = { meeting: record.meeting, person, asPrinted: a.as_printed, category, substituteFor, group: a.group };
      record.attendance.push(attendance);
      person.attendance.push(attendance);
    });
  }
}

function linkActions(ctx: LinkContext, record: M.MinutesRecord, file: ContentFile, d: FmMinutes, anchors: Map<string, M.Target>): void {
  const { document, meeting } = record;
  (d.actions ?? []).forEach((a, i) => {
    const field = ["actions", i];
    // Headings in the notes may already use action-N ("Action" printed twice): take the next free.
    let anchor = `action-${i + 1}`;
    for (let n = 2; anchors.has(anchor); n++) anchor = `action-${i + 1}-${n}`;
    const raisedAt = a.raised_at ? ctx.lookup(file, a.raised_at, ["meeting"], [...field, "raised_at"], "meeting") : meeting;
    const dischargedAt = ctx.lookup(file, a.discharged_at, ["meeting"], [...field, "discharged_at"], "meeting");
    const minute = a.minute ? record.minutes.find((m) => m.anchor === a.minute) : undefined;
    if (a.minute && !minute) ctx.report(file, `no minute has the anchor ${a.minute} in this file: use one of ${record.minutes.map((m) => m.anchor).join(", ") || "(no minutes yet)"}`, [...field, "minute"]);
    if (a.status === "discharged" && !a.discharged_at && a.raised_at === undefined) {
      ctx.report(file, "a discharged action needs raised_at (the meeting that raised it) or discharged_at", [...field, "status"]);
    }
    // The notes' closing table lists the actions raised at this meeting, each with its anchor;
    // an earlier meeting's action reported here is found in the minute that reports it.
    const raisedHere = (raisedAt ?? meeting) === meeting;
    const url = raisedHere ? `${document.url}#${anchor}` : (minute?.url ?? document.url);
    const action: M.Action = {
      kind: "action", id: `${document.id}#${anchor}`, anchor, url, record, text: a.text, owner: a.owner, due: a.due, status: a.status,
      minute, raisedAt: raisedAt ?? meeting, dischargedAt, source: ctx.source(file, field),
    };
    record.actions.push(action);
    ctx.archive.actions.push(action);
    if (raisedHere) anchors.set(anchor, action);
  });
}
