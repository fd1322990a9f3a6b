/**
 * The static server behind `npm start` and `npm run dev`, for a site built for a path prefix: it
 * serves the site under the prefix, as its host will, and finds nothing outside it, so that a
 * link that escapes the prefix is as broken here as it will be when published. `npm start` reads
 * the prefix from the site it serves.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtPathPrefix, type ServedSite, serveDirectory } from "../../src/build/static-server.ts";

let site: ServedSite;
let dir: string;

/** A home page as layouts/base.njk writes it, its stylesheet under `prefix`. */
const home = (prefix: string) => `<!DOCTYPE html><html><head><link rel="stylesheet" href="${prefix}assets/archive.css"></head><body><h1>Home</h1></body></html>`;

beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), "papers-serve-prefix-"));
  dir = join(parent, "site");
  mkdirSync(join(dir, "meetings/m1"), { recursive: true });
  writeFileSync(join(dir, "index.html"), home("/panel-papers/"));
  writeFileSync(join(dir, "404.html"), "<h1>Page not found</h1>");
  writeFileSync(join(dir, "meetings/m1/index.html"), "<h1>Meeting</h1>");
  writeFileSync(join(parent, "secret.txt"), "outside the site");
  site = await serveDirectory(dir, { pathPrefix: "/panel-papers/" });
});

afterAll(async () => {
  await site.close();
});

/** A raw request, so paths like /../ reach the server unnormalised. */
function get(path: string): Promise<{ status: number; location?: string; body: string }> {
  const url = new URL(site.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("serveDirectory under a path prefix", () => {
  it("gives the site's address under the prefix", () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/panel-papers\/$/);
  });

  it("serves the site's pages under the prefix", async () => {
    expect(await get("/panel-papers/")).toMatchObject({ status: 200, body: home("/panel-papers/") });
    expect(await get("/panel-papers/meetings/m1/")).toMatchObject({ status: 200, body: "<h1>Meeting</h1>" });
  });

  it("redirects the prefix and a folder without their slash, keeping the prefix", async () => {
    expect(await get("/panel-papers?q=1")).toMatchObject({ status: 301, location: "/panel-papers/?q=1" });
    expect(await get("/panel-papers/meetings/m1")).toMatchObject({ status: 301, location: "/panel-papers/meetings/m1/" });
  });

  it("finds nothing outside the prefix: the site's root addresses are not its pages", async () => {
    expect(await get("/")).toMatchObject({ status: 404, body: "<h1>Page not found</h1>" });
    expect(await get("/meetings/m1/")).toMatchObject({ status: 404 });
    expect(await get("/panel-papersx/")).toMatchObject({ status: 404 });
    expect(await get("/panel-papers/../panel-papers/meetings/m1/")).toMatchObject({ status: 200 });
    expect((await get("/panel-papers/../secret.txt")).status).toBe(404);
    expect((await get("/panel-papers/%2e%2e/secret.txt")).status).toBe(404);
  });

  it("refuses a prefix that is not a path between slashes", async () => {
    await expect(serveDirectory(dir, { pathPrefix: "panel-papers" })).rejects.toThrow(/must start and end with "\/"/);
  });
});

describe("the path prefix a built site was built for", () => {
  it("is where its home page's stylesheet puts its root", () => {
    expect(builtPathPrefix(dir)).toBe("/panel-papers/");
    const atRoot = mkdtempSync(join(tmpdir(), "papers-serve-root-"));
    writeFileSync(join(atRoot, "index.html"), home("/"));
    expect(builtPathPrefix(atRoot)).toBe("/");
  });

  it("is the root when the folder holds no home page, or one with no stylesheet of the site's", () => {
    expect(builtPathPrefix(mkdtempSync(join(tmpdir(), "papers-serve-empty-")))).toBe("/");
    const plain = mkdtempSync(join(tmpdir(), "papers-serve-plain-"));
    writeFileSync(join(plain, "index.html"), "<h1>The archive</h1>");
    expect(builtPathPrefix(plain)).toBe("/");
  });
});
