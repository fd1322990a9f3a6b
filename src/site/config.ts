/**
 * The site's configuration, in one place: its absolute address, its path prefix, the folders a
 * build reads and writes (the generator's, in the package, apart from the archive's, in the folder
 * a command runs in), its validated `_data/site.json` and the budget that bounds a render. The
 * build, the Eleventy plugins, the feeds, the open data and the dev server read these from here,
 * so none works them out again.
 *
 * The address is for everything read outside the site itself (feeds, calendars, open data, the
 * sitemap, printed pages, the meeting pages' JSON-LD). Its path is the path prefix, where the pages
 * sit under the host's root: templates write root-relative addresses ("/meetings/…") and Eleventy's
 * HTML base plugin puts them under the prefix (eleventy.config.ts), so a site at a project address
 * (https://<owner>.github.io/<repo>/) links to /<repo>/meetings/….
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SITE_FILE } from "../model/conventions.ts";
import { siteUrlVariableProblem, withSlash } from "./site-address.ts";
import { requireSiteSettings, type SiteSettings } from "./site-settings.ts";

/** The port `npm start` and `npm run dev` serve on unless told another. */
export const LOCAL_PORT = 8080;

/** The address `npm start` serves on: what a local build names when no absolute one is configured. */
export const DEFAULT_SITE_URL = `http://localhost:${LOCAL_PORT}/`;

/**
 * Where the pages sit under the host's root when neither the site's address nor site.json's
 * `pathPrefix` says otherwise: at the root, where the pages' root-relative addresses are left as
 * they are written.
 */
export const PATH_PREFIX = "/";

/**
 * The generator's own folders, relative to the package's root (PACKAGE_ROOT): the templates,
 * layouts, styles and assets every archive is built with. They are the same whichever folder a
 * command runs in, and whether the package is this repository or installed under node_modules.
 */
export const PACKAGE_FOLDERS = {
  /** Nunjucks page templates, Eleventy's input. */
  pages: "src/pages",
  layouts: "layouts",
  styles: "src/styles",
  assets: "src/assets",
  /** The Eleventy configuration file. */
  eleventyConfig: "eleventy.config.ts",
} as const;

/**
 * An archive's folders, by their default names, relative to the folder a command runs in (the
 * archive's root): its content (`--content`, PAPERS_CONTENT), its site configuration and the
 * built site (`--out`, PAPERS_OUT).
 */
export const ARCHIVE_FOLDERS = {
  content: "content",
  output: "_site",
  /** The site configuration: `_data/site.json` (site-settings.ts, docs/configuration.md). */
  siteFile: SITE_FILE,
  /**
   * What a run keeps for the next: what reading the content gave (src/model/parse-cache.ts) and the
   * search documents of the pages searched by default (src/build/search-document-store.ts). In
   * `.cache/`, which git ignores; never published.
   */
  cache: ".cache/panel-papers",
  /**
   * Files the site publishes as they are, at the same paths (a CNAME, a host's _redirects, a
   * .well-known/security.txt): copied into every build (src/build/static-files.ts).
   */
  static: "static",
} as const;

/** The package's own folder (where eleventy.config.ts is), whatever folder a command runs in. */
export const PACKAGE_ROOT = resolve(fileURLToPath(new URL("../../", import.meta.url)));

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
  /** What the text and data are published under (site.json `licence`); the Open Government Licence unless set. */
  licence?: Licence;
}

/** A licence by its name and the address of its text. */
export interface Licence {
  name: string;
  url: string;
}

/** The generator's folders, absolute. */
export interface PackageFolders {
  root: string;
  pages: string;
  layouts: string;
  styles: string;
  assets: string;
  /** The Eleventy configuration file. */
  eleventyConfig: string;
}

/** The archive's folders, absolute. */
export interface ArchiveFolders {
  root: string;
  /** `_data/site.json`. */
  siteFile: string;
}

export interface SiteConfig extends SiteIdentity {
  /**
   * Where the pages sit under the host's root, between slashes ("/" or "/panel-papers/"): the path
   * of `url`, which always ends in it (sitePlacement).
   */
  pathPrefix: string;
  /** The generator's templates, layouts and Eleventy configuration. */
  folders: PackageFolders;
  /** Where the archive's own configuration is. */
  archiveFolders: ArchiveFolders;
  /** `_data/site.json`, validated, with its defaults filled in: what templates print as `site`. */
  settings: SiteSettings;
  /**
   * Whether the site's absolute address was given (SITE_URL, or an absolute `url` in site.json);
   * when not, `url` is DEFAULT_SITE_URL, the local server's, which no published site may name.
   */
  addressGiven: boolean;
}

/**
 * The configuration of the archive in `archiveRoot`: its `_data/site.json`, validated (a problem
 * throws, listing them all as `npm run check` prints them), with SITE_URL from `env`; built with
 * the templates of the package in `packageRoot`. Read when a build starts, so a build sees the
 * environment it was given.
 */
