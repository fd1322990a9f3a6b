/**
 * What each document of a pack becomes: its parse, the meeting it belongs to, the agenda item it
 * was tabled at, its file name, and how its file is written.
 */
import type { AgendaParse } from "./agenda.ts";
import type { Attendance } from "./attendance.ts";
import { cleanMarkdown } from "./cleanup.ts";
import { optionalList, renderContentFile } from "./front-matter.ts";
import { inferredMeeting, type MeetingRegistry, notesMeeting } from "./meetings.ts";
import { type MinutesParse, readMinutes } from "./minutes.ts";
import { type BodyNames, bodyIdFor, slugify } from "./names.ts";
import { type NotesParse, notesHeading, readNotes } from "./notes.ts";
import { type PaperParse, readAppendix, readPaper, readReport } from "./papers.ts";
import type { ReportLog } from "./report.ts";
import type { DocumentKind, PackDocument, PaperType } from "./split-pack.ts";
import { readWorkProgramme, type WorkProgrammeParse } from "./work-programme.ts";

export interface ImportedDocument {
  kind: DocumentKind;
  paperType?: PaperType;
  title: string;
  from: number;
  to: number;
  /** Its identifier in the archive: `<meeting>/<name>`, or a stand-alone paper's name. */
  id?: string;
  path?: string;
  /** The agenda item it was tabled at. */
  item?: string;
  parent?: string;
}

export interface Planned {
  doc: PackDocument;
  imported: ImportedDocument;
  meeting?: string;
  /** File name without .md, inside its meeting folder (or papers/). */
  name?: string;
  /** The title of the agenda item it was tabled at. */
  itemTitle?: string;
  write?: () => string;
}

/** What every document's planning shares. */
export interface PlanContext {
  source: string;
  bodies: BodyNames;
  agenda?: AgendaParse;
  packMeeting?: string;
  meetings: MeetingRegistry;
  log: ReportLog;
  parsed: { minutes: MinutesParse[]; notes: NotesParse[]; workProgrammes: WorkProgrammeParse[]; papers: PaperParse[] };
}

const PAPER_BODY = { headingTop: 2, promoteHeadings: true };

/** The comment at the top of each file's front matter. */
export function draftComment(source: string, from?: number, to?: number): string[] {
  const where = from === undefined ? "" : `, lines ${from}-${to}`;
  return [`DRAFT written by npm run import from ${source}${where}.`, "Check it against the source and import-report.md before moving it into content/."];
}

function attendanceFields(a: Attendance): Record<string, unknown> | undefined {
  const fields = {
    present: optionalList(a.present),
    also_present: optionalList(a.also_present),
    in_attendance: optionalList(a.in_attendance),
    apologies: optionalList(a.apologies),
    substitutes: optionalList(a.substitutes),
    attendees: optionalList(a.attendees),
  };
  return Object.values(fields).some((v) => v !== undefined) ? fields : undefined;
}

function planMinutes(p: Planned, ctx: PlanContext, comment: string[]): void {
  const minutes = readMinutes(p.doc.lines, ctx.bodies, ctx.log);
  ctx.parsed.minutes.push(minutes);
  p.imported.title = minutes.title;
  p.meeting = minutes.meeting;
  p.name = "minutes";
  p.write = () => renderContentFile({ type: "minutes", title: minutes.title, attendance: attendanceFields(minutes.attendance) }, minutes.markdown, comment);
  if (minutes.meeting && minutes.meeting !== ctx.packMeeting) ctx.meetings.set(minutes.meeting, inferredMeeting(minutes, ctx.log));
  for (const m of minutes.minutes) for (const r of m.resolutions) ctx.meetings.refer(r.approves, r.line);
}

function planNotes(p: Planned, ctx: PlanContext, comment: string[]): void {
  const notes = readNotes(p.doc.lines, ctx.bodies, ctx.log);
  ctx.parsed.notes.push(notes);
  p.imported.title = notes.title;
  p.meeting = notes.meeting;
  p.name = "notes";
  const actions = notes.actions.map((a) => ({ text: a.text, owner: a.owner, due: a.due, status: a.status, minute: a.minute }));
  p.write = () => renderContentFile({ type: "notes", title: notes.title, heading: notesHeading(notes), attendance: attendanceFields(notes.attendance), actions: optionalList(actions) }, notes.markdown, comment);
  if (notes.meeting && notes.meeting !== ctx.packMeeting) ctx.meetings.set(notes.meeting, notesMeeting(notes, ctx.bodies, ctx.log));
  ctx.meetings.refer(notes.nextMeeting, notes.nextMeetingLine ?? notes.line);
  for (const a of notes.agreed) ctx.meetings.refer(a.meeting, a.line);
}

