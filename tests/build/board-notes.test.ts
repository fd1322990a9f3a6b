/**
 * The structure the Board's notes print, in the built shipped archive: the notes of 31 October
 * 2022 with their 19 AFIs set apart and in the contents, the slide labels as headings under item
 * 3, and the heading block; the Board's agreements and tablings linked both ways, as the Panel's
 * are; notes cited by their headings, never as "Minute N", on every page and in the open data;
 * tables the papers print with no header row written without one; and the rebuilt agendas'
 * sections headed by their letters alone.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CheerioAPI } from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { sharedSite } from "../support/shared-site.ts";
import { htmlPages, loadPage } from "../support/site-files.ts";

let site: string;
const page = (url: string) => loadPage(site, url);
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

beforeAll(async () => {
  site = await sharedSite();
});

const NOTES = "/meetings/pdb-2022-10-31/notes/";

describe("the notes of 31 October 2022", () => {
  it("set each of the 19 AFIs apart from the discussion, with its anchor, name and words as printed", () => {
    const $ = page(NOTES);
    const afis = $("main .app-minutes .app-block--afi");
    expect(afis.map((_, el) => $(el).attr("id")).get()).toEqual(Array.from({ length: 19 }, (_, i) => `afi-${i + 1}`));
    afis.each((i, el) => {
      expect($(el).attr("role")).toBe("group");
      expect($(el).attr("aria-label")).toBe(`Area for improvement ${i + 1}`);
      expect($(el).closest("li").length, `afi-${i + 1} is not a bullet`).toBe(0);
    });
    expect(squash($("#afi-3").text())).toBe("AFI 3: The force needs to review how it allocates resources to ensure it can meet demand.");
    expect(squash($("#afi-12").text())).toBe("AFI 12 – The force needs to take every opportunity to pursue offenders when victims disengage.");
    // No AFI is left as a discussion bullet.
    expect($("main .app-minutes li").filter((_, li) => /^AFI \d/.test(squash($(li).text()))).length).toBe(0);
  });

  it("print the slide labels as headings under item 3, before item 4, in the contents with the AFIs", () => {
    const $ = page(NOTES);
    const headings = $("main .app-minutes").find("h2, h3").map((_, h) => `${h.tagName} ${squash($(h).text())}`).get();
    expect(headings).toEqual([
      "h2 1. Welcome & Introduction",
      "h2 2. Notes of Previous Meeting – 8 June 2022",
      "h2 3. HMICFRS PEEL Report & Improvement Plan",
      "h3 Slide 7",
      "h3 Slide 18",
      "h3 Slide 19",
      "h3 Slide 20",
      "h3 Slide 21",
      "h3 Slide 22 and 23 – FCR performance",
      "h3 Slide 24 – VAWG performance",
      "h3 Slide 25 – VAWG Strategy one year on",
      "h2 4. Update on any Significant Operational Matters",
    ]);
    const contents = $("nav.app-contents-list a").map((_, a) => $(a).attr("href")).get();
    for (const anchor of ["#afi-1", "#afi-19", "#slide-7", "#slide-21", "#slide-25"]) expect(contents).toContain(anchor);
    expect(contents.indexOf("#slide-7")).toBe(contents.indexOf("#afi-4") - 1);
    expect($('nav.app-contents-list a[href="#afi-4"]').parent().hasClass("app-contents-list__item--level-4")).toBe(true);
  });

  it("show the heading block they open with, as printed", () => {
    const $ = page(NOTES);
    const lines = $(".app-paper-header__row").map((_, row) => squash($(row).text())).get();
    expect(lines).toEqual([
      "Title: Bespoke HMICFRS PEEL Inspection - Performance and Delivery Board",
      "Date & time: Monday 31 October 2022",
      "Venue: Kent Police Headquarters, North Kent (also broadcast via Microsoft Teams Live)",
    ]);
  });
});

describe("the Board's agreements and tablings, both ways", () => {
  it.each([
    ["/meetings/pdb-2022-06-08/", "Its notes were agreed at the meeting of Monday 31 October 2022 (item 2, Notes of Previous Meeting – 8 June 2022).", `${NOTES}#s2-r1`],
    ["/meetings/pdb-2022-06-08/notes/", "Agreed at the meeting of Monday 31 October 2022 (item 2, Notes of Previous Meeting – 8 June 2022).", `${NOTES}#s2-r1`],
    ["/meetings/pdb-2024-02-28/", "Its notes were agreed at the meeting of Wednesday 12 June 2024 (item 2, Notes of Previous Meeting – 28 February 2024).", "/meetings/pdb-2024-06-12/notes/#s2-r1"],
    ["/meetings/pdb-2024-02-28/notes/", "Agreed at the meeting of Wednesday 12 June 2024 (item 2, Notes of Previous Meeting – 28 February 2024).", "/meetings/pdb-2024-06-12/notes/#s2-r1"],
  ])("%s says where its notes were agreed, linked to the words that agreed them", (url, sentence, href) => {
    const $ = page(url);
    const p = $("main p").filter((_, el) => squash($(el).text()) === sentence);
    expect(p.length, sentence).toBe(1);
    expect(p.find("a").attr("href")).toBe(href);
  });

  it("the page the link lands on holds the agreement at that anchor", () => {
    expect(squash(page(NOTES)("#s2-r1").text())).toMatch(/^The notes were agreed as a true and accurate record/);
    expect(squash(page("/meetings/pdb-2024-06-12/notes/")("#s2-r1").text())).toMatch(/^The notes were agreed as a true and accurate record/);
  });

  it.each(["pdb-2023-09-13", "pdb-2023-11-29", "pdb-2024-02-28"])("%s links to item F1 of the Panel's 16 July 2024 meeting, which tabled its notes", (id) => {
    const $ = page(`/meetings/${id}/`);
    const row = $(".govuk-summary-list__row").filter((_, r) => squash($(r).find(".govuk-summary-list__key").text()) === "Notes tabled at");
    expect(row.find("a").attr("href")).toBe("/meetings/kmpcp-2024-07-16/#item-f1");
    expect(squash(row.find(".govuk-summary-list__value").text())).toBe("Item F1, Tuesday 16 July 2024");
  });
});

/** Links on a page into a board's notes, with their words. */
function linksIntoNotes($: CheerioAPI): { href: string; text: string }[] {
  return $("main a[href*='/notes/#']").map((_, a) => ({ href: $(a).attr("href") ?? "", text: squash($(a).text()) })).get();
}

