/**
 * The archive in Eleventy: everything a run renders that depends on the archive it is given. The
 * build registers it with the archive, the site's configuration, what is derived from them and the
 * part of the site the run renders (src/build/build-site.ts); eleventy.config.ts registers it with
 * an archive of its own only when Eleventy runs without the build.
 */
import { ZONE } from "../model/dates.ts";
import { headersFile } from "../render/security-policy.ts";
import { assetsPlugin } from "./assets-plugin.ts";
import type { EleventyConfig } from "./config-types.ts";
import { feedsAndDataPlugin } from "./feeds-data-plugin.ts";
import { archiveFiltersPlugin } from "./filters.ts";
import { renderPartPlugin } from "./render-part-plugin.ts";
import type { RenderRun } from "./site-data.ts";

/**
 * Exposes the site's configuration, the archive, the views derived from it, the site's fixed pages
 * (`places`: titles and addresses) and the build date to every template. The date is the build
 * clock (PAPERS_NOW when set), so two builds at one clock are byte-identical. Then adds what else
 * reads the archive or the part: the pages a part paginates over, the filters that render papers'
 * text, the assets, and the feeds and open data.
 */
export function archivePlugin(eleventyConfig: EleventyConfig, run: RenderRun): void {
  const { archive, views, site } = run.data;
  // The archive's _data/site.json, validated, with its defaults (src/site/site-settings.ts).
  eleventyConfig.addGlobalData("site", () => site.settings);
  eleventyConfig.addGlobalData("archive", () => archive);
  eleventyConfig.addGlobalData("views", () => views);
  eleventyConfig.addGlobalData("places", () => views.places);
  eleventyConfig.addGlobalData("buildDate", () => archive.clock.setZone(ZONE).toFormat("cccc d LLLL yyyy"));
  eleventyConfig.addGlobalData("securityHeaders", () => headersFile(site.pathPrefix));
  eleventyConfig.addPlugin(renderPartPlugin, run);
  eleventyConfig.addPlugin(archiveFiltersPlugin, run.data);
  eleventyConfig.addPlugin(assetsPlugin, { site, sitewide: run.part.sitewide });
  eleventyConfig.addPlugin(feedsAndDataPlugin, run);
}
