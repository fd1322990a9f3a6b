import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as sass from "sass";
import { GOVUK_COLOURS, type StylePalette, stylePalette } from "../site/brand-colours.ts";
import { cachedStyles, keepStyles } from "./styles-cache.ts";

/** The archive's stylesheet entry point (govuk-frontend plus our own partials). */
export const stylesEntry = fileURLToPath(new URL("../styles/main.scss", import.meta.url));

/** The colours of a site that sets none: govuk-frontend's own. */
export const GOVUK_PALETTE: StylePalette = stylePalette(GOVUK_COLOURS);

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
 * What the compiler reads first: the brand module configured with the site's colours, then the
 * stylesheet, whose `@use "brand"` then gets that configured module (Sass configures a module
 * once, where it is first loaded).
 */
function configuredEntry(palette: StylePalette): string {
  const values: [string, string][] = [
    ["colour", palette.brand],
    ["tint", palette.tint],
    ["border", palette.border],
    ["link", palette.link],
    ["link-hover", palette.linkHover],
    ["focus", palette.focus],
  ];
  for (const [name, value] of values) if (!/^#[0-9a-f]{6}$/.test(value)) throw new Error(`the ${name} colour is not #rrggbb: ${value}`);
  return `@use "brand" with (${values.map(([name, value]) => `$${name}: ${value}`).join(", ")});\n@use "main";\n`;
}

/**
 * Compiles the archive's CSS in the site's colours (`palette`, govuk-frontend's own when not
 * given). Deprecation warnings from govuk-frontend's own Sass are silenced (quietDeps); warnings
 * from our partials still print. Errors throw: a stylesheet that does not compile must fail the
 * build. With `cacheFile`, the CSS is reused while the colours are the same and none of the files
 * it was compiled from changes.
 */
export function compileStyles(options: { cacheFile?: string; palette?: StylePalette } = {}): { css: string } {
  const palette = options.palette ?? GOVUK_PALETTE;
  const settings = { loadPaths: [govukNodeModules(), dirname(stylesEntry)], style: "compressed" as const, quietDeps: true };
  const key = JSON.stringify({ sass: sass.info, entry: stylesEntry, palette, ...settings });
  const cached = options.cacheFile ? cachedStyles(options.cacheFile, key) : undefined;
  if (cached !== undefined) return { css: cached };
  // The entry's own address sits beside main.scss, so that Sass reports it among the styles.
  const result = sass.compileString(configuredEntry(palette), { ...settings, url: pathToFileURL(`${dirname(stylesEntry)}/configured-entry.scss`) });
  if (options.cacheFile) {
    const inputs = result.loadedUrls.filter((url) => url.protocol === "file:" && url.pathname.endsWith(".scss") && !url.pathname.endsWith("/configured-entry.scss")).map((url) => fileURLToPath(url));
    keepStyles(options.cacheFile, key, inputs, result.css);
  }
  return { css: result.css };
}