function planWorkProgramme(p: Planned, ctx: PlanContext, comment: string[]): void {
  const titleBody = bodyIdFor(p.doc.lines.map((l) => l.text).join(" ").slice(0, 200), ctx.bodies);
  // Only a programme outside an agenda pack needs a body of its own: in a pack it is the pack meeting's.
  if (!ctx.packMeeting) ctx.log.body(p.imported.from, "work programme", titleBody);
  const wp = readWorkProgramme(p.doc.lines, ctx.agenda?.body ?? titleBody, ctx.log);
  ctx.parsed.workProgrammes.push(wp);
  p.imported.title = wp.title;
  p.meeting = ctx.packMeeting ?? (titleBody && wp.date ? `${titleBody}-${wp.date}` : undefined);
  for (const e of wp.entries) ctx.meetings.refer(e.meeting, e.line);
  const entries = wp.entries.map((e) => ({ meeting: e.meeting, title: e.title, source: e.source, lead: e.lead }));
  const standing = optionalList(wp.standing.map((s) => ({ kind: s.kind, heading: s.heading, title: s.title })));
  const body = cleanMarkdown(wp.text, PAPER_BODY, ctx.log);
  p.write = () => renderContentFile({ type: "work-programme", title: wp.title, entries, standing }, body, comment);
}

function planPaper(p: Planned, planned: readonly Planned[], ctx: PlanContext, comment: string[]): void {
  const { doc } = p;
  const paper =
    doc.kind === "report"
      ? readReport(doc.lines, ctx.log)
      : doc.kind === "appendix"
        ? readAppendix(doc.lines, doc.appendix ?? "A", doc.paperType ?? "appendix", ctx.log)
        : readPaper(doc.lines, ctx.log);
  ctx.parsed.papers.push(paper);
  p.imported.title = paper.title;
  p.imported.paperType = paper.type;
  if (doc.kind === "report") {
    const own = bodyIdFor(paper.header?.to ?? "", ctx.bodies);
    if (!ctx.packMeeting) ctx.log.body(paper.line, "report", own, paper.header?.to);
    p.meeting = ctx.packMeeting ?? (own && paper.date ? `${own}-${paper.date}` : undefined);
    if (!p.meeting) ctx.log.unplaced(paper.line, paper.title, "report: its meeting could not be named (no agenda, and no body and date in its header); written under papers/");
  } else if (doc.kind === "appendix") {
    p.meeting = planned[doc.parent ?? -1]?.meeting;
  }
  const body = cleanMarkdown(paper.text, PAPER_BODY, ctx.log);
  p.write = () => {
    const header = paper.header && Object.keys(paper.header).length > 0 ? paper.header : undefined;
    const parent = doc.parent !== undefined ? planned[doc.parent]?.imported.id : undefined;
    const fields = { type: paper.type, title: paper.title, header, author: paper.author, date: paper.date, parent, appendix: paper.appendix, period: paper.period, version: paper.version };
    return renderContentFile(fields, body, comment);
  };
}

