/**
 * A work programme's entries: business planned for a meeting, each with its own anchor. What
 * asked for an entry (`requested_by`, a minute or resolution) is resolved by the references pass.
 */
import type { FmWorkProgramme } from "../front-matter-shapes.ts";
import type { ContentFile } from "../read-content.ts";
import type * as M from "../types.ts";
import { topicsOf } from "./agendas.ts";
import type { LinkContext } from "./context.ts";

export function linkWorkProgramme(ctx: LinkContext, document: M.Document, file: ContentFile, d: FmWorkProgramme): void {
  const programme: M.WorkProgramme = { document, entries: [], standing: d.standing ?? [] };
  document.workProgramme = programme;
  const anchors = ctx.pageAnchors.get(document.id) ?? new Map<string, M.Target>();
  (d.entries ?? []).forEach((e, i) => {
    const field = ["entries", i];
    const meeting = ctx.lookup(file, e.meeting, ["meeting"], [...field, "meeting"], "meeting");
    if (!meeting) return;
    // A heading of the programme's text may already be "entry-N": take the next free anchor.
    let anchor = `entry-${i + 1}`;
    for (let n = 2; anchors.has(anchor); n++) anchor = `entry-${i + 1}-${n}`;
    const entry: M.WorkProgrammeEntry = {
      kind: "work-programme-entry", id: `${document.id}#${anchor}`, anchor, url: `${document.url}#${anchor}`, programme, meeting, title: e.title, reason: e.source, lead: e.lead,
      topics: topicsOf(ctx, file, e.topics, [...field, "topics"]), source: ctx.source(file, field),
    };
    ctx.pendingEntries.set(entry, { file, requestedBy: e.requested_by, field });
    programme.entries.push(entry);
    ctx.archive.workProgrammeEntries.push(entry);
    meeting.plannedBusiness.push(entry);
    anchors.set(anchor, entry);
  });
}
