import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileStyles } from "../render/styles.ts";
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
}

/** Where the stylesheet, favicon and scripts go in the built site, and their URLs. */
export const stylesheetPath = "assets/archive.css";
export const faviconPath = "assets/favicon.svg";
export const searchScriptPath = "assets/search.js";
/** Every page's script: the navigation's menu button (layouts/base.njk). */
export const navigationScriptPath = "assets/navigation.js";
/** govuk-frontend's ServiceNavigation, which navigation.js imports by this name. */
export const serviceNavigationPath = "assets/govuk-service-navigation.js";
/** Its source map, by the name the bundle's last line gives it. */
const serviceNavigationMapPath = "assets/service-navigation.bundle.mjs.map";

const faviconSource = fileURLToPath(new URL("../assets/favicon.svg", import.meta.url));
// The scripts are plain JavaScript modules, served as written: nothing to compile or bundle.
const searchScriptSource = fileURLToPath(new URL("../assets/search.js", import.meta.url));
const navigationScriptSource = fileURLToPath(new URL("../assets/navigation.js", import.meta.url));
/**
 * govuk-frontend's own bundle of the one component the pages script, as an ES module with nothing
 * to import (its `all` bundle would bring every component). Found through Node's resolution,
 * wherever npm put the package.
 */
const serviceNavigationSource = join(GOVUK_TEMPLATES, "govuk/components/service-navigation/service-navigation.bundle.mjs");
/** The compiled stylesheet, kept between builds while no Sass file changes (styles-cache.ts). */
const stylesCache = fileURLToPath(new URL("../../.cache/styles/archive.json", import.meta.url));

/** Writes the compiled stylesheet, the favicon and the scripts into `<outputDir>/assets/`. */
export async function writeAssets(outputDir: string): Promise<void> {
  const { css } = compileStyles({ cacheFile: stylesCache });
  await mkdir(join(outputDir, "assets"), { recursive: true });
  await writeFile(join(outputDir, stylesheetPath), css, "utf8");
  await copyFile(faviconSource, join(outputDir, faviconPath));
  await copyFile(searchScriptSource, join(outputDir, searchScriptPath));
  await copyFile(new URL("../assets/search-words.js", import.meta.url), join(outputDir, "assets/search-words.js"));
  await copyFile(navigationScriptSource, join(outputDir, navigationScriptPath));
  await copyFile(serviceNavigationSource, join(outputDir, serviceNavigationPath));
  await copyFile(`${serviceNavigationSource}.map`, join(outputDir, serviceNavigationMapPath));
}

export interface AssetsOptions {
  /**
   * Whether this run renders the sitewide part (src/build/render-parts.ts): a large archive renders
   * in several runs, and only the sitewide one writes the assets. Default true.
   */
  sitewide?: boolean;
}

/**
 * Compiles the CSS after every build, so the stylesheet always matches the
 * Sass in the tree. Runs after the pages are written: nothing in a page
 * depends on the CSS's contents.
 */
export function assetsPlugin(eleventyConfig: EleventyConfig, options: AssetsOptions = {}): void {
  if (options.sitewide === false) return;
  eleventyConfig.on("eleventy.after", async (event: AfterBuildEvent) => {
    if (event.outputMode !== undefined && event.outputMode !== "fs") return;
    await writeAssets(event.directories.output);
  });
}
