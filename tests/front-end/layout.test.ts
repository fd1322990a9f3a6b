import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as cheerio from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { brandPageData } from "../../src/eleventy/assets-plugin.ts";
import type { EleventyConfig } from "../../src/eleventy/config-types.ts";
import { filtersPlugin } from "../../src/eleventy/filters.ts";
import { govukTemplatesPlugin } from "../../src/eleventy/govuk-templates.ts";
import { siteBrand } from "../../src/site/brand.ts";
import { parseSiteSettings, requireSiteSettings } from "../../src/site/site-settings.ts";

/**
 * Builds the fixture pages in tests/front-end/fixtures/pages plus the real
 * accessibility and 404 pages through layouts/base.njk, in memory, with the
 * project's filters and govuk-frontend's macros on the template path but no
 * archive and no project config file: these tests are about the layout and
 * macros alone.
 */
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const input = relative(process.cwd(), here("./fixtures/pages"));
const includes = relative(here("./fixtures/pages"), here("../../layouts"));
// The shipped configuration as a build reads it: validated, with the schema's defaults.
const parsed = parseSiteSettings("_data/site.json", readFileSync(here("../../_data/site.json"), "utf8"));
if (!parsed.settings) throw new Error(`_data/site.json: ${JSON.stringify(parsed.problems)}`);
// A copy: Eleventy writes into its global data, and the settings are frozen.
const site = structuredClone(parsed.settings);
const realPages = ["accessibility.njk", "404.njk"];
/** What the assets plugin gives the layout for the shipped archive's site.json. */
const brand = brandPageData(siteBrand(requireSiteSettings(here("../../_data/site.json"), here("../..")), here("../..")));

interface BuiltPage {
  url: string;
  content: string;
}

let pages = new Map<string, string>();

function page(url: string): string {
  const html = pages.get(url);
  if (html === undefined) throw new Error(`no page built at ${url}; built: ${[...pages.keys()].join(", ")}`);
  return html;
}

/**
 * Eleventy 3.1 ships no type declarations; importing it through a variable
 * keeps `tsc` from looking for them, and this is the one shape the test uses.
 */
interface EleventyConstructor {
  new (input: string, output: string, options: object): { toJSON(): Promise<unknown> };
}
const eleventyModule = "@11ty/eleventy";

beforeAll(async () => {
  const { default: Eleventy } = (await import(eleventyModule)) as { default: EleventyConstructor };
  const eleventy = new Eleventy(input, "_site.front-end-test", {
    configPath: false,
    quietMode: true,
    config(
      eleventyConfig: EleventyConfig & {
        setIncludesDirectory(dir: string): void;
        addTemplate(path: string, content: string, data?: object): void;
      },
    ) {
      eleventyConfig.setIncludesDirectory(includes);
      // the layout calls project filters (the Content-Security-Policy meta)
      filtersPlugin(eleventyConfig);
      // the layout and pages import govuk-frontend's macros (govukBreadcrumbs, govukSummaryList…)
      govukTemplatesPlugin(eleventyConfig);
      eleventyConfig.addGlobalData("site", site);
      eleventyConfig.addGlobalData("brand", brand);
      eleventyConfig.addGlobalData("buildDate", "Monday 23 November 2026");
      for (const name of realPages) {
        eleventyConfig.addTemplate(name, readFileSync(here(`../../src/pages/${name}`), "utf8"));
      }
    },
  });
  const built = (await eleventy.toJSON()) as unknown as BuiltPage[];
  pages = new Map(built.map((p) => [p.url, p.content]));
}, 30_000);

