/**
 * The papers feed, parsed as XML: one entry per published paper the papers date, with the paper's
 * permanent address as its id and link, titled as its page is, dated only by a date the papers give
 * for its publication (an agenda's issue, an embargo's end), the feed's `updated` the newest entry's,
 * every element Atom (RFC 4287) requires present, and nothing withheld or stub. Built from the
 * shipped archive, and small archives, in memory.
 */
import * as cheerio from "cheerio";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { papersFeed } from "../../src/feeds/atom.ts";
import { belongsTo, publicationDate } from "../../src/feeds/published-papers.ts";
import type { Archive } from "../../src/model/archive.ts";
import type { Document } from "../../src/model/types.ts";
import { paperTitle } from "../../src/views/page-titles.ts";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";
import { loadValidArchive } from "../support/load-content.ts";

const SITE = { url: "https://papers.example.gov.uk/", name: "Test papers", publisher: "Test Council" };
const CLOCK = DateTime.fromISO("2026-01-01T12:00:00Z");

let archive: Archive;

beforeAll(() => {
  archive = loadValidArchive();
});

function parse(xml: string) {
  const $ = cheerio.load(xml, { xml: true });
  const entries = $("feed > entry")
    .map((_, el) => ({
      id: $(el).children("id").text(),
      title: $(el).children("title").text(),
      link: $(el).children("link").attr("href"),
      updated: $(el).children("updated").text(),
      published: $(el).children("published").text(),
    }))
    .get();
  return { $, entries };
}

/** An RFC 3339 date-time, as Atom's date constructs must be (RFC 4287 3.3). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * What RFC 4287 requires of a feed and its entries that the feed breaks: the feed's one id, title
 * and updated, and an author (the feed's, which every entry may take); each entry's one id, title
 * and updated, an alternate link, and dates in RFC 3339.
 */
function atomProblems(xml: string): string[] {
  const $ = cheerio.load(xml, { xml: true });
  const problems: string[] = [];
  const feed = $("feed");
  if (feed.length !== 1 || feed.attr("xmlns") !== "http://www.w3.org/2005/Atom") problems.push("not one Atom feed element");
  for (const name of ["id", "title", "updated"]) if (feed.children(name).length !== 1) problems.push(`feed: ${feed.children(name).length} ${name}`);
  if (!RFC3339.test(feed.children("updated").text())) problems.push(`feed: updated ${feed.children("updated").text()}`);
  const feedAuthor = feed.children("author").children("name").text() !== "";
  feed.children("entry").each((_, el) => {
    const entry = $(el);
    const id = entry.children("id").text();
    for (const name of ["id", "title", "updated"]) if (entry.children(name).length !== 1 || entry.children(name).text() === "") problems.push(`${id}: ${entry.children(name).length} ${name}`);
    for (const name of ["updated", "published"]) for (const date of entry.children(name).map((_, d) => $(d).text()).get()) if (!RFC3339.test(date)) problems.push(`${id}: ${name} ${date}`);
    if (entry.children("published").length > 1) problems.push(`${id}: more than one published`);
    if (entry.children("link").filter((_, l) => ($(l).attr("rel") ?? "alternate") === "alternate").length < 1) problems.push(`${id}: no alternate link`);
    if (!feedAuthor && entry.children("author").length === 0) problems.push(`${id}: no author`);
  });
  return problems;
}

const published = (a: Archive) => a.documents.filter((d) => !d.withheld && d.status === "present");
/** The published papers the papers date (an agenda that tabled them was issued, or an embargo ended): the feed's entries. */
const dated = (a: Archive) => published(a).filter((d) => publicationDate(d) !== undefined);
const address = (d: Document) => `https://papers.example.gov.uk${d.url}`;

