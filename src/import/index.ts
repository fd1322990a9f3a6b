/**
 * The importer: a legacy text (an agenda pack, a set of minutes, board notes or a plan) in, DRAFT
 * content files and a report out. Pure: no file system, no clock, no randomness; the same text
 * always gives the same files. The structured parse is returned too, so tests (and the lead's
 * comparison with the curated content) can look at minutes, attendance, resolutions and questions
 * without reading Markdown back.
 */
import { type AgendaParse, type AgendaSection, readAgenda } from "./agenda.ts";
import { cleanMarkdown } from "./cleanup.ts";
import { optionalList, renderContentFile } from "./front-matter.ts";
import { DEFAULT_RUNNING_HEADERS, dropFurniture } from "./furniture.ts";
import { toLines } from "./lines.ts";
import { type MinutesParse, readMinutes } from "./minutes.ts";
import { type BodyPattern, bodyIdFor, KNOWN_BODIES, slugify } from "./names.ts";
import { type NotesParse, readNotes } from "./notes.ts";
import { type PaperParse, readAppendix, readPaper, readReport } from "./papers.ts";
import { isHardWrapped, rejoinPageBreaks, splitFusedLines, trimLineEnds, unwrapHardWrapped } from "./paragraphs.ts";
import { type ImportReport, ReportLog, renderReport, summaryLines } from "./report.ts";
import { type DocumentKind, type PackDocument, type PaperType, splitPack } from "./split-pack.ts";
import { readWorkProgramme, type WorkProgrammeParse } from "./work-programme.ts";

export type { AgendaParse } from "./agenda.ts";
export type { MinuteParse, MinutesParse } from "./minutes.ts";
export type { NotesParse } from "./notes.ts";
export type { PaperParse } from "./papers.ts";
export type { ImportReport } from "./report.ts";
export type { WorkProgrammeParse } from "./work-programme.ts";

export interface ImportOptions {
  /** The source's name, for the report and the files' comments. */
  source?: string;
  /** Bodies besides the Panel and the Board, matched by their printed names. */
  bodies?: readonly BodyPattern[];
  /** Running headers to drop besides "KENT COUNTY COUNCIL". */
  runningHeaders?: readonly string[];
}

export interface OutputFile {
  /** Path relative to the output folder, laid out as content/ is. */
  path: string;
  content: string;
}

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

export interface ImportParse {
  hardWrapped: boolean;
  documents: ImportedDocument[];
  agenda?: AgendaParse & { meeting?: string };
  minutes: MinutesParse[];
  notes: NotesParse[];
  workProgrammes: WorkProgrammeParse[];
  papers: PaperParse[];
}

export interface ImportResult {
  files: OutputFile[];
  report: ImportReport;
  /** import-report.md */
  reportMarkdown: string;
  /** The lines printed on stdout. */
  summary: string[];
  parse: ImportParse;
}

/** What one document becomes: its parse, where it goes, and how to write it. */
interface Planned {
  doc: PackDocument;
  imported: ImportedDocument;
  meeting?: string;
  /** File name without .md, inside its meeting folder (or papers/). */
  name?: string;
  /** The title of the agenda item it was tabled at. */
  itemTitle?: string;
  write?: () => OutputFile["content"];
}

const PAPER_BODY = { headingTop: 2, promoteHeadings: true };

function meetingBody(meeting: string): string {
  return meeting.replace(/-\d{4}-\d{2}-\d{2}(?:-\d+)?$/, "");
}

function meetingDate(meeting: string): string {
  return /(\d{4}-\d{2}-\d{2})(?:-\d+)?$/.exec(meeting)?.[1] ?? "";
}

