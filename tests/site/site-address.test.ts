/**
 * The site's address as written, `url` in _data/site.json or SITE_URL: an absolute http or https
 * address is used, "/" (url's default) gives none, and anything else is refused with the address
 * meant, rather than passed over for the local server's (the build then said no address was set,
 * and published feeds and permanent addresses naming http://localhost:8080/, its prefix lost).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/model/problems.ts";
import { resolveSiteUrl, siteConfig, siteUrlProblem } from "../../src/site/config.ts";
import { parseSiteSettings } from "../../src/site/site-settings.ts";

const FILE = "_data/site.json";
const MINIMAL = { name: "North Wessex papers", description: "Published papers.", statementDate: "2025-01-15" };
/** site.json with `url` on line 5, its value at column 10. */
const messages = (url: string, extra: Record<string, unknown> = {}) => parseSiteSettings(FILE, `${JSON.stringify({ ...MINIMAL, url, ...extra }, null, 2)}\n`).problems.map(formatProblem);
const RULE = "the site's address must be absolute, starting https:// (or http://)";

describe("site.json's url", () => {
  it("is taken as an absolute http or https address, or \"/\" for none, as the docs write it", () => {
    for (const url of ["/", "https://papers.example.gov.uk/", "https://example.github.io/panel-papers", "http://localhost:8080/", "HTTPS://Papers.Example.gov.uk/scrutiny/"]) expect(messages(url), url).toEqual([]);
    expect(messages("/", { pathPrefix: "/scrutiny/" })).toEqual([]);
  });

  it("is refused at its line without https://, saying it must be absolute and giving the address meant", () => {
    expect(messages("democracy.northwessex.example.gov.uk/scrutiny")).toEqual([
      `_data/site.json:5:10 "democracy.northwessex.example.gov.uk/scrutiny" has no https:// before it: ${RULE}; write "https://democracy.northwessex.example.gov.uk/scrutiny/" (url)`,
    ]);
    expect(messages("www.example.gov.uk")).toEqual([`_data/site.json:5:10 "www.example.gov.uk" has no https:// before it: ${RULE}; write "https://www.example.gov.uk/" (url)`]);
    expect(messages("localhost:8080")).toEqual([`_data/site.json:5:10 "localhost:8080" has no https:// before it: ${RULE}; write "https://localhost:8080/" (url)`]);
  });

  it("is refused in the other forms a slip gives it, each with the address meant", () => {
    const refused: [string, string][] = [
      ["//example.gov.uk/", `"//example.gov.uk/" starts // with no https: before it: ${RULE}; write "https://example.gov.uk/"`],
      ["https:example.gov.uk", `"https:example.gov.uk" has https: with no // after it: ${RULE}; write "https://example.gov.uk/"`],
      ["ftp://files.example.gov.uk/papers", `"ftp://files.example.gov.uk/papers" is not a web address (it starts ftp:): ${RULE}; write "https://files.example.gov.uk/papers/"`],
      ["https:// democracy.example.gov.uk/scrutiny/", `"https:// democracy.example.gov.uk/scrutiny/" has a space in it, which no web address can have: ${RULE}; write "https://democracy.example.gov.uk/scrutiny/"`],
      ["democracy.example.gov.uk /scrutiny", `"democracy.example.gov.uk /scrutiny" has a space in it, which no web address can have: ${RULE}; write "https://democracy.example.gov.uk/scrutiny/"`],
      ["https://example.gov.uk/papers/?from=home", `"https://example.gov.uk/papers/?from=home" has a ? or # part, which the site's address cannot keep: ${RULE}; write "https://example.gov.uk/papers/"`],
      ["https://", `"https://" has https:// but no host name a browser can read after it: ${RULE}; write the address the site is published at, e.g. "https://papers.example.gov.uk/"`],
      ["mailto:clerk@example.gov.uk", `"mailto:clerk@example.gov.uk" is not a web address (it starts mailto:): ${RULE}; write the address the site is published at, e.g. "https://papers.example.gov.uk/"`],
    ];
    for (const [url, message] of refused) expect(messages(url), url).toEqual([`_data/site.json:5:10 ${message} (url)`]);
  });

  it("is refused as a path, which is pathPrefix's to give, naming that key", () => {
    for (const url of ["/scrutiny/", "/scrutiny", "scrutiny"]) {
      expect(messages(url), url).toEqual([
        `_data/site.json:5:10 ${JSON.stringify(url)} is a path, not an address: ${RULE}; write the address the site is published at, e.g. "https://papers.example.gov.uk/scrutiny/", or, to publish its pages under /scrutiny/ before it has one, remove "url" and write "pathPrefix": "/scrutiny/" (url)`,
      ]);
    }
  });

  it("stops a build's configuration, so the site is never published at the local server's address in its stead", () => {
    const root = mkdtempSync(join(tmpdir(), "papers-address-"));
    mkdirSync(join(root, "_data"));
    writeFileSync(join(root, FILE), JSON.stringify({ ...MINIMAL, url: "democracy.northwessex.example.gov.uk/scrutiny" }, null, 2));
    expect(() => siteConfig(root, {})).toThrow(/_data\/site\.json:5:10 "democracy\.northwessex\.example\.gov\.uk\/scrutiny" has no https:\/\/ before it/);
  });
});

