import { defineConfig } from "vitest/config";

/**
 * Four projects, all run by `npm test`: `model` is the fast loop for everyday work (the model, the
 * views and the site configuration, in memory, no build: `npm run test:model`); `fuzz` throws
 * thousands of mutated files at the loader; `site` is everything that builds, serves or drives a
 * browser; `package` packs the package, installs it into an empty folder and makes an archive with
 * it, as a body would (`npm run test:package`).
 */
const FAST = ["tests/model/**/*.test.ts", "tests/views/**/*.test.ts", "tests/site/**/*.test.ts"];
const FUZZ = ["tests/model/property.test.ts"];
const PACKAGE = ["tests/cli/package.test.ts"];

export default defineConfig({
  test: {
    // Eleventy imports eleventy.config.ts at run time; Node 20 needs tsx's loader for that.
    execArgv: ["--import", "tsx"],
    // Builds and browsers are slow on a 2-core machine; these are limits, not timings under test.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
    // One temporary folder a run, which TMPDIR points at and the run removes at its end
    // (tests/support/global-temp.ts). Each project inherits it, ahead of its own global setups.
    globalSetup: ["tests/support/global-temp.ts"],
    projects: [
      // In-memory tests share their workers (no fresh module graph a file): most of the fast loop is start-up.
      { extends: true, test: { name: "model", include: FAST, exclude: FUZZ, isolate: false } },
      { extends: true, test: { name: "fuzz", include: FUZZ } },
      { extends: true, test: { name: "package", include: PACKAGE } },
      {
        extends: true,
        test: {
          name: "site",
          include: ["tests/**/*.test.ts"],
          exclude: [...FAST, ...FUZZ, ...PACKAGE],
          // A folder for one shared build of the shipped archive (tests/support/shared-site.ts),
          // inside the run's temporary folder.
          globalSetup: ["tests/support/global-build.ts"],
        },
      },
    ],
  },
});
