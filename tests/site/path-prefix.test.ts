/**
 * A site published at a project address (https://owner.github.io/repo/) sits under a path prefix,
 * "/repo/": the path of its address (SITE_URL, or site.json's `url`), or site.json's `pathPrefix`
 * for an address with no path. Worked out in memory here; the build with it, served and crawled in
 * Chromium, is tests/build/path-prefix.test.ts.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { onSite } from "../../src/assets/search.js";
import { formatProblem } from "../../src/model/problems.ts";
import { contentSecurityPolicy, headersFile } from "../../src/render/security-policy.ts";
import { configuredPathPrefix, DEFAULT_SITE_URL, sitePlacement, siteConfig } from "../../src/site/config.ts";
import { parseSiteSettings } from "../../src/site/site-settings.ts";

const MINIMAL = { name: "Anyshire Scrutiny Panel papers", description: "Published papers of the Anyshire Scrutiny Panel.", statementDate: "2025-01-15" };

/** An archive folder whose _data/site.json is `site` (text as it is, or MINIMAL with these keys). */
function archiveWith(site: string | Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), "papers-prefix-"));
  mkdirSync(join(root, "_data"));
  writeFileSync(join(root, "_data/site.json"), typeof site === "string" ? site : JSON.stringify({ ...MINIMAL, ...site }, null, 2));
  return root;
}

describe("the path prefix", () => {
  it("is the path of the site's address, from SITE_URL or site.json's url", () => {
    expect(sitePlacement("/", undefined, { SITE_URL: "https://example.github.io/panel-papers" })).toEqual({ url: "https://example.github.io/panel-papers/", pathPrefix: "/panel-papers/" });
    expect(sitePlacement("https://example.github.io/panel-papers/", undefined, {})).toEqual({ url: "https://example.github.io/panel-papers/", pathPrefix: "/panel-papers/" });
    expect(sitePlacement("https://council.example/a/papers/", undefined, {}).pathPrefix).toBe("/a/papers/");
  });

  it("is the host's root for an address at its root, and for a local build with no address", () => {
    expect(sitePlacement("/", undefined, { SITE_URL: "https://papers.example.gov.uk/" })).toEqual({ url: "https://papers.example.gov.uk/", pathPrefix: "/" });
    expect(sitePlacement("/", undefined, {})).toEqual({ url: DEFAULT_SITE_URL, pathPrefix: "/" });
  });

  it("is site.json's pathPrefix where the address has no path, which the address then ends in", () => {
    expect(sitePlacement("/", "/panel-papers/", {})).toEqual({ url: "http://localhost:8080/panel-papers/", pathPrefix: "/panel-papers/" });
    expect(sitePlacement("/", "/panel-papers/", { SITE_URL: "https://papers.ci.invalid/" })).toEqual({ url: "https://papers.ci.invalid/panel-papers/", pathPrefix: "/panel-papers/" });
    expect(sitePlacement("/", "/panel-papers/", { SITE_URL: "https://example.github.io/panel-papers/" }).pathPrefix).toBe("/panel-papers/");
  });

  it("refuses a pathPrefix that names another path than the address, saying which and what to do", () => {
    expect(() => sitePlacement("/", "/other/", { SITE_URL: "https://example.github.io/panel-papers/" })).toThrow(
      'the site\'s address https://example.github.io/panel-papers/ (SITE_URL) is published under /panel-papers/, but "pathPrefix" in _data/site.json says /other/: remove "pathPrefix" (the address\'s path is the prefix), or make the two agree',
    );
    expect(() => sitePlacement("https://example.github.io/panel-papers/", "/", {})).toThrow(/\(the "url" in _data\/site\.json\) is published under \/panel-papers\/, but "pathPrefix" in _data\/site\.json says \/:/);
  });

  it("is the build's, from the archive's site.json and the environment", () => {
    expect(siteConfig(archiveWith({}), { SITE_URL: "https://example.github.io/panel-papers/" })).toMatchObject({ url: "https://example.github.io/panel-papers/", pathPrefix: "/panel-papers/" });
    expect(siteConfig(archiveWith({ pathPrefix: "/panel-papers/" }), {})).toMatchObject({ url: "http://localhost:8080/panel-papers/", pathPrefix: "/panel-papers/" });
    expect(siteConfig(archiveWith({}), {}).pathPrefix).toBe("/");
  });

  it("is read for the dev server from a site.json the build may not accept yet, or else is the root", () => {
    expect(configuredPathPrefix(archiveWith({ pathPrefix: "/panel-papers/", statementDate: "soon" }), {})).toBe("/panel-papers/");
    expect(configuredPathPrefix(archiveWith({ url: "https://example.github.io/panel-papers/" }), {})).toBe("/panel-papers/");
    expect(configuredPathPrefix(archiveWith({}), { SITE_URL: "https://example.github.io/minutes/" })).toBe("/minutes/");
    expect(configuredPathPrefix(archiveWith('{ "name": '), {})).toBe("/");
    expect(configuredPathPrefix(archiveWith({ pathPrefix: "/a/" }), { SITE_URL: "https://example.github.io/b/" })).toBe("/");
  });
});

