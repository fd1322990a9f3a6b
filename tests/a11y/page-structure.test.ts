/**
 * The structure every page of the shipped archive shares, read from the built HTML (no browser):
 * one h1 and headings that skip no level, a skip link that lands in <main>, a language, a favicon,
 * the accessibility statement in the footer; tables that scroll in a named, focusable box, keep
 * their header cells and name each data cell's column (what a narrow screen shows); a contents
 * list on long papers; and a 404 page.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CheerioAPI } from "cheerio";
import * as cheerio from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { sharedSite } from "../support/shared-site.ts";
import { htmlPages } from "../support/site-files.ts";

/** Problems with a page's heading outline: not exactly one h1, or a heading that skips a level. */
function outlineProblems($: CheerioAPI): string[] {
  const problems: string[] = [];
  const levels = $("h1, h2, h3, h4, h5, h6")
    .map((_, el) => ({ level: Number((el as { tagName: string }).tagName.slice(1)), text: $(el).text().trim().slice(0, 60) }))
    .get();
  const h1s = levels.filter((h) => h.level === 1).length;
  if (h1s !== 1) problems.push(`${h1s} h1 headings`);
  let previous = 0;
  for (const heading of levels) {
    if (heading.level > previous + 1) problems.push(`h${heading.level} "${heading.text}" follows h${previous || "(none)"}`);
    previous = heading.level;
  }
  return problems;
}

