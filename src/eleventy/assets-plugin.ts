import { createHash } from "node:crypto";
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileStyles } from "../render/styles.ts";
import type { StylePalette } from "../site/brand-colours.ts";
import { type SiteBrand, siteBrand } from "../site/brand.ts";
import type { SiteConfig } from "../site/config.ts";
import { GOVUK_TEMPLATES } from "./govuk-templates.ts";

/** The part of Eleventy's `eleventy.after` event argument this plugin reads. */
interface AfterBuildEvent {
  directories: { output: string };
  /** "fs" for a real build; "json"/"ndjson" for in-memory builds (tests), which must not write. */
  outputMode?: string;
}

/**
 * The part of Eleventy's configuration API this plugin uses. Eleventy 3.1 ships
 * no TypeScript declarations: its root export has no `UserConfig` type, and the
 * `@11ty/eleventy/UserConfig` subpath points at a JavaScript file that only
 * type-checks with `allowJs` and `maxNodeModuleJsDepth`. A structural type
 * keeps this file independent of those compiler settings; the real
 * `UserConfig` object satisfies it.
 */
export interface EleventyConfig {
  on(eventName: "eleventy.after", callback: (event: AfterBuildEvent) => unknown): unknown;
  addGlobalData(name: string, data: unknown): unknown;
}

/** Where the stylesheet, favicon, logo and scripts go in the built site, and their URLs. */
export const stylesheetPath = "assets/archive.css";
/** The favicon, `.svg` or `.png` as it is. */
export const faviconPath = (type: "svg" | "png") => `assets/favicon.${type}`;
export const logoPath = (type: "svg" | "png") => `assets/logo.${type}`;
export const searchScriptPath = "assets/search.js";
/** Every page's script: the navigation's menu button (layouts/base.njk). */
export const navigationScriptPath = "assets/navigation.js";
/** govuk-frontend's ServiceNavigation, which navigation.js imports by this name. */
export const serviceNavigationPath = "assets/govuk-service-navigation.js";
/** Its source map, by the name the bundle's last line gives it. */
const serviceNavigationMapPath = "assets/service-navigation.bundle.mjs.map";

// The scripts are plain JavaScript modules, served as written: nothing to compile or bundle.
const searchScriptSource = fileURLToPath(new URL("../assets/search.js", import.meta.url));
const navigationScriptSource = fileURLToPath(new URL("../assets/navigation.js", import.meta.url));
/**
 * govuk-frontend's own bundle of the one component the pages script, as an ES module with nothing
 * to import (its `all` bundle would bring every component). Found through Node's resolution,
 * wherever npm put the package.
 */
const serviceNavigationSource = join(GOVUK_TEMPLATES, "govuk/components/service-navigation/service-navigation.bundle.mjs");
/**
 * The compiled stylesheet, kept between builds while no Sass file changes (styles-cache.ts): a file
 * per set of colours, so that archives of different colours never share one, nor undo each
 * other's.
 */
function stylesCache(palette: StylePalette): string {
  const colours = createHash("sha256").update(JSON.stringify(palette)).digest("hex").slice(0, 16);
  return fileURLToPath(new URL(`../../.cache/styles/archive-${colours}.json`, import.meta.url));
}

const MEDIA_TYPES = { svg: "image/svg+xml", png: "image/png" } as const;

/** What the layout prints of the brand (layouts/base.njk): the theme colour, the favicon's and the logo's addresses. */
export interface BrandPageData {
  themeColour: string;
  favicon: { href: string; type: string };
  logo?: { src: string; alt: string; width?: number; height?: number };
}

export function brandPageData(brand: SiteBrand): BrandPageData {
  const { logo } = brand;
  return {
    themeColour: brand.colours.brand,
    favicon: { href: `/${faviconPath(brand.favicon.type)}`, type: MEDIA_TYPES[brand.favicon.type] },
    ...(logo ? { logo: { src: `/${logoPath(logo.type)}`, alt: logo.alt, ...logo.size } } : {}),
  };
}

/**
 * Writes the stylesheet compiled in the site's colours, the favicon, the logo and the scripts into
 * `<outputDir>/assets/`.
 */
export async function writeAssets(outputDir: string, brand: SiteBrand): Promise<void> {
  const { css } = compileStyles({ cacheFile: stylesCache(brand.palette), palette: brand.palette });
  await mkdir(join(outputDir, "assets"), { recursive: true });
  await writeFile(join(outputDir, stylesheetPath), css, "utf8");
  await writeFile(join(outputDir, faviconPath(brand.favicon.type)), brand.favicon.bytes);
  if (brand.logo) await writeFile(join(outputDir, logoPath(brand.logo.type)), brand.logo.bytes);
  await copyFile(searchScriptSource, join(outputDir, searchScriptPath));
  await copyFile(new URL("../assets/search-words.js", import.meta.url), join(outputDir, "assets/search-words.js"));
  await copyFile(navigationScriptSource, join(outputDir, navigationScriptPath));
  await copyFile(serviceNavigationSource, join(outputDir, serviceNavigationPath));
  await copyFile(`${serviceNavigationSource}.map`, join(outputDir, serviceNavigationMapPath));
}

export interface AssetsOptions {
  /** The site: its settings (colours, favicon, logo) and the archive's folder its files are in. */
  site: Pick<SiteConfig, "settings" | "archiveFolders">;
  /**
   * Whether this run renders the sitewide part (src/build/render-parts.ts): a large archive renders
   * in several runs, and only the sitewide one writes the assets. Default true.
   */
  sitewide?: boolean;
}

/**
 * Gives every page the brand's addresses (`brand`), and compiles the CSS after every build, so the
 * stylesheet always matches the Sass in the tree and the site's colours. Runs after the pages are
 * written: nothing in a page depends on the CSS's contents.
 */
export function assetsPlugin(eleventyConfig: EleventyConfig, options: AssetsOptions): void {
  const brand = siteBrand(options.site.settings, options.site.archiveFolders.root);
  eleventyConfig.addGlobalData("brand", () => brandPageData(brand));
  if (options.sitewide === false) return;
  eleventyConfig.on("eleventy.after", async (event: AfterBuildEvent) => {
    if (event.outputMode !== undefined && event.outputMode !== "fs") return;
    await writeAssets(event.directories.output, brand);
  });
}
