/**
 * What `check` and `build` both read before anything else: the archive's site configuration
 * (`_data/site.json`) and its content, with every problem in either, in one sorted list printed as
 * `file:line[:col] message (field)`.
 */
import { loadArchive, type LoadResult } from "../model/load.ts";
import { formatNotice, formatProblem, type Problem, sortProblems } from "../model/problems.ts";
import { archiveFoldersOf } from "../site/config.ts";
import { readSiteSettings } from "../site/site-settings.ts";

export interface ArchiveReading extends LoadResult {
  /** The site configuration's problems and the content's, sorted by file and line. */
  allProblems: Problem[];
}

/** Reads the archive in `root` (the working folder) with its content in `contentDir`. */
export function readArchive(root: string, contentDir: string): ArchiveReading {
  const site = readSiteSettings(archiveFoldersOf(root).siteFile, root);
  const loaded = loadArchive({ projectRoot: root, contentDir });
  return { ...loaded, allProblems: sortProblems([...site.problems, ...loaded.problems]) };
}

/** Prints the notices, then the problems; returns how many problems there were. */
export function reportProblems(reading: ArchiveReading): number {
  for (const notice of reading.notices) console.error(formatNotice(notice));
  for (const problem of reading.allProblems) console.error(formatProblem(problem));
  return reading.allProblems.length;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
