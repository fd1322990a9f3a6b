/**
 * What a page's search tags say of it, in memory, for what the search page ranks and shows: a
 * page about a paper the archive does not hold is marked so, and a result in minutes or notes is
 * "In:" their type and date, not the sentence they print as their title.
 */
import { describe, expect, it } from "vitest";
import { documentName, searchTagsOf } from "../../src/views/search-tags.ts";
import { byId, paperAt, shippedArchive } from "../views/archives.ts";

describe("a page's search tags", () => {
  it("mark a paper the archive lists but does not hold, and no paper it holds", () => {
    const archive = shippedArchive();
    expect(searchTagsOf(paperAt(archive, "/meetings/kmpcp-2024-07-16/b3-shoplifting-update/"))?.held).toBe(false);
    for (const paper of archive.documents.filter((d) => !d.withheld)) expect(searchTagsOf(paper)?.held, paper.url).toBe(paper.status === "present");
    expect(archive.documents.some((d) => d.status === "referenced")).toBe(true);
  });

  it("mark a decision whose notice the archive does not hold", () => {
    const archive = shippedArchive();
    const decision = byId(archive.decisions, "opcc-d-035-24");
    expect(decision.status).toBe("referenced");
    expect(searchTagsOf(decision)?.held).toBe(false);
  });

  it("date a decision the papers give no date by the meeting that noted it, and say so", () => {
    const archive = shippedArchive();
    const decision = byId(archive.decisions, "opcc-d-035-24");
    expect(decision.date).toBeUndefined();
    expect(searchTagsOf(decision)).toMatchObject({ date: "2024-07-16", year: "2024", dateText: "noted Tuesday 16 July 2024" });
  });

  it("mark nothing else: meetings, people, topics and bodies are pages the archive holds", () => {
    const archive = shippedArchive();
    const pages = [...archive.meetings, ...archive.people, ...archive.topics, ...archive.bodies, ...archive.organisations];
    for (const page of pages) {
      const tags = searchTagsOf(page);
      if (tags) expect(tags.held, page.id).toBe(true);
    }
  });

  it("name minutes and notes by their type and date, as their page's caption does", () => {
    const archive = shippedArchive();
    const minutes = paperAt(archive, "/meetings/kmpcp-2024-07-16/minutes/");
    expect(minutes.title).toMatch(/^MINUTES of a meeting of the Kent and Medway Police and Crime Panel held in the Council Chamber/);
    expect(searchTagsOf(minutes)?.title).toBe("Minutes, 16 July 2024");
    expect(documentName(paperAt(archive, "/meetings/pdb-2024-06-12/notes/"))).toBe("Meeting notes, 12 June 2024");
  });

  it("name every other paper by its title", () => {
    const report = paperAt(shippedArchive(), "/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/");
    expect(searchTagsOf(report)?.title).toBe(report.title);
  });
});