/** Builds every file the import writes. */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  const source = options.source ?? "source text";
  const log = new ReportLog(source);
  const bodies = [...(options.bodies ?? []), ...KNOWN_BODIES];
  const comment = (from: number, to: number) => [`DRAFT written by npm run import from ${source}, lines ${from}-${to}.`, "Check it against the source and import-report.md before moving it into content/."];

  let lines = toLines(text);
  if (/^---[ \t]*\r?\n/.test(text)) {
    log.unplaced(1, "---", "the source starts with a --- line; it is read as text, not as front matter (each file written has its own front matter)");
  }
  const hardWrapped = isHardWrapped(lines);
  lines = dropFurniture(lines, { runningHeaders: [...DEFAULT_RUNNING_HEADERS, ...(options.runningHeaders ?? [])] }, log);
  lines = trimLineEnds(lines, hardWrapped);
  lines = splitFusedLines(lines, log);
  if (hardWrapped) lines = unwrapHardWrapped(lines, log);
  const documents = splitPack(lines, log).map((d) => ({ ...d, lines: rejoinPageBreaks(d.lines, log) }));

  const parse: ImportParse = { hardWrapped, documents: [], minutes: [], notes: [], workProgrammes: [], papers: [] };
  const files: OutputFile[] = [];
  const meetingFiles = new Map<string, Record<string, unknown> & { body?: string }>();
  const meetingText = new Map<string, string>();
  const referenced = new Map<string, number>();
  const refer = (meeting: string | undefined, line: number) => {
    if (meeting && !referenced.has(meeting)) referenced.set(meeting, line);
  };

  // The agenda names the meeting the pack is for; its items take the pack's papers in order.
  const agendaDoc = documents.find((d) => d.kind === "agenda");
  let packMeeting: string | undefined;
  let agenda: (AgendaParse & { meeting?: string }) | undefined;
  if (agendaDoc) {
    agenda = readAgenda(agendaDoc.lines, bodies, log);
    if (agenda.body && agenda.date) packMeeting = `${agenda.body}-${agenda.date}`;
    agenda.meeting = packMeeting;
    parse.agenda = agenda;
  }
  const packBody = agenda?.body;

  const planned: Planned[] = documents.map((doc) => {
    const from = doc.lines[0]?.no ?? 0;
    const to = doc.lines[doc.lines.length - 1]?.no ?? 0;
    return { doc, imported: { kind: doc.kind, paperType: doc.paperType, title: "", from, to } };
  });

  for (const p of planned) {
    const { doc } = p;
    const span = comment(p.imported.from, p.imported.to);
    if (doc.kind === "agenda") {
      p.imported.title = "Agenda";
      p.meeting = packMeeting;
    } else if (doc.kind === "minutes") {
      const minutes = readMinutes(doc.lines, bodies, log);
      parse.minutes.push(minutes);
      p.imported.title = minutes.title;
      p.meeting = minutes.meeting;
      p.name = "minutes";
      p.write = () =>
        renderContentFile({ type: "minutes", title: minutes.title, attendance: attendanceFields(minutes.attendance) }, minutes.markdown, span);
      if (minutes.meeting && minutes.meeting !== packMeeting) {
        meetingFiles.set(minutes.meeting, inferredMeeting(minutes, log));
      }
      for (const m of minutes.minutes) for (const r of m.resolutions) refer(r.approves, r.line);
    } else if (doc.kind === "notes") {
      const notes = readNotes(doc.lines, bodies, log);
      parse.notes.push(notes);
      p.imported.title = notes.title;
      p.meeting = notes.meeting;
      p.name = "notes";
      p.write = () =>
        renderContentFile(
          {
            type: "notes",
            title: notes.title,
            attendance: attendanceFields(notes.attendance),
            actions: optionalList(notes.actions.map((a) => ({ text: a.text, owner: a.owner, due: a.due, status: a.status, minute: a.minute }))),
          },
          notes.markdown,
          span,
        );
      if (notes.meeting && notes.meeting !== packMeeting) {
        meetingFiles.set(notes.meeting, {
          type: "meeting",
          body: notes.body,
          date: notes.date,
          time: notes.time,
          date_as_printed: notes.dateAsPrinted,
          venue: notes.venue,
          status: "held",
          title: ownTitle(notes.meetingTitle, bodies),
          special: notes.special ? true : undefined,
          next_meeting: notes.nextMeeting,
        });
        log.guess(notes.line, `${notes.meeting} status: held`, "notes exist for it");
      }
      refer(notes.nextMeeting, notes.nextMeetingLine ?? notes.line);
    } else if (doc.kind === "work-programme") {
      const titleBody = bodyIdFor(doc.lines.map((l) => l.text).join(" ").slice(0, 200), bodies);
      const wp = readWorkProgramme(doc.lines, packBody ?? titleBody, log);
      parse.workProgrammes.push(wp);
      p.imported.title = wp.title;
      p.meeting = packMeeting ?? (titleBody && wp.date ? `${titleBody}-${wp.date}` : undefined);
      for (const e of wp.entries) refer(e.meeting, e.line);
      p.write = () =>
        renderContentFile(
          {
            type: "work-programme",
            title: wp.title,
            entries: wp.entries.map((e) => ({ meeting: e.meeting, title: e.title, source: e.source, lead: e.lead })),
            standing: optionalList(wp.standing.map((s) => ({ kind: s.kind, heading: s.heading, title: s.title }))),
          },
          cleanMarkdown(wp.text, PAPER_BODY, log),
          span,
        );
    } else {
      const paper =
        doc.kind === "report"
          ? readReport(doc.lines, log)
          : doc.kind === "appendix"
            ? readAppendix(doc.lines, doc.appendix ?? "A", doc.paperType ?? "appendix", log)
            : readPaper(doc.lines, log);
      parse.papers.push(paper);
      p.imported.title = paper.title;
      p.imported.paperType = paper.type;
      if (doc.kind === "report") {
        const own = bodyIdFor(paper.header?.to ?? "", bodies);
        p.meeting = packMeeting ?? (own && paper.date ? `${own}-${paper.date}` : undefined);
        if (!p.meeting) log.unplaced(paper.line, paper.title, "report: its meeting could not be named (no agenda, and no body and date in its header); written under papers/");
      } else if (doc.kind === "appendix") {
        p.meeting = planned[doc.parent ?? -1]?.meeting;
      }
      const body = cleanMarkdown(paper.text, PAPER_BODY, log);
      p.write = () => {
        const parentId = doc.parent !== undefined ? planned[doc.parent]?.imported.id : undefined;
        return renderContentFile(
          {
            type: paper.type,
            title: paper.title,
            header: paper.header && Object.keys(paper.header).length > 0 ? paper.header : undefined,
            author: paper.author,
            date: paper.date,
            parent: parentId,
            appendix: paper.appendix,
            period: paper.period,
            version: paper.version,
          },
          body,
          span,
        );
      };
    }
  }

  assignItems(planned, agenda, log);
  nameFiles(planned);

  // Agenda items list the papers tabled at them.
  if (agenda) {
    for (const p of planned) {
      if (!p.imported.item || !p.imported.id) continue;
      const item = agenda.sections.flatMap((s) => s.items).find((i) => i.code === p.imported.item);
      item?.papers.push(p.imported.id);
    }
    for (const section of agenda.sections) for (const item of section.items) refer(item.minutes_of, item.line);
  }

  for (const p of planned) {
    if (!p.write || !p.imported.path || !p.imported.id) continue;
    files.push({ path: p.imported.path, content: p.write() });
  }

  if (agenda && packMeeting) {
    meetingFiles.set(packMeeting, agendaMeeting(agenda, log));
    meetingText.set(packMeeting, cleanMarkdown(agenda.text, { headingTop: 2, promoteHeadings: false }, log));
  }
  for (const [meeting, line] of referenced) {
    if (meetingFiles.has(meeting)) continue;
    const later = packMeeting !== undefined && meetingDate(meeting) > meetingDate(packMeeting);
    const status = later ? "scheduled" : "referenced";
    meetingFiles.set(meeting, { type: "meeting", body: meetingBody(meeting), date: meetingDate(meeting), status });
    log.report.stubs.push(`meetings/${meeting}/meeting.md (status: ${status}; first mentioned at line ${line})`);
  }
  for (const [meeting, fields] of [...meetingFiles.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const agendaDocPlan = planned.find((p) => p.doc.kind === "agenda");
    const span = meeting === packMeeting && agendaDocPlan ? comment(agendaDocPlan.imported.from, agendaDocPlan.imported.to) : [`DRAFT written by npm run import from ${source}.`, "A meeting the papers name; check it before moving it into content/."];
    files.unshift({ path: `meetings/${meeting}/meeting.md`, content: renderContentFile(fields, meetingText.get(meeting) ?? "", span) });
  }
  const agendaPlan = planned.find((p) => p.doc.kind === "agenda");
  if (agendaPlan && packMeeting) {
    agendaPlan.imported.id = packMeeting;
    agendaPlan.imported.path = `meetings/${packMeeting}/meeting.md`;
  }

  parse.documents = planned.map((p) => p.imported);
  for (const d of parse.documents) {
    log.report.documents.push({ kind: d.paperType && d.paperType !== d.kind ? `${d.kind} (${d.paperType})` : d.kind, title: d.title, from: d.from, to: d.to, path: d.path, item: d.item });
  }
  const paths = files.map((f) => f.path);
  return { files, report: log.report, reportMarkdown: renderReport(log.report, paths), summary: summaryLines(log.report, paths), parse };
}

