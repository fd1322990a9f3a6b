/**
 * What `check` and `build` both read before anything else: the archive's site configuration
 * (`_data/site.json`) and its content, with every problem in either, in one sorted list printed as
 * `file:line[:col] message (field)`; and the environment's settings of the site (SITE_URL), whose
 * problems name the variable instead of a file.
 */
import { loadArchive, type LoadResult } from "../model/load.ts";
import { formatNotice, formatProblem, type Problem, sortProblems } from "../model/problems.ts";
import { showInvisible } from "../model/characters.ts";
import { join } from "node:path";
import { ARCHIVE_FOLDERS, archiveFoldersOf, siteUrlProblem } from "../site/config.ts";
import { readSiteSettings } from "../site/site-settings.ts";

export interface ArchiveReading extends LoadResult {
  /** The site configuration's problems and the content's, sorted by file and line. */
  allProblems: Problem[];
  /** What is wrong with the environment's settings (a SITE_URL a build cannot use), each naming its variable. */
  environmentProblems: string[];
}

/** Reads the archive in `root` (the working folder) with its content in `contentDir`, and the site's settings in `env`. */
export function readArchive(root: string, contentDir: string, env: NodeJS.ProcessEnv = process.env): ArchiveReading {
  const site = readSiteSettings(archiveFoldersOf(root).siteFile, root);
  const loaded = loadArchive({ projectRoot: root, contentDir, cacheDir: join(root, ARCHIVE_FOLDERS.cache) });
  const siteUrl = siteUrlProblem(env);
  return { ...loaded, allProblems: sortProblems([...site.problems, ...loaded.problems]), environmentProblems: siteUrl === undefined ? [] : [siteUrl] };
}

/** Prints the notices, then the problems (the environment's first); returns how many problems there were. */
export function reportProblems(reading: ArchiveReading): number {
  for (const notice of reading.notices) console.error(formatNotice(notice));
  // The value is the environment's, as a file's text is the officer's: never let it drive the terminal.
  for (const problem of reading.environmentProblems) console.error(showInvisible(problem));
  for (const problem of reading.allProblems) console.error(formatProblem(problem));
  return reading.environmentProblems.length + reading.allProblems.length;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
