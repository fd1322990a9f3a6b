/**
 * `npm start` serves the last build; `npm run dev` serves the archive and rebuilds it when a paper
 * changes, so the officer sees the change without running anything else.
 */
import type { ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";
import { freePort, pollUntil, startCommand, waitForOutput } from "./cli.ts";

const running: ChildProcess[] = [];

afterEach(() => {
  for (const child of running.splice(0)) child.kill("SIGTERM");
});

describe("npm start", () => {
  it("serves a built site on this machine", async () => {
    const dir = mkdtempSync(join(tmpdir(), "papers-start-"));
    writeFileSync(join(dir, "index.html"), "<h1>The archive</h1>");
    const port = await freePort();
    const child = startCommand("serve", ["--dir", dir, "--port", String(port)], dir);
    running.push(child);
    const [, url] = await waitForOutput(child, /at (http:\/\/localhost:\d+\/)/, 60_000);
    expect(url).toBe(`http://localhost:${port}/`);
    expect(await fetch(`http://127.0.0.1:${port}/`).then((r) => r.text())).toBe("<h1>The archive</h1>");
  });

  it("says to build first when there is no built site", async () => {
    const dir = mkdtempSync(join(tmpdir(), "papers-start-"));
    const child = startCommand("serve", ["--dir", join(dir, "_site")], dir);
    running.push(child);
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/holds no built site \(no index\.html\): run npm run build first/);
  });
});

describe("npm run dev", () => {
  it("serves the archive and shows a changed paper without being asked", async () => {
    // An archive folder of its own, as an installed archive's: content and site configuration, no code.
    const root = writeContent(MINIMAL);
    mkdirSync(join(root, ".cache"), { recursive: true });
    const port = await freePort();
    const child = startCommand("dev", ["--port", String(port), "--out", join(root, ".cache/dev-site")], root);
    running.push(child);
    const [, base] = await waitForOutput(child, /serving at (http:\/\/localhost:\d+\/)/, 120_000);
    const paperUrl = `${base}meetings/panel-2024-01-10/a2-report/`;
    expect(await pollUntil(paperUrl, (body) => body.includes("The report text."), 60_000)).toContain("The report text.");

    const paper = join(root, "content/meetings/panel-2024-01-10/a2-report.md");
    // Only the text changed: the page is shown from the archive in memory, before the full build.
    const quick = waitForOutput(child, /\/meetings\/panel-2024-01-10\/a2-report\/ shown in \d+ ms/, 60_000);
    // The first build is build 1; the edit starts the second, which takes the edit in.
    const rebuilt = waitForOutput(child, /build 2: site and search index up to date/, 120_000);
    writeFileSync(paper, readFileSync(paper, "utf8").replace("The report text.", "The corrected report text."));
    await quick;
    const body = await pollUntil(paperUrl, (text) => text.includes("The corrected report text."), 60_000);
    expect(body).toContain("The corrected report text.");
    // The feeds are rebuilt with the pages.
    expect(await fetch(`${base}feeds/papers.atom`).then((r) => r.status)).toBe(200);

    await rebuilt;
    // A link to a paper the archive does not hold: no preview, the build refuses it and says
    // why, and the last good page stays served.
    const refused = waitForOutput(child, /build 3: the site was not rebuilt/, 120_000);
    const problem = waitForOutput(child, /a2-report\.md:\d+.*no-such-paper/, 120_000);
    writeFileSync(paper, readFileSync(paper, "utf8").replace("The corrected report text.", "The [wrong](@no-such-paper) report text."));
    await Promise.all([refused, problem]);
    const kept = await fetch(paperUrl).then((r) => r.text());
    expect(kept).toContain("The corrected report text.");
    expect(kept).not.toContain("wrong");
  }, 240_000);

  it("goes on following the content when its folder is replaced whole, as a branch switch or a restore does", async () => {
    const root = writeContent(MINIMAL);
    const port = await freePort();
    const child = startCommand("dev", ["--port", String(port), "--out", join(root, ".cache/dev-site")], root);
    running.push(child);
    const serving = waitForOutput(child, /serving at (http:\/\/localhost:\d+\/)/, 120_000);
    const built = waitForOutput(child, /build 1: site and search index up to date/, 120_000);
    const [, base] = await serving;
    await built;
    const content = join(root, "content");
    // As `rm -rf content && cp -a backup content` does.
    cpSync(content, `${content}-backup`, { recursive: true });
    rmSync(content, { recursive: true });
    await new Promise((resolve) => setTimeout(resolve, 500));
    cpSync(`${content}-backup`, content, { recursive: true });
    const paper = join(content, "meetings/panel-2024-01-10/a2-report.md");
    writeFileSync(paper, readFileSync(paper, "utf8").replace("The report text.", "The report text, after the switch."));
    const url = `${base}meetings/panel-2024-01-10/a2-report/`;
    expect(await pollUntil(url, (body) => body.includes("after the switch"), 120_000)).toContain("The report text, after the switch.");
    expect(child.exitCode).toBeNull();
  }, 240_000);

  it("serves the content --content names, from an archive folder holding only the site configuration", async () => {
    const root = writeContent(MINIMAL);
    const archive = mkdtempSync(join(tmpdir(), "papers-dev-content-"));
    mkdirSync(join(archive, "_data"));
    writeFileSync(join(archive, "_data/site.json"), readFileSync(join(root, "_data/site.json")));
    const port = await freePort();
    const child = startCommand("dev", ["--port", String(port), "--out", join(archive, ".cache/dev-site"), "--content", join(root, "content")], archive);
    running.push(child);
    const serving = waitForOutput(child, /serving at (http:\/\/localhost:\d+\/)/, 120_000);
    const built = waitForOutput(child, /build 1: site and search index up to date/, 120_000);
    const [, base] = await serving;
    await built;
    expect(await fetch(`${base}meetings/panel-2024-01-10/a2-report/`).then((r) => r.text())).toContain("The report text.");
  }, 240_000);
});
