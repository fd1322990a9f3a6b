/**
 * The importer: a legacy text (an agenda pack, a set of minutes, board notes or a plan) in, DRAFT
 * content files and a report out. Pure: no file system, no clock, no randomness; the same text
 * always gives the same files. The structured parse is returned too, so tests (and comparisons
 * with the curated content) can look at minutes, attendance, resolutions and questions without
 * reading Markdown back.
 */
import { type AgendaParse, readAgenda } from "./agenda.ts";
import { cleanMarkdown } from "./cleanup.ts";
import { renderContentFile } from "./front-matter.ts";
import { DEFAULT_RUNNING_HEADERS, dropFurniture } from "./furniture.ts";
import { type SourceLine, toLines } from "./lines.ts";
import { agendaMeeting, MeetingRegistry } from "./meetings.ts";
import type { MinutesParse } from "./minutes.ts";
import { type ArchiveBody, type BodyNames, bodyPatternsOf, KNOWN_BODIES } from "./names.ts";
import type { NotesParse } from "./notes.ts";
import type { PaperParse } from "./papers.ts";
import { isHardWrapped, rejoinPageBreaks, splitFusedLines, trimLineEnds, unwrapHardWrapped } from "./paragraphs.ts";
import { assignItems, draftComment, type ImportedDocument, nameFiles, type PlanContext, planDocuments } from "./plan.ts";
import { type BodySource, type ImportReport, ReportLog, renderReport, summaryLines } from "./report.ts";
import { splitPack } from "./split-pack.ts";
import type { WorkProgrammeParse } from "./work-programme.ts";

export type { AgendaParse } from "./agenda.ts";
export type { MinuteParse, MinutesParse } from "./minutes.ts";
export type { NotesParse } from "./notes.ts";
export type { PaperParse } from "./papers.ts";
export type { ImportedDocument } from "./plan.ts";
export type { ArchiveBody } from "./names.ts";
export type { ImportReport } from "./report.ts";
export type { WorkProgrammeParse } from "./work-programme.ts";

export interface ImportOptions {
  /** The source's name, for the report and the files' comments. */
  source?: string;
  /**
   * The archive's bodies (content/bodies/), each document's body found by the names they give. The
   * Kent Panel's and Board's built-in names are used only when there are none, or none is printed
   * in the source, and the report then says the body was guessed.
   */
  bodies?: readonly ArchiveBody[];
  /** The body every document is of (`--body`), whatever name it prints. */
  body?: string;
  /** Running headers to drop besides "KENT COUNTY COUNCIL". */
  runningHeaders?: readonly string[];
}

export interface OutputFile {
  /** Path relative to the output folder, laid out as content/ is. */
  path: string;
  content: string;
}

