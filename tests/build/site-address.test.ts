/**
 * A build never names this machine's local server as the site's address in silence: without
 * SITE_URL or an absolute `url` in _data/site.json it prints a warning naming what to set, and in
 * continuous integration (CI=true), where what it builds may be published, it refuses, exits 1 and
 * leaves the last good site exactly as it was.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { givesAddress, inContinuousIntegration, siteAddressWarning, siteConfig } from "../../src/site/config.ts";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";
import { runCommand } from "../workflow/cli.ts";

/** A project folder whose _data/site.json has `url`. */
function projectWithUrl(url: string): string {
  const root = mkdtempSync(join(tmpdir(), "papers-site-json-"));
  mkdirSync(join(root, "_data"));
  writeFileSync(join(root, "_data/site.json"), JSON.stringify({ name: "Panel papers", description: "Papers of a panel.", statementDate: "2024-01-01", url }));
  return root;
}

describe("the rule for a build's address", () => {
  it("is given by SITE_URL, or by an absolute url in site.json, and not by a relative one", () => {
    expect(siteConfig(projectWithUrl("/"), {}).addressGiven).toBe(false);
    expect(siteConfig(projectWithUrl("/"), { SITE_URL: "https://papers.example.gov.uk" }).addressGiven).toBe(true);
    expect(siteConfig(projectWithUrl("https://papers.example.gov.uk/"), {}).addressGiven).toBe(true);
    expect(givesAddress(undefined, { SITE_URL: "  " })).toBe(false);
  });

  it("warns, naming SITE_URL and site.json, when none is given", () => {
    const warning = siteAddressWarning({ addressGiven: false }, {});
    expect(warning).toMatch(/^no site address is set, so the feeds, calendars, open data, sitemap and printed pages name http:\/\/localhost:8080\//);
    expect(warning).toMatch(/set SITE_URL to the address the site is published at/);
    expect(warning).toMatch(/an absolute "url" in _data\/site\.json/);
    expect(siteAddressWarning({ addressGiven: true }, {})).toBeUndefined();
  });

  it("refuses in continuous integration, and only there", () => {
    expect(() => siteAddressWarning({ addressGiven: false }, { CI: "true" })).toThrow(/set SITE_URL .* in continuous integration \(CI=true\) a build without it is refused/);
    expect(siteAddressWarning({ addressGiven: true }, { CI: "true" })).toBeUndefined();
    expect([undefined, "", "false", "0", "true", "1"].map((CI) => inContinuousIntegration({ CI }))).toEqual([false, false, false, false, true, true]);
  });
});

describe("npm run build without an address", () => {
  let root: string;
  const site = () => join(root, "site");
  const listing = () => readdirSync(site(), { recursive: true }).map(String).sort();
  const feed = () => readFileSync(join(site(), "feeds/papers.atom"), "utf8");

  beforeAll(() => {
    root = writeContent(MINIMAL);
  });

  it("builds with a warning naming what to set", () => {
    const result = runCommand("build", ["--out", "site"], root, { SITE_URL: "", CI: "" });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^warning: no site address is set, .*set SITE_URL to the address the site is published at/m);
    expect(feed()).toContain("http://localhost:8080/");
  });

  it("refuses in CI, exits 1 and leaves the last site untouched", () => {
    const before = listing();
    const index = readFileSync(join(site(), "index.html"), "utf8");
    const result = runCommand("build", ["--out", "site"], root, { SITE_URL: "", CI: "true" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: no site address is set, .*set SITE_URL .*a build without it is refused, and the last build is unchanged$/m);
    expect(result.stdout).not.toMatch(/built \d+ pages/);
    expect(listing()).toEqual(before);
    expect(readFileSync(join(site(), "index.html"), "utf8")).toBe(index);
    // Nothing was begun beside it either: no staging folder left behind (.cache is the archive's
    // cache of what reading its files gave, kept by the builds before, as git ignores it).
    expect(readdirSync(root).sort()).toEqual([".cache", "_data", "content", "site"]);
  });

  it("builds in CI with SITE_URL, silently, naming it", () => {
    const result = runCommand("build", ["--out", "site"], root, { SITE_URL: "https://papers.example.gov.uk", CI: "true" });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/warning/);
    expect(feed()).toContain("https://papers.example.gov.uk/");
    expect(feed()).not.toContain("localhost");
    expect(existsSync(join(site(), "index.html"))).toBe(true);
  });
});
