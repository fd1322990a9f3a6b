/**
 * Eleventy wiring only: the archive as data, filters, assets. Pages are Nunjucks templates in
 * src/pages that paginate over the archive; layouts and macros are in layouts/.
 */
import { archivePlugin } from "./src/eleventy/archive-plugin.ts";
import { assetsPlugin } from "./src/eleventy/assets-plugin.ts";
import type { EleventyConfig } from "./src/eleventy/config-types.ts";
import { feedsAndDataPlugin } from "./src/eleventy/feeds-data-plugin.ts";
import { filtersPlugin } from "./src/eleventy/filters.ts";
import { renderPartPlugin } from "./src/eleventy/render-part-plugin.ts";
import { templateCachePlugin } from "./src/eleventy/template-cache.ts";

export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(templateCachePlugin);
  eleventyConfig.addPlugin(archivePlugin);
  eleventyConfig.addPlugin(renderPartPlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(assetsPlugin as (config: EleventyConfig) => void);
  eleventyConfig.addPlugin(feedsAndDataPlugin);
  return {
    // Input and output are not set here: the build passes them (src/pages under the project root,
    // and its staging folder), so the build works from any working folder. Includes and data are
    // relative to the input.
    dir: { includes: "../../layouts", data: "../../_data" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    // Content never goes through a template engine: `{{` in a paper is text.
    markdownTemplateEngine: false,
  };
}
