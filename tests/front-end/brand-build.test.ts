/**
 * The brand is the archive's configuration: an archive built with colours, a logo and a name of
 * its own carries them in its stylesheet, favicon and pages, and one that sets none is in
 * govuk-frontend's colours, with nothing of the shipped archive's teal in any file it writes.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/build/build-site.ts";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";
import { loadValidArchive } from "../support/load-content.ts";
import { fileText, siteFiles } from "../support/site-files.ts";

/** Builds MINIMAL's content with `_data/site.json` `settings` and the archive's own `files`; returns the site's folder. */
async function buildArchive(settings: object, files: Record<string, string> = {}): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), "papers-brand-archive-"));
  mkdirSync(join(root, "_data"));
  writeFileSync(join(root, "_data/site.json"), JSON.stringify({ description: "Published papers of a panel.", statementDate: "2025-01-15", url: "https://papers.example.test/", ...settings }, null, 2));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  writeContent(MINIMAL, root);
  const outputDir = join(mkdtempSync(join(tmpdir(), "papers-brand-site-")), "site");
  await buildSite(loadValidArchive(root), { outputDir, projectRoot: root });
  return outputDir;
}

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 40"><rect width="80" height="40" fill="#ffffff"/></svg>\n';

describe("an archive built with colours and a logo of its own", () => {
  let site: string;
  beforeAll(async () => {
    site = await buildArchive(
      { name: "Anyshire Scrutiny Panel papers", colours: { brand: "#4c2c92", link: "#00703c", focus: "#ffbf47" }, logo: { file: "branding/logo.svg", alt: "Anyshire County Council" } },
      { "branding/logo.svg": LOGO },
    );
  });

  it("has a stylesheet in its colours, and none of GOV.UK's in their place", () => {
    const css = readFileSync(join(site, "assets/archive.css"), "utf8");
    // Matched as booleans: a failure would print the whole stylesheet.
    expect(css.includes(".govuk-generic-header{background-color:#4c2c92}")).toBe(true);
    expect(css.includes("--govuk-link-colour: #00703c;")).toBe(true);
    expect(css.includes("--govuk-focus-colour: #ffbf47;")).toBe(true);
    expect(/#1d70b8|#1a65a6|#ffdd00/i.test(css)).toBe(false);
  });

  it("has a favicon of its initials in its brand colour, linked from every page with the theme colour", () => {
    const favicon = readFileSync(join(site, "assets/favicon.svg"), "utf8");
    expect(favicon).toContain('<rect width="32" height="32" rx="4" fill="#4c2c92"/>');
    expect(cheerio.load(favicon, { xml: true })("text").text()).toBe("AS");
    for (const page of ["index.html", "meetings/panel-2024-01-10/index.html", "accessibility/index.html"]) {
      const $ = cheerio.load(readFileSync(join(site, page), "utf8"));
      expect($('link[rel="icon"]').attr("href"), page).toBe("/assets/favicon.svg");
      expect($('meta[name="theme-color"]').attr("content"), page).toBe("#4c2c92");
    }
  });

  it("shows its logo in the header, before its name, with its alternative text", () => {
    const $ = cheerio.load(readFileSync(join(site, "index.html"), "utf8"));
    const logo = $("header .govuk-generic-header__homepage-link img");
    expect([logo.attr("src"), logo.attr("alt")]).toEqual(["/assets/logo.svg", "Anyshire County Council"]);
    expect($("header .govuk-generic-header__homepage-link").text().trim()).toBe("Anyshire Scrutiny Panel papers");
    expect(readFileSync(join(site, "assets/logo.svg"), "utf8")).toBe(LOGO);
  });
});

describe("an archive built with no colours set", () => {
  let site: string;
  beforeAll(async () => {
    site = await buildArchive({ name: "Test Panel papers" });
  });

  it("is in govuk-frontend's own colours, with a favicon of its own initials", () => {
    const css = readFileSync(join(site, "assets/archive.css"), "utf8");
    expect(css.includes(".govuk-generic-header{background-color:#1d70b8}")).toBe(true);
    const favicon = readFileSync(join(site, "assets/favicon.svg"), "utf8");
    expect(favicon).toContain('fill="#1d70b8"');
    expect(cheerio.load(favicon, { xml: true })("text").text()).toBe("TP");
  });

  it("holds no #0b4f5c, the shipped archive's colour, in any file it writes", () => {
    const files = siteFiles(site).map((file) => join(site, file));
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((file) => /#0b4f5c/i.test(fileText(file)))).toEqual([]);
    expect(files.filter((file) => />KM</.test(fileText(file)))).toEqual([]);
  });
});
