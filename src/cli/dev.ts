/**
 * `panel-papers dev [--port 8080 --out .cache/dev-site --content content]` (`npm run dev`): builds
 * the archive, serves it on this machine, and keeps it up to date while content, the site
 * configuration, templates, layouts or styles change.
 *
 * An edit to a paper's text shows on its page at once (src/dev/quick-preview.ts); every change
 * also runs the real build (check, render, search index) in a process of its own, which brings
 * every other page and the search index up to date. A content problem is printed as
 * `npm run check` prints it, and the last good pages stay served. The site goes to a folder of its
 * own (not _site), so the last real build is never touched. Pages do not reload themselves (they
 * allow no script): refresh to see a change. A site with a path prefix (site.json's `pathPrefix`,
 * or the path of its address) is served under it, as it will be published; the prefix is read
 * when the server starts.
 */
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { serveDirectory } from "../build/static-server.ts";
import { DevSession } from "../dev/dev-session.ts";
import { configuredPathPrefix, LOCAL_PORT } from "../site/config.ts";
import { contentFolder, isEntryPoint, PACKAGE_ROOT, runCli } from "./run-cli.ts";

export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { port: { type: "string" }, out: { type: "string" }, content: { type: "string" } } });
  const root = process.cwd();
  const outputDir = resolve(values.out ?? ".cache/dev-site");
  const port = Number(values.port ?? process.env.PORT ?? LOCAL_PORT);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error(`error: --port ${values.port} is not a port number: write e.g. --port 8080`);
    return 1;
  }
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  try {
    site = await serveDirectory(outputDir, { port, pathPrefix: configuredPathPrefix(root) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      console.error(`error: port ${port} is in use: stop what is using it, or choose another with --port 8081`);
      return 1;
    }
    throw error;
  }
  console.log(`building into ${relative(root, outputDir) || "."}; serving at ${site.url.replace("127.0.0.1", "localhost")} and updating on every change (Ctrl+C to stop)`);
  const session = new DevSession({ root, contentDir: contentFolder(values.content), projectRoot: PACKAGE_ROOT, outputDir, log: (line) => console.log(line) });
  session.start();
  await new Promise<void>((stop) => {
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  session.stop();
  await site.close();
  return 0;
}

if (isEntryPoint(import.meta.url)) runCli(() => main(process.argv.slice(2)));
