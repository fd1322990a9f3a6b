/**
 * Reports, appendices and stand-alone papers: their header lines (To/From/By/Subject/Date), title,
 * author and date; the rest is their text.
 */
import { findDate, findMonth } from "./dates.ts";
import { cleanInline } from "./inline.ts";
import { isBlank, plain, type SourceLine } from "./lines.ts";
import { personSlug } from "./names.ts";
import type { ReportLog } from "./report.ts";
import type { PaperType } from "./split-pack.ts";

export interface PaperHeader {
  to?: string;
  from?: string;
  by?: string;
  subject?: string;
  date?: string;
}

export interface PaperParse {
  type: PaperType;
  title: string;
  line: number;
  header?: PaperHeader;
  author?: string;
  date?: string;
  appendix?: string;
  period?: { from: string; to: string };
  version?: string;
  /** The paper's text, without the lines that went into the front matter. */
  text: SourceLine[];
}

const FIELD = /^(To|From|By|Subject|Date)\s*:\s*(.+)$/;

/** A report: its header lines, then its text. The title is its Subject. */
export function readReport(lines: readonly SourceLine[], log: ReportLog): PaperParse {
  const header: PaperHeader = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (isBlank(line)) continue;
    const m = FIELD.exec(plain(line.text));
    if (!m) break;
    header[(m[1] ?? "").toLowerCase() as keyof PaperHeader] = cleanInline((m[2] ?? "").trim()).text;
  }
  const first = lines.find((l) => !isBlank(l));
  const title = header.subject ?? plain(first?.text ?? "Report");
  const paper: PaperParse = { type: "report", title, line: first?.no ?? 0, header, text: lines.slice(i) };
  const date = findDate(header.date ?? "") ?? findDate(header.to ?? "");
  if (date) paper.date = date;
  if (!header.date && date) log.guess(first?.no ?? 0, `date: ${date}`, `read from the To line "${header.to}"`);
  const writer = header.by ?? header.from;
  if (writer) {
    const name = (writer.split(",")[0] ?? "").trim();
    paper.author = personSlug(name);
    log.person(first?.no ?? 0, name, paper.author, `author (${header.by ? "By" : "From"})`);
  }
  return paper;
}

/** An appendix: its first line is its title; a standalone "Appendix A" line is its label. */
export function readAppendix(lines: readonly SourceLine[], label: string, type: PaperType, log: ReportLog): PaperParse {
  const titleIndex = lines.findIndex((l) => !isBlank(l));
  const titleLine = lines[titleIndex] as SourceLine;
  const title = cleanInline(plain(titleLine.text)).text;
  log.guess(titleLine.no, `title "${title}"`, "the appendix's first line");
  const text = lines.filter((l, i) => {
    if (i === titleIndex) return false;
    if (plain(l.text) === `Appendix ${label}`) {
      log.repair(l.no, "appendix", `label line "Appendix ${label}" moved to the front matter (appendix: ${label})`);
      return false;
    }
    return true;
  });
  return { type, title, line: titleLine.no, appendix: label, text };
}

const RULE = /^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$/;

/** A paper with no header (a plan): its first line of words is its title. */
export function readPaper(lines: readonly SourceLine[], log: ReportLog): PaperParse {
  const titleIndex = lines.findIndex((l) => !isBlank(l) && !RULE.test(l.text));
  const titleLine = lines[titleIndex] as SourceLine;
  const title = cleanInline(plain(titleLine.text)).text;
  const type: PaperType = /\bplan\b/i.test(title) ? "plan" : "other";
  log.guess(titleLine.no, `title "${title}", type: ${type}`, "the paper's first line; no To/Subject header");
  const paper: PaperParse = { type, title, line: titleLine.no, text: lines.filter((_l, i) => i !== titleIndex) };
  for (const line of lines.slice(titleIndex + 1, titleIndex + 8)) {
    const text = cleanInline(plain(line.text)).text;
    const period = /^(\w+ \d{4})\s+(?:to|-|–)\s+(\w+ \d{4})$/.exec(text);
    if (period && !paper.period) {
      const from = findMonth(period[1] ?? "");
      const to = findMonth(period[2] ?? "");
      if (from && to) {
        paper.period = { from, to };
        log.guess(line.no, `period: ${from} to ${to}`, `from "${text}"`);
      }
    }
    const version = /^Version:\s*(.+)$/i.exec(text);
    if (version && !paper.version) {
      paper.version = (version[1] ?? "").trim();
      log.guess(line.no, `version: ${paper.version}`, `from "${text}"`);
    }
  }
  return paper;
}