describe("site.json's pathPrefix", () => {
  const messages = (pathPrefix: unknown) => parseSiteSettings("_data/site.json", JSON.stringify({ ...MINIMAL, pathPrefix }, null, 2)).problems.map(formatProblem);

  it("is a path between slashes", () => {
    expect(messages("/panel-papers/")).toEqual([]);
    expect(messages("/a/b.c_d~e/")).toEqual([]);
    expect(messages("/")).toEqual([]);
  });

  it("is refused, at its line, with what to write, when it is not", () => {
    for (const bad of ["panel-papers", "/panel-papers", "panel-papers/", "//", "/a/../", "/a b/", "https://example.github.io/panel-papers/"]) {
      expect(messages(bad), bad).toEqual([
        `_data/site.json:5:17 ${JSON.stringify(bad)} is not in the right form: write the path the site is published under on its host, starting and ending with /; needed only when the site's address (url or SITE_URL) does not give it, for example "/panel-papers/" (pathPrefix)`,
      ]);
    }
  });
});

describe("the _headers file under a path prefix", () => {
  it("names the site's pages under it", () => {
    const paths = (text: string) => text.split("\n").filter((line) => line.startsWith("/"));
    expect(paths(headersFile("/panel-papers/"))).toEqual(["/panel-papers/*"]);
    expect(paths(headersFile())).toEqual(["/*"]);
    expect(headersFile("/panel-papers/").replace(/\/panel-papers\//g, "/")).toBe(headersFile());
  });

  it("gives every address one policy, which lets search fetch its index and run Pagefind: a host that sends every matching rule's header (Cloudflare Pages) must not add a stricter one", () => {
    const policies = headersFile().split("\n").filter((line) => line.trim().startsWith("Content-Security-Policy:"));
    expect(policies).toHaveLength(1);
    expect(policies[0]).toContain("connect-src 'self'");
    expect(policies[0]).toContain("'wasm-unsafe-eval'");
    expect(policies[0]).toContain("frame-ancestors 'none'");
    // Other pages keep their own stricter policy in their <meta> tag, which the browser enforces too.
    expect(contentSecurityPolicy("/meetings/")).toContain("connect-src 'none'");
    expect(contentSecurityPolicy("/meetings/")).not.toContain("wasm-unsafe-eval");
  });
});

describe("the search page's addresses under a path prefix", () => {
  const root = new URL("https://example.github.io/panel-papers/");

  it("puts the index's folder and each section's address under the site's root", () => {
    expect(onSite("/pagefind/", root)).toBe("/panel-papers/pagefind/");
    expect(onSite("/meetings/kmpcp-2024-10-10/minutes/#minute-3", root)).toBe("/panel-papers/meetings/kmpcp-2024-10-10/minutes/#minute-3");
    expect(onSite("/meetings/m/pack.pdf#page=2", root)).toBe("/panel-papers/meetings/m/pack.pdf#page=2");
  });

  it("leaves them as written at the host's root, and another site's address as it is", () => {
    const atRoot = new URL("https://papers.example.gov.uk/");
    expect(onSite("/pagefind/", atRoot)).toBe("/pagefind/");
    expect(onSite("/search/?q=Sheppey", atRoot)).toBe("/search/?q=Sheppey");
    expect(onSite("https://other.example/x", root)).toBe("https://other.example/x");
  });

  it("finds the site's root from the script's own address: the folder above assets/", () => {
    // In Node the script's address is its file's; the site's root is then the folder above it.
    expect(onSite("/pagefind/")).toMatch(/\/src\/pagefind\/$/);
  });
});
