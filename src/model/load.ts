/**
 * The model layer's one entry point: content folder in, linked archive and every problem out.
 * `npm run check`, the build and the tests all call this, so they agree on what is valid.
 */
import { resolve } from "node:path";
import { DateTime } from "luxon";
import type { Archive } from "./archive.ts";
import { SITE_FILE, type SiteConventions, siteConventionsOf, UNREAD_SITE_CONVENTIONS } from "./conventions.ts";
import { parseInstant, refusalOf } from "./dates.ts";
import { linkArchive } from "./link.ts";
import { type Problem, sortProblems } from "./problems.ts";
import { maxFileBytes } from "./file-size-cap.ts";
import { noParseCache, openParseCache } from "./parse-cache.ts";
import { readContent } from "./read-content.ts";
import { readSiteFile } from "./site-file.ts";

export interface LoadOptions {
  /** The folder holding the content (default: `content` in the project root). */
  contentDir?: string;
  /** Paths in messages are relative to this (default: the current folder). */
  projectRoot?: string;
  /** The build's clock, for embargoes: the current time unless PAPERS_NOW is set. */
  now?: DateTime;
  /** The largest file published with the papers, in bytes (default: `maxFileSizeMB` in the project's `_data/site.json`, else 50 MB). */
  maxFileBytes?: number;
  /**
   * The roles, kinds of organisation and decision code pattern the site declares (default: read
   * from `_data/site.json` in the project root, leniently: its own problems are the site check's;
   * none is checked while the file cannot be read at all).
   */
  site?: SiteConventions;
  /**
   * A folder to keep what reading each content file gave, for the next run to read instead
   * (parse-cache.ts): `check`, `build` and `dev` give the archive's `.cache/panel-papers`. None by
   * default: every file read afresh.
   */
  cacheDir?: string;
}

export interface LoadResult {
  archive: Archive;
  problems: Problem[];
  /** Worth telling the officer, but no reason to refuse the content (a link shown as plain text because its target is withheld). */
  notices: Problem[];
  /** How many files' and texts' readings came from the cache (`cacheDir`), and how many were read afresh. */
  cache: { hits: number; misses: number };
}

export function loadArchive(options: LoadOptions = {}): LoadResult {
  const projectRoot = resolve(options.projectRoot ?? process.cwd());
  const contentDir = resolve(projectRoot, options.contentDir ?? "content");
  const now = options.now ?? buildClock();
  // Read once, for both settings the loader takes from it. A file that is there but cannot be read
  // may declare roles, kinds and a larger cap the content relies on: the content is checked against
  // none of them (site-file.ts), so the file's one problem is not reported again at each of its uses.
  const siteFile = readSiteFile(projectRoot);
  const keys = siteFile.state === "read" ? siteFile.keys : {};
  const unread = siteFile.state === "unreadable";
  const site = options.site ?? (unread ? UNREAD_SITE_CONVENTIONS : siteConventionsOf(keys, SITE_FILE));
  const capUnknown = options.maxFileBytes === undefined && unread;
  const cache = options.cacheDir === undefined ? noParseCache() : openParseCache(options.cacheDir);
  const read = readContent(contentDir, projectRoot, { maxFileBytes: options.maxFileBytes ?? maxFileBytes(keys), capUnknown }, cache);
  const linked = linkArchive(read.files, { now, failedIds: read.failedIds, namedByFailedMeetings: read.namedByFailedMeetings, attachments: read.attachments, filesNamedByFailedFiles: read.filesNamedByFailedFiles, site, cache });
  cache.save();
  return { archive: linked.archive, problems: sortProblems([...read.problems, ...linked.problems]), notices: sortProblems(linked.notices), cache: { ...cache.stats } };
}

/**
 * The current time, or PAPERS_NOW for tests and previews of embargoed papers. PAPERS_NOW is read
 * as content's publish_from is (parseInstant), zone required: read in the machine's zone, one
 * clock setting would publish different papers on different machines.
 */
export function buildClock(env: NodeJS.ProcessEnv = process.env): DateTime {
  const fixed = env.PAPERS_NOW;
  if (!fixed) return DateTime.now();
  const parsed = parseInstant(fixed);
  if (parsed.ok) return parsed.value;
  const problem = refusalOf("date-time", fixed)?.problem ?? "cannot be read";
  throw new Error(`PAPERS_NOW=${fixed} is not a date and time the build can use, as it ${problem}: write e.g. PAPERS_NOW=2024-10-02T09:00:00+01:00 (YYYY-MM-DDTHH:MM:SS and the zone: +01:00 in British Summer Time, Z in winter or for UTC)`);
}
