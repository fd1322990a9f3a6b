/**
 * Feeds, calendars, open data and the sitemap, for machines; the Subscribe and Open data pages
 * and the meeting pages' JSON-LD read the same catalogues.
 *
 * The files are written after Eleventy has written the pages (so the sitemap can list exactly the
 * pages written) and before the build indexes and swaps the site into place. In-memory builds
 * (tests' toJSON) write nothing.
 */
import { resolve } from "node:path";
import { DATASETS, dataPath, LICENCE, schemaPath } from "../data-export/datasets.ts";
import { jsonLdScriptText, meetingJsonLd } from "../data-export/meeting-json-ld.ts";
import { exporter } from "../data-export/records.ts";
import { COMMON_SCHEMA, writeOpenData } from "../data-export/write-open-data.ts";
import { type FeedPair, feedCatalogue, feedsOfBody } from "../feeds/catalogue.ts";
import { absoluteUrl, siteFromData } from "../feeds/site-url.ts";
import { isSitemapPage } from "../feeds/sitemap.ts";
import { writeFeeds } from "../feeds/write-feeds.ts";
import type { Body, Meeting } from "../model/types.ts";
import type { Archive } from "../model/archive.ts";
import { currentArchive, currentRenderPart } from "./archive-data.ts";
import type { EleventyConfig } from "./config-types.ts";

/** What this plugin reads of Eleventy's `eleventy.after` event. */
interface AfterBuildEvent {
  directories: { output: string; data: string };
  outputMode?: string;
  results?: { url?: string | false; outputPath?: string | false }[];
}

/** Eleventy sets `directories` on the config object before templates render. */
type ConfigWithDirectories = EleventyConfig & { directories?: { data?: string } };

export function feedsAndDataPlugin(eleventyConfig: EleventyConfig): void {
  const config = eleventyConfig as ConfigWithDirectories;
  const dataDir = () => resolve(config.directories?.data ?? "_data");
  const siteUrl = () => siteFromData(dataDir()).url;

  eleventyConfig.addGlobalData("publishing", () => publishingOf(currentArchive(), siteUrl()));
  eleventyConfig.addFilter("bodyFeeds", (body: Body) => absoluteFeeds(feedsOfBody(body), siteUrl()));
  eleventyConfig.addFilter("meetingJsonLd", (meeting: Meeting) => jsonLdScriptText(meetingJsonLd(meeting, siteUrl())));

  eleventyConfig.on("eleventy.after", async (event: AfterBuildEvent) => {
    if (event.outputMode !== undefined && event.outputMode !== "fs") return;
    // A large archive renders in parts (src/build/render-parts.ts): the sitewide part, the last,
    // writes these, with the addresses of the pages the earlier parts wrote.
    const part = currentRenderPart();
    if (part?.sitewide === false) return;
    const archive = currentArchive();
    const site = siteFromData(resolve(event.directories.data));
    const pageUrls = [...(part?.earlierPageUrls ?? []), ...(event.results ?? []).map((r) => r.url)].filter(isSitemapPage);
    const outputDir = event.directories.output;
    // The archive's own clock (PAPERS_NOW, or the time it was loaded): one clock for the whole build.
    await writeFeeds({ archive, site, clock: archive.clock, outputDir, pageUrls });
    await writeOpenData(archive, site.url, outputDir);
  });
}

// Counting every dataset's records is work: once per archive, however many runs render it.
const published = new WeakMap<Archive, Map<string, Publishing>>();
type Publishing = ReturnType<typeof describePublishing>;

function publishingOf(archive: Archive, base: string): Publishing {
  let byBase = published.get(archive);
  if (!byBase) {
    byBase = new Map();
    published.set(archive, byBase);
  }
  let described = byBase.get(base);
  if (!described) {
    described = describePublishing(archive, base);
    byBase.set(base, described);
  }
  return described;
}

/** What the Subscribe and Open data pages, and every page's head, list: feeds and datasets. */
function describePublishing(archive: Archive, base: string) {
  const x = exporter({ archive, siteUrl: base });
  const feeds = feedCatalogue(archive).map((pair) => absoluteFeeds(pair, base));
  const datasets = DATASETS.map((d) => ({
    name: d.name,
    title: d.title,
    description: d.description,
    json: dataPath(d.name, "json"),
    csv: d.csv ? dataPath(d.name, "csv") : undefined,
    schema: schemaPath(d.name),
    count: d.records(archive, x).length,
  }));
  return { siteUrl: base, feeds, datasets, licence: LICENCE, commonSchema: schemaPath(COMMON_SCHEMA) };
}

/** A feed pair with absolute addresses beside the site-relative ones, for pages to show. */
function absoluteFeeds(pair: FeedPair, base: string) {
  return { ...pair, papersUrl: absoluteUrl(base, pair.papers), meetingsUrl: absoluteUrl(base, pair.meetings) };
}
