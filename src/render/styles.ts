import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

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
 */
export function compileStyles(): { css: string } {
  const result = sass.compile(stylesEntry, {
    loadPaths: [govukNodeModules()],
    style: "compressed",
    quietDeps: true,
  });
  return { css: result.css };
}
