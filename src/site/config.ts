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
  /**
   * Whether the site's absolute address was given (SITE_URL, or an absolute `url` in site.json);
   * when not, `url` is DEFAULT_SITE_URL, the local server's, which no published site may name.
   */
  addressGiven: boolean;
}

/**
 * The configuration of the site whose code is in `projectRoot`: `_data/site.json` there, with
 * SITE_URL from `env`. Read when a build starts, so a build sees the environment it was given.
 */
export function siteConfig(projectRoot: string, env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const folders = projectFolders(projectRoot);
  const addressGiven = givesAddress(readSiteData(folders.data).url, env);
  return Object.freeze({ ...siteFromData(folders.data, env), pathPrefix: PATH_PREFIX, folders, addressGiven });
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
  const data = readSiteData(dataDir);
  return { url: resolveSiteUrl(data.url, env), name: data.name ?? "Papers archive", publisher: data.hostOrganisation };
}

/** The text fields of `<dataDir>/site.json`, if there is one. */
function readSiteData(dataDir: string): Record<string, string | undefined> {
  const file = join(dataDir, "site.json");
  const data = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>) : {};
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, typeof value === "string" ? value : undefined]));
}

/** Whether SITE_URL, or else site.json's `url` (`configured`), gives an absolute address. */
export function givesAddress(configured: string | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.SITE_URL?.trim()) || (configured !== undefined && absoluteHttp(configured) !== undefined);
}

/**
 * Whether the build runs in continuous integration, where what it builds may be published: CI
 * services set CI (GitHub Actions and GitLab set CI=true); "false" or "0" say it is not.
 */
export function inContinuousIntegration(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return Boolean(ci) && ci !== "false" && ci !== "0";
}

/** What a build with no absolute address says, naming what to set. */
export function missingAddressMessage(): string {
  return (
    `no site address is set, so the feeds, calendars, open data, sitemap and printed pages name ${DEFAULT_SITE_URL}, this machine's local server: ` +
    `set SITE_URL to the address the site is published at (e.g. SITE_URL=https://papers.example.gov.uk npm run build), or an absolute "url" in _data/site.json`
  );
}

/**
 * The rule for a build's address: with none given, a build is warned (the warning is returned, for
 * the build to print); in continuous integration, where it may be published, it is refused (the
 * error is thrown), before anything is made or replaced. Undefined when an address is given.
 */
export function siteAddressWarning(site: Pick<SiteConfig, "addressGiven">, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (site.addressGiven) return undefined;
  if (inContinuousIntegration(env)) throw new Error(`${missingAddressMessage()}; in continuous integration (CI=${env.CI?.trim()}) a build without it is refused, and the last build is unchanged`);
  return missingAddressMessage();
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
