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
}

/** Collects notes while the import runs; one per import, never shared. */
export class ReportLog {
  readonly report: ImportReport;

  constructor(source: string) {
    this.report = { source, documents: [], furniture: [], unplaced: [], guesses: [], repairs: [], peopleToMap: [], stubs: [] };
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

/** The few lines printed on stdout. */
export function summaryLines(report: ImportReport, files: readonly string[]): string[] {
  return [
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
