/**
 * Puts govuk-frontend's Nunjucks macros on the template search path, so templates import them as
 * govuk-frontend documents: `{% from "govuk/components/summary-list/macro.njk" import
 * govukSummaryList %}`. The folder is resolved from the installed package, wherever npm put it.
 *
 * Eleventy builds its Nunjucks environment itself (includes folder, then the working folder) and
 * hands it to the `eleventy.engine.njk` event; a loader for govuk-frontend's `dist` folder is
 * added after Eleventy's, so the project's own templates are always found first. Replacing the
 * whole environment (`setLibrary`) would mean copying Eleventy's folders and options.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { EleventyConfig } from "./config-types.ts";

/** govuk-frontend's `dist` folder: the root its macros' own imports are relative to. */
export const GOVUK_TEMPLATES = join(dirname(createRequire(import.meta.url).resolve("govuk-frontend/package.json")), "dist");

/** What this plugin uses of the Nunjucks library and environment Eleventy passes (nunjucks ships no types). */
interface NunjucksLoader {
  cache?: Record<string, unknown>;
}
interface EngineEvent {
  nunjucks: { FileSystemLoader: new (searchPaths: string[]) => NunjucksLoader };
  environment: { loaders: NunjucksLoader[] };
}

export function govukTemplatesPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.engine.njk", ({ nunjucks, environment }: EngineEvent) => {
    const loader = new nunjucks.FileSystemLoader([GOVUK_TEMPLATES]);
    // The environment gives each loader its template cache when it is made; this one comes later.
    loader.cache = {};
    environment.loaders.push(loader);
  });
}
