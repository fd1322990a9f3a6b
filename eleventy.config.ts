/**
 * Eleventy wiring that holds for any archive: compiled templates kept per run, govuk-frontend's
 * macros, the filters that need no archive, and the folders. Pages are Nunjucks templates in
 * src/pages that paginate over the archive; layouts and macros are in layouts/.
 *
 * The archive itself comes from the build (src/build/build-site.ts), which adds the archive plugin
 * with the archive it loaded and checked, the site's configuration and the part of the site this
 * run renders, before Eleventy reads this file. Run on its own (`npx @11ty/eleventy`), Eleventy
 * finds no archive plugin: this file then loads the content folder's archive once and renders it
 * whole.
 */
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { wholeArchive } from "./src/build/render-parts.ts";
import { archivePlugin } from "./src/eleventy/archive-plugin.ts";
import type { EleventyConfig } from "./src/eleventy/config-types.ts";
import { filtersPlugin } from "./src/eleventy/filters.ts";
import { govukTemplatesPlugin } from "./src/eleventy/govuk-templates.ts";
import { loadSiteData } from "./src/eleventy/site-data.ts";
import { templateCachePlugin } from "./src/eleventy/template-cache.ts";
import { projectFolders, siteConfig } from "./src/site/config.ts";

const PROJECT_ROOT = fileURLToPath(new URL(".", import.meta.url));

export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(templateCachePlugin);
  // govuk-frontend's Nunjucks macros (govukSummaryList, govukBreadcrumbs…) on the template path.
  eleventyConfig.addPlugin(govukTemplatesPlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  // By name: the build's plugin may come from another module loader's copy of the same file.
  if (!eleventyConfig.hasPlugin(archivePlugin.name)) {
    const data = loadSiteData(siteConfig(PROJECT_ROOT));
    eleventyConfig.addPlugin(archivePlugin, { data, part: wholeArchive(data.archive.meetings, data.views.publishedDocuments) });
  }
  const folders = projectFolders(PROJECT_ROOT);
  return {
    // Input and output are not set here: the build passes them (the pages folder and its staging
    // folder), so the build works from any working folder. Includes and data are relative to the
    // input.
    dir: { includes: relative(folders.pages, folders.layouts), data: relative(folders.pages, folders.data) },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    // Content never goes through a template engine: `{{` in a paper is text.
    markdownTemplateEngine: false,
  };
}
