/**
 * Splitting a pack into its documents by their headers: the agenda ("AGENDA"), minutes
 * ("MINUTES of a meeting"), reports (To:/From:/By:/Subject:/Date:), board notes ("Meeting
 * Notes"), work programmes ("Future/Forward Work Programme"), and the appendix a report says is
 * "attached at Appendix A", which starts after the report's recommendation.
 */
import { isBlank, nextNonBlank, plain, type SourceLine } from "./lines.ts";
import type { ReportLog } from "./report.ts";

export type DocumentKind = "agenda" | "minutes" | "notes" | "report" | "appendix" | "work-programme" | "paper";
export type PaperType = "report" | "appendix" | "annual-report" | "candidate-pack" | "plan" | "other";

export interface PackDocument {
  kind: DocumentKind;
  lines: SourceLine[];
  /** For an appendix: index of its report in the document list. */
  parent?: number;
  appendix?: string;
  paperType?: PaperType;
}

const HEADER_FIELD = /^(To|From|By|Subject|Date)\s*:\s*\S/;
const WORK_PROGRAMME = /^(?:Police and Crime Panel\s*[-–]?\s*)?(?:Future|Forward)\s+work\s+programme\b/i;

interface Start {
  index: number;
  kind: DocumentKind;
}

function isCapsLine(text: string): boolean {
  const t = plain(text);
  return t.length > 0 && t.length <= 80 && /[A-Z]/.test(t) && t === t.toUpperCase();
}

/** The header fields in the run of lines starting at `index` (blank lines between allowed). */
function headerCluster(lines: readonly SourceLine[], index: number): { fields: string[]; end: number } {
  const fields: string[] = [];
  let end = index;
  for (let i = index; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (isBlank(line)) {
      if (isBlank(lines[i + 1])) break;
      continue;
    }
    const m = HEADER_FIELD.exec(plain(line.text));
    if (!m) break;
    fields.push((m[1] ?? "").toLowerCase());
    end = i;
  }
  return { fields, end };
}

function findStarts(lines: readonly SourceLine[]): Start[] {
  const starts: Start[] = [];
  const firstFilled = nextNonBlank(lines, 0);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as SourceLine;
    const text = plain(line.text);
    if (text === "AGENDA" && i - firstFilled <= 6) {
      starts.push({ index: firstFilled, kind: "agenda" });
    } else if (/^MINUTES of a meeting\b/i.test(text)) {
      // The minutes start at the body's name above the title (and a rule under a running header).
      let start = i;
      for (let j = i - 1, seen = 0; j >= 0 && seen < 3; j--) {
        const prev = lines[j] as SourceLine;
        if (isBlank(prev)) continue;
        seen++;
        if (isCapsLine(prev.text) || prev.text.trim() === "---") start = j;
        else break;
      }
      starts.push({ index: start, kind: "minutes" });
    } else if (text === "Meeting Notes") {
      starts.push({ index: i, kind: "notes" });
    } else if (WORK_PROGRAMME.test(text) && !/^\s*(?:[-*]\s|\d)/.test(line.text)) {
      starts.push({ index: i, kind: "work-programme" });
    } else if (HEADER_FIELD.test(text)) {
      const cluster = headerCluster(lines, i);
      if (cluster.fields.includes("subject") && cluster.fields.some((f) => f === "to" || f === "from" || f === "by")) {
        starts.push({ index: i, kind: "report" });
        i = cluster.end + 1;
        continue;
      }
    }
    i++;
  }
  // One start per line: the agenda claims the top of the file once.
  return starts.filter((s, k) => starts.findIndex((t) => t.index === s.index) === k).sort((a, b) => a.index - b.index);
}

const APPENDIX_MENTION = /\b(?:attached|enclosed)\s+(?:at|as|in)\s+Appendix\s+([A-Z0-9]{1,2})\b/i;
const RECOMMENDATION = /^(?:\d+\.\s*)?Recommendations?\s*:?$/i;

