import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Eleventy imports eleventy.config.ts at run time; Node 20 needs tsx's loader for that.
    execArgv: ["--import", "tsx"],
    // Builds and browsers are slow on a 2-core machine; these are limits, not timings under test.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
    // A folder for one shared build of the shipped archive (tests/support/shared-site.ts).
    globalSetup: ["tests/support/global-build.ts"],
  },
});