export interface ImportParse {
  /** True when the source was hard-wrapped (a PDF conversion) and its lines were joined. */
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

/** The whole-text repairs that come before the split: furniture, line ends, fused lines, wraps. */
function prepareLines(text: string, options: ImportOptions, log: ReportLog): { lines: SourceLine[]; hardWrapped: boolean } {
  let lines = toLines(text);
  if (/^---[ \t]*\r?\n/.test(text)) {
    log.unplaced(1, "---", "the source starts with a --- line; it is read as text, not as front matter (each file written has its own front matter)");
  }
  const hardWrapped = isHardWrapped(lines);
  lines = dropFurniture(lines, { runningHeaders: [...DEFAULT_RUNNING_HEADERS, ...(options.runningHeaders ?? [])] }, log);
  lines = trimLineEnds(lines, hardWrapped);
  lines = splitFusedLines(lines, log);
  if (hardWrapped) lines = unwrapHardWrapped(lines, log);
  return { lines, hardWrapped };
}

/** The names each document's body is read from, and where they came from (said in the report). */
export function bodyNamesFor(text: string, options: Pick<ImportOptions, "bodies" | "body">): { names: BodyNames; source: BodySource } {
  const archive = options.bodies ?? [];
  const own = bodyPatternsOf(archive);
  const printed = own.some((b) => b.pattern.test(text));
  const names: BodyNames = { patterns: printed ? own : KNOWN_BODIES };
  if (options.body !== undefined) names.given = options.body;
  const from = options.body !== undefined ? "given" : printed ? "archive" : "built-in";
  return { names, source: { from, archive: archive.map((b) => b.id).sort() } };
}

/** A body read with the built-in names is a guess: one per body, at the first line that gave it. */
function reportBuiltInBodies(log: ReportLog): void {
  const { from, archive } = log.report.bodySource;
  if (from !== "built-in") return;
  const seen = new Set<string>();
  for (const note of log.report.bodies) {
    if (note.id === undefined || seen.has(note.id)) continue;
    seen.add(note.id);
    const why = archive.length > 0 ? "none of the names of the archive's bodies in content/bodies/ is printed in the source" : "content/bodies/ has no bodies to read";
    log.guess(note.line, `body: ${note.id}`, `${note.printed ? `"${note.printed}" matches` : "from"} the built-in names of the Kent and Medway papers, as ${why}; give --body <id> to name the body`);
  }
}

/** Builds every file the import writes, the report and the parse. */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  const source = options.source ?? "source text";
  const { names: bodies, source: bodySource } = bodyNamesFor(text, options);
  const log = new ReportLog(source, bodySource);
  const { lines, hardWrapped } = prepareLines(text, options, log);
  // Paragraphs are rejoined inside each document, never across two.
  const documents = splitPack(lines, log).map((d) => ({ ...d, lines: rejoinPageBreaks(d.lines, log) }));

  // The agenda names the meeting the pack is for; its items take the pack's papers in order.
  const agendaDoc = documents.find((d) => d.kind === "agenda");
  const agenda: (AgendaParse & { meeting?: string }) | undefined = agendaDoc ? readAgenda(agendaDoc.lines, bodies, log) : undefined;
  const packMeeting = agenda?.body && agenda.date ? `${agenda.body}-${agenda.date}` : undefined;
  if (agenda) agenda.meeting = packMeeting;

  const meetings = new MeetingRegistry();
  const ctx: PlanContext = { source, bodies, agenda, packMeeting, meetings, log, parsed: { minutes: [], notes: [], workProgrammes: [], papers: [] } };
  const planned = planDocuments(documents, ctx);
  assignItems(planned, agenda, log);
  nameFiles(planned);

  if (agenda) {
    const items = agenda.sections.flatMap((s) => s.items);
    for (const p of planned) {
      const item = items.find((i) => i.code === p.imported.item);
      if (item && p.imported.id && p.write) item.papers.push(p.imported.id);
    }
    for (const item of items) meetings.refer(item.minutes_of, item.line);
    if (packMeeting) meetings.set(packMeeting, agendaMeeting(agenda, log), cleanMarkdown(agenda.text, { headingTop: 2, promoteHeadings: false }, log));
  }
  meetings.addStubs(packMeeting, log);
  reportBuiltInBodies(log);

  const agendaSpan = planned.find((p) => p.doc.kind === "agenda")?.imported;
  const meetingFiles: OutputFile[] = [...meetings.fields.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([meeting, fields]) => {
      const comment = meeting === packMeeting && agendaSpan ? draftComment(source, agendaSpan.from, agendaSpan.to) : draftComment(source);
      return { path: `meetings/${meeting}/meeting.md`, content: renderContentFile(fields, meetings.text.get(meeting) ?? "", comment) };
    });
  const paperFiles: OutputFile[] = planned.flatMap((p) => (p.write && p.imported.path ? [{ path: p.imported.path, content: p.write() }] : []));
  const files = [...meetingFiles, ...paperFiles];

  const parse: ImportParse = { hardWrapped, documents: planned.map((p) => p.imported), agenda, ...ctx.parsed };
  for (const d of parse.documents) {
    log.report.documents.push({ kind: d.paperType && d.paperType !== d.kind ? `${d.kind} (${d.paperType})` : d.kind, title: d.title, from: d.from, to: d.to, path: d.path, item: d.item });
  }
  const paths = files.map((f) => f.path);
  return { files, report: log.report, reportMarkdown: renderReport(log.report, paths), summary: summaryLines(log.report, paths), parse };
}
