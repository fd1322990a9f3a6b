/**
 * The shipped archive built end to end into a temporary folder: every page kind is written, the
 * meeting page leads to the papers and minutes, bodies and decisions show who runs and made them,
 * and no internal link or anchor is broken. A small archive shows a meeting's own topics.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildContent } from "../support/build-fixture.ts";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";
import { sharedSite } from "../support/shared-site.ts";
import { fileForUrl, htmlPages, loadPage, siteFiles } from "../support/site-files.ts";

let site: { outputDir: string };
let files: Set<string>;

beforeAll(async () => {
  site = { outputDir: await sharedSite() };
  files = new Set(siteFiles(site.outputDir));
});

const page = (url: string) => loadPage(site.outputDir, url);

describe("an end-to-end build of the shipped archive", () => {
  it("writes every page kind", () => {
    for (const url of [
      "/",
      "/bodies/kmpcp/",
      "/meetings/",
      "/meetings/2024/",
      "/meetings/kmpcp-2024-10-10/",
      "/meetings/kmpcp-2024-10-10/b3-hmicfrs-peel-update/",
      "/meetings/kmpcp-2024-07-16/minutes/",
      "/meetings/pdb-2024-06-12/notes/",
      "/meetings/kmpcp-2024-10-10/d1-future-work-programme/",
      "/papers/safer-in-kent-2017-2021/",
      "/people/",
      "/people/mike-hill/",
      "/organisations/swale-borough-council/",
      "/decisions/opcc-d-035-24/",
      "/topics/peel/",
      "/registers/",
      "/accessibility/",
      "/404.html",
    ]) {
      expect(files.has(fileForUrl(url)), url).toBe(true);
    }
  });

  it("lets a reader go from A4, A5 and E1 of 10 October 2024 to their papers", () => {
    const $ = page("/meetings/kmpcp-2024-10-10/");
    const links = (code: string) => $(`#item-${code} a`).map((_, a) => $(a).attr("href")).get();
    expect(links("a4")).toContain("/meetings/kmpcp-2024-07-16/minutes/");
    expect(links("a5")).toEqual(expect.arrayContaining(["/meetings/kmpcp-2024-10-10/a5-chief-executive-confirmation/", "/meetings/kmpcp-2024-10-10/a5-appendix-a-candidate-pack/"]));
    expect(links("e1")).toContain("/meetings/pdb-2024-06-12/notes/");
  });

  it("shows the agenda sections and items in order, with codes as printed", () => {
    const $ = page("/meetings/kmpcp-2024-10-10/");
    const codes = $(".app-agenda__item .app-agenda__code").map((_, el) => $(el).text()).get();
    expect(codes).toEqual(["A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "C1", "C2", "D1", "E1"]);
  });

  it("gives every minute of 16 July 2024 a permanent anchor and sets resolutions apart", () => {
    const $ = page("/meetings/kmpcp-2024-07-16/minutes/");
    const headings = $(".app-minutes h2[id]");
    expect(headings.length).toBe(13);
    expect(headings.map((_, h) => $(h).attr("id")).get()).toContain("m115-2");
    expect(headings.first().text()).toMatch(/^109\. Election of Chair/);
    expect($(".app-block--resolved").length).toBe(11);
    expect($("#attendance").length).toBe(1);
    expect($(".app-minute-item a").first().attr("href")).toBe("/meetings/kmpcp-2024-07-16/#item-a2");
  });

  it("gives a long paper a contents list that leads to its headings", () => {
    const $ = page("/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/");
    const contents = $("nav.app-contents-list a");
    expect(contents.length).toBeGreaterThan(5);
    for (const a of contents.toArray()) expect($(`[id="${$(a).attr("href")?.slice(1)}"]`).length).toBe(1);
  });

  it("gives each register a page whose heading names it, linked from the registers page", () => {
    const registers: [string, RegExp][] = [
      ["/registers/resolutions/", /^Resolutions$/],
      ["/decisions/", /^Decisions/],
      ["/registers/questions/", /^Questions to the Commissioner$/],
      ["/registers/declarations/", /^Declarations of interest$/],
      ["/registers/actions/", /^Actions$/],
      ["/registers/work-programme/", /^Work programme$/],
      ["/people/", /^People$/],
      ["/topics/", /^Topics$/],
    ];
    const index = page("/registers/");
    for (const [url, heading] of registers) {
      expect(page(url)("h1").text().trim(), url).toMatch(heading);
      expect(index(`main a[href="${url}"]`).length, `${url} linked from /registers/`).toBe(1);
    }
    expect(page("/")('a[href="/registers/"]').length).toBeGreaterThan(0);
  });

  it("shows the questions register with the askers and councils of 16 July 2024, and Mike Hill's meetings", () => {
    const $ = page("/registers/questions/");
    const text = $("main").text();
    for (const name of ["Mike Blakemore", "Richard Palmer", "Shane Mochrie-Cox", "Folkestone and Hythe District Council", "Swale Borough Council", "Gravesham Borough Council"]) expect(text).toContain(name);
    const hill = page("/people/mike-hill/");
    const meetings = hill("#attendance ~ div a, #attendance ~ * a").map((_, a) => hill(a).attr("href")).get();
    for (const url of ["/meetings/kmpcp-2019-09-24/", "/meetings/kmpcp-2023-10-17/", "/meetings/kmpcp-2024-07-16/"]) expect(meetings).toContain(url);
    expect(hill("main").text()).toMatch(/Elected Chair/);
  });

  it("says who runs each body and who made each decision, linked to their pages", () => {
    const row = ($: ReturnType<typeof page>, key: string) => $(".govuk-summary-list__row").filter((_, el) => $(el).find("dt").text().trim() === key).find("dd a");
    const kmpcp = page("/bodies/kmpcp/");
    expect(row(kmpcp, "Run by").attr("href")).toBe("/organisations/kent-county-council/");
    expect(row(kmpcp, "Run by").text().trim()).toBe("Kent County Council");
    expect(row(page("/bodies/pdb/"), "Run by").attr("href")).toBe("/organisations/opcc-kent/");
    for (const code of ["opcc-d-033-23", "opcc-d-034-23", "opcc-d-035-24"]) {
      const made = row(page(`/decisions/${code}/`), "Made by");
      expect(made.attr("href"), code).toBe("/people/matthew-scott/");
      expect(made.text().trim(), code).toBe("Matthew Scott");
    }
  });

  it("takes govuk-frontend's summary list, breadcrumbs, tags and service navigation from its macros", () => {
    const $ = page("/registers/work-programme/");
    expect($("header .govuk-service-navigation[data-module=govuk-service-navigation] nav[aria-label=Main] li").length).toBe(5);
    // The menu button is there for govuk-frontend's script to show on a narrow screen: hidden
    // until then, so that without the script every link stays visible.
    const toggle = $(".govuk-service-navigation__toggle");
    expect(toggle.length).toBe(1);
    expect(toggle.attr("hidden")).toBeDefined();
    expect(toggle.attr("aria-controls")).toBe("navigation");
    expect($("nav.govuk-breadcrumbs li a").map((_, a) => $(a).attr("href")).get()).toEqual(["/", "/registers/"]);
    expect($("main strong.govuk-tag").length).toBeGreaterThan(0);
    expect(page("/registers/")("main dl.govuk-summary-list dt a").length).toBe(9);
  });

  it("leads from a meeting to the body's meetings either side of it with govuk-frontend's pagination", () => {
    const $ = page("/meetings/kmpcp-2024-07-16/");
    const nav = $("nav.govuk-pagination");
    expect(nav.attr("aria-label")).toBe("Meetings of the Kent and Medway Police and Crime Panel");
    expect(nav.find(".govuk-pagination__prev a").attr("href")).toBe("/meetings/kmpcp-2024-02-06/");
    expect(nav.find(".govuk-pagination__prev").text()).toMatch(/Previous\s*page?\s*Tuesday 6 February 2024|Previous.*Tuesday 6 February 2024/s);
    expect(nav.find(".govuk-pagination__next a").attr("href")).toBe("/meetings/kmpcp-2024-10-10/");
  });

  it("has no broken internal link and no link to a missing anchor", () => {
    const broken: string[] = [];
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let set = ids.get(file);
      if (!set) {
        const $ = loadPage(site.outputDir, file);
        set = new Set($("[id]").map((_, el) => $(el).attr("id") ?? "").get());
        ids.set(file, set);
      }
      return set;
    };
    for (const file of htmlPages(site.outputDir)) {
      const $ = loadPage(site.outputDir, file);
      $("a[href], link[href]").each((_, el) => {
        const href = $(el).attr("href") ?? "";
        if (/^(https?:|mailto:|tel:|data:)/.test(href)) return;
        const [address = "", anchor] = href.split("#");
        // A query string (the search page's own links) names the same file.
        const path = address.split("?")[0] ?? "";
        const target = path === "" ? file : fileForUrl(path);
        if (!files.has(target)) {
          broken.push(`${file}: ${href} (no ${target})`);
          return;
        }
        if (anchor && target.endsWith(".html") && !idsOf(target).has(decodeURIComponent(anchor))) broken.push(`${file}: ${href} (no #${anchor})`);
      });
    }
    expect(broken).toEqual([]);
  });
});

describe("a meeting tagged with a topic as a whole", () => {
  // No shipped meeting has `topics:` of its own: MINIMAL with one topic shows it.
  let fixture: { outputDir: string };
  const files = {
    ...MINIMAL,
    "topics/policing.md": "---\ntype: topic\ntitle: Policing\n---\nHow the county is policed.\n",
    "meetings/panel-2024-01-10/meeting.md": String(MINIMAL["meetings/panel-2024-01-10/meeting.md"]).replace("status: held\n", "status: held\ntopics: [policing]\n"),
  };

  beforeAll(async () => {
    fixture = await buildContent(writeContent(files));
  });

  it("links the topic from the meeting's summary, and the meeting from the topic's page", () => {
    const meeting = loadPage(fixture.outputDir, "/meetings/panel-2024-01-10/");
    const topics = meeting(".govuk-summary-list__row").filter((_, el) => meeting(el).find("dt").text().trim() === "Topics");
    expect(topics.find("dd a").attr("href")).toBe("/topics/policing/");
    const topic = loadPage(fixture.outputDir, "/topics/policing/");
    const meetings = topic("main h2").filter((_, h) => topic(h).text() === "Meetings").next("ul").find("a");
    expect(meetings.map((_, a) => topic(a).attr("href")).get()).toEqual(["/meetings/panel-2024-01-10/"]);
    expect(meetings.text()).toBe("Test Panel, Wednesday 10 January 2024");
  });

  it("lets search filter the meeting's agenda by the topic", () => {
    const meeting = loadPage(fixture.outputDir, "/meetings/panel-2024-01-10/");
    expect(meeting('[data-search-tags] [data-pagefind-filter="topic"]').map((_, el) => meeting(el).text()).get()).toEqual(["policing"]);
  });
});

