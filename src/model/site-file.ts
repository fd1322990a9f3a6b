/**
 * The archive's site configuration (`_data/site.json`) as the loader reads it: once, leniently.
 * The loader needs two of its keys before any site check has run (the cap on a file's size, and the
 * site's roles, kinds of organisation and decision code form); the file's own problems are the site
 * check's to report (src/site/site-settings.ts), with their lines. A file that is there but cannot
 * be read as a set of keys (empty, not JSON, a list) is told apart from a missing one: what it
 * declares is unknown, and the loader checks the content against none of it (load.ts), so that the
 * file's one problem is not reported again at every role it declares.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SITE_FILE } from "./conventions.ts";

/** `_data/site.json` as the loader found it. */
export type SiteFileReading =
  /** Read as a set of keys, unchecked. */
  | { state: "read"; keys: Record<string, unknown> }
  /** Not there: nothing is declared, as in the file `init` would write, so the built-in roles and kinds are the archive's. */
  | { state: "missing" }
  /** There, but not a set of keys the loader can read: what it declares is unknown. */
  | { state: "unreadable" };

/** `<archiveRoot>/_data/site.json`, read without checking it. */
export function readSiteFile(archiveRoot: string): SiteFileReading {
  let text: string;
  try {
    text = readFileSync(join(archiveRoot, SITE_FILE), "utf8");
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? { state: "missing" } : { state: "unreadable" };
  }
  try {
    const data: unknown = JSON.parse(text.replace(/^\ufeff/, ""));
    return typeof data === "object" && data !== null && !Array.isArray(data) ? { state: "read", keys: data as Record<string, unknown> } : { state: "unreadable" };
  } catch {
    return { state: "unreadable" };
  }
}

/** The keys of `<archiveRoot>/_data/site.json`, unchecked; none when it is missing or cannot be read as an object. */
export function readSiteFileLeniently(archiveRoot: string): Record<string, unknown> {
  const reading = readSiteFile(archiveRoot);
  return reading.state === "read" ? reading.keys : {};
}