function appendixType(lines: readonly SourceLine[]): PaperType {
  const opening = lines.filter((l) => !isBlank(l)).slice(0, 5).map((l) => plain(l.text));
  if (/candidate pack/i.test(opening[0] ?? "")) return "candidate-pack";
  if (opening.some((t) => /annual report/i.test(t))) return "annual-report";
  return "appendix";
}

/**
 * A report that says an appendix is "attached at Appendix A" carries it after its
 * recommendation: the appendix starts at the first line after the recommendation's paragraphs
 * that is neither a numbered paragraph, a list item nor a continuation.
 */
function splitAppendix(report: PackDocument, log: ReportLog): PackDocument[] {
  const text = report.lines.map((l) => l.text).join("\n");
  const label = APPENDIX_MENTION.exec(text)?.[1];
  if (label === undefined) return [report];
  const lines = report.lines;
  const recommendation = lines.findIndex((l) => RECOMMENDATION.test(plain(l.text)));
  const mention = lines.find((l) => APPENDIX_MENTION.test(l.text));
  if (recommendation < 0) {
    log.unplaced(mention?.no ?? lines[0]?.no ?? 0, mention?.text ?? "", `the report says Appendix ${label} is attached, but has no Recommendation heading to find where the appendix starts; left inside the report`);
    return [report];
  }
  let start = -1;
  for (let i = recommendation + 1; i < lines.length; i++) {
    const t = (lines[i] as SourceLine).text;
    if (isBlank(lines[i])) continue;
    if (/^\s*(?:[-*]\s+)?\d+(?:\.\d+)*\.?\s/.test(t) || /^\s*[-*]\s/.test(t) || /^\s*[a-z]/.test(t)) continue;
    start = i;
    break;
  }
  if (start < 0) {
    log.unplaced(mention?.no ?? 0, mention?.text ?? "", `the report says Appendix ${label} is attached, but nothing follows its recommendation`);
    return [report];
  }
  const appendixLines = lines.slice(start);
  const paperType = appendixType(appendixLines);
  log.guess((lines[start] as SourceLine).no, `Appendix ${label} starts here (type ${paperType})`, `the report says "${APPENDIX_MENTION.exec(text)?.[0]}" and this is the first line after its recommendation`);
  return [
    { ...report, lines: lines.slice(0, start) },
    { kind: "appendix", lines: appendixLines, appendix: label, paperType },
  ];
}

/** Splits the source into documents, in order. Appendices point at their report. */
export function splitPack(lines: readonly SourceLine[], log: ReportLog): PackDocument[] {
  const starts = findStarts(lines);
  const documents: PackDocument[] = [];
  const firstFilled = nextNonBlank(lines, 0);
  if (firstFilled >= 0 && (starts.length === 0 || (starts[0] as Start).index > firstFilled)) {
    const end = starts[0]?.index ?? lines.length;
    const head = lines.slice(firstFilled, end);
    if (starts.length > 0) log.unplaced((lines[firstFilled] as SourceLine).no, (lines[firstFilled] as SourceLine).text, "text before the first recognised document header; imported as a paper of its own");
    documents.push({ kind: "paper", lines: head, paperType: "other" });
  }
  starts.forEach((start, k) => {
    const end = starts[k + 1]?.index ?? lines.length;
    const doc: PackDocument = { kind: start.kind, lines: lines.slice(start.index, end) };
    if (start.kind === "report") {
      doc.paperType = "report";
      const parts = splitAppendix(doc, log);
      const parentIndex = documents.length;
      documents.push(parts[0] as PackDocument);
      for (const appendix of parts.slice(1)) documents.push({ ...appendix, parent: parentIndex });
    } else {
      documents.push(doc);
    }
  });
  // Every document starts at a line with words on it, so none is empty and parent indexes hold.
  return documents;
}
