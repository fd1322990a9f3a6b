/**
 * The built site says only what the papers say, at a fixed clock (PAPERS_NOW=2026-12-01T12:00:00Z):
 * the registers call the follow-ups of minutes 114 and 115 not known, never overdue; meetings
 * whose date has passed are not "Scheduled"; the minutes of 16 July 2024 are "not yet approved in
 * the archive", not a bold "Draft".
 */
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { buildContent } from "../support/build-fixture.ts";
import { loadPage } from "../support/site-files.ts";

let outputDir: string;

beforeAll(async () => {
  ({ outputDir } = await buildContent(undefined, DateTime.fromISO("2026-12-01T12:00:00Z")));
}, 300_000);

const page = (url: string) => loadPage(outputDir, url);
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

describe("statuses in the built site at 1 December 2026", () => {
  it.each(["/registers/resolutions/", "/registers/recommendations/"])("%s calls the follow-ups of minutes 114 and 115 not known", (url) => {
    const $ = page(url);
    expect($("main").text()).not.toMatch(/Overdue/);
    for (const minute of ["kmpcp-2024-07-16/minutes/#m114", "kmpcp-2024-07-16/minutes/#m115"]) {
      const row = $(`main tr:has(a[href*="${minute}"])`);
      expect(row.length, minute).toBeGreaterThan(0);
      const tags = row.find(".govuk-tag").map((_, el) => squash($(el).text())).get();
      expect(tags.length, minute).toBeGreaterThan(0);
      for (const tag of tags) expect(tag, minute).toBe("Not known");
      expect(squash(row.text()), minute).toMatch(/Not known \(the (archive holds no papers of that meeting|papers name a month, not a meeting, and the archive cannot show whether it was taken)\)/);
    }
  });

  it("says in the work programme register what the resolutions register says, in the same words", () => {
    const $ = page("/registers/work-programme/");
    const text = squash($("main").text());
    expect(text).not.toMatch(/Agenda not yet in the archive/);
    expect(text).toContain("Not known (the archive holds no papers of that meeting)");
  });

  it.each([
    ["kmpcp-2024-12-18", "2024"],
    ["pdb-2024-10-02", "2024"],
    ["kmpcp-2020-03-26", "2020"],
  ])("does not call the meeting %s Scheduled, on its page or in the list of its year", (id, year) => {
    const meeting = page(`/meetings/${id}/`);
    const main = squash(meeting("main").text());
    expect(main).not.toMatch(/Scheduled/);
    expect(main).toContain("Date has passed: the archive holds no papers of this meeting");
    for (const url of [`/meetings/${year}/`, "/meetings/"]) {
      const $ = page(url);
      const row = $(`main tr:has(a[href="/meetings/${id}/"])`).first();
      expect(squash(row.text()), url).toContain("Date has passed: the archive holds no papers of this meeting");
      expect(squash(row.text()), url).not.toMatch(/Scheduled/);
    }
  });

  it("says the minutes of 16 July 2024 are not yet approved in the archive, not a bold Draft", () => {
    const $ = page("/meetings/kmpcp-2024-07-16/minutes/");
    const status = $(".app-minutes-status");
    expect(squash(status.text())).toBe("Not yet approved in the archive: the archive holds no minute of a later meeting that approves these minutes.");
    expect(status.find("strong").length).toBe(0);
    expect(squash($("main").text())).not.toMatch(/\bDraft\b/);
  });
});
