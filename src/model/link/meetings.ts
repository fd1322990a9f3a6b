/**
 * Pass 2, meetings: one per meeting folder, under its body (which exists now). A meeting that
 * cannot be linked is remembered as failed, so its papers are not reported again as orphans.
 */
import { DateTime } from "luxon";
import { ZONE } from "../dates.ts";
import type { ContentFile } from "../read-content.ts";
import type * as M from "../types.ts";
import type { FileOfType, LinkContext } from "./context.ts";

export function linkMeetings(ctx: LinkContext, files: readonly ContentFile[]): void {
  for (const file of files) {
    if (file.type !== "meeting" || file.placement.folder !== "meetings") continue;
    const id = file.placement.meetingId;
    const meeting = meetingOf(ctx, file, id);
    if (meeting && ctx.register(meeting, file)) {
      ctx.archive.meetings.push(meeting);
      meeting.body.meetings.push(meeting);
    } else ctx.failedIds.add(id);
  }
}

function meetingOf(ctx: LinkContext, file: FileOfType<"meeting">, id: string): M.Meeting | undefined {
  const d = file.data;
  const body = ctx.lookup(file, d.body, ["body"], ["body"], "body");
  if (!body) return undefined;
  const expected = `${d.body}-${d.date}`;
  if (id !== expected && !new RegExp(`^${expected}-\\d+$`).test(id)) {
    ctx.report(file, `folder ${id} does not match body ${d.body} and date ${d.date}: name the folder ${expected} (or ${expected}-2 for a second meeting that day)`, ["date"]);
  }
  return {
    id, kind: "meeting", url: `/meetings/${id}/`, source: ctx.source(file), body, date: d.date, time: d.time, start: startOf(d.date, d.time), dateAsPrinted: d.date_as_printed, venue: d.venue,
    status: d.status, title: d.title, special: d.special ?? false, issued: d.issued, contacts: [], membership: [], links: [], previousMeetings: [], formerly: [...(d.formerly ?? [])], topics: [],
    summons: file.parsed.body, bodyLine: file.parsed.bodyLine, documents: [], plannedBusiness: [], followUpsDue: [], minutesTabledAt: [], mentionedIn: [],
  };
}

/** The meeting's start as an ISO date-time in London, when its time is known. */
function startOf(date: string, time: string | undefined): string | undefined {
  if (!time) return undefined;
  return DateTime.fromISO(`${date}T${time}`, { zone: ZONE }).toISO() ?? undefined;
}