/** Reads each document and decides its meeting; appendices after their reports. */
export function planDocuments(documents: readonly PackDocument[], ctx: PlanContext): Planned[] {
  const planned: Planned[] = documents.map((doc) => ({
    doc,
    imported: { kind: doc.kind, paperType: doc.paperType, title: "", from: doc.lines[0]?.no ?? 0, to: doc.lines[doc.lines.length - 1]?.no ?? 0 },
  }));
  for (const p of planned) {
    const comment = draftComment(ctx.source, p.imported.from, p.imported.to);
    if (p.doc.kind === "agenda" && ctx.packMeeting) {
      p.imported.title = "Agenda";
      p.meeting = ctx.packMeeting;
      p.imported.id = ctx.packMeeting;
      p.imported.path = `meetings/${ctx.packMeeting}/meeting.md`;
    } else if (p.doc.kind === "agenda") {
      // An agenda whose meeting cannot be named is kept as a paper, so its text is not lost.
      ctx.log.unplaced(p.imported.from, p.doc.lines[0]?.text ?? "", "agenda: no meeting.md can be written without the meeting's body and date; its text is written under papers/");
      planPaper(p, planned, ctx, comment);
    } else if (p.doc.kind === "minutes") planMinutes(p, ctx, comment);
    else if (p.doc.kind === "notes") planNotes(p, ctx, comment);
    else if (p.doc.kind === "work-programme") planWorkProgramme(p, ctx, comment);
    else planPaper(p, planned, ctx, comment);
  }
  return planned;
}

/** The tabled papers, in order, are matched to the agenda's items with page ranges, in order. */
export function assignItems(planned: readonly Planned[], agenda: AgendaParse | undefined, log: ReportLog): void {
  if (!agenda) return;
  const paged = agenda.sections.flatMap((s) => s.items).filter((i) => i.pages);
  const leads = planned.filter((p) => p.doc.kind !== "agenda" && p.doc.kind !== "appendix");
  leads.forEach((p, k) => {
    const item = paged[k];
    if (!item) {
      log.unplaced(p.imported.from, p.imported.title, "document has no agenda item with a page range left to match it");
      return;
    }
    p.imported.item = item.code;
    p.itemTitle = item.title;
    const minutesLike = p.doc.kind === "minutes" || p.doc.kind === "notes";
    const itemIsMinutes = /^Minutes\b/i.test(item.title);
    const itemIsProgramme = /work programme/i.test(item.title);
    if (minutesLike !== itemIsMinutes || (p.doc.kind === "work-programme") !== itemIsProgramme) {
      log.unplaced(p.imported.from, p.imported.title, `matched to item ${item.code} "${item.title}" by order, but the kinds differ; check it`);
    } else {
      log.guess(p.imported.from, `tabled at item ${item.code} (pages ${item.pages?.from}-${item.pages?.to})`, "the papers follow the agenda's page ranges in order");
    }
    if (item.minutes_of && p.meeting && item.minutes_of !== p.meeting) {
      log.unplaced(p.imported.from, p.imported.title, `item ${item.code} takes the minutes of ${item.minutes_of}, but this document is of ${p.meeting}`);
    }
  });
  for (const item of paged.slice(leads.length)) log.unplaced(item.line, item.title, `item ${item.code} has pages ${item.pages?.from}-${item.pages?.to} but no document was found for it`);
  for (const p of planned) {
    if (p.doc.kind === "appendix" && p.doc.parent !== undefined) p.imported.item = planned[p.doc.parent]?.imported.item;
  }
}

/** File names: `<item>-<title>` for papers, minutes.md and notes.md; unique within a folder. */
export function nameFiles(planned: readonly Planned[]): void {
  const used = new Set<string>();
  for (const p of planned) {
    if (!p.write) continue;
    const code = p.imported.item?.toLowerCase();
    let name = p.name;
    if (!name) {
      // A work programme's own title carries its date ("… – 10 October 2024"); the item's is shorter.
      const title = p.doc.kind === "work-programme" && p.itemTitle ? p.itemTitle : p.imported.title;
      const base = slugify(title, 50) || "paper";
      if (p.doc.kind === "appendix") {
        const label = (p.doc.appendix ?? "a").toLowerCase();
        name = [code, `appendix-${label}`, slugify(p.imported.title, 40)].filter(Boolean).join("-");
      } else {
        name = code ? `${code}-${base}` : base;
      }
    }
    const folder = p.meeting ? `meetings/${p.meeting}` : "papers";
    let candidate = name;
    for (let n = 2; used.has(`${folder}/${candidate}`); n++) candidate = `${name}-${n}`;
    used.add(`${folder}/${candidate}`);
    p.imported.path = `${folder}/${candidate}.md`;
    p.imported.id = p.meeting ? `${p.meeting}/${candidate}` : candidate;
    if (p.doc.parent !== undefined) p.imported.parent = planned[p.doc.parent]?.imported.id;
  }
}
