/**
 * The site's configuration, in one place: its absolute address, its path prefix, the folders a
 * build reads and writes, and the budget that bounds a render. The build, the Eleventy plugins,
 * the feeds, the open data and the dev server read these from here, so none works them out again.
 *
 * The address is for everything read outside the site itself (feeds, calendars, open data, the
 * sitemap, printed pages, the meeting pages' JSON-LD); pages link to each other with
 * root-relative addresses and need none of it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The port `npm start` and `npm run dev` serve on unless told another. */
export const LOCAL_PORT = 8080;

/** The address `npm start` serves on: what a local build names when no absolute one is configured. */
export const DEFAULT_SITE_URL = `http://localhost:${LOCAL_PORT}/`;

/**
 * Where the pages sit under the host's root. Pages link with root-relative addresses, so a site in
 * a sub-folder would need every one of them prefixed; the archive is served from its host's root.
 */
export const PATH_PREFIX = "/";

/**
 * The folders, by their default names. `content` and `output` are relative to the folder a command
 * runs in (`--content` and `--out` name others); the rest are the project's, beside this code.
 */
export const FOLDERS = {
  content: "content",
  output: "_site",
  /** Nunjucks page templates, Eleventy's input. */
  pages: "src/pages",
  layouts: "layouts",
  /** Eleventy's global data: `site.json`, the site's name, address and contact. */
  data: "_data",
} as const;

/** The Eleventy configuration file, in the project's folder. */
const ELEVENTY_CONFIG = "eleventy.config.ts";

/**
 * Characters of Markdown per render part (src/build/render-parts.ts). Rendered pages come to about
 * twice their Markdown in HTML (navigation, tables, contents lists) and V8 holds most of it as
 * two-byte strings, so a part of 30 million characters keeps roughly 120 MB of pages alive; bench/
 * at 10,000 papers (197 MB of Markdown) makes seven parts of it.
 */
export const RENDER_PART_CHARS = 30_000_000;

/** The site as feeds and data describe it: its absolute address, its name and who publishes it. */
export interface SiteIdentity {
  /** Absolute base address, with a trailing slash. */
  url: string;
  name: string;
  /** The organisation that publishes the papers (site.json `hostOrganisation`). */
  publisher?: string;
}

/** The project's folders, absolute. */
export interface ProjectFolders {
  root: string;
  pages: string;
  layouts: string;
  data: string;
  /** The Eleventy configuration file. */
  eleventyConfig: string;
}

export interface SiteConfig extends SiteIdentity {
  /** Always "/" for now (PATH_PREFIX). */
  pathPrefix: string;
  folders: ProjectFolders;
}

/**
 * The configuration of the site whose code is in `projectRoot`: `_data/site.json` there, with
 * SITE_URL from `env`. Read when a build starts, so a build sees the environment it was given.
 */
export function siteConfig(projectRoot: string, env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const folders = projectFolders(projectRoot);
  return Object.freeze({ ...siteFromData(folders.data, env), pathPrefix: PATH_PREFIX, folders });
}

/** The folders of the project whose code is in `projectRoot`. */
export function projectFolders(projectRoot: string): ProjectFolders {
  return Object.freeze({
    root: projectRoot,
    pages: join(projectRoot, FOLDERS.pages),
    layouts: join(projectRoot, FOLDERS.layouts),
    data: join(projectRoot, FOLDERS.data),
    eleventyConfig: join(projectRoot, ELEVENTY_CONFIG),
  });
}

/** Reads `<dataDir>/site.json` (if there is one) and applies SITE_URL. */
export function siteFromData(dataDir: string, env: NodeJS.ProcessEnv = process.env): SiteIdentity {
  const file = join(dataDir, "site.json");
  const data = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>) : {};
  const text = (key: string) => (typeof data[key] === "string" ? (data[key] as string) : undefined);
  return { url: resolveSiteUrl(text("url"), env), name: text("name") ?? "Papers archive", publisher: text("hostOrganisation") };
}

/**
 * The site's absolute address, with a trailing slash ("https://papers.example.gov.uk/"): SITE_URL
 * when set, else site.json's `url` when it is absolute, else DEFAULT_SITE_URL, so that a local build
 * still writes valid absolute links. A SITE_URL that is not an absolute web address is refused.
 */
export function resolveSiteUrl(configured: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.SITE_URL?.trim();
  if (fromEnv) {
    const parsed = absoluteHttp(fromEnv);
    if (!parsed) throw new Error(`SITE_URL=${fromEnv} is not an absolute web address: write e.g. SITE_URL=https://papers.example.gov.uk`);
    return withSlash(parsed);
  }
  const parsed = configured ? absoluteHttp(configured) : undefined;
  return parsed ? withSlash(parsed) : DEFAULT_SITE_URL;
}

function absoluteHttp(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}

function withSlash(url: URL): string {
  const href = `${url.origin}${url.pathname}`;
  return href.endsWith("/") ? href : `${href}/`;
}
