/**
 * A built site served the way a plain static host serves it (the content types of `npm start`'s
 * server, src/build/static-server.ts), on 127.0.0.1 and a free port: text
 * (HTML, CSS, JavaScript, JSON, SVG) gzipped when the browser accepts it, everything else as it
 * is (Pagefind's index files are compressed already). It records what each response's body
 * weighed on the wire, so tests can measure what a page and a search download.
 *
 * Every response says `Cache-Control: no-store`, so each page load in a test is a cold one.
 */
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { contentTypeOf } from "../../src/build/static-server.ts";

const COMPRESSIBLE = new Set([".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".csv", ".ics"]);

/** One response: the path asked for, its status, and the bytes of its body as sent. */
export interface Transfer {
  path: string;
  status: number;
  bytes: number;
  gzip: boolean;
}

export interface StaticServer {
  /** The site's origin, e.g. http://127.0.0.1:40123 (no trailing slash). */
  origin: string;
  /** Every response since the server started or since the last `takeTransfers()`. */
  transfers: Transfer[];
  /** Returns the transfers recorded so far and starts a new record. */
  takeTransfers(): Transfer[];
  close(): Promise<void>;
}

export async function serveSite(root: string): Promise<StaticServer> {
  let transfers: Transfer[] = [];
  const server = createServer((request, response) => {
    respond(root, request, response).then(
      (transfer) => transfers.push(transfer),
      (error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    get transfers() {
      return transfers;
    },
    takeTransfers() {
      const taken = transfers;
      transfers = [];
      return taken;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function respond(root: string, request: IncomingMessage, response: ServerResponse): Promise<Transfer> {
  const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  const found = await findFile(root, path);
  if (found === "directory") {
    response.writeHead(301, { Location: `${path}/`, "Cache-Control": "no-store" });
    response.end();
    return { path, status: 301, bytes: 0, gzip: false };
  }
  const status = found ? 200 : 404;
  const file = found || join(root, "404.html");
  const body = await readFile(file).catch(() => Buffer.from("Not found"));
  const extension = extname(file);
  const gzip = COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  const sent = gzip ? gzipSync(body) : body;
  response.writeHead(status, {
    "Content-Type": contentTypeOf(file),
    "Content-Length": sent.length,
    "Cache-Control": "no-store",
    ...(gzip ? { "Content-Encoding": "gzip", Vary: "Accept-Encoding" } : {}),
  });
  response.end(request.method === "HEAD" ? undefined : sent);
  return { path, status, bytes: request.method === "HEAD" ? 0 : sent.length, gzip };
}

/** The file a URL path is served from, "directory" when it needs a trailing slash, or "" if none. */
async function findFile(root: string, urlPath: string): Promise<string> {
  const relative = normalize(urlPath).replace(/^([/\\])+/, "");
  if (relative.split(sep).includes("..")) return "";
  const candidate = join(root, relative);
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    if (!urlPath.endsWith("/")) return "directory";
    const index = join(candidate, "index.html");
    return (await stat(index).catch(() => undefined))?.isFile() ? index : "";
  }
  return "";
}
