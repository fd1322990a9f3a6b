/**
 * The site's fixed pages in one list: the navigation, the breadcrumb trails and the registers page
 * all take their words and addresses from it.
 */
import { describe, expect, it } from "vitest";
import { breadcrumbs } from "../../src/views/breadcrumbs.ts";
import { findLinks } from "../../src/views/home-links.ts";
import { serviceNavigation } from "../../src/views/navigation.ts";
import { permanentAddress } from "../../src/views/permanent-address.ts";
import { madePlaces, PLACES, placesFor, REGISTERS, SECTIONS } from "../../src/views/places.ts";
import { registerRows, registers } from "../../src/views/registers.ts";
import { meetingsByYear } from "../../src/views/years.ts";
import { searchHint } from "../../src/views/search-hint.ts";
import { buildViews } from "../../src/views/index.ts";
import { byId, minimalArchive, paperAt, shippedArchive } from "./archives.ts";

/** An archive of one body and nothing else, as `panel-papers init` leaves it. */
const bodyOnly = () => minimalArchive({ "bodies/panel.md": "---\ntype: body\nname: Test Panel\nkind: panel\n---\n" });

describe("the fixed pages", () => {
  it("each have their own address, and a trail up to the home page", () => {
    const places = Object.values(PLACES);
    expect(new Set(places.map((p) => p.url)).size).toBe(places.length);
    for (const place of places) {
      const keys = new Set<string>();
      for (let key: string | undefined = place.key; key; key = PLACES[key as keyof typeof PLACES].parent) {
        expect(keys.has(key), `${place.key} has no loop above it`).toBe(false);
        keys.add(key);
      }
      expect(keys.has("home")).toBe(true);
    }
  });
});

describe("the service navigation", () => {
  it("lists the five sections in order, by their short names", () => {
    expect(serviceNavigation("/x/").map((i) => [i.text, i.href])).toEqual([
      ["Meetings", "/meetings/"],
      ["Registers", "/registers/"],
      ["People", "/people/"],
      ["Topics", "/topics/"],
      ["Search", "/search/"],
    ]);
    expect(SECTIONS.length).toBe(5);
  });

  it("marks a section's own page current, another page of the section active, and nothing elsewhere", () => {
    const marked = (url: string, section?: string) => serviceNavigation(url, section).filter((i) => i.current || i.active).map((i) => `${i.href} ${i.current ? "current" : "active"}`);
    expect(marked("/meetings/", "meetings")).toEqual(["/meetings/ current"]);
    expect(marked("/meetings/2024/", "meetings")).toEqual(["/meetings/ active"]);
    expect(marked("/registers/resolutions/", "registers")).toEqual(["/registers/ active"]);
    expect(marked("/accessibility/")).toEqual([]);
  });
});

describe("breadcrumbs", () => {
  const trail = (crumbs: { text: string; href: string }[]) => crumbs.map((c) => `${c.text} ${c.href}`);

  it("lead from the home page to the page above a fixed page", () => {
    expect(trail(breadcrumbs(PLACES.home))).toEqual([]);
    expect(trail(breadcrumbs(PLACES.meetings))).toEqual(["Home /"]);
    expect(trail(breadcrumbs(PLACES.resolutions))).toEqual(["Home /", "Registers /registers/"]);
    expect(trail(breadcrumbs(PLACES.decisions))).toEqual(["Home /"]);
  });

  it("lead to a meeting's year, a paper's meeting, and each entity's directory", () => {
    const archive = shippedArchive();
    expect(trail(breadcrumbs(byId(archive.meetings, "kmpcp-2024-10-10")))).toEqual(["Home /", "Meetings /meetings/", "2024 /meetings/2024/"]);
    expect(trail(breadcrumbs(paperAt(archive, "/meetings/kmpcp-2024-07-16/minutes/")))).toEqual(["Home /", "Meetings /meetings/", "Police and Crime Panel, 16 July 2024 /meetings/kmpcp-2024-07-16/"]);
    expect(trail(breadcrumbs(paperAt(archive, "/papers/safer-in-kent-2017-2021/")))).toEqual(["Home /"]);
    expect(trail(breadcrumbs(byId(archive.decisions, "opcc-d-035-24")))).toEqual(["Home /", "Decisions /decisions/"]);
    expect(trail(breadcrumbs(byId(archive.people, "mike-hill")))).toEqual(["Home /", "People /people/"]);
    expect(trail(breadcrumbs(byId(archive.organisations, "swale-borough-council")))).toEqual(["Home /", "Organisations /organisations/"]);
    expect(trail(breadcrumbs(byId(archive.topics, "peel")))).toEqual(["Home /", "Topics /topics/"]);
    expect(trail(breadcrumbs(byId(archive.bodies, "kmpcp")))).toEqual(["Home /"]);
    const year = meetingsByYear(archive.meetings)[0];
    if (year) expect(trail(breadcrumbs(year))).toEqual(["Home /", "Meetings /meetings/"]);
  });
});