/** A meeting's own title: what the notes' Title line says beyond the body's name, if anything. */
function ownTitle(title: string | undefined, bodies: readonly BodyPattern[]): string | undefined {
  if (!title) return undefined;
  const rest = bodies.reduce((t, b) => t.replace(b.pattern, ""), title);
  return /[A-Za-z]/.test(rest.replace(/\b(?:the|of|meeting)\b/gi, "")) ? title : undefined;
}

function attendanceFields(a: MinutesParse["attendance"]): Record<string, unknown> | undefined {
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

/** The tabled papers, in order, are matched to the agenda's items with page ranges, in order. */
function assignItems(planned: Planned[], agenda: AgendaParse | undefined, log: ReportLog): void {
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
  if (paged.length > leads.length) {
    for (const item of paged.slice(leads.length)) log.unplaced(item.line, item.title, `item ${item.code} has pages ${item.pages?.from}-${item.pages?.to} but no document was found for it`);
  }
  for (const p of planned) {
    if (p.doc.kind === "appendix" && p.doc.parent !== undefined) p.imported.item = planned[p.doc.parent]?.imported.item;
  }
}

/** File names: `<item>-<title>` for papers, minutes.md and notes.md; unique within a folder. */
function nameFiles(planned: Planned[]): void {
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

/** The agenda's meeting.md fields. */
function agendaMeeting(agenda: AgendaParse, log: ReportLog): Record<string, unknown> {
  log.guess(agenda.sections[0]?.line ?? 1, "status: held", "the pack is the agenda for the meeting; it does not say whether the meeting took place");
  return {
    type: "meeting",
    body: agenda.body,
    date: agenda.date,
    time: agenda.time,
    date_as_printed: agenda.dateAsPrinted,
    venue: agenda.venue,
    status: "held",
    issued: agenda.issued,
    signatory: agenda.signatory,
    contacts: optionalList(agenda.contacts),
    membership: optionalList(agenda.membership),
    agenda: { inferred: false, sections: agenda.sections.map(sectionFields) },
  };
}

function sectionFields(s: AgendaSection): Record<string, unknown> {
  return {
    letter: s.letter,
    title: s.title,
    part: s.part,
    items: s.items.map((i) => ({ code: i.code, title: i.title, pages: i.pages, papers: optionalList(i.papers), verbal: i.verbal, minutes_of: i.minutes_of })),
  };
}

/** A meeting whose minutes the pack holds but whose agenda it does not: items rebuilt from "(Item X)". */
function inferredMeeting(minutes: MinutesParse, log: ReportLog): Record<string, unknown> {
  const byCode = new Map<string, { code: string; title: string }>();
  for (const m of minutes.minutes) {
    if (m.item && !byCode.has(m.item)) byCode.set(m.item, { code: m.item, title: m.title });
  }
  const sections = new Map<string, { code: string; title: string }[]>();
  const order = (code: string) => {
    const m = /^([A-Z]?)(\d+)/.exec(code);
    return `${m?.[1] ?? ""}${(m?.[2] ?? "").padStart(3, "0")}`;
  };
  for (const item of [...byCode.values()].sort((a, b) => order(a.code).localeCompare(order(b.code)))) {
    const letter = /^[A-Z]/.exec(item.code)?.[0] ?? "";
    sections.set(letter, [...(sections.get(letter) ?? []), item]);
  }
  if (byCode.size > 0) log.guess(minutes.line, `agenda of ${minutes.meeting} rebuilt from the minutes' item references (inferred: true)`, "item titles are the minutes' titles, not the agenda's");
  return {
    type: "meeting",
    body: minutes.body,
    date: minutes.date,
    venue: minutes.venue,
    status: "held",
    agenda: {
      inferred: true,
      sections: [...sections.entries()].map(([letter, items]) => ({ letter: letter === "" ? undefined : letter, items })),
    },
  };
}
