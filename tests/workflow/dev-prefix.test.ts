/**
 * `npm run dev` for an archive published under a path prefix (site.json's `pathPrefix`): it serves
 * the site under the prefix, as it will be published, and the quick preview of an edited paper
 * links under the prefix as the full build's pages do, so what an officer previews is what is
 * published.
 */
import type { ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MINIMAL, SITE_JSON, writeContent } from "../support/content-fixture.ts";
import { freePort, pollUntil, startCommand, waitForOutput } from "./cli.ts";

const running: ChildProcess[] = [];

afterEach(() => {
  for (const child of running.splice(0)) child.kill("SIGTERM");
});

/** The root-relative addresses a page's markup links to or loads. */
const addresses = (html: string) => [...html.matchAll(/(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1] ?? "");

describe("npm run dev under a path prefix", () => {
  it("serves the site under the prefix, and previews an edited paper linking under it", async () => {
    const root = writeContent(MINIMAL);
    writeFileSync(join(root, "_data/site.json"), JSON.stringify({ ...JSON.parse(SITE_JSON), pathPrefix: "/panel-papers/" }, null, 2));
    const child = startCommand("dev", ["--port", String(await freePort()), "--out", join(root, ".cache/dev-site")], root);
    running.push(child);
    const serving = waitForOutput(child, /serving at (http:\/\/localhost:\d+\/\S*) /, 120_000);
    const built = waitForOutput(child, /build 1: site and search index up to date/, 120_000);
    const [, base] = await serving;
    expect(base).toMatch(/^http:\/\/localhost:\d+\/panel-papers\/$/);
    await built;
    const paperUrl = `${base}meetings/panel-2024-01-10/a2-report/`;
    const page = await pollUntil(paperUrl, (body) => body.includes("The report text."), 60_000);
    expect(addresses(page).filter((address) => !address.startsWith("/panel-papers/"))).toEqual([]);
    expect(page).toContain('href="/panel-papers/assets/archive.css"');
    expect((await fetch(new URL("/", base))).status).toBe(404);

    // Only the paper's text changed: the preview is rendered in the dev server's own process.
    const paper = join(root, "content/meetings/panel-2024-01-10/a2-report.md");
    const quick = waitForOutput(child, /\/meetings\/panel-2024-01-10\/a2-report\/ shown in \d+ ms/, 60_000);
    writeFileSync(paper, readFileSync(paper, "utf8").replace("The report text.", "The corrected report text."));
    await quick;
    const preview = await pollUntil(paperUrl, (body) => body.includes("The corrected report text."), 60_000);
    expect(addresses(preview).filter((address) => !address.startsWith("/panel-papers/"))).toEqual([]);
    expect(addresses(preview)).toEqual(addresses(page));
  }, 240_000);
});
