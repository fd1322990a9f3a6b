/**
 * Eleventy wiring that holds for any archive: compiled templates kept per run, govuk-frontend's
 * macros, the filters that need no archive, and the folders. Pages are Nunjucks templates in
 * src/pages that paginate over the archive; layouts and macros are in layouts/.
 *
 * The archive itself comes from the build (src/build/build-site.ts), which adds the archive plugin
 * with the archive it loaded and checked, the site's configuration (`_data/site.json`, validated,
 * given to templates as `site`) and the part of the site this run renders, before Eleventy reads
 * this file. Run on its own (`npx @11ty/eleventy`), Eleventy finds no archive plugin: this file
 * then loads the archive in the working folder once and renders it whole.
 *
 * This file and the templates are the package's; the archive is the working folder's. Installed as
 * a dependency, the templates are under node_modules/, which Eleventy ignores by default.
 */
import { relative } from "node:path";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { wholeArchive } from "./src/build/render-parts.ts";
import { archivePlugin } from "./src/eleventy/archive-plugin.ts";
import type { EleventyConfig } from "./src/eleventy/config-types.ts";
import { filtersPlugin } from "./src/eleventy/filters.ts";
import { govukTemplatesPlugin } from "./src/eleventy/govuk-templates.ts";
import { loadSiteData } from "./src/eleventy/site-data.ts";
import { templateCachePlugin } from "./src/eleventy/template-cache.ts";
import { packageFolders, siteConfig } from "./src/site/config.ts";

/** The parts of Eleventy's configuration that decide which files are templates. */
type ConfigWithIgnores = EleventyConfig & { ignores: Set<string>; setUseGitIgnore(use: boolean): void };

export default function (eleventyConfig: EleventyConfig) {
  // The input folder is the package's pages. Installed under node_modules/, every template matches
  // Eleventy's default ignore "**/node_modules/**" (and the archive's .gitignore, which lists
  // node_modules/): the build wrote 0 files. The input holds only templates, so nothing in it
  // needs ignoring, and the archive's .gitignore is about its own repository, not these files.
  const files = eleventyConfig as ConfigWithIgnores;
  files.ignores.delete("**/node_modules/**");
  files.setUseGitIgnore(false);
  eleventyConfig.addPlugin(templateCachePlugin);
  // govuk-frontend's Nunjucks macros (govukSummaryList, govukBreadcrumbs…) on the template path.
  eleventyConfig.addPlugin(govukTemplatesPlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  // Templates write root-relative addresses ("/meetings/…"); a site published under a path prefix
  // (src/site/config.ts: https://owner.github.io/repo/ is at /repo/) needs every one of them under
  // it. Eleventy's own plugin rewrites them in the HTML written, where the build's `pathPrefix`
  // is not "/"; at the root it does nothing, and the pages are as written.
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // Run on its own, the site's path prefix is this file's to give; the build passes its own.
  let pathPrefix: string | undefined;
  // By name: the build's plugin may come from another module loader's copy of the same file.
  if (!eleventyConfig.hasPlugin(archivePlugin.name)) {
    const data = loadSiteData(siteConfig(process.cwd()));
    pathPrefix = data.site.pathPrefix;
    eleventyConfig.addPlugin(archivePlugin, { data, part: wholeArchive(data.archive.meetings, data.views.publishedDocuments) });
  }
  const folders = packageFolders();
  return {
    // Input and output are not set here: the build passes them (the pages folder and its staging
    // folder), so the build works from any working folder. Includes are relative to the input. No
    // data folder: `site` is the validated site configuration the archive plugin gives.
    dir: { includes: relative(folders.pages, folders.layouts) },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    // Content never goes through a template engine: `{{` in a paper is text.
    markdownTemplateEngine: false,
    ...(pathPrefix ? { pathPrefix } : {}),
  };
}
