/**
 * Writes every feed and calendar into the built site (each meeting's own calendar beside its
 * page), and the sitemap and robots.txt.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { DateTime } from "luxon";
import type { Archive } from "../model/archive.ts";
import { type FeedSite, papersFeed } from "./atom.ts";
import { feedCatalogue } from "./catalogue.ts";
import { meetingCalendar, meetingCalendarUrl, meetingsCalendar } from "./icalendar.ts";
import { robotsTxt, SITEMAP_PATH, sitemapXml } from "./sitemap.ts";

export interface FeedsInput {
  archive: Archive;
  site: FeedSite;
  clock: DateTime;
  outputDir: string;
  /** Root-relative addresses of every page written. */
  pageUrls: readonly string[];
}

/** Returns the root-relative paths written. */
export async function writeFeeds(input: FeedsInput): Promise<string[]> {
  const { archive, site, clock } = input;
  const files = new Map<string, string>();
  for (const pair of feedCatalogue(archive)) {
    files.set(pair.papers, papersFeed(archive, site, clock, pair.body));
    files.set(pair.meetings, meetingsCalendar(archive, site, clock, pair.body));
  }
  // Every meeting has a date, and a page: each gets its own calendar, linked from that page.
  for (const meeting of archive.meetings) files.set(meetingCalendarUrl(meeting), meetingCalendar(meeting, site, clock));
  files.set(SITEMAP_PATH, await sitemapXml(site.url, input.pageUrls));
  files.set("/robots.txt", robotsTxt(site.url));
  await writeFiles(input.outputDir, files);
  return [...files.keys()];
}

export async function writeFiles(outputDir: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [path, text] of files) {
    const full = join(outputDir, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, text, "utf8");
  }
}
