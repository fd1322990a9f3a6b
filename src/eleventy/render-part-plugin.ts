/**
 * Renders one part of a large archive per Eleventy run (src/build/render-parts.ts): in a part of
 * meetings, every template but the meeting and paper pages is ignored, and those two paginate over
 * the part's meetings and papers only. Without a part (a small archive, the dev server) every
 * template renders everything.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { currentArchive, currentRenderPart } from "./archive-data.ts";
import { viewsOf } from "./archive-plugin.ts";
import type { EleventyConfig } from "./config-types.ts";

/** The templates that render a part's meetings and papers; each paginates over `renderPart`. */
const PART_TEMPLATES = new Set(["meeting.njk", "document.njk"]);
const PAGES = fileURLToPath(new URL("../pages/", import.meta.url));

/** What Eleventy's configuration object offers for leaving templates out (a Set of globs). */
type ConfigWithIgnores = EleventyConfig & { ignores: Set<string> };

export function renderPartPlugin(eleventyConfig: EleventyConfig): void {
  const part = currentRenderPart();
  // Pagination data for the two per-meeting templates: the part's, or the whole archive's.
  eleventyConfig.addGlobalData("renderPart", () => {
    if (part) return { meetings: part.meetings, documents: part.documents };
    const archive = currentArchive();
    return { meetings: archive.meetings, documents: viewsOf(archive).publishedDocuments };
  });
  if (!part || part.sitewide) return;
  // Ignores are globs relative to the working folder, which need not be the project's.
  const ignores = (eleventyConfig as ConfigWithIgnores).ignores;
  for (const template of templatesIn(PAGES)) {
    if (!PART_TEMPLATES.has(relative(PAGES, template))) ignores.add(relative(process.cwd(), template).split("\\").join("/"));
  }
}

function templatesIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return templatesIn(path);
    return entry.name.endsWith(".njk") ? [path] : [];
  });
}
