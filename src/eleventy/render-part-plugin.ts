/**
 * Renders one part of the site per Eleventy run (src/build/render-parts.ts): in a part of
 * meetings, every template but the meeting and paper pages is ignored, and those two paginate over
 * the part's meetings and papers only. The sitewide part renders every other template; an archive
 * within one part's budget is one sitewide part holding every meeting and paper.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { EleventyConfig } from "./config-types.ts";
import type { RenderRun } from "./site-data.ts";

/** The templates that render a part's meetings and papers; each paginates over `renderPart`. */
const PART_TEMPLATES = new Set(["meeting.njk", "document.njk"]);

/** What Eleventy's configuration object offers for leaving templates out (a Set of globs). */
type ConfigWithIgnores = EleventyConfig & { ignores: Set<string> };

export function renderPartPlugin(eleventyConfig: EleventyConfig, { data, part }: RenderRun): void {
  // Pagination data for the two per-meeting templates.
  eleventyConfig.addGlobalData("renderPart", () => ({ meetings: part.meetings, documents: part.documents }));
  if (part.sitewide) return;
  // Ignores are globs relative to the working folder, which need not be the project's.
  const pages = data.site.folders.pages;
  const ignores = (eleventyConfig as ConfigWithIgnores).ignores;
  for (const template of templatesIn(pages)) {
    if (!PART_TEMPLATES.has(relative(pages, template))) ignores.add(relative(process.cwd(), template).split("\\").join("/"));
  }
}

function templatesIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return templatesIn(path);
    return entry.name.endsWith(".njk") ? [path] : [];
  });
}
