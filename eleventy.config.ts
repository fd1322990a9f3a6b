/**
 * Eleventy wiring only: the archive as data, filters, assets. Pages are Nunjucks templates in
 * src/pages that paginate over the archive; layouts and macros are in layouts/.
 */
import { archivePlugin } from "./src/eleventy/archive-plugin.ts";
import { assetsPlugin } from "./src/eleventy/assets-plugin.ts";
import type { EleventyConfig } from "./src/eleventy/config-types.ts";
import { filtersPlugin } from "./src/eleventy/filters.ts";

export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(archivePlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(assetsPlugin as (config: EleventyConfig) => void);
  return {
    // No output folder here: the build command passes its staging folder (the default is _site).
    dir: { input: "src/pages", includes: "../../layouts", data: "../../_data" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    // Content never goes through a template engine: `{{` in a paper is text.
    markdownTemplateEngine: false,
  };
}
