/**
 * `npm run dev [-- --port 8080 --out .cache/dev-site]`: builds the archive, serves it on this
 * machine and rebuilds whenever content/, a template or a layout changes.
 *
 * It is Eleventy's own watch and dev server, run in process with the project's TypeScript config.
 * The archive plugin forgets the loaded archive before each rebuild, so content is read afresh; a
 * content problem is printed, like `npm run check` prints it, and the last good pages stay served.
 * The site goes to a folder of its own (not _site), so the last real build is never touched. The
 * search index is rebuilt after each build, once the pages are already there. Pages do not reload
 * themselves (they allow no script): refresh to see a change.
 */
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { indexSite } from "../build/search-index.ts";
import { runCli } from "./run-cli.ts";

/** What this command uses of Eleventy's instance; Eleventy 3.1 ships no type declarations. */
interface DevEleventy {
  init(): Promise<unknown>;
  watch(): Promise<unknown>;
  serve(port: number): Promise<unknown>;
  stopWatch(): Promise<unknown>;
}

interface AfterBuild {
  directories: { output: string };
}

interface DevConfig {
  on(event: "eleventy.after", callback: (event: AfterBuild) => unknown): void;
  setServerOptions(options: Record<string, unknown>): void;
}

runCli(async () => {
  const { values } = parseArgs({ options: { port: { type: "string" }, out: { type: "string" } } });
  const root = process.cwd();
  const outputDir = resolve(values.out ?? ".cache/dev-site");
  const port = Number(values.port ?? process.env.PORT ?? "8080");
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error(`error: --port ${values.port} is not a port number: write e.g. --port 8080`);
    return 1;
  }
  const devConfig = (eleventyConfig: DevConfig) => {
    // The pages' Content-Security-Policy forbids script, so the dev server's live-reload script
    // could not run: leave it out, and refresh the page to see a change.
    eleventyConfig.setServerOptions({ liveReload: false, domDiff: false });
    // After each build the pages are already written; then the search index is brought up to date.
    eleventyConfig.on("eleventy.after", async (event: AfterBuild) => {
      try {
        // Only the shards whose pages changed are indexed again (see src/build/search-index.ts).
        await indexSite(event.directories.output, { previous: event.directories.output });
      } catch (error) {
        console.error(`search index not rebuilt: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  };
  // A variable, not a literal: Eleventy's JSDoc types omit the documented `config` callback.
  const options = { configPath: join(root, "eleventy.config.ts"), runMode: "serve" as const, quietMode: true, config: devConfig };
  const eleventy = new Eleventy(join(root, "src/pages"), outputDir, options) as unknown as DevEleventy;
  console.log(`building into ${relative(root, outputDir) || "."}; pages are served at http://localhost:${port}/ and rebuilt on every change (Ctrl+C to stop)`);
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(port);
  await new Promise<void>((stop) => {
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await eleventy.stopWatch();
  return 0;
});
