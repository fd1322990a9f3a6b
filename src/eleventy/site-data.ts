/**
 * What every Eleventy run of a build renders from: the archive, the site's configuration, and what
 * is derived from them once (the views, the feeds and datasets the pages list). The build derives
 * it before its first run and hands it, with the part that run renders, to the archive plugin as
 * its options (src/build/build-site.ts); nothing is kept between runs but what the caller holds.
 *
 * Passed as an option object, the archive is the caller's own object, whichever module loader
 * imported the plugins (Eleventy imports the config file through Node's, a vitest suite the build
 * through its own), so no global slot is needed to share it.
 */
import type { RenderPart } from "../build/render-parts.ts";
import type { Archive } from "../model/archive.ts";
import { loadArchive } from "../model/load.ts";
import { ContentError, formatProblem } from "../model/problems.ts";
import type { SiteConfig } from "../site/config.ts";
import { buildViews, type Views } from "../views/index.ts";
import { describePublishing, type Publishing } from "./publishing.ts";

export interface SiteData {
  readonly archive: Archive;
  readonly site: SiteConfig;
  readonly views: Views;
  readonly publishing: Publishing;
}

/** One Eleventy run: the build's data and the part of the site this run renders (render-parts.ts). */
export interface RenderRun {
  readonly data: SiteData;
  readonly part: RenderPart;
}

/**
 * Derives once what several pages and several runs share. A large archive renders in several runs
 * and the dev server renders a preview per edit: each gets this same object, not a fresh derivation.
 */
export function deriveSiteData(archive: Archive, site: SiteConfig): SiteData {
  return Object.freeze({ archive, site, views: buildViews(archive, site.settings), publishing: describePublishing(archive, site.url, site.licence) });
}

/**
 * The content folder's archive (under the working folder), for Eleventy run on its own rather than
 * by the build. A content problem stops it with the same messages `npm run check` prints.
 */
export function loadSiteData(site: SiteConfig): SiteData {
  const { archive, problems } = loadArchive();
  if (problems.length > 0) {
    const error = new ContentError(problems);
    error.message = `${problems.length} problem(s) in the content:\n${problems.map(formatProblem).join("\n")}`;
    throw error;
  }
  return deriveSiteData(archive, site);
}
