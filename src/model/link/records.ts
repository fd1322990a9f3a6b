/**
 * Pass 6, what a published paper's own front matter and text carry: its author and topics, and
 * for minutes and notes their record (attendance, minutes, actions) and where they were tabled, for
 * a work programme its entries. Withheld papers were stripped by the withholding pass and are
 * skipped: nothing of them is linked.
 */
import { DOCUMENT_TYPES } from "../document-types.ts";
import type * as M from "../types.ts";
import type { LinkContext } from "./context.ts";
import { topicsOf } from "./agendas.ts";
import { linkMinutes } from "./minutes.ts";
import { linkWorkProgramme } from "./work-programmes.ts";

export function linkRecords(ctx: LinkContext): void {
  for (const document of ctx.archive.documents) {
    if (document.withheld) continue;
    const file = ctx.fileOfType(document.id, DOCUMENT_TYPES);
    const d = file.data;
    document.author = ctx.lookup(file, d.author, ["person"], ["author"], "person");
    document.author?.authored.push(document);
    document.topics = topicsOf(ctx, file, d.topics, ["topics"]);
    for (const topic of document.topics) topic.documents.push(document);
    if (d.type === "minutes" || d.type === "notes") {
      if (document.meeting) {
        linkMinutes(ctx, document, document.meeting, file, d);
        linkTablings(document, document.meeting);
      } else ctx.report(file, `${d.type} record a meeting, so they belong in its folder: move this file to content/meetings/<meeting>/${d.type}.md`, ["type"]);
    } else if (d.type === "work-programme") linkWorkProgramme(ctx, document, file, d);
  }
}

/**
 * The agenda items of other meetings that tabled these minutes or notes, on the meeting they
 * record: listed under an item's `papers:` is tabling them, with or without `minutes_of:` (which
 * names one meeting, where an item may table several boards' notes at once).
 */
function linkTablings(document: M.Document, meeting: M.Meeting): void {
  for (const { item } of document.tabledAt) {
    if (item.meeting !== meeting && !meeting.minutesTabledAt.includes(item)) meeting.minutesTabledAt.push(item);
  }
}
