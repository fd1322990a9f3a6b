/**
 * The import report: everything the importer dropped, repaired, guessed or could not place, each
 * against the source line it came from. The importer never guesses silently: a guess that is not
 * in this report is a bug.
 */
import { lineRange } from "./lines.ts";

export type FurnitureKind = "blank-page" | "page-number" | "running-header" | "footer" | "letterhead";

export interface FurnitureNote {
  kind: FurnitureKind;
  line: number;
  text: string;
}

/** A line or passage the importer could not place in the structure (kept as text where it could be). */
export interface UnplacedNote {
  line: number;
  text: string;
  reason: string;
}

export interface GuessNote {
  line: number;
  /** What was guessed, e.g. `does=note` or `type: candidate-pack`. */
  guess: string;
  /** Why: the evidence the guess rests on. */
  because: string;
}

export interface RepairNote {
  line: number;
  kind: string;
  detail: string;
}

/** A printed name written as a slug because the importer cannot know person identifiers. */
export interface PersonToMap {
  line: number;
  asPrinted: string;
  slug: string;
  where: string;
}

/** A document's body: read from the name it prints (`id`), or not (its files go under papers/). */
export interface BodyNote {
  line: number;
  /** What kind of document: "agenda", "minutes", … */
  document: string;
  id?: string;
  /** The name the document prints, where it prints one. */
  printed?: string;
}

/** What the bodies were read with. */
export interface BodySource {
  /** `given`: `--body`; `archive`: the names of the bodies in content/bodies/; `built-in`: the Kent papers' names, a guess. */
  from: "given" | "archive" | "built-in";
  /** The identifiers of the archive's bodies (content/bodies/), for the way to fix a body. */
  archive: readonly string[];
}

export interface DocumentNote {
  kind: string;
  title: string;
  from: number;
  to: number;
  path?: string;
  item?: string;
}

export interface ImportReport {
  source: string;
  documents: DocumentNote[];
  furniture: FurnitureNote[];
  unplaced: UnplacedNote[];
  guesses: GuessNote[];
  repairs: RepairNote[];
  peopleToMap: PersonToMap[];
  stubs: string[];
  bodies: BodyNote[];
  bodySource: BodySource;
}

/** Collects notes while the import runs; one per import, never shared. */
export class ReportLog {
  readonly report: ImportReport;

  constructor(source: string, bodySource: BodySource = { from: "built-in", archive: [] }) {
    this.report = { source, documents: [], furniture: [], unplaced: [], guesses: [], repairs: [], peopleToMap: [], stubs: [], bodies: [], bodySource };
  }

  furniture(kind: FurnitureKind, line: number, text: string): void {
    this.report.furniture.push({ kind, line, text });
  }

  unplaced(line: number, text: string, reason: string): void {
    this.report.unplaced.push({ line, text: clip(text), reason });
  }

  guess(line: number, guess: string, because: string): void {
    this.report.guesses.push({ line, guess, because });
  }

  repair(line: number, kind: string, detail: string): void {
    this.report.repairs.push({ line, kind, detail: clip(detail) });
  }

  person(line: number, asPrinted: string, slug: string, where: string): void {
    this.report.peopleToMap.push({ line, asPrinted, slug, where });
  }

  body(line: number, document: string, id: string | undefined, printed?: string): void {
    const note: BodyNote = { line, document };
    if (id !== undefined) note.id = id;
    const name = printed?.replace(/\s+/g, " ").trim();
    if (name) note.printed = clip(name, 80);
    this.report.bodies.push(note);
  }
}

function clip(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const FURNITURE_LABEL: Record<FurnitureKind, string> = {
  "blank-page": "blank page",
  "page-number": "page number",
  "running-header": "running header",
  footer: "footer",
  letterhead: "letterhead",
};

/** The report as Markdown, for import-report.md. */
export function renderReport(report: ImportReport, files: readonly string[]): string {
  const out: string[] = [];
  out.push(`# Import report: ${report.source}`, "");
  out.push(
    "Every file written is a DRAFT. Check each against the source lines given here before moving it into `content/`; then run `npm run check`.",
    "",
  );
  out.push(`## Summary`, "", ...summaryLines(report, files).map((l) => `- ${l}`), "");

  out.push("## Body", "", ...bodySection(report), "");

  out.push("## Documents found", "");
  if (report.documents.length === 0) out.push("None.");
  for (const d of report.documents) {
    const item = d.item ? ` (item ${d.item})` : "";
    out.push(`- ${lineRange(d.from, d.to)}: ${d.kind}${item}, "${d.title}"${d.path ? ` → \`${d.path}\`` : ""}`);
  }
  out.push("");

  out.push("## Needs attention: could not place", "");
  if (report.unplaced.length === 0) out.push("Nothing.");
  for (const u of sortByLine(report.unplaced)) out.push(`- line ${u.line}: ${u.reason}: "${u.text}"`);
  out.push("");

  out.push("## Guesses to confirm", "");
  if (report.guesses.length === 0) out.push("None.");
  for (const g of sortByLine(report.guesses)) out.push(`- line ${g.line}: ${g.guess} (${g.because})`);
  out.push("");

  out.push("## People to map", "");
  out.push(
    "The importer cannot know person identifiers. It wrote each name below as a slug of the printed name; replace each with the person's identifier in `content/people/` (adding the printed form to their `names_as_printed`).",
    "",
  );
  const bySlug = new Map<string, PersonToMap[]>();
  for (const p of report.peopleToMap) bySlug.set(p.slug, [...(bySlug.get(p.slug) ?? []), p]);
  if (bySlug.size === 0) out.push("None.");
  for (const [slug, uses] of [...bySlug.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const forms = [...new Set(uses.map((u) => u.asPrinted))].map((f) => `"${f}"`).join(", ");
    const where = uses.map((u) => `${u.line} (${u.where})`).join(", ");
    out.push(`- \`${slug}\`: ${forms}; lines ${where}`);
  }
  out.push("");

  out.push("## Page furniture dropped", "");
  if (report.furniture.length === 0) out.push("None.");
  for (const f of sortByLine(report.furniture)) out.push(`- line ${f.line}: ${FURNITURE_LABEL[f.kind]}: "${f.text.trim()}"`);
  out.push("");

  out.push("## Stub meetings written", "");
  if (report.stubs.length === 0) out.push("None.");
  for (const s of report.stubs) out.push(`- ${s}`);
  out.push("");

  out.push("## Mechanical repairs", "");
  if (report.repairs.length === 0) out.push("None.");
  for (const r of sortByLine(report.repairs)) out.push(`- line ${r.line}: ${r.kind}: ${r.detail}`);
  out.push("");

  out.push("## Files written", "");
  for (const f of files) out.push(`- \`${f}\``);
  out.push("");
  return out.join("\n");
}

