/**
 * A heading's anchor never takes an id the page template gives its own elements: a heading
 * "Main content" would otherwise take the skip link's target, and a heading "Attendance" in
 * minutes the attendance list's.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE_IDS, prepareBody } from "../../src/model/body.ts";
import { PROJECT_ROOT } from "../support/paths.ts";

describe("ids the page uses", () => {
  it("are not given to a heading, which gets a suffix instead", () => {
    const body = prepareBody("## Main content\n\nText.\n\n## Main content\n\n### Attendance\n\n## Agenda\n", { minutes: false });
    expect(body.problems).toEqual([]);
    expect(body.headings.map((h) => h.anchor)).toEqual(["main-content-2", "main-content-3", "attendance-2", "agenda-2"]);
    expect(body.anchors.has("main-content")).toBe(false);
  });

  it("are not given to a minute whose title slugs to one", () => {
    const body = prepareBody("## Attendance\n\nText.\n", { minutes: true });
    expect(body.minutes.map((m) => m.anchor)).toEqual(["attendance-2"]);
  });

  it("are refused as an explicit anchor, saying the page uses it", () => {
    const body = prepareBody("## Skip here {#main-content}\n\nText.\n", { minutes: false });
    expect(body.problems).toEqual([{ line: 0, message: expect.stringMatching(/^anchor #main-content is used by the page itself \(the target of the page's skip link\): choose another anchor/) }]);
  });

  it("include every fixed id of the layout and of the pages that show content Markdown", () => {
    const templates = [
      join(PROJECT_ROOT, "layouts", "base.njk"),
      ...readdirSync(join(PROJECT_ROOT, "layouts", "partials")).map((name) => join(PROJECT_ROOT, "layouts", "partials", name)),
      ...readdirSync(join(PROJECT_ROOT, "src", "pages"), { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".njk")).map((name) => join(PROJECT_ROOT, "src", "pages", name)),
    ];
    const fixed = new Set<string>();
    for (const path of templates) {
      const template = readFileSync(path, "utf8");
      // Pages with no content Markdown (search, data, subscribe) cannot hold a heading to clash.
      if (path.includes(`${join("src", "pages")}`) && !/markdownHtml|paperHtml/.test(template)) continue;
      for (const match of template.matchAll(/\bid="([^"{}]+)"/g)) fixed.add(match[1] as string);
    }
    expect(fixed.size).toBeGreaterThan(3);
    expect([...fixed].filter((id) => !PAGE_IDS.has(id))).toEqual([]);
  });
});
