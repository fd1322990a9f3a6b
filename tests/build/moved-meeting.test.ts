/**
 * A meeting moved to another date (`formerly:` in its meeting.md): its old address and its papers'
 * old addresses send the reader on to the new ones, are left out of the sitemap and of search, the
 * meeting's page says where it moved from, and its calendar event keeps the identifier it had.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { type BuiltSite, buildContent } from "../support/build-fixture.ts";
import { MINIMAL, meetingFile, writeContent } from "../support/content-fixture.ts";
import { loadPage, siteFiles } from "../support/site-files.ts";

let site: BuiltSite;

beforeAll(async () => {
  const root = writeContent({ ...MINIMAL, "meetings/panel-2024-01-10/meeting.md": meetingFile().replace("status: held\n", "status: held\nformerly: [panel-2023-12-13]\n") });
  site = await buildContent(root);
}, 120_000);

describe("a meeting moved to another date", () => {
  it("has a page at each old address, the meeting's and its papers', that sends the reader on to the new one", () => {
    const files = new Set(siteFiles(site.outputDir));
    for (const [old, now] of [
      ["/meetings/panel-2023-12-13/", "/meetings/panel-2024-01-10/"],
      ["/meetings/panel-2023-12-13/a2-report/", "/meetings/panel-2024-01-10/a2-report/"],
      ["/meetings/panel-2023-12-13/minutes/", "/meetings/panel-2024-01-10/minutes/"],
    ] as const) {
      expect(files.has(`${old}index.html`), old).toBe(true);
      const $ = loadPage(site.outputDir, old);
      expect($('meta[http-equiv="refresh"]').attr("content"), old).toBe(`0; url=${now}`);
      expect($('link[rel="canonical"]').attr("href"), old).toBe(now);
      expect($('meta[name="robots"]').attr("content"), old).toBe("noindex");
      expect($(`main a[href="${now}"]`).length, old).toBe(1);
      expect($("[data-pagefind-body]").length, old).toBe(0);
    }
    expect(loadPage(site.outputDir, "/meetings/panel-2023-12-13/")("main").text()).toContain("The meeting moved to Wednesday 10 January 2024. This page is now at");
  });

  it("leaves the old addresses out of the sitemap, and says on the meeting's page where it moved from", () => {
    const sitemap = readFileSync(join(site.outputDir, "sitemap.xml"), "utf8");
    expect(sitemap).toContain("/meetings/panel-2024-01-10/</loc>");
    expect(sitemap).not.toContain("panel-2023-12-13");
    const summary = loadPage(site.outputDir, "/meetings/panel-2024-01-10/")(".govuk-summary-list").first().text().replace(/\s+/g, " ");
    expect(summary).toContain("Moved from Wednesday 13 December 2023");
  });

  it("gives its former identifiers in the open data", () => {
    const meetings = JSON.parse(readFileSync(join(site.outputDir, "data/meetings.json"), "utf8")) as { items: { id: string; formerly?: string[] }[] };
    expect(meetings.items.find((m) => m.id === "panel-2024-01-10")?.formerly).toEqual(["panel-2023-12-13"]);
  });

  it("keeps its calendar event's identifier, with a higher sequence, so calendars move the event", () => {
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(site.outputDir, "meetings/panel-2024-01-10/meeting.ics"), "utf8")));
    const [event] = calendar.getAllSubcomponents("vevent");
    expect(event?.getFirstPropertyValue("uid")).toMatch(/^panel-2023-12-13@/);
    expect(event?.getFirstPropertyValue("sequence")).toBe(1);
  });
});