const code = (id: string) => `\`${id}\``;

/** How to name the body instead: the archive's identifiers, or where they come from. */
function howToName(archive: readonly string[]): string {
  const which = archive.length > 0 ? `one of ${archive.map(code).join(", ")}` : "no bodies were found in `content/bodies/`: run the import in the archive's folder, or give the identifier the body's file `content/bodies/<id>.md` has or will have";
  return `import again with \`--body <id>\` (${which}), or add the name the source prints to the body's \`names_as_printed\` in \`content/bodies/<id>.md\` and import again`;
}

/** One line of the Body section: the body `id`, how it was known and, if the archive lacks it, what to do. */
function bodyLine(id: string, names: string, source: BodySource): string {
  const { from, archive } = source;
  const missing = archive.length > 0 && !archive.includes(id);
  const unknown = missing ? ` It is not a body of this archive: \`npm run check\` would report "unknown body ${id}" for its files.` : "";
  if (from === "given") {
    const noFile = archive.length === 0 ? ` \`content/bodies/\` has no bodies here: write \`content/bodies/${id}.md\` before moving the drafts into \`content/\`.` : "";
    return `- ${code(id)}: given with \`--body\`; every file is written as this body's, whatever name the source prints.${noFile}`;
  }
  if (from === "archive") return `- ${code(id)}: read from the name${names.includes(", ") ? "s" : ""} the source prints (${names || "none"}), which \`content/bodies/${id}.md\` gives as this body's.${unknown}`;
  const why = archive.length > 0 ? `none of the archive's bodies (${archive.map(code).join(", ")}) is named in the source` : "no bodies were found in `content/bodies/`";
  return `- ${code(id)}: GUESSED. The source prints ${names || "a name"}, which the importer's built-in names of the Kent and Medway papers give as ${code(id)}, because ${why}.${unknown} If it is not the body, ${howToName(archive)}.`;
}

/** Which body the files were written for, how it was known, and what to do when it was guessed or not read. */
export function bodySection(report: ImportReport): string[] {
  const read = new Map<string, Set<string>>();
  for (const b of report.bodies) if (b.id !== undefined) read.set(b.id, (read.get(b.id) ?? new Set()).add(b.printed ?? ""));
  const printed = (id: string) => [...(read.get(id) ?? [])].filter(Boolean).map((p) => `"${p}"`).join(", ");
  const out = [...read.keys()].sort().map((id) => bodyLine(id, printed(id), report.bodySource));
  const unread = report.bodies.filter((b) => b.id === undefined);
  if (unread.length > 0) {
    const where = unread.map((b) => `line ${b.line} (${b.document}${b.printed ? `, "${b.printed}"` : ""})`).join(", ");
    out.push(`- NOT READ at ${where}: no body's name was recognised, so ${unread.length === 1 ? "this document is" : "these documents are"} written under \`papers/\` instead of \`meetings/<body>-<date>/\`, and no meeting.md is written for ${unread.length === 1 ? "it" : "them"}. To place ${unread.length === 1 ? "it" : "them"}, ${howToName(report.bodySource.archive)}.`);
  }
  if (out.length === 0) out.push("No document needed one: nothing is written under `meetings/`.");
  return out;
}

/** The body line printed on stdout: which body, and, when guessed or not read, what to do. */
function bodySummary(report: ImportReport): string {
  const ids = [...new Set(report.bodies.flatMap((b) => (b.id === undefined ? [] : [b.id])))].sort();
  const unread = report.bodies.filter((b) => b.id === undefined).length;
  const how = { given: "given with --body", archive: "from content/bodies/", "built-in": "GUESSED from the built-in Kent names; if wrong, import again with --body <id>" }[report.bodySource.from];
  const parts = ids.length > 0 ? [`body ${ids.join(", ")} (${how})`] : [];
  if (unread > 0) parts.push(`body NOT READ for ${unread} document${unread === 1 ? "" : "s"}, written under papers/: import again with --body <id>`);
  return parts.length > 0 ? parts.join("; ") : "no body needed";
}

/** The few lines printed on stdout. */
export function summaryLines(report: ImportReport, files: readonly string[]): string[] {
  return [
    bodySummary(report),
    `${report.documents.length} documents found, ${files.length} files written`,
    `${report.unplaced.length} things could not be placed`,
    `${report.guesses.length} guesses to confirm`,
    `${new Set(report.peopleToMap.map((p) => p.slug)).size} people to map`,
    `${report.furniture.length} lines of page furniture dropped`,
    `${report.repairs.length} mechanical repairs`,
  ];
}

function sortByLine<T extends { line: number }>(notes: readonly T[]): T[] {
  return [...notes].sort((a, b) => a.line - b.line);
}
