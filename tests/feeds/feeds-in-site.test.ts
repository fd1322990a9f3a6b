/**
 * The feeds as the built site publishes them: written at their addresses, advertised with
 * `<link rel="alternate">` in every page's head, listed on the Subscribe page; and each meeting
 * page carries schema.org Event JSON-LD.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltSite, buildContent } from "../support/build-fixture.ts";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";
import { htmlPages, loadPage, siteFiles } from "../support/site-files.ts";

let site: BuiltSite;
const savedSiteUrl = process.env.SITE_URL;

beforeAll(async () => {
  process.env.SITE_URL = "https://papers.example.gov.uk";
  const root = writeContent({
    ...MINIMAL,
    "bodies/board.md": "---\ntype: body\nname: Test Board\nkind: board\n---\n",
    "meetings/board-2024-06-05/meeting.md": '---\ntype: meeting\nbody: board\ndate: 2024-06-05\ntime: "14:00"\nvenue: Clift Room\nstatus: scheduled\n---\n',
    // A body with no meeting: it has no feed or calendar of its own.
    "bodies/committee.md": "---\ntype: body\nname: Test Committee\nkind: committee\n---\n",
  });
  site = await buildContent(root);
});

afterAll(() => {
  if (savedSiteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = savedSiteUrl;
});

const read = (path: string) => readFileSync(join(site.outputDir, path), "utf8");

describe("feeds in the built site", () => {
  it("writes a papers feed and a meetings calendar for the archive and for each body", () => {
    const files = new Set(siteFiles(site.outputDir));
    for (const path of ["/feeds/papers.atom", "/feeds/meetings.ics", "/feeds/panel/papers.atom", "/feeds/panel/meetings.ics", "/feeds/board/papers.atom", "/feeds/board/meetings.ics"]) {
      expect(files.has(path), path).toBe(true);
    }
    const board = new ICAL.Component(ICAL.parse(read("/feeds/board/meetings.ics"))).getAllSubcomponents("vevent");
    expect(board).toHaveLength(1);
    // 14:00 on 5 June 2024 is BST: 13:00 UTC.
    expect(new ICAL.Event(board[0]).startDate.toJSDate().toISOString()).toBe("2024-06-05T13:00:00.000Z");
  });

  it("uses SITE_URL for the feeds' absolute addresses", () => {
    expect(read("/feeds/papers.atom")).toContain("<id>https://papers.example.gov.uk/feeds/papers.atom</id>");
    expect(read("/feeds/meetings.ics")).toContain("URL:https://papers.example.gov.uk/meetings/panel-2024-01-10/");
  });

  it("advertises the archive's feed and calendar in the head of every page", () => {
    const pages = htmlPages(site.outputDir);
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const $ = loadPage(site.outputDir, page);
      expect($('head link[rel="alternate"][type="application/atom+xml"][href="/feeds/papers.atom"]').length, page).toBe(1);
      expect($('head link[rel="alternate"][type="text/calendar"][href="/feeds/meetings.ics"]').length, page).toBe(1);
    }
  });

  const advertised = (page: string) => {
    const $ = loadPage(site.outputDir, page);
    return $('head link[rel="alternate"]').map((_, el) => `${$(el).attr("type")} ${$(el).attr("href")} ${$(el).attr("title")}`).get();
  };
  /** The archive's, titled with the site's name (the project's own site.json, which the fixture build reads). */
  const SITE_WIDE = [/^application\/atom\+xml \/feeds\/papers\.atom New papers: .+ papers$/, /^text\/calendar \/feeds\/meetings\.ics Meetings: .+ papers$/].map((re) => expect.stringMatching(re));
  const ownFeeds = (id: string, name: string) => [`application/atom+xml /feeds/${id}/papers.atom New papers: ${name}`, `text/calendar /feeds/${id}/meetings.ics Meetings: ${name}`];

  it("advertises a body's own feed and calendar on its page and its meetings' pages, first, then the archive's", () => {
    expect(advertised("/bodies/board/")).toEqual([...ownFeeds("board", "Test Board"), ...SITE_WIDE]);
    expect(advertised("/bodies/panel/")).toEqual([...ownFeeds("panel", "Test Panel"), ...SITE_WIDE]);
    expect(advertised("/meetings/board-2024-06-05/")).toEqual([...ownFeeds("board", "Test Board"), ...SITE_WIDE]);
    expect(advertised("/meetings/panel-2024-01-10/")).toEqual([...ownFeeds("panel", "Test Panel"), ...SITE_WIDE]);
  });

  it("advertises only the archive's on a body's page when the body has no meeting, and on the other pages", () => {
    expect(siteFiles(site.outputDir)).not.toContain("/feeds/committee/papers.atom");
    expect(advertised("/bodies/committee/")).toEqual(SITE_WIDE);
    for (const page of ["/", "/subscribe/", "/meetings/panel-2024-01-10/minutes/", "/meetings/panel-2024-01-10/a2-report/"]) expect(advertised(page), page).toEqual(SITE_WIDE);
  });

  it("advertises only feeds and calendars that exist, on every page", () => {
    const files = new Set(siteFiles(site.outputDir));
    for (const page of htmlPages(site.outputDir)) {
      for (const link of advertised(page)) expect(files.has(link.split(" ")[1] ?? ""), `${page}: ${link}`).toBe(true);
    }
  });

  it("lists every feed and calendar on the Subscribe page, with its absolute address", () => {
    const $ = loadPage(site.outputDir, "/subscribe/");
    const links = $("main a").map((_, el) => ({ href: $(el).attr("href"), text: $(el).text() })).get();
    for (const path of ["/feeds/papers.atom", "/feeds/meetings.ics", "/feeds/panel/papers.atom", "/feeds/panel/meetings.ics", "/feeds/board/papers.atom", "/feeds/board/meetings.ics"]) {
      expect(links, path).toContainEqual({ href: path, text: `https://papers.example.gov.uk${path}` });
    }
    expect($("main").text()).toContain("Test Board");
  });

  it("describes each meeting as a schema.org Event, in London time with its offset", () => {
    const $ = loadPage(site.outputDir, "/meetings/board-2024-06-05/");
    const scripts = $('script[type="application/ld+json"]');
    expect(scripts.length).toBe(1);
    const event = JSON.parse(scripts.text());
    expect(event).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      url: "https://papers.example.gov.uk/meetings/board-2024-06-05/",
      name: "Test Board",
      startDate: "2024-06-05T14:00:00.000+01:00",
      location: { "@type": "Place", name: "Clift Room" },
      organizer: { "@type": "Organization", name: "Test Board" },
    });
    // Scheduled, its date passed, no minutes held: whether it took place, the papers do not say; nor
    // do they say how it could be attended, or at what price.
    expect(Object.keys(event)).not.toContain("eventStatus");
    expect(Object.keys(event)).not.toContain("eventAttendanceMode");
    expect(Object.keys(event)).not.toContain("isAccessibleForFree");
    const held = JSON.parse(loadPage(site.outputDir, "/meetings/panel-2024-01-10/")('script[type="application/ld+json"]').text());
    expect(held.eventStatus).toBe("https://schema.org/EventScheduled");
  });

  it("calls a meeting still to come scheduled in its Event", async () => {
    const root = writeContent({ ...MINIMAL, "meetings/panel-2099-01-10/meeting.md": '---\ntype: meeting\nbody: panel\ndate: 2099-01-10\nstatus: scheduled\n---\n' });
    const later = await buildContent(root);
    const event = JSON.parse(loadPage(later.outputDir, "/meetings/panel-2099-01-10/")('script[type="application/ld+json"]').text());
    expect(event.eventStatus).toBe("https://schema.org/EventScheduled");
  });
});
