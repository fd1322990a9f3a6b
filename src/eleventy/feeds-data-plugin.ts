/**
 * Feeds, calendars, open data and the sitemap, for machines; the Subscribe and Open data pages
 * and the meeting pages' JSON-LD read the same catalogues (publishing.ts). Every absolute address
 * is under the site's address from its configuration (src/site/config.ts).
 *
 * The files are written after Eleventy has written the pages (so the sitemap can list exactly the
 * pages written) and before the build indexes and swaps the site into place. In-memory builds
 * (tests' toJSON) write nothing.
 */
import { jsonLdScriptText, meetingJsonLd } from "../data-export/meeting-json-ld.ts";
import { writeOpenData } from "../data-export/write-open-data.ts";
import { isSitemapPage } from "../feeds/sitemap.ts";
import { writeFeeds } from "../feeds/write-feeds.ts";
import type { Body, Meeting } from "../model/types.ts";
import type { EleventyConfig } from "./config-types.ts";
import type { RenderRun } from "./site-data.ts";

/** What this plugin reads of Eleventy's `eleventy.after` event. */
interface AfterBuildEvent {
  directories: { output: string };
  outputMode?: string;
  results?: { url?: string | false; outputPath?: string | false }[];
}

export function feedsAndDataPlugin(eleventyConfig: EleventyConfig, { data, part }: RenderRun): void {
  const { archive, site, publishing } = data;
  eleventyConfig.addGlobalData("publishing", () => publishing);
  // A body's own feed and calendar, as the feed list has them; undefined for a body with none (no meeting).
  eleventyConfig.addFilter("bodyFeeds", (body: Body | undefined) => (body ? publishing.feeds.find((pair) => pair.body?.id === body.id) : undefined));
  eleventyConfig.addFilter("meetingJsonLd", (meeting: Meeting, today: string) => jsonLdScriptText(meetingJsonLd(meeting, site.url, today)));

  // A large archive renders in parts (src/build/render-parts.ts): the sitewide part, the last,
  // writes these, with the addresses of the pages the earlier parts wrote.
  if (!part.sitewide) return;
  eleventyConfig.on("eleventy.after", async (event: AfterBuildEvent) => {
    if (event.outputMode !== undefined && event.outputMode !== "fs") return;
    // An old address of a moved meeting is no page of its own: search engines are sent on from it, not to it.
    const moved = new Set(data.views.movedPages.map((page) => page.url));
    const pageUrls = [...(part.earlierPageUrls ?? []), ...(event.results ?? []).map((r) => r.url)].filter(isSitemapPage).filter((url) => !moved.has(url));
    const outputDir = event.directories.output;
    // The archive's own clock (PAPERS_NOW, or the time it was loaded): one clock for the whole build.
    await writeFeeds({ archive, site, clock: archive.clock, outputDir, pageUrls });
    await writeOpenData(archive, site.url, outputDir, site.licence);
  });
}
