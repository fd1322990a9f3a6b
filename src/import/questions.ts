/**
 * Questions to the Commissioner inside a minute, in the two printed styles:
 * - 2024/2023: a "Question 1" line, the question, an attribution line
 *   "(Cllr Mike Blakemore, Folkestone and Hythe District Council)", then the answer;
 * - 2019: an italic "*Q1: …*" paragraph whose asker is a bare name in brackets, either at its
 *   end "(Jenny Hollingsbee)*" or on a line of its own "*(Mark Rhodes)*".
 */
import { isBlank, plain, type SourceLine } from "./lines.ts";
import { organisationSlug, personSlug } from "./names.ts";
import type { ReportLog } from "./report.ts";

export interface QuestionParse {
  number: number;
  line: number;
  asker?: string;
  askerAsPrinted?: string;
  council?: string;
  councilAsPrinted?: string;
  /** Line indexes (into the minute's lines) of the question block and of its answer. */
  question: { from: number; to: number };
  answer?: { from: number; to: number };
}

const QUESTION_HEADING = /^Question\s+(\d{1,2})$/i;
const QUESTION_ITALIC = /^\*{1,2}\s*Q(\d{1,2})\s*[:.]/;
const ATTRIBUTION = /\(([^()]+)\)\s*\**\s*$/;
/** A person's name: at least two words, the first not an acronym ("(PCC)" is not an asker). */
const NAME = /^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)*[A-Z](?:[a-z'’-]+|\.)?(?:\s+[A-Z][A-Za-z'’.-]*){1,3}$/;

/** The number of the question a line starts, or undefined. */
export function questionStart(text: string): number | undefined {
  const heading = QUESTION_HEADING.exec(plain(text));
  if (heading) return Number(heading[1]);
  const italic = QUESTION_ITALIC.exec(text.trim());
  return italic ? Number(italic[1]) : undefined;
}

/** The asker printed at the end of a line, "(Cllr X, Council)" or "(Name)", or undefined. */
export function attribution(text: string): { name: string; council?: string } | undefined {
  const m = ATTRIBUTION.exec(text.trim());
  if (!m) return undefined;
  const [name = "", ...rest] = (m[1] ?? "").split(",").map((s) => s.trim());
  if (!NAME.test(name)) return undefined;
  const council = rest.join(", ").trim();
  return council === "" ? { name } : { name, council };
}

function isResolved(text: string): boolean {
  return /^RESOLVED\b/.test(plain(text).replace(/^-\s*/, ""));
}

/** Finds the questions in a minute's lines, with their askers and answers. */
export function findQuestions(lines: readonly SourceLine[], log: ReportLog): QuestionParse[] {
  const starts: { index: number; number: number }[] = [];
  lines.forEach((line, index) => {
    const n = questionStart(line.text);
    if (n !== undefined) starts.push({ index, number: n });
  });
  const questions: QuestionParse[] = [];
  starts.forEach((start, k) => {
    const limit = starts[k + 1]?.index ?? lines.length;
    let end = -1;
    let asker: { name: string; council?: string } | undefined;
    for (let i = start.index; i < limit; i++) {
      const line = lines[i] as SourceLine;
      if (isResolved(line.text)) break;
      const found = attribution(line.text);
      if (found) {
        end = i;
        asker = found;
        break;
      }
    }
    const line = (lines[start.index] as SourceLine).no;
    if (end < 0 || !asker) {
      log.unplaced(line, (lines[start.index] as SourceLine).text, `question ${start.number}: no "(Name)" attribution found, so no asker written`);
      // Without an attribution the question is taken to be its first paragraph.
      let to = start.index;
      while (to + 1 < limit && !isBlank(lines[to + 1])) to++;
      end = to;
    }
    let answerEnd = end;
    for (let i = end + 1; i < limit; i++) {
      if (isResolved((lines[i] as SourceLine).text)) break;
      if (!isBlank(lines[i])) answerEnd = i;
    }
    const q: QuestionParse = { number: start.number, line, question: { from: start.index, to: end } };
    if (answerEnd > end) q.answer = { from: end + 1, to: answerEnd };
    else log.unplaced(line, (lines[start.index] as SourceLine).text, `question ${start.number}: no answer found after it`);
    if (asker) {
      q.askerAsPrinted = asker.name;
      q.asker = personSlug(asker.name);
      log.person((lines[end] as SourceLine).no, asker.name, q.asker, `asker of question ${start.number}`);
      if (asker.council !== undefined) {
        q.councilAsPrinted = asker.council;
        q.council = organisationSlug(asker.council);
      }
    }
    questions.push(q);
  });
  return questions;
}

/** The `{…}` attributes of a `::: question` block. */
export function questionAttributes(q: QuestionParse): string {
  const parts: string[] = [];
  if (q.asker) parts.push(`asker=${q.asker}`);
  if (q.council) parts.push(`council=${q.council}`);
  parts.push(`number=${q.number}`);
  return ` {${parts.join(" ")}}`;
}
