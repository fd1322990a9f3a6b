import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";
import { cachedStyles, keepStyles } from "./styles-cache.ts";

/** The archive's stylesheet entry point (govuk-frontend plus our own partials). */
export const stylesEntry = fileURLToPath(new URL("../styles/main.scss", import.meta.url));

/**
 * The node_modules folder that holds govuk-frontend, found through Node's own
 * resolution rather than assumed to be `<repo>/node_modules`, so that the
 * styles still compile when this package is installed as a dependency and
 * govuk-frontend is hoisted.
 */
function govukNodeModules(): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve("govuk-frontend/package.json");
  return dirname(dirname(packageJson));
}

/**
 * Compiles the archive's CSS. Deprecation warnings from govuk-frontend's own
 * Sass are silenced (quietDeps); warnings from our partials still print.
 * Errors throw: a stylesheet that does not compile must fail the build.
 * With `cacheFile`, the CSS is reused while none of the files it was compiled from changes.
 */
export function compileStyles(options: { cacheFile?: string } = {}): { css: string } {
  const settings = { loadPaths: [govukNodeModules()], style: "compressed" as const, quietDeps: true };
  const key = JSON.stringify({ sass: sass.info, entry: stylesEntry, ...settings });
  const cached = options.cacheFile ? cachedStyles(options.cacheFile, key) : undefined;
  if (cached !== undefined) return { css: cached };
  const result = sass.compile(stylesEntry, settings);
  if (options.cacheFile) {
    const inputs = result.loadedUrls.filter((url) => url.protocol === "file:").map((url) => fileURLToPath(url));
    keepStyles(options.cacheFile, key, inputs, result.css);
  }
  return { css: result.css };
}