export function siteConfig(archiveRoot: string, env: NodeJS.ProcessEnv = process.env, packageRoot: string = PACKAGE_ROOT): SiteConfig {
  const archiveFolders = archiveFoldersOf(archiveRoot);
  const settings = requireSiteSettings(archiveFolders.siteFile, archiveRoot);
  const { url, pathPrefix } = sitePlacement(settings.url, settings.pathPrefix, env);
  const identity = { url, name: settings.name, publisher: settings.hostOrganisation, licence: settings.licence };
  const addressGiven = givesAddress(settings.url, env);
  return Object.freeze({ ...identity, pathPrefix, folders: packageFolders(packageRoot), archiveFolders, settings, addressGiven });
}

/** The generator's folders in the package whose root is `packageRoot`. */
export function packageFolders(packageRoot: string = PACKAGE_ROOT): PackageFolders {
  const at = (folder: string) => join(packageRoot, folder);
  return Object.freeze({
    root: packageRoot,
    pages: at(PACKAGE_FOLDERS.pages),
    layouts: at(PACKAGE_FOLDERS.layouts),
    styles: at(PACKAGE_FOLDERS.styles),
    assets: at(PACKAGE_FOLDERS.assets),
    eleventyConfig: at(PACKAGE_FOLDERS.eleventyConfig),
  });
}

/** The folders of the archive whose root is `archiveRoot` (the folder a command runs in). */
export function archiveFoldersOf(archiveRoot: string): ArchiveFolders {
  return Object.freeze({ root: archiveRoot, siteFile: join(archiveRoot, ARCHIVE_FOLDERS.siteFile) });
}

/**
 * Reads `<dataDir>/site.json` (if there is one) and applies SITE_URL, without validating it: for
 * `npm start`'s note on a site already built. A build reads the file through `siteConfig`.
 */
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

/** Where a site is published: its absolute address, and the path prefix that address ends in. */
export interface SitePlacement {
  /** Absolute, with a trailing slash; its path is `pathPrefix`. */
  url: string;
  /** "/" or "/<path>/". */
  pathPrefix: string;
}

/**
 * The site's address (SITE_URL, else site.json's absolute `url`, else the local server's:
 * resolveSiteUrl) and its path prefix: the address's path ("https://owner.github.io/repo/" is at
 * "/repo/"). site.json's `pathPrefix` (`configuredPrefix`) places a site whose address has no path,
 * a local build's included, under it; one that names another path than the address's is refused,
 * since the pages would link to one place and the feeds and data to another.
 */
export function sitePlacement(configuredUrl: string | undefined, configuredPrefix: string | undefined, env: NodeJS.ProcessEnv = process.env): SitePlacement {
  const address = new URL(resolveSiteUrl(configuredUrl, env));
  if (configuredPrefix === undefined || configuredPrefix === address.pathname) return { url: address.href, pathPrefix: address.pathname };
  if (address.pathname !== PATH_PREFIX) {
    const source = env.SITE_URL?.trim() ? "SITE_URL" : 'the "url" in _data/site.json';
    throw new Error(
      `the site's address ${address.href} (${source}) is published under ${address.pathname}, but "pathPrefix" in _data/site.json says ${configuredPrefix}: ` +
        `remove "pathPrefix" (the address's path is the prefix), or make the two agree`,
    );
  }
  return { url: new URL(configuredPrefix, address).href, pathPrefix: configuredPrefix };
}

/**
 * The path prefix a build in `archiveRoot` with `env` would use, read from its `_data/site.json`
 * without validating it (a build refuses a file with a problem): for the dev server, which must
 * serve the site where its pages link to while the configuration may be mid-edit. "/" when the
 * file cannot be read, or gives no place a build would accept.
 */
export function configuredPathPrefix(archiveRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  try {
    const data = readSiteData(dirname(archiveFoldersOf(archiveRoot).siteFile));
    return sitePlacement(data.url, data.pathPrefix, env).pathPrefix;
  } catch {
    return PATH_PREFIX;
  }
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
 * What is wrong with SITE_URL in `env`, with the address to write instead (site-address.ts);
 * undefined when it is unset, blank, or an address a build can use. `check` reports it with the
 * site configuration's problems, so a bad SITE_URL stops a build before it starts.
 */
export function siteUrlProblem(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.SITE_URL?.trim();
  return fromEnv ? siteUrlVariableProblem(fromEnv) : undefined;
}

/**
 * The site's absolute address, with a trailing slash ("https://papers.example.gov.uk/"): SITE_URL
 * when set, else site.json's `url` when it is absolute, else DEFAULT_SITE_URL, so that a local build
 * still writes valid absolute links. A SITE_URL that is not an absolute web address is refused
 * (siteUrlProblem); a site.json `url` that is neither absolute nor "/" is the site check's to refuse
 * (site-address.ts), and is read here as none by those that read the file unchecked.
 */
export function resolveSiteUrl(configured: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.SITE_URL?.trim();
  if (fromEnv) {
    const problem = siteUrlProblem(env);
    if (problem) throw new Error(problem);
    return withSlash(new URL(fromEnv));
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