describe("SITE_URL", () => {
  it("is refused, naming SITE_URL and the address meant, where it is no absolute web address", () => {
    expect(siteUrlProblem({ SITE_URL: "democracy.northwessex.example.gov.uk/scrutiny" })).toBe(
      `SITE_URL=democracy.northwessex.example.gov.uk/scrutiny has no https:// before it: ${RULE}; write SITE_URL=https://democracy.northwessex.example.gov.uk/scrutiny/`,
    );
    expect(siteUrlProblem({ SITE_URL: "ftp://x.example/" })).toBe(`SITE_URL=ftp://x.example/ is not a web address (it starts ftp:): ${RULE}; write SITE_URL=https://x.example/`);
    // Quoted, to show where the value ends; a space within a name may stand for a dot or a hyphen, so no address is guessed.
    expect(siteUrlProblem({ SITE_URL: "https://papers example.gov.uk" })).toBe(
      `SITE_URL="https://papers example.gov.uk" has a space in it, which no web address can have: ${RULE}; write e.g. SITE_URL=https://papers.example.gov.uk/ (the address the site is published at)`,
    );
    expect(siteUrlProblem({ SITE_URL: "/" })).toBe(`SITE_URL=/ is a path, not an address: ${RULE}; write e.g. SITE_URL=https://papers.example.gov.uk/ (the address the site is published at), or leave SITE_URL unset until it has one`);
    expect(siteUrlProblem({ SITE_URL: "/scrutiny/" })).toBe(
      `SITE_URL=/scrutiny/ is a path, not an address: ${RULE}; write SITE_URL=https://papers.example.gov.uk/scrutiny/ (the address the site is published at), or, to publish its pages under /scrutiny/ before it has one, leave SITE_URL unset and write "pathPrefix": "/scrutiny/" in _data/site.json`,
    );
  });

  it("is the build's address when it is one, and unset or blank leaves the address to site.json", () => {
    for (const SITE_URL of [undefined, "", "  ", "https://papers.example.gov.uk", " https://example.github.io/panel-papers/ "]) expect(siteUrlProblem({ SITE_URL }), String(SITE_URL)).toBeUndefined();
    expect(resolveSiteUrl("/", { SITE_URL: " https://example.github.io/panel-papers " })).toBe("https://example.github.io/panel-papers/");
  });

  it("is refused by the build with the same message", () => {
    expect(() => resolveSiteUrl("/", { SITE_URL: "//papers.example.gov.uk" })).toThrow(`SITE_URL=//papers.example.gov.uk starts // with no https: before it: ${RULE}; write SITE_URL=https://papers.example.gov.uk/`);
  });
});
