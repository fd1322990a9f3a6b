/**
 * `panel-papers serve [--dir _site --port 8080 --host 127.0.0.1]` (`npm start`): serves the last
 * build on this machine, as a static host would, until Ctrl+C. It builds nothing: run
 * `npm run build` first. A site built for a path prefix (SITE_URL=https://owner.github.io/repo/)
 * is served under it (http://localhost:8080/repo/), as it will be published: the prefix is read
 * from the site built, so it is the one its pages link to, whatever the environment now.
 */
import { existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { parseArgs } from "node:util";
import { builtPathPrefix, serveDirectory } from "../build/static-server.ts";
import { archiveFoldersOf, DEFAULT_SITE_URL, LOCAL_PORT, siteFromData } from "../site/config.ts";
import { isEntryPoint, outputFolder, runCli } from "./run-cli.ts";

export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { dir: { type: "string" }, port: { type: "string" }, host: { type: "string" } } });
  const dir = outputFolder(values.dir);
  const shown = relative(process.cwd(), dir) || ".";
  if (!existsSync(join(dir, "index.html"))) {
    console.error(`error: ${shown} holds no built site (no index.html): run npm run build first, or name the folder with --dir`);
    return 1;
  }
  const portText = values.port ?? process.env.PORT ?? String(LOCAL_PORT);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`error: --port ${portText} is not a port number: write e.g. --port 8080`);
    return 1;
  }
  const host = values.host ?? "127.0.0.1";
  const pathPrefix = builtPathPrefix(dir);
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  try {
    site = await serveDirectory(dir, { port, host, pathPrefix });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      console.error(`error: port ${port} is in use: stop what is using it, or choose another with --port 8081`);
      return 1;
    }
    throw error;
  }
  const shownUrl = host === "127.0.0.1" ? site.url.replace("127.0.0.1", "localhost") : site.url;
  console.log(`serving ${shown} at ${shownUrl} (Ctrl+C to stop)`);
  // A build without SITE_URL names the site's configured address, the local server's unless site.json gives one.
  if (port !== LOCAL_PORT && !process.env.SITE_URL && siteFromData(dirname(archiveFoldersOf(process.cwd()).siteFile), {}).url === DEFAULT_SITE_URL) {
    console.log(`note: feeds and data name ${new URL(pathPrefix, DEFAULT_SITE_URL).href} unless the build ran with SITE_URL=${shownUrl}`);
  }
  await new Promise<void>((stop) => {
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await site.close();
  return 0;
}

if (isEntryPoint(import.meta.url)) runCli(() => main(process.argv.slice(2)));
