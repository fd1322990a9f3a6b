/**
 * Pass 4, meetings' own references: signatory, contacts, membership, the next meeting, the
 * meeting's links and topics, and its agenda: sections and items, each item's code of its body's
 * form, each item linked to its papers, topics, decisions and the meeting whose minutes it takes.
 * Papers at an exempt item are exempt.
 */
import { splitFileName } from "../file-types.ts";
import { itemAnchor } from "../conventions.ts";
import type { FmItem, FmMeeting } from "../front-matter-shapes.ts";
import type { ContentFile } from "../read-content.ts";
import type * as M from "../types.ts";
import type { LinkContext } from "./context.ts";
import { lookupFile } from "./files.ts";
import { checkItemCode, checkRole } from "./vocabulary.ts";

export function linkAgendas(ctx: LinkContext): void {
  const claimed = new Map<string, M.Meeting>();
  for (const meeting of ctx.archive.meetings) {
    const file = ctx.fileOfType(meeting.id, ["meeting"]);
    const d = file.data;
    checkFormerly(ctx, meeting, file, claimed);
    linkPeople(ctx, meeting, file, d);
    if (d.next_meeting) {
      meeting.nextMeeting = ctx.lookup(file, d.next_meeting, ["meeting"], ["next_meeting"], "meeting");
      meeting.nextMeeting?.previousMeetings.push(meeting);
      // A folder copied from an earlier meeting keeps that meeting's next_meeting: its page would point back in time.
      const next = meeting.nextMeeting;
      if (next && next.date <= meeting.date) {
        ctx.report(file, `next_meeting ${next.id} is on ${next.date}, ${next.date === meeting.date ? "the same day as" : "before"} this meeting (${meeting.date}): write the meeting after this one, or remove next_meeting`, ["next_meeting"]);
      }
    }
    meeting.links = (d.links ?? []).map((link) => ({ text: link.text, url: link.url }));
    meeting.topics = topicsOf(ctx, file, d.topics, ["topics"]);
    for (const topic of meeting.topics) topic.meetings.push(meeting);
    const anchors = new Map<string, M.Target>();
    ctx.pageAnchors.set(meeting.id, anchors);
    if (d.agenda) linkAgenda(ctx, meeting, file, d.agenda, anchors);
  }
}

/**
 * A former identifier leads to the meeting's pages: it must be one no file defines now (its old
 * address would be the other meeting's), and one no other meeting claims.
 */
function checkFormerly(ctx: LinkContext, meeting: M.Meeting, file: ContentFile, claimed: Map<string, M.Meeting>): void {
  meeting.formerly.forEach((former, i) => {
    const now = ctx.archive.byId.get(former);
    if (now) {
      ctx.report(file, `formerly: ${former} is ${now === meeting ? "this meeting's own identifier" : `a meeting the archive has (${now.source.file})`}: list only identifiers no folder has now, the ones this meeting had before it moved`, ["formerly", i]);
      return;
    }
    const other = claimed.get(former);
    if (other) ctx.report(file, `formerly: ${former} is also listed by ${other.id}: an old address can lead to one meeting only; remove it from one of the two`, ["formerly", i]);
    else claimed.set(former, meeting);
  });
}

function linkPeople(ctx: LinkContext, meeting: M.Meeting, file: ContentFile, d: FmMeeting): void {
  if (d.signatory) meeting.signatory = { person: ctx.lookup(file, d.signatory.person, ["person"], ["signatory", "person"], "person"), asPrinted: d.signatory.as_printed };
  meeting.contacts = (d.contacts ?? []).map((c, i) => ({ person: ctx.lookup(file, c.person, ["person"], ["contacts", i, "person"], "person"), asPrinted: c.as_printed }));
  (d.membership ?? []).forEach((m, i) => {
    const person = ctx.lookup(file, m.person, ["person"], ["membership", i, "person"], "person");
    const representing = ctx.lookup(file, m.representing, ["organisation"], ["membership", i, "representing"], "organisation");
    if (m.role !== undefined) checkRole(ctx, file, m.role, ["membership", i, "role"]);
    const membership: M.Membership = { body: meeting.body, meeting, person, vacancy: m.vacancy ?? false, asPrinted: m.as_printed, role: m.role ?? "member", representing, representingAsPrinted: m.representing_as_printed };
    meeting.membership.push(membership);
    meeting.body.memberships.push(membership);
    person?.memberships.push(membership);
    representing?.members.push(membership);
  });
}