describe("notes cited by their headings", () => {
  it("no page calls a section of notes a minute", () => {
    const wrong: string[] = [];
    let links = 0;
    for (const url of htmlPages(site)) {
      for (const link of linksIntoNotes(page(url))) {
        if (!/^\/meetings\/pdb-/.test(link.href) || /#(afi|slide)/.test(link.href) || link.href.startsWith("#")) continue;
        links++;
        if (/\bminute\b/i.test(link.text)) wrong.push(`${url}: "${link.text}" -> ${link.href}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(links).toBeGreaterThan(3);
  });

  it("the actions register shows an action open as at the notes that last record it, not as open now", () => {
    const $ = page("/registers/actions/");
    const statuses = $("td[data-label='Status']").map((_, cell) => squash($(cell).text())).get();
    expect(statuses).toContain("Open at 12 June 2024");
    expect(statuses.filter((status) => status === "Open")).toEqual([]);
  });

  it("a topic page marks a paper the archive lists but does not hold", () => {
    const $ = page("/topics/peel/");
    const items = $("main li").map((_, li) => squash($(li).text())).get();
    const referenced = items.filter((text) => text.startsWith("Report that was submitted to the 6 February 2024 Panel meeting"));
    expect(referenced.length).toBe(1);
    expect(referenced[0]).toMatch(/\(not held in the archive\)$/);
    expect(items.filter((text) => text.includes("(not held in the archive)")).length).toBeLessThan(items.length);
  });

  it("the registers, topic and meeting pages cite notes by item and heading", () => {
    expect(squash(page("/registers/resolutions/")("main").text())).toContain("Item 2, Notes of Previous Meeting – 8 June 2022");
    expect(squash(page("/registers/resolutions/")("main").text())).toContain("Agreed the notes of 8 June 2022");
    expect(squash(page("/topics/peel/")("main").text())).toContain("Monday 31 October 2022, item 3, HMICFRS PEEL Report & Improvement Plan");
    expect(squash(page("/meetings/pdb-2022-06-08/")("main").text())).toContain("Notes of Monday 31 October 2022, item 2, Notes of Previous Meeting – 8 June 2022");
  });

  it("the open data gives each minute and section of notes as the pages cite it", () => {
    const minutes = JSON.parse(readFileSync(join(site, "data/minutes.json"), "utf8")) as { items: { id: string; cited_as: string }[] };
    const cited = new Map(minutes.items.map((r) => [r.id, r.cited_as]));
    expect(cited.get("pdb-2022-10-31/notes#s3")).toBe("item 3, HMICFRS PEEL Report & Improvement Plan");
    expect(cited.get("kmpcp-2024-07-16/minutes#m113")).toBe("minute 113");
  });
});

describe("tables printed with no header row", () => {
  const tableWith = ($: CheerioAPI, text: RegExp) => $("main table").filter((_, t) => text.test($(t).text())).first();

  it.each([
    ["/meetings/kmpcp-2024-10-10/a5-appendix-a-candidate-pack/", /Message from Police and Crime Commissioner of Kent/],
    ["/meetings/kmpcp-2024-10-10/a5-appendix-a-candidate-pack/", /Familiarisation day at Maidstone/],
    ["/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/", /Commissioner's Introduction/],
    ["/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/", /2,050/],
    ["/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/", /Key Principles/],
    ["/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/", /Tackling workforce corruption/],
  ])("%s writes the table with %s without a header row the paper does not print", (url, text) => {
    const table = tableWith(page(url), text);
    expect(table.length).toBe(1);
    expect(table.find("thead, th").length).toBe(0);
    expect(table.text()).not.toMatch(/\b(Section|Stage|Grade)\b/);
  });
});

describe("agenda sections with a letter and no printed title", () => {
  it("are headed by their letters alone, never 'B - '", () => {
    const $ = page("/meetings/kmpcp-2024-07-16/");
    expect($("main h3").map((_, h) => squash($(h).text())).get()).toEqual(["A", "B", "C", "D", "E", "F"]);
    for (const url of htmlPages(site).filter((u) => /^\/meetings\/[^/]+\/index\.html$/.test(u))) {
      const $$ = page(url);
      expect($$("main h3").filter((_, h) => /-$/.test(squash($$(h).text()))).length, url).toBe(0);
    }
  });
});
