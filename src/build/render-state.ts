/**
 * What a build renders again, and what it keeps from the previous build. Each build leaves in its
 * output a record of what it rendered from (RENDER_STATE): the site-wide inputs as one digest (the
 * generator's own code and the packages that shape its pages, the site's configuration and brand,
 * the day of the build, not its time, which no page prints, and the navigation and feeds every
 * page carries), and each meeting and paper page's signature (page-signatures.ts). The next build keeps a meeting or paper page whose
 * signature is unchanged when the site-wide inputs are unchanged too, and renders the rest; the
 * site-wide pages (home, lists, registers, people, bodies, topics, feeds, open data) are always
 * rendered. A build on another day renders everything: every page prints its build date.
 *
 * The record names only pages the site publishes, by their addresses: nothing of a withheld paper.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { SiteData } from "../eleventy/site-data.ts";
import { PACKAGE_ROOT } from "../site/config.ts";

/** The record, in the built site beside its mark (output-folder.ts). */
export const RENDER_STATE = ".panel-papers-pages.json";

export interface RenderState {
  version: 1;
  /** The digest of the site-wide inputs. */
  site: string;
  /** Each meeting and paper page's signature, by its address. */
  pages: Record<string, string>;
}

/** The packages whose versions change what a page's HTML says. */
const RENDERING_PACKAGES = ["@11ty/eleventy", "govuk-frontend", "markdown-it", "markdown-it-container", "nunjucks", "luxon"];

/** The generator's own files that make pages: its code, templates and configuration. */
const CODE = ["src", "layouts", "eleventy.config.ts", "package.json"];

let codeDigest: string | undefined;

/**
 * The generator as a digest: its source, templates and configuration, and the versions of the
 * packages that render. Read once a process (about 300 small files).
 */
export function generatorDigest(packageRoot: string = PACKAGE_ROOT): string {
  if (codeDigest && packageRoot === PACKAGE_ROOT) return codeDigest;
  const hash = createHash("sha256");
  const walk = (path: string, name: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) walk(join(path, entry), `${name}/${entry}`);
    } else {
      hash.update(`${name}\0`).update(readFileSync(path)).update("\0");
    }
  };
  for (const part of CODE) walk(join(packageRoot, part), part);
  const require = createRequire(join(packageRoot, "package.json"));
  for (const name of RENDERING_PACKAGES) {
    try {
      hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}\0`);
    } catch {
      // A package that hides its package.json: its version is not known, so the digest may not be reused across installs.
      hash.update(`${name}@?\0`);
    }
  }
  const value = hash.digest("hex").slice(0, 32);
  if (packageRoot === PACKAGE_ROOT) codeDigest = value;
  return value;
}

/** The site-wide inputs of every page as one digest: the generator, the configuration, the day of the build, what every page's chrome prints. */
export function siteDigest(data: SiteData, brand: unknown): string {
  const { site, views, publishing } = data;
  const inputs = {
    generator: generatorDigest(dirname(site.folders.eleventyConfig)),
    settings: site.settings,
    url: site.url,
    pathPrefix: site.pathPrefix,
    licence: site.licence,
    brand,
    // The day, not the time: the pages print the day they were built, and read the clock for nothing
    // else but through the model (what is withheld, in each page's signature) and the day.
    today: views.today,
    places: views.places,
    sections: views.sections,
    feeds: publishing.feeds,
    siteUrl: publishing.siteUrl,
  };
  // An entity (a body in the feeds' list) stands for its address: its own page is rendered every build.
  const text = JSON.stringify(inputs, (_key, value: unknown) => (isEntity(value) ? `@${value.kind}:${value.url}` : value));
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

function isEntity(value: unknown): value is { kind: string; url: string } {
  return typeof value === "object" && value !== null && typeof (value as { kind?: unknown }).kind === "string" && typeof (value as { url?: unknown }).url === "string" && "id" in value;
}

/** The previous build's record, if it has one this code can read. */
export function readRenderState(folder: string): RenderState | undefined {
  try {
    const state = JSON.parse(readFileSync(join(folder, RENDER_STATE), "utf8")) as RenderState;
    return state.version === 1 && typeof state.site === "string" && state.pages && typeof state.pages === "object" ? state : undefined;
  } catch {
    return undefined;
  }
}

export function writeRenderState(folder: string, state: RenderState): void {
  writeFileSync(join(folder, RENDER_STATE), `${JSON.stringify(state)}\n`);
}

/**
 * The addresses of the pages in `current` that the previous build (`previous`, whose output is
 * `previousFolder`) wrote from the same inputs, and whose file is still there: those are kept.
 */
export function keptPages(previous: RenderState | undefined, current: RenderState, previousFolder: string): Set<string> {
  const kept = new Set<string>();
  if (!previous || previous.site !== current.site) return kept;
  for (const [url, signature] of Object.entries(current.pages)) {
    if (previous.pages[url] === signature && existsSync(join(previousFolder, pageFile(url)))) kept.add(url);
  }
  return kept;
}

/** The file a page's address is written to, relative to the site: `/meetings/x/` → `meetings/x/index.html`. */
export function pageFile(url: string): string {
  const path = url.replace(/^\/+/, "");
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}
