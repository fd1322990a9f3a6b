/**
 * Markdown cannot carry script: raw HTML in content is shown as text, event-handler attributes never
 * become attributes, `javascript:` links are refused by `check` and never live in the output.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { loadArchive } from "../../src/model/load.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { type BuiltSite, buildContent } from "../support/build-fixture.ts";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";
import { htmlPages } from "../support/site-files.ts";

const HOSTILE_REPORT = [
  "---",
  "type: report",
  "title: A report <script>alert('title')</script>",
  "---",
  "## Introduction <img src=x onerror=alert('heading')>",
  "",
  "Text with <script>alert('inline')</script> and <img src=x onerror=\"alert('img')\"> in it.",
  "",
  "<script>alert('block')</script>",
  "",
  '<a href="javascript:alert(\'raw\')" onclick="alert(1)">raw link</a>',
  "",
  "A [reference link][evil] and <svg onload=alert('svg')></svg>.",
  "",
  "[evil]: javascript:alert('reference')",
  "",
].join("\n");

describe("script in content", () => {
  let site: BuiltSite;

  beforeAll(async () => {
    site = await buildContent(writeContent({ ...MINIMAL, "meetings/panel-2024-01-10/a2-report.md": HOSTILE_REPORT }));
  });

  it("is never live on any page: no script element, no on* attribute, no javascript: address", () => {
    const live: string[] = [];
    for (const page of htmlPages(site.outputDir)) {
      const $ = cheerio.load(readFileSync(join(site.outputDir, page), "utf8"));
      $("script").each((_, el) => {
        const type = $(el).attr("type");
        // JSON-LD data blocks are not executed. The site's own modules are: every page's navigation
        // script and the search page's own, from the site's own files (checked elsewhere); nothing else.
        const src = $(el).attr("src") ?? "";
        const ownModule = type === "module" && (src === "/assets/navigation.js" || (page === "/search/index.html" && src.startsWith("/assets/")));
        if (type !== "application/ld+json" && !ownModule) live.push(`${page}: <script>`);
      });
      $("*").each((_, el) => {
        for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) {
          if (/^on/i.test(name)) live.push(`${page}: ${name}= on <${(el as { name: string }).name}>`);
        }
      });
      $("[href], [src], [action], [formaction]").each((_, el) => {
        for (const attr of ["href", "src", "action", "formaction"]) {
          const value = $(el).attr(attr) ?? "";
          if (/^\s*(javascript|vbscript|data:text\/html)/i.test(value)) live.push(`${page}: ${attr}=${value}`);
        }
      });
    }
    expect(live).toEqual([]);
  });

  it("shows the raw HTML to the reader as text, so nothing is silently lost", () => {
    const $ = cheerio.load(readFileSync(join(site.outputDir, "meetings/panel-2024-01-10/a2-report/index.html"), "utf8"));
    expect($("main").text()).toContain("<script>alert('block')</script>");
    expect($("main").text()).toContain("onerror");
    expect($("main img").length).toBe(0);
  });

  it("is refused by check when it is a javascript: or data: link, naming the file and line", () => {
    const root = writeContent({
      ...MINIMAL,
      "meetings/panel-2024-01-10/a2-report.md": "---\ntype: report\ntitle: A report\n---\nSee [this](javascript:alert(1)).\n\nAnd [that](data:text/html;base64,PHNjcmlwdD4=).\n",
    });
    const problems = loadArchive({ projectRoot: root }).problems.map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(/^content\/meetings\/panel-2024-01-10\/a2-report\.md:5 javascript: links are not allowed/),
      expect.stringMatching(/^content\/meetings\/panel-2024-01-10\/a2-report\.md:7 data: links are not allowed/),
    ]);
  });
});
