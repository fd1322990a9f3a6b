/**
 * "When is the next meeting?" on the built site: the home page gives each body's next meeting
 * with its calendar file, or says the archive holds none; each meeting's page links its own
 * calendar file (one event, parsed with ical.js) and says what the archive holds of the meeting.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { buildContent } from "../support/build-fixture.ts";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";
import { sharedSite } from "../support/shared-site.ts";
import { loadPage, siteFiles } from "../support/site-files.ts";

const vevents = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));

describe("the shipped archive, built", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await sharedSite();
  });

  it("says on the home page, above the recent meetings, that no meeting of either body is to come", () => {
    const $ = loadPage(dir, "/");
    const headings = $("main h2").map((_, h) => $(h).text().trim()).get();
    expect(headings.indexOf("Next meetings")).toBeGreaterThanOrEqual(0);
    expect(headings.indexOf("Next meetings")).toBeLessThan(headings.indexOf("Recent meetings with papers"));
    const text = $("main").text().replace(/\s+/g, " ");
    expect(text).toMatch(/No meeting of the Police and Crime Commissioner's Performance and Delivery Board on or after \w+day \d+ \w+ \d{4} is in the archive\./);
    expect(text).toMatch(/No meeting of the Kent and Medway Police and Crime Panel on or after \w+day \d+ \w+ \d{4} is in the archive\./);
  });

  it("writes a calendar file beside every meeting's page, and links it from the page", () => {
    const files = new Set(siteFiles(dir));
    const pages = [...files].filter((f) => /^\/meetings\/[^/]+\/index\.html$/.test(f) && !/^\/meetings\/\d{4}\//.test(f));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const ics = page.replace(/index\.html$/, "meeting.ics");
      expect(files.has(ics), ics).toBe(true);
      const $ = loadPage(dir, page);
      expect($(`main a[href="${ics}"]`).text(), page).toMatch(/^Add to calendar/);
    }
  });

  it("gives 10 October 2024 a calendar of one event at 10:00 London time (09:00Z)", () => {
    const list = vevents(readFileSync(join(dir, "meetings/kmpcp-2024-10-10/meeting.ics"), "utf8"));
    expect(list).toHaveLength(1);
    expect(list[0]?.startDate.toJSDate().toISOString()).toBe("2024-10-10T09:00:00.000Z");
    expect(list[0]?.location).toBe("Council Chamber, Sessions House, County Hall, Maidstone");
  });

  it("says what the archive holds of 10 October 2024: the agenda, eight papers and no minutes", () => {
    const $ = loadPage(dir, "/meetings/kmpcp-2024-10-10/");
    const list = $("#in-the-archive").next("dl.govuk-summary-list");
    const rows = Object.fromEntries(list.find(".govuk-summary-list__row").map((_, r) => [[$(r).find("dt").text().trim(), $(r).find("dd").text().trim()]]).get());
    expect(rows).toEqual({ Agenda: "Held", Papers: "8 held", Minutes: "The archive holds no minutes of this meeting" });
  });
});

describe("an archive with meetings to come", () => {
  let dir: string;
  const meeting = (date: string, status: string, more = "") => `---\ntype: meeting\nbody: panel\ndate: ${date}\n${more}status: ${status}\n---\n`;

  beforeAll(async () => {
    const root = writeContent({
      ...MINIMAL,
      "meetings/panel-2024-07-01/meeting.md": meeting("2024-07-01", "cancelled", 'time: "10:00"\n'),
      "meetings/panel-2024-07-10/meeting.md": meeting("2024-07-10", "scheduled", 'time: "10:00"\nvenue: "Council Chamber, Town Hall"\n'),
    });
    ({ outputDir: dir } = await buildContent(root, DateTime.fromISO("2024-06-01T09:00:00+01:00", { setZone: true })));
  });

  it("gives the next meeting on the home page, with its time, venue, page and calendar file", () => {
    const $ = loadPage(dir, "/");
    const text = $("main").text().replace(/\s+/g, " ");
    expect(text).toContain("Wednesday 10 July 2024, 10.00 am");
    expect(text).toContain("Council Chamber, Town Hall");
    expect($('main a[href="/meetings/panel-2024-07-10/"]').text()).toBe("Wednesday 10 July 2024");
    const add = $('main a[href="/meetings/panel-2024-07-10/meeting.ics"]');
    expect(add.text()).toMatch(/^Add to calendar/);
    const [event] = vevents(readFileSync(join(dir, "meetings/panel-2024-07-10/meeting.ics"), "utf8"));
    expect(event?.startDate.toJSDate().toISOString()).toBe("2024-07-10T09:00:00.000Z");
  });
});