function linkAgenda(ctx: LinkContext, meeting: M.Meeting, file: ContentFile, written: NonNullable<FmMeeting["agenda"]>, anchors: Map<string, M.Target>): void {
  const agenda: M.Agenda = { meeting, inferred: written.inferred ?? false, sections: [], items: [] };
  meeting.agenda = agenda;
  const codes = new Set<string>();
  written.sections.forEach((s, si) => {
    const section: M.AgendaSection = { letter: s.letter, title: s.title ?? "", part: s.part ?? "unrestricted", items: [] };
    agenda.sections.push(section);
    s.items.forEach((it, ii) => {
      const field = ["agenda", "sections", si, "items", ii];
      if (codes.has(it.code)) {
        ctx.report(file, `item ${it.code} appears twice on this agenda: give each item its own code`, [...field, "code"]);
        return;
      }
      codes.add(it.code);
      checkItemCode(ctx, file, it.code, meeting.body, [...field, "code"]);
      const anchor = freeAnchor(itemAnchor(it.code), anchors);
      const item = itemOf(ctx, meeting, section, file, it, field, anchor);
      anchors.set(anchor, item);
      section.items.push(item);
      agenda.items.push(item);
    });
  });
}

/**
 * `wanted`, or with -2, -3… after it when another item has it: two codes written apart can make one
 * anchor (4a and 4(a) are both item-4a), and each item needs its own.
 */
function freeAnchor(wanted: string, anchors: ReadonlyMap<string, M.Target>): string {
  let anchor = wanted;
  for (let n = 2; anchors.has(anchor); n++) anchor = `${wanted}-${n}`;
  return anchor;
}

function itemOf(ctx: LinkContext, meeting: M.Meeting, section: M.AgendaSection, file: ContentFile, it: FmItem, field: (string | number)[], anchor: string): M.AgendaItem {
  const item: M.AgendaItem = {
    kind: "agenda-item", id: `${meeting.id}#${anchor}`, anchor, url: `${meeting.url}#${anchor}`, meeting, section, code: it.code, title: it.title, pages: it.pages,
    papers: [], files: [], verbal: it.verbal ?? false, exempt: it.exempt ?? [], topics: [], decisions: [], note: it.note, source: ctx.source(file, [...field, "code"]), fulfils: [], minutes: [],
  };
  // Fail closed: an item in the exempt part of the agenda is private even when its paragraphs are missing.
  const exemptPart = section.part === "exempt" && item.exempt.length === 0;
  if (exemptPart) ctx.report(file, `item ${it.code} is in the exempt part of the agenda but has no exempt:, so its papers are withheld: add the paragraph numbers of Part 1 of Schedule 12A, e.g. exempt: [3], or move the item to a part: unrestricted section`, [...field, "code"]);
  if (it.pages && it.pages.to < it.pages.from) ctx.report(file, `pages run from ${it.pages.from} to ${it.pages.to}: the last page must not come before the first`, [...field, "pages"]);
  item.minutesOf = ctx.lookup(file, it.minutes_of, ["meeting"], [...field, "minutes_of"], "meeting");
  item.minutesOf?.minutesTabledAt.push(item);
  (it.papers ?? []).forEach((paperId, pi) => {
    if ((it.papers ?? []).indexOf(paperId) < pi) {
      ctx.report(file, `${paperId} is listed twice on item ${it.code}: list each paper once`, [...field, "papers", pi]);
      return;
    }
    if (isFileId(paperId)) {
      tableFile(ctx, item, file, paperId, [...field, "papers", pi], item.exempt.length > 0 || exemptPart);
      return;
    }
    const paper = ctx.lookup(file, paperId, ["document"], [...field, "papers", pi], "paper");
    if (!paper) return;
    item.papers.push(paper);
    paper.tabledAt.push({ meeting, item });
    // An exempt item shows its title and paragraph only: its papers are exempt too (an exemption
    // never lifts, so it outranks an embargo).
    if (item.exempt.length > 0 || exemptPart) paper.withheld = "exempt";
  });
  item.topics = topicsOf(ctx, file, it.topics, [...field, "topics"]);
  for (const topic of item.topics) topic.agendaItems.push(item);
  (it.decisions ?? []).forEach((code, di) => {
    const decision = ctx.lookup(file, code, ["decision"], [...field, "decisions", di], "decision");
    if (decision) {
      item.decisions.push(decision);
      decision.agendaItems.push(item);
    }
  });
  return item;
}

/** `<meeting>/<name>.pdf`: a file published with the papers, named with its extension. */
function isFileId(id: string): boolean {
  return splitFileName(id.split("/").pop() ?? "") !== undefined;
}

/** A file an item lists in `papers:`: tabled there, and exempt with the item as its papers are. */
function tableFile(ctx: LinkContext, item: M.AgendaItem, file: ContentFile, id: string, field: (string | number)[], exempt: boolean): void {
  const found = lookupFile(ctx, file, id, field);
  if (!found) return;
  item.files.push(found);
  found.tabledAt.push({ meeting: item.meeting, item });
  if (exempt) found.withheld = "exempt";
}

/** The topics a `topics:` list names, each unknown one reported at its place in the list. */
export function topicsOf(ctx: LinkContext, file: ContentFile, ids: readonly string[] | undefined, field: (string | number)[]): M.Topic[] {
  const topics: M.Topic[] = [];
  (ids ?? []).forEach((id, i) => {
    const topic = ctx.lookup(file, id, ["topic"], [...field, i], "topic");
    if (topic) topics.push(topic);
  });
  return topics;
}
