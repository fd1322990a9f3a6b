/**
 * The archive's site configuration (`_data/site.json`) as the loader reads it: once, leniently.
 * The loader needs two of its keys before any site check has run (the cap on a file's size, and the
 * site's roles, kinds of organisation and decision code form); a file that is missing, unreadable or
 * not a JSON object reads as no settings, and its own problems are the site check's to report
 * (src/site/site-settings.ts), with their lines.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SITE_FILE } from "./conventions.ts";

/** The keys of `<archiveRoot>/_data/site.json`, unchecked; none when it cannot be read as an object. */
export function readSiteFileLeniently(archiveRoot: string): Record<string, unknown> {
  try {
    const data: unknown = JSON.parse(readFileSync(join(archiveRoot, SITE_FILE), "utf8").replace(/^\ufeff/, ""));
    return typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