describe("the structure of every page", () => {
  let dir: string;
  let pages: { file: string; $: CheerioAPI }[];

  beforeAll(async () => {
    dir = await sharedSite();
    pages = htmlPages(dir).map((file) => ({ file, $: cheerio.load(readFileSync(join(dir, file), "utf8")) }));
  });

  /** Runs `check` on every page and expects no page to report a problem. */
  const everyPage = (check: ($: CheerioAPI, file: string) => string[]) => {
    expect(pages.length).toBeGreaterThan(100);
    const problems = pages.flatMap(({ file, $ }) => check($, file).map((p) => `${file}: ${p}`));
    expect(problems, problems.join("\n")).toEqual([]);
  };

  it("finds a skipped heading level or a second h1", () => {
    expect(outlineProblems(cheerio.load("<h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2>"))).toEqual([]);
    expect(outlineProblems(cheerio.load("<h1>a</h1><h2>b</h2><h4>c</h4>"))).toEqual(['h4 "c" follows h2']);
    expect(outlineProblems(cheerio.load("<h2>a</h2><h1>b</h1><h1>c</h1>"))).toEqual(["2 h1 headings", 'h2 "a" follows h(none)']);
  });

  it("has one h1 and headings that skip no level", () => {
    everyPage(outlineProblems);
  });

  it("names its language, and its title, and has a skip link that lands in <main>", () => {
    everyPage(($) => {
      const problems: string[] = [];
      if ($("html").attr("lang") !== "en-GB") problems.push(`lang="${$("html").attr("lang")}"`);
      if ($("title").text().trim() === "") problems.push("no title");
      const skip = $("body > a.govuk-skip-link").first();
      if (skip.attr("href") !== "#main-content") problems.push("no skip link to #main-content first in <body>");
      if ($("main#main-content").length !== 1) problems.push("no one <main id=main-content>");
      if ($("main").attr("tabindex") !== "-1") problems.push("<main> cannot take focus from the skip link");
      return problems;
    });
  });

  it("has a favicon, and links the accessibility statement from its footer", () => {
    const favicon = "assets/favicon.svg";
    expect(existsSync(join(dir, favicon))).toBe(true);
    expect(readFileSync(join(dir, favicon), "utf8")).toMatch(/<svg[\s>]/);
    everyPage(($) => {
      const problems: string[] = [];
      if ($('link[rel~="icon"]').attr("href") !== `/${favicon}`) problems.push("no favicon link");
      if ($('footer a[href="/accessibility/"]').text().trim() !== "Accessibility statement") problems.push("no link to the accessibility statement in the footer");
      return problems;
    });
  });

  it("puts every table in a named, focusable scrolling box, with header cells that say something", () => {
    let tables = 0;
    everyPage(($) => {
      const problems: string[] = [];
      $("main table").each((i, table) => {
        tables += 1;
        const box = $(table).parent(".app-table-wrap");
        const name = box.attr("aria-label")?.trim() || (box.attr("aria-labelledby") ? $(`#${box.attr("aria-labelledby")}`).text().trim() : "");
        if (box.length === 0) problems.push(`table ${i + 1} is not in an .app-table-wrap box`);
        else if (box.attr("role") !== "region" || box.attr("tabindex") !== "0" || !name) problems.push(`table ${i + 1}'s box is not a named, focusable region`);
        // A table the paper prints with no header row (`::: no-header-row`) has no thead: no header cells to check.
        if ($(table).find("th").length === 0 && $(table).find("thead").length > 0) problems.push(`table ${i + 1} has no header cells`);
        $(table)
          .find("th")
          .each((_, th) => {
            if ($(th).text().trim() === "") problems.push(`table ${i + 1} has an empty header cell`);
          });
      });
      return problems;
    });
    expect(tables).toBeGreaterThan(20);
  });

  it("names each data cell's column as its header cell does, for a narrow screen to show", () => {
    let labelled = 0;
    everyPage(($) => {
      const problems: string[] = [];
      $("main table").each((i, table) => {
        const columns = $(table)
          .find("thead tr")
          .first()
          .children("th, td")
          .map((_, cell) => $(cell).text().replace(/\s+/g, " ").trim())
          .get();
        $(table)
          .find("tbody tr")
          .each((_, row) => {
            $(row)
              .children("th, td")
              .each((column, cell) => {
                const label = $(cell).attr("data-label");
                // A row header names its row, not a column; a column with no header text has no name.
                const expected = (cell as { tagName: string }).tagName === "th" ? undefined : columns[column] || undefined;
                if (label !== expected) problems.push(`table ${i + 1}, column ${column + 1}: data-label ${label === undefined ? "missing" : `"${label}"`}, header "${columns[column] ?? ""}"`);
                if (label) labelled += 1;
              });
          });
      });
      return [...new Set(problems)];
    });
    expect(labelled).toBeGreaterThan(1000);
  });

  it("names a paper's table after the heading it sits under", () => {
    const page = pages.find((p) => p.file === "/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/index.html");
    expect(page, "the annual report 2023-24 is in the shipped archive").toBeDefined();
    const names = page?.$(".app-prose .app-table-wrap").map((_, el) => page.$(el).attr("aria-label")).get() ?? [];
    expect(names.length).toBeGreaterThan(3);
    expect(names.filter((n) => /^Table \d+$/.test(n))).toEqual([]);
    expect(names).toContain("Prevent road danger and support Vision Zero");
  });

  it("gives a long paper a contents list that leads to each of its headings", () => {
    let long = 0;
    everyPage(($) => {
      const headings = $(".app-prose").find("h2[id], h3[id], h4[id]");
      if (headings.length <= 3) return [];
      long += 1;
      const contents = $('nav.app-contents-list[aria-label="Contents"] a');
      if (contents.length === 0) return [`${headings.length} headings and no contents list`];
      return contents
        .map((_, a) => $(a).attr("href") ?? "")
        .get()
        .filter((href) => !href.startsWith("#") || $(`[id="${href.slice(1)}"]`).length !== 1)
        .map((href) => `contents link ${href} leads nowhere on the page`);
    });
    expect(long).toBeGreaterThan(5);
  });

  it("has a 404 page that helps a reader on", () => {
    const page = pages.find((p) => p.file === "/404.html");
    expect(page).toBeDefined();
    expect(page?.$("h1").text()).toBe("Page not found");
    expect(page?.$('main a[href="/search/"]').length).toBe(1);
    expect(page?.$('main a[href="/meetings/"]').length).toBe(1);
  });
});
