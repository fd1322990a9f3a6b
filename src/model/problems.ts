/**
 * A problem found in the content: what `npm run check` prints and the build refuses to publish.
 *
 * Every problem names the file and, where it can, the line, column and front-matter field, and says
 * what to write instead: officers fix content from these messages alone.
 */
import { showInvisible } from "./characters.ts";
export interface Problem {
  /** Path relative to the project root, forward slashes. */
  file: string;
  line?: number;
  column?: number;
  /** Dotted path of the front-matter field, e.g. `agenda.sections.0.items.3.code`. */
  field?: string;
  message: string;
}

/**
 * `content/x.md:12:3 message (field)`: the form editors and CI logs turn into links. File names,
 * field names and values quoted from content come from the officer's files, so any control or
 * invisible character in them is printed as `<U+001B>`: content can never drive the terminal.
 */
export function formatProblem(problem: Problem): string {
  let where = problem.file;
  if (problem.line !== undefined) {
    where += `:${problem.line}`;
    if (problem.column !== undefined) where += `:${problem.column}`;
  }
  const field = problem.field ? ` (${problem.field})` : "";
  return showInvisible(`${where} ${problem.message}${field}`);
}

/** Problems in file, then line order, so output is stable and easy to work through. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.message.localeCompare(b.message),
  );
}

/** Thrown by the build when the content has problems: carries them all, not just the first. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`${problems.length} problem(s) in the content`);
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** A notice prints like a problem, marked as one the content may keep: `content/x.md:12 note: …`. */
export function formatNotice(notice: Problem): string {
  return formatProblem({ ...notice, message: `note: ${notice.message}` });
}