describe("base layout", () => {
  it("is a GOV.UK-style page with one script, from a file, no crown and no js-enabled class", () => {
    for (const [url, html] of pages) {
      const $ = cheerio.load(html);
      expect($("html").attr("lang"), url).toBe("en-GB");
      expect($("html").hasClass("govuk-template"), url).toBe(true);
      expect($("body").hasClass("govuk-template__body"), url).toBe(true);
      // The navigation's menu button (src/assets/navigation.js): a module, no inline code.
      expect($("script").length, url).toBe(1);
      expect($('head > script[type="module"][src="/assets/navigation.js"]').length, url).toBe(1);
      expect($("script").text(), url).toBe("");
      expect(html.includes("js-enabled"), url).toBe(false);
      expect(/crown|govuk-logo/i.test(html), url).toBe(false);
      expect($("meta[name=viewport]").length, url).toBe(1);
      expect($('link[rel=stylesheet][href="/assets/archive.css"]').length, url).toBe(1);
      expect($('link[rel=icon][href="/assets/favicon.svg"][type="image/svg+xml"]').length, url).toBe(1);
      expect($('meta[name="theme-color"]').attr("content"), url).toBe(site.colours.brand);
    }
  });

  it("shows the body's logo before the archive's name in the header, with its alternative text, when site.json names one", () => {
    expect(cheerio.load(page("/minimal/"))("header img").length).toBe(0);
    const $ = cheerio.load(page("/with-logo/"));
    const home = $("header .govuk-generic-header__homepage-link");
    const logo = home.find("img.app-header-logo");
    expect([logo.attr("src"), logo.attr("alt"), logo.attr("width"), logo.attr("height")]).toEqual(["/assets/logo.png", "Anyshire County Council", "160", "80"]);
    expect(home.find(".app-header-name").text()).toBe(site.name);
    expect(home.attr("href")).toBe("/");
  });

  it("keeps the chrome of a page under 10 KB", () => {
    const html = page("/minimal/");
    const content = '<p class="govuk-body">CONTENT</p>';
    expect(html).toContain(content);
    const chrome = Buffer.byteLength(html) - Buffer.byteLength(content);
    expect(chrome).toBeLessThanOrEqual(10 * 1024);
    // the chrome has no inline SVG at all
    expect(html.includes("<svg")).toBe(false);
  });

  it("titles pages '<title> – <site name>', and the home page with the site name alone", () => {
    expect(cheerio.load(page("/minimal/"))("title").text()).toBe(`Minimal page – ${site.name}`);
    expect(cheerio.load(page("/"))("title").text()).toBe(site.name);
  });

  it("names the archive in the header, linking home", () => {
    const $ = cheerio.load(page("/minimal/"));
    const home = $("header .govuk-generic-header__homepage-link");
    expect(home.text().trim()).toBe(site.name);
    expect(home.attr("href")).toBe("/");
  });

  it("lets script from the site's own files run, and nothing inline", () => {
    const policy = (url: string) => cheerio.load(page(url))('meta[http-equiv="Content-Security-Policy"]').attr("content") ?? "";
    expect(policy("/minimal/").split("; ")).toEqual(expect.arrayContaining(["default-src 'self'", "script-src 'self'", "connect-src 'none'", "object-src 'none'"]));
    expect(policy("/minimal/")).not.toMatch(/unsafe-inline|unsafe-eval|nonce-|sha256-/);
  });

  it("folds the sections behind govuk-frontend's menu button, hidden until its script shows it", () => {
    const $ = cheerio.load(page("/minimal/"));
    const nav = $("header [data-module=govuk-service-navigation] nav");
    const button = nav.find("button.govuk-service-navigation__toggle");
    expect(button.text().trim()).toBe("Menu");
    expect(button.attr("hidden")).toBeDefined();
    expect(button.attr("aria-controls")).toBe(nav.find("ul.govuk-service-navigation__list").attr("id"));
    // Without script the list is written shown.
    expect(nav.find("ul.govuk-service-navigation__list").attr("hidden")).toBeUndefined();
  });

  it("lists the five sections and marks the current one", () => {
    const $ = cheerio.load(page("/minimal/"));
    const links = $("header nav .govuk-service-navigation__link");
    expect(links.map((_, a) => $(a).attr("href")).get()).toEqual([
      "/meetings/", "/registers/", "/people/", "/topics/", "/search/",
    ]);
    // in the Meetings section but not its index page: aria-current="true"
    expect($('header nav a[aria-current="true"]').attr("href")).toBe("/meetings/");
    expect($("header nav [aria-current]").length).toBe(1);
    // on the section's own page: aria-current="page"
    const $m = cheerio.load(page("/meetings/"));
    expect($m('header nav a[aria-current="page"]').attr("href")).toBe("/meetings/");
    // a page in no section marks nothing
    expect(cheerio.load(page("/accessibility/"))("header nav [aria-current]").length).toBe(0);
  });

  it("skips to the main content", () => {
    const $ = cheerio.load(page("/minimal/"));
    expect($("a.govuk-skip-link").attr("href")).toBe("#main-content");
    expect($("main#main-content").length).toBe(1);
    expect($("main h1").text()).toBe("Minimal page");
  });

  it("renders breadcrumbs only when the page has them, escaped", () => {
    expect(cheerio.load(page("/minimal/"))(".govuk-breadcrumbs").length).toBe(0);
    const html = page("/meetings/");
    const $ = cheerio.load(html);
    const items = $("nav.govuk-breadcrumbs li");
    expect(items.length).toBe(2);
    expect(items.eq(0).find("a").attr("href")).toBe("/");
    expect(items.eq(1).attr("aria-current")).toBe("page");
    expect(items.eq(1).text().trim()).toBe("Meetings & <things>");
    expect(html.includes("<things>")).toBe(false);
  });

  it("prints the permanent address and build date, hidden on screen by class", () => {
    const $ = cheerio.load(page("/minimal/"));
    const meta = $("main .app-print-meta");
    expect(meta.text()).toContain("Permanent address: /minimal/");
    expect(meta.text()).toContain("Monday 23 November 2026");
    // with an absolute site URL, no doubled slash
    expect(cheerio.load(page("/meetings/"))(".app-print-meta").text()).toContain(
      "Permanent address: https://archive.test/meetings/",
    );
  });

  it("ends with a footer linking the accessibility statement, subscriptions, open data and the licence", () => {
    const $ = cheerio.load(page("/minimal/"));
    const hrefs = $("footer a").map((_, a) => $(a).attr("href")).get();
    expect(hrefs).toEqual(expect.arrayContaining(["/accessibility/", "/subscribe/", "/data/"]));
    expect($("footer").text()).toContain("Open Government Licence v3.0");
  });
});

