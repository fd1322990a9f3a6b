/**
 * The static server behind `npm start` and the browser tests: folders serve their index.html,
 * a folder without its slash is redirected, unknown addresses get the site's 404 page, feeds and
 * data get their media types, and nothing outside the folder can be read.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServedSite, serveDirectory } from "../../src/build/static-server.ts";

let site: ServedSite;
let parent: string;

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), "papers-serve-"));
  const dir = join(parent, "site");
  mkdirSync(join(dir, "meetings/m1"), { recursive: true });
  mkdirSync(join(dir, "feeds"), { recursive: true });
  writeFileSync(join(dir, "index.html"), "<h1>Home</h1>");
  writeFileSync(join(dir, "404.html"), "<h1>Page not found</h1>");
  writeFileSync(join(dir, "meetings/m1/index.html"), "<h1>Meeting</h1>");
  writeFileSync(join(dir, "feeds/meetings.ics"), "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  writeFileSync(join(dir, "feeds/papers.atom"), "<feed/>");
  writeFileSync(join(parent, "secret.txt"), "outside the site");
  site = await serveDirectory(dir);
});

afterAll(async () => {
  await site.close();
});

/** A raw request, so paths like /../ reach the server unnormalised. */
function get(path: string, method = "GET"): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(site.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("serveDirectory", () => {
  it("listens on this machine and gives its address", () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("serves a folder's index.html as HTML", async () => {
    const home = await get("/");
    expect(home.status).toBe(200);
    expect(home.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(home.body).toBe("<h1>Home</h1>");
    expect((await get("/meetings/m1/")).body).toBe("<h1>Meeting</h1>");
  });

  it("redirects a folder's address without its slash", async () => {
    const res = await get("/meetings/m1?x=1");
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe("/meetings/m1/?x=1");
  });

  it("answers an unknown address with the site's 404 page", async () => {
    const res = await get("/meetings/nothing-here/");
    expect(res.status).toBe(404);
    expect(res.body).toBe("<h1>Page not found</h1>");
  });

  it("gives calendars and feeds their media types", async () => {
    expect((await get("/feeds/meetings.ics")).headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect((await get("/feeds/papers.atom")).headers["content-type"]).toBe("application/atom+xml; charset=utf-8");
  });

  it("never serves a file outside the folder", async () => {
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/meetings/..%2f..%2fsecret.txt"]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain("outside the site");
    }
  });

  it("answers HEAD without a body and refuses other methods", async () => {
    const head = await get("/", "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect((await get("/", "POST")).status).toBe(405);
  });
});
