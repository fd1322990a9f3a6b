/**
 * The papers feed, parsed as XML: one entry per published paper, with the paper's permanent
 * address as its id and link, the feed's `updated` the newest entry's, and nothing withheld or
 * stub. Built from the shipped archive in memory.
 */
import * as cheerio from "cheerio";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { papersFeed } from "../../src/feeds/atom.ts";
import { belongsTo, publicationDate } from "../../src/feeds/published-papers.ts";
import type { Archive } from "../../src/model/archive.ts";
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
    }))
    .get();
  return { $, entries };
}

const published = (a: Archive) => a.documents.filter((d) => !d.withheld && d.status === "present");

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

  it("has one entry per published paper, each id and link its page's permanent address", () => {
    const { entries } = parse(papersFeed(archive, SITE, CLOCK));
    const papers = published(archive);
    expect(entries).toHaveLength(papers.length);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries.map((e) => e.id).sort()).toEqual(papers.map((p) => `https://papers.example.gov.uk${p.url}`).sort());
    for (const entry of entries) expect(entry.link).toBe(entry.id);
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
    expect(publicationDate(minutes, CLOCK).toUTC().toISO()).toBe("2024-10-01T23:00:00.000Z");
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
      const expected = published(archive).filter((p) => belongsTo(p, body));
      expect(entries.map((e) => e.id).sort(), body.id).toEqual(expected.map((p) => `https://papers.example.gov.uk${p.url}`).sort());
    }
    const panel = archive.get("kmpcp", "body");
    const { entries } = parse(papersFeed(archive, SITE, CLOCK, panel));
    expect(entries.map((e) => e.id)).toContain("https://papers.example.gov.uk/meetings/pdb-2024-06-12/notes/");
  });
});

describe("withheld papers", () => {
  it("never reach the feed, exempt or under embargo", () => {
    const root = writeContent({
      ...MINIMAL,
      "meetings/panel-2024-01-10/a3-secret.md": "---\ntype: report\ntitle: Secret\nexempt: [3]\n---\nSecret text.\n",
      "meetings/panel-2024-01-10/a4-later.md": "---\ntype: report\ntitle: Later\npublish_from: 2024-02-01T09:00:00Z\n---\nLater text.\n",
    });
    const small = loadValidArchive(root, DateTime.fromISO("2024-01-20T00:00:00Z"));
    const xml = papersFeed(small, SITE, CLOCK);
    const { entries } = parse(xml);
    expect(entries.map((e) => e.id).sort()).toEqual(["https://papers.example.gov.uk/meetings/panel-2024-01-10/a2-report/", "https://papers.example.gov.uk/meetings/panel-2024-01-10/minutes/"]);
    expect(xml).not.toMatch(/Secret|Later/);
  });
});