describe("macros", () => {
  const $ = () => cheerio.load(page("/macros/"));

  it("govuk-frontend's summary list, fed by govukRows, escapes values, links, lists and skips empty rows", () => {
    const dl = $()("#summary dl.govuk-summary-list");
    const keys = dl.find("dt").map((_, el) => $()(el).text().trim()).get();
    expect(keys).toEqual(["Body", "Venue", "Unsafe", "Papers"]);
    expect(dl.find('dd a[href="/bodies/kmpcp/"]').text()).toBe("Police and Crime Panel");
    expect(dl.find("dd strong").length).toBe(0);
    expect(page("/macros/")).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(dl.find("dd ul.govuk-list li").length).toBe(2);
  });

  it("govuk-frontend's tag takes a colour modifier, none for the default blue", () => {
    const tags = $()("#tags strong.govuk-tag");
    expect(tags.eq(0).attr("class")).toBe("govuk-tag govuk-tag--red");
    expect(tags.eq(1).attr("class")).toBe("govuk-tag");
  });

  it("contentsList is a nav labelled Contents, indents deeper headings, and needs two headings", () => {
    const nav = $()("#contents nav");
    expect(nav.attr("aria-label")).toBe("Contents");
    const items = nav.find("li");
    expect(items.eq(0).find("a").attr("href")).toBe("#m109");
    expect(items.eq(1).hasClass("app-contents-list__item--level-3")).toBe(true);
    expect(items.eq(2).hasClass("app-contents-list__item--level-4")).toBe(true);
    expect($()("#contents-one").html()?.trim()).toBe("");
  });

  it("tableWrap makes a focusable, named, scrolling region around the table", () => {
    const wrap = $()("#table .app-table-wrap");
    expect(wrap.attr("role")).toBe("region");
    expect(wrap.attr("tabindex")).toBe("0");
    expect(wrap.attr("aria-label")).toBe("Attendance by meeting");
    expect(wrap.find("table th").length).toBe(1);
  });
});

describe("pages", () => {
  it("the accessibility statement names the standard, the contact, the enforcement bodies and its date", () => {
    const $ = cheerio.load(page("/accessibility/"));
    const text = $("main").text().replace(/\s+/g, " ");
    expect($("h1").text()).toBe("Accessibility statement");
    expect(text).toContain("Web Content Accessibility Guidelines version 2.2");
    expect(text).toContain("Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018");
    expect($(`a[href="mailto:${site.contactEmail}"]`).length).toBeGreaterThan(0);
    expect(text).toContain(site.hostOrganisation);
    expect(text).toContain("Equality and Human Rights Commission");
    expect(text).toContain("Equality Advisory and Support Service");
    expect(text).toContain("Equality Commission for Northern Ireland");
    const [y = 0, m = 1, d = 1] = site.statementDate.split("-").map(Number);
    const expected = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    expect($(`time[datetime="${site.statementDate}"]`).text()).toBe(expected);
  });

  it("the not-found page links to meetings, search and the home page", () => {
    const $ = cheerio.load(page("/404.html"));
    const hrefs = $("main a").map((_, a) => $(a).attr("href")).get();
    expect(hrefs).toEqual(expect.arrayContaining(["/meetings/", "/search/", "/"]));
  });
});
