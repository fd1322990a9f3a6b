/**
 * What the Subscribe and Open data pages, every page's head and printed footer, and the body pages
 * list of the site's feeds and datasets, with their absolute addresses.
 */
import { DATASETS, dataPath, LICENCE, schemaPath } from "../data-export/datasets.ts";
import { exporter } from "../data-export/records.ts";
import { COMMON_SCHEMA } from "../data-export/write-open-data.ts";
import { type FeedPair, feedCatalogue } from "../feeds/catalogue.ts";
import { absoluteUrl } from "../feeds/site-url.ts";
import type { Archive } from "../model/archive.ts";
import type { Licence } from "../site/config.ts";

export type Publishing = ReturnType<typeof describePublishing>;

/** The feeds and datasets of `archive` under the site's absolute address `base`; counts every dataset's records. */
export function describePublishing(archive: Archive, base: string, licence: Licence = LICENCE) {
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
  return { siteUrl: base, feeds, datasets, licence, commonSchema: schemaPath(COMMON_SCHEMA) };
}

/** A feed pair with absolute addresses beside the site-relative ones, for pages to show. */
export function absoluteFeeds(pair: FeedPair, base: string) {
  return { ...pair, papersUrl: absoluteUrl(base, pair.papers), meetingsUrl: absoluteUrl(base, pair.meetings) };
}