describe("the papers feed of the whole archive", () => {
  it("is Atom, with its own address as id and self link, and the newest paper's date as updated", () => {
    const { $, entries } = parse(papersFeed(archive, SITE, CLOCK));
    expect($("feed").attr("xmlns")).toBe("http://www.w3.org/2005/Atom");
    expect($("feed > id").text()).toBe("https://papers.example.gov.uk/feeds/papers.atom");
    expect($('feed > link[rel="self"]').attr("href")).toBe("https://papers.example.gov.uk/feeds/papers.atom");
    const newest = entries.map((e) => e.updated).sort().pop();
    expect($("feed > updated").text()).toBe(newest);
    for (const entry of entries) expect(DateTime.fromISO(entry.updated).isValid, entry.id).toBe(true);
  });

  it("is valid Atom: every element RFC 4287 requires, each date in RFC 3339", () => {
    expect(atomProblems(papersFeed(archive, SITE, CLOCK))).toEqual([]);
    for (const body of archive.bodies) expect(atomProblems(papersFeed(archive, SITE, CLOCK, body)), body.id).toEqual([]);
  });

  it("has one entry per published paper the papers date, each id and link its page's permanent address", () => {
    const { entries } = parse(papersFeed(archive, SITE, CLOCK));
    const papers = dated(archive);
    expect(papers.length).toBeGreaterThan(10);
    expect(entries).toHaveLength(papers.length);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries.map((e) => e.id).sort()).toEqual(papers.map(address).sort());
    for (const entry of entries) expect(entry.link).toBe(entry.id);
  });

  it("titles each entry as its page is titled, so that no two read alike", () => {
    const { entries } = parse(papersFeed(archive, SITE, CLOCK));
    const byAddress = new Map(dated(archive).map((d) => [address(d), d]));
    for (const entry of entries) expect(entry.title, entry.id).toBe(paperTitle(byAddress.get(entry.id) as Document));
    expect(new Set(entries.map((e) => e.title)).size).toBe(entries.length);
    // Not the papers' own titles: the Board's "Meeting Notes", the minutes' whole printed heading.
    for (const entry of entries) expect(entry.title, entry.id).not.toMatch(/^Meeting Notes$|^MINUTES of a meeting/);
    const title = (id: string) => entries.find((e) => e.id === `https://papers.example.gov.uk/meetings/${id}/`)?.title;
    expect(title("kmpcp-2024-07-16/minutes")).toBe("Minutes, Police and Crime Panel, 16 July 2024");
    expect(title("kmpcp-2019-09-24/minutes")).toBe("Minutes, Police and Crime Panel, 24 September 2019");
    expect(title("pdb-2024-06-12/notes")).toBe("Meeting notes, Performance and Delivery Board, 12 June 2024");
  });

  it("dates every entry, published and updated alike, by the day an agenda that tabled it was issued", () => {
    const { entries } = parse(papersFeed(archive, SITE, CLOCK));
    const byAddress = new Map(dated(archive).map((d) => [address(d), d]));
    for (const entry of entries) {
      const paper = byAddress.get(entry.id) as Document;
      const issued = paper.tabledAt.flatMap((t) => (t.meeting.issued ? [t.meeting.issued] : []));
      expect(entry.published, entry.id).toBe(entry.updated);
      const day = DateTime.fromISO(entry.published, { zone: "Europe/London" }).toISODate();
      expect(issued, entry.id).toContain(day);
    }
  });

  it("leaves out the papers the papers give no publication date for, rather than date them by their meeting, their own date or the build", () => {
    const { entries } = parse(papersFeed(archive, SITE, CLOCK));
    const ids = entries.map((e) => e.id);
    // The minutes of 17 October 2023 and the Board's notes of 31 October 2022: no agenda in the
    // archive tables them, and their meeting's day is no day they can have been published on.
    // The plan for April 2017 to March 2021 (printed in spring 2019) was tabled at no meeting.
    for (const id of ["kmpcp-2023-10-17/minutes", "pdb-2022-10-31/notes", "safer-in-kent-2017-2021"]) {
      const paper = archive.get(id, "document");
      expect(paper && published(archive).includes(paper), id).toBe(true);
      if (!paper) continue;
      expect(publicationDate(paper), id).toBeUndefined();
      expect(ids, id).not.toContain(address(paper));
    }
    // Nothing is dated by the build's clock: the feed is the same at any later clock.
    expect(papersFeed(archive, SITE, DateTime.fromISO("2030-06-01T12:00:00Z"))).toBe(papersFeed(archive, SITE, CLOCK));
    // Nor on or before the day of the meeting minutes or notes record.
    for (const paper of dated(archive).filter((d) => d.records && d.meeting)) {
      expect(publicationDate(paper)?.toISODate(), paper.id).not.toBe(undefined);
      expect((publicationDate(paper)?.toISODate() ?? "") > (paper.meeting?.date ?? ""), paper.id).toBe(true);
    }
  });

  it("leaves out stubs the archive holds no text of", () => {
    const stub = archive.documents.find((d) => d.status === "referenced");
    expect(stub).toBeDefined();
    const { entries } = parse(papersFeed(archive, SITE, CLOCK));
    expect(entries.map((e) => e.id)).not.toContain(`https://papers.example.gov.uk${stub?.url}`);
  });

  it("dates a paper by the agenda it was first tabled on: the minutes of 16 July 2024 by the agenda of 10 October", () => {
    const minutes = archive.get("kmpcp-2024-07-16/minutes", "document");
    expect(minutes).toBeDefined();
    if (!minutes) return;
    // The agenda of 10 October 2024 was issued on 2 October 2024 (London midnight, BST).
    expect(publicationDate(minutes)?.toUTC().toISO()).toBe("2024-10-01T23:00:00.000Z");
  });

  it("is the same text from one build to the next", () => {
    expect(papersFeed(archive, SITE, CLOCK)).toBe(papersFeed(archive, SITE, CLOCK));
  });
});

