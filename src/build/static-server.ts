/**
 * A small static file server for a built site, on node:http: `npm start` and the browser tests
 * serve _site with it. It serves what a static host would, and nothing outside the folder. A site
 * built for a path prefix (https://owner.github.io/repo/ is at /repo/) is served under it, as its
 * host will serve it, and nothing outside the prefix is found: a page that links outside it is as
 * broken here as it will be when published.
 */
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { FILE_EXTENSIONS, FILE_TYPES } from "../model/file-types.ts";

export interface ServedSite {
  /** "http://127.0.0.1:<port>/", or under the path prefix: "http://127.0.0.1:<port>/repo/". */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Where the site is served under the host's root, between slashes ("/repo/"); default "/". */
  pathPrefix?: string;
}

const TYPES: Record<string, string> = {
  // Files published with the papers, as the model names them: a PDF opens in the browser (at a page).
  ...Object.fromEntries(FILE_EXTENSIONS.map((ext) => [`.${ext}`, FILE_TYPES[ext].mediaType])),
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".atom": "application/atom+xml; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".wasm": "application/wasm",
};

export function contentTypeOf(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

export async function serveDirectory(dir: string, options: ServeOptions = {}): Promise<ServedSite> {
  const root = resolve(dir);
  const prefix = options.pathPrefix ?? "/";
  if (!prefix.startsWith("/") || !prefix.endsWith("/")) throw new Error(`the path prefix ${prefix} must start and end with "/", e.g. /panel-papers/`);
  const server = createServer((request, response) => {
    handle(root, prefix, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, "text/plain; charset=utf-8", "Server error\n");
      else response.destroy();
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((ready, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, host, () => ready());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}${prefix}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

async function handle(root: string, prefix: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.setHeader("Allow", "GET, HEAD");
    return send(response, 405, "text/plain; charset=utf-8", "Method not allowed\n");
  }
  const url = new URL(request.url ?? "/", "http://localhost");
  // The prefix without its slash is the site's home, as a folder's address without its slash is.
  if (prefix !== "/" && url.pathname === prefix.slice(0, -1)) {
    response.writeHead(301, { Location: `${prefix}${url.search}` });
    return void response.end();
  }
  if (!url.pathname.startsWith(prefix)) return notFound(root, request, response);
  let path: string;
  try {
    path = decodeURIComponent(url.pathname.slice(prefix.length - 1));
  } catch {
    return send(response, 400, "text/plain; charset=utf-8", "Bad request\n");
  }
  const file = resolve(join(root, path));
  // Nothing outside the site's folder, whatever `..` or encoded separators the address holds.
  if (file !== root && !file.startsWith(root + sep)) return notFound(root, request, response);
  const found = await stat(file).catch(() => undefined);
  if (found?.isDirectory()) {
    if (!url.pathname.endsWith("/")) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      return void response.end();
    }
    return sendFile(join(file, "index.html"), 200, request, response, () => notFound(root, request, response));
  }
  if (found?.isFile()) return sendFile(file, 200, request, response, () => notFound(root, request, response));
  return notFound(root, request, response);
}

async function notFound(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  return sendFile(join(root, "404.html"), 404, request, response, () => send(response, 404, "text/plain; charset=utf-8", "Not found\n"));
}

async function sendFile(file: string, status: number, request: IncomingMessage, response: ServerResponse, otherwise: () => Promise<void> | void): Promise<void> {
  const found = await stat(file).catch(() => undefined);
  if (!found?.isFile()) return otherwise();
  response.writeHead(status, { "Content-Type": contentTypeOf(file), "Content-Length": found.size, "X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache" });
  if (request.method === "HEAD") return void response.end();
  await new Promise<void>((done, fail) => {
    createReadStream(file).on("error", fail).pipe(response).on("finish", done).on("error", fail);
  });
}

/**
 * The path prefix the site in `dir` was built for: where its home page's stylesheet link
 * (layouts/base.njk: `<prefix>assets/archive.css`) puts the site's root. "/" when there is no
 * home page, or its stylesheet is not linked from a root-relative address.
 */
export function builtPathPrefix(dir: string): string {
  const home = join(dir, "index.html");
  if (!existsSync(home)) return "/";
  const link = /<link rel="stylesheet" href="(\/[^"]*?)assets\/archive\.css"/.exec(readFileSync(home, "utf8"));
  return link?.[1] ?? "/";
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { "Content-Type": type, "Content-Length": Buffer.byteLength(body) });
  response.end(body);
}
