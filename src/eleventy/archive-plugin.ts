import { ZONE } from "../model/dates.ts";
import { currentArchive } from "./archive-data.ts";
import type { EleventyConfig } from "./config-types.ts";
import type { Archive } from "../model/archive.ts";
import { buildViews, type Views } from "../views/index.ts";
import { headersFile } from "../render/security-policy.ts";

/**
 * Exposes the archive, the views derived from it and the build date to every template. The date
 * is the build clock (PAPERS_NOW when set), so two builds at one clock are byte-identical.
 */
export function archivePlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addGlobalData("archive", () => currentArchive());
  eleventyConfig.addGlobalData("views", () => viewsOf(currentArchive()));
  eleventyConfig.addGlobalData("buildDate", () => currentArchive().clock.setZone(ZONE).toFormat("cccc d LLLL yyyy"));
  eleventyConfig.addGlobalData("securityHeaders", () => headersFile());
}

// A large archive renders in several Eleventy runs (src/build/render-parts.ts): derive its views once.
const views = new WeakMap<Archive, Views>();
export function viewsOf(archive: Archive): Views {
  let derived = views.get(archive);
  if (!derived) {
    derived = buildViews(archive);
    views.set(archive, derived);
  }
  return derived;
}