describe("the papers feed of one body", () => {
  it("lists the papers of its meetings and those tabled at them (the Board's notes at the Panel)", () => {
    for (const body of archive.bodies) {
      const { $, entries } = parse(papersFeed(archive, SITE, CLOCK, body));
      expect($("feed > id").text()).toBe(`https://papers.example.gov.uk/feeds/${body.id}/papers.atom`);
      const expected = dated(archive).filter((p) => belongsTo(p, body));
      expect(entries.map((e) => e.id).sort(), body.id).toEqual(expected.map(address).sort());
    }
    const panel = archive.get("kmpcp", "body");
    const { entries } = parse(papersFeed(archive, SITE, CLOCK, panel));
    expect(entries.map((e) => e.id)).toContain("https://papers.example.gov.uk/meetings/pdb-2024-06-12/notes/");
  });
});

/** MINIMAL's meeting, its agenda issued on 3 January 2024. */
const ISSUED = String(MINIMAL["meetings/panel-2024-01-10/meeting.md"]).replace("status: held\n", "status: held\nissued: 2024-01-03\n");

describe("papers of a small archive", () => {
  it("are dated by the day their agenda was issued, and the minutes by the agenda of the meeting that tables them", () => {
    const root = writeContent({
      ...MINIMAL,
      "meetings/panel-2024-01-10/meeting.md": ISSUED,
      "meetings/panel-2024-03-06/meeting.md": [
        "---",
        "type: meeting",
        "body: panel",
        "date: 2024-03-06",
        "status: scheduled",
        "issued: 2024-02-27",
        "agenda:",
        "  sections:",
        "    - letter: A",
        "      title: Business",
        "      items:",
        "        - code: A1",
        "          title: Minutes",
        "          minutes_of: panel-2024-01-10",
        "          papers: [panel-2024-01-10/minutes]",
        "---",
        "",
      ].join("\n"),
    });
    const small = loadValidArchive(root, CLOCK);
    const xml = papersFeed(small, SITE, CLOCK);
    expect(atomProblems(xml)).toEqual([]);
    const { $, entries } = parse(xml);
    expect(entries.map((e) => [e.id, e.title, e.published, e.updated])).toEqual([
      ["https://papers.example.gov.uk/meetings/panel-2024-01-10/minutes/", "Minutes, Test Panel, 10 January 2024", "2024-02-27T00:00:00.000Z", "2024-02-27T00:00:00.000Z"],
      ["https://papers.example.gov.uk/meetings/panel-2024-01-10/a2-report/", "A report, Test Panel, 10 January 2024", "2024-01-03T00:00:00.000Z", "2024-01-03T00:00:00.000Z"],
    ]);
    expect($("feed > updated").text()).toBe("2024-02-27T00:00:00.000Z");
  });

  it("under embargo are dated, once it ends, by its end", () => {
    const root = writeContent({
      ...MINIMAL,
      "meetings/panel-2024-01-10/meeting.md": ISSUED,
      "meetings/panel-2024-01-10/a2-report.md": "---\ntype: report\ntitle: A report\npublish_from: 2024-01-09T09:00:00+00:00\n---\nThe report text.\n",
    });
    const { entries } = parse(papersFeed(loadValidArchive(root, CLOCK), SITE, CLOCK));
    expect(entries.map((e) => [e.id, e.published])).toEqual([["https://papers.example.gov.uk/meetings/panel-2024-01-10/a2-report/", "2024-01-09T09:00:00.000Z"]]);
  });

  it("are left out while the papers give no publication date, and the feed is still valid Atom, updated at the build's clock", () => {
    // The meeting's agenda gives no issue date; the minutes are tabled nowhere; the report prints a date.
    const root = writeContent({ ...MINIMAL, "meetings/panel-2024-01-10/a2-report.md": "---\ntype: report\ntitle: A report\ndate: 2024-01-10\n---\nThe report text.\n" });
    const small = loadValidArchive(root, CLOCK);
    for (const paper of published(small)) expect(publicationDate(paper), paper.id).toBeUndefined();
    const xml = papersFeed(small, SITE, CLOCK);
    expect(atomProblems(xml)).toEqual([]);
    const { $, entries } = parse(xml);
    expect(entries).toEqual([]);
    expect($("feed > updated").text()).toBe("2026-01-01T12:00:00.000Z");
  });
});

describe("withheld papers", () => {
  it("never reach the feed, exempt or under embargo", () => {
    const root = writeContent({
      ...MINIMAL,
      "meetings/panel-2024-01-10/meeting.md": ISSUED,
      "meetings/panel-2024-01-10/a3-secret.md": "---\ntype: report\ntitle: Secret\nexempt: [3]\n---\nSecret text.\n",
      "meetings/panel-2024-01-10/a4-later.md": "---\ntype: report\ntitle: Later\npublish_from: 2024-02-01T09:00:00Z\n---\nLater text.\n",
    });
    const small = loadValidArchive(root, DateTime.fromISO("2024-01-20T00:00:00Z"));
    const xml = papersFeed(small, SITE, CLOCK);
    const { entries } = parse(xml);
    // The report went out with the agenda; the minutes, tabled at no later meeting, are dated by nothing.
    expect(entries.map((e) => e.id).sort()).toEqual(["https://papers.example.gov.uk/meetings/panel-2024-01-10/a2-report/"]);
    expect(xml).not.toMatch(/Secret|Later/);
  });
});
