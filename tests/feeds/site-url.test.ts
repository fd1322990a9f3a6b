/**
 * The site's absolute address for feeds and data: SITE_URL wins, a relative site.json `url` falls
 * back to the local server's address, and a bad SITE_URL is refused with what to write instead.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { absoluteUrl, DEFAULT_SITE_URL, resolveSiteUrl, siteFromData } from "../../src/feeds/site-url.ts";

describe("the site's address", () => {
  it("is SITE_URL when set, with a trailing slash", () => {
    expect(resolveSiteUrl("/", { SITE_URL: "https://papers.example.gov.uk" })).toBe("https://papers.example.gov.uk/");
    expect(resolveSiteUrl("https://other.example/", { SITE_URL: "https://papers.example.gov.uk/archive" })).toBe("https://papers.example.gov.uk/archive/");
  });

  it("is site.json's url when that is absolute, and the local server's when it is relative", () => {
    expect(resolveSiteUrl("https://papers.example.gov.uk/", {})).toBe("https://papers.example.gov.uk/");
    expect(resolveSiteUrl("/", {})).toBe(DEFAULT_SITE_URL);
    expect(resolveSiteUrl(undefined, {})).toBe("http://localhost:8080/");
  });

  it("refuses a SITE_URL that is not an absolute web address, saying what to write", () => {
    expect(() => resolveSiteUrl("/", { SITE_URL: "papers.example.gov.uk" })).toThrow(/^SITE_URL=papers\.example\.gov\.uk has no https:\/\/ before it: .*; write SITE_URL=https:\/\/papers\.example\.gov\.uk\/$/);
    expect(() => resolveSiteUrl("/", { SITE_URL: "ftp://x.example/" })).toThrow(/is not a web address \(it starts ftp:\).*must be absolute, starting https:\/\//);
  });

  it("makes page addresses absolute under it, keeping its path", () => {
    expect(absoluteUrl("https://papers.example.gov.uk/", "/meetings/x/")).toBe("https://papers.example.gov.uk/meetings/x/");
    expect(absoluteUrl("https://example.gov.uk/papers/", "/meetings/x/")).toBe("https://example.gov.uk/papers/meetings/x/");
  });

  it("reads the name and publisher from site.json", () => {
    const dir = mkdtempSync(join(tmpdir(), "site-data-"));
    writeFileSync(join(dir, "site.json"), JSON.stringify({ url: "/", name: "Panel papers", hostOrganisation: "A Council" }));
    expect(siteFromData(dir, {})).toEqual({ url: "http://localhost:8080/", name: "Panel papers", publisher: "A Council" });
    expect(siteFromData(dir, { SITE_URL: "https://p.example/" }).url).toBe("https://p.example/");
  });
});