describe("the registers", () => {
  it("are listed with their pages' titles and addresses, what they gather and how many entries each has", () => {
    const archive = shippedArchive();
    const places = placesFor({ title: "Police and Crime Commissioner", short: "Commissioner" });
    const list = registers(archive, places, madePlaces(archive));
    expect(list.map((r) => r.url)).toEqual(REGISTERS.map((key) => PLACES[key].url));
    expect(list.map((r) => r.title)).toEqual(REGISTERS.map((key) => places[key].title));
    expect(list.map((r) => r.title)).toContain("Decisions of the Commissioner");
    expect(list.find((r) => r.url === "/registers/resolutions/")?.count).toBe(archive.resolutions.length);
    expect(list.find((r) => r.url === "/people/")?.count).toBe(archive.people.length);
    for (const r of list) expect(r.description).not.toBe("");
  });

  it("make summary-list rows whose key links to the register", () => {
    const [first] = registerRows([{ title: "Resolutions", url: "/registers/resolutions/", description: "Every resolution.", count: 1 }, { title: "Topics", url: "/topics/", description: "Subjects.", count: 2 }]);
    expect(first).toEqual({ key: { html: '<a class="govuk-link" href="/registers/resolutions/">Resolutions</a>' }, value: { text: "Every resolution. (1 entry)" } });
    expect(registerRows([{ title: "T", url: "/t/", description: "D.", count: 2 }])[0]?.value).toEqual({ text: "D. (2 entries)" });
  });
});

describe("the home page's links and a page's permanent address", () => {
  it("link search, the registers and the directories by the titles of their pages", () => {
    const archive = shippedArchive();
    const links = findLinks(PLACES, madePlaces(archive));
    expect(links.map((l) => l.href)).toEqual(["/search/", "/registers/", "/people/", "/organisations/", "/topics/", "/decisions/"]);
    expect(links[0]?.text).toBe("Search the papers");
  });

  it("joins the site's address and the page's path with one slash, and keeps a relative path", () => {
    expect(permanentAddress("/meetings/", "https://archive.test/")).toBe("https://archive.test/meetings/");
    expect(permanentAddress("/meetings/", "https://archive.test")).toBe("https://archive.test/meetings/");
    expect(permanentAddress("/minimal/", "/")).toBe("/minimal/");
    expect(permanentAddress("/minimal/")).toBe("/minimal/");
  });
});

describe("the archive's own words, and only the pages it has records for", () => {
  it("titles the registers of the office the bodies scrutinise in its words, and plainly where it names none", () => {
    expect(PLACES.decisions.title).toBe("Decisions");
    expect(PLACES.questions.title).toBe("Questions");
    const fire = placesFor({ title: "Chief Fire Officer", short: "Chief Fire Officer" });
    expect([fire.decisions.title, fire.questions.title]).toEqual(["Decisions of the Chief Fire Officer", "Questions to the Chief Fire Officer"]);
    // Navigation and breadcrumbs keep the short name.
    expect(fire.decisions.short).toBe("Decisions");
    expect(placesFor(undefined)).toBe(PLACES);
  });

  it("makes no register, directory or navigation entry for a kind of record the archive does not hold", () => {
    const empty = bodyOnly();
    const made = madePlaces(empty);
    for (const key of ["resolutions", "decisions", "questions", "declarations", "actions", "workProgramme", "recommendations", "people", "organisations", "topics", "registers"] as const) {
      expect(made.has(key), key).toBe(false);
    }
    for (const key of ["home", "meetings", "search", "subscribe", "data"] as const) expect(made.has(key), key).toBe(true);
    const views = buildViews(empty);
    expect(views.sections).toEqual(["meetings", "search"]);
    expect(views.madePages.questions).toEqual([]);
    expect(views.registers).toEqual([]);
    expect(views.findLinks.map((l) => l.href)).toEqual(["/search/"]);
    expect(serviceNavigation("/", undefined, views.sections).map((i) => i.href)).toEqual(["/meetings/", "/search/"]);
    // The shipped archive holds every kind.
    expect(buildViews(shippedArchive()).madePages.questions.map((p) => p.url)).toEqual(["/registers/questions/"]);
  });

  it("hints at searches the archive answers: its own examples, or a topic, a person and a code it holds", () => {
    const archive = shippedArchive();
    expect(searchHint(archive, ["Sheppey", "Mochrie-Cox", "D.035.24"])).toBe("A name, place, subject or decision code, for example Sheppey, Mochrie-Cox or D.035.24");
    const derived = searchHint(archive);
    expect(derived).toMatch(/^A name, place, subject or decision code, for example .+, .+ or OPCC/);
    expect(searchHint(bodyOnly())).toBe("A name, place or subject");
  });
});
