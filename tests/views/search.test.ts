/**
 * What the search page filters and shows: each page's tags, the Type filter's options, in the
 * model's one order of document types with the labels pages use, and the forms of the archive's
 * decision codes, by which it knows a query that is one.
 */
import { describe, expect, it } from "vitest";
import { DOCUMENT_TYPES } from "../../src/model/document-types.ts";
import { DOCUMENT_TYPE_LABELS, labelOf } from "../../src/render/labels.ts";
import { buildViews } from "../../src/views/index.ts";
import { searchTypeOptions } from "../../src/views/search-options.ts";
import { searchTagsOf } from "../../src/views/search-tags.ts";
import { byId, minimalArchive, paperAt, shippedArchive } from "./archives.ts";

describe("a page's search tags", () => {
  it("give a paper its type, label, body, date and every topic it and its items carry, each once", () => {
    const tags = searchTagsOf(paperAt(shippedArchive(), "/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/"));
    expect(tags).toMatchObject({ type: "annual-report", typeLabel: "Annual report", body: { id: "kmpcp" }, date: "2024-10-10", year: "2024", dateText: "Thursday 10 October 2024" });
    expect(tags?.topics).toContain("peel");
    expect(new Set(tags?.topics).size).toBe(tags?.topics.length);
  });

  it("give minutes the topics of their minutes", () => {
    const minutes = paperAt(shippedArchive(), "/meetings/kmpcp-2024-07-16/minutes/");
    const minuteTopics = new Set(minutes.records?.minutes.flatMap((m) => m.topics.map((t) => t.id)));
    const tags = searchTagsOf(minutes);
    for (const id of minuteTopics) expect(tags?.topics).toContain(id);
  });

  it("tag a meeting's agenda with the meeting's own topics and its items'", () => {
    const tags = searchTagsOf(byId(minimalArchive().meetings, "panel-2024-01-10"));
    expect(tags).toMatchObject({ type: "agenda", typeLabel: "Agenda", title: "Test Panel, Wednesday 10 January 2024", topics: ["policing"] });
  });

  it("leave out a meeting with no agenda and no text of its own", () => {
    const bare = shippedArchive().meetings.find((m) => !m.agenda && m.summons.trim() === "");
    expect(bare).toBeDefined();
    if (bare) expect(searchTagsOf(bare)).toBeUndefined();
  });

  it("date a decision by its own date, else by the first meeting that noted it", () => {
    for (const decision of shippedArchive().decisions) {
      const tags = searchTagsOf(decision);
      expect(tags?.title).toBe(`${decision.code}: ${decision.title}`);
      expect(tags?.date).toBe(decision.date ?? decision.notedIn[0]?.record.meeting.date);
    }
  });

  it("give a decision's page its code's key, by which a search for the code finds it, and no other page one", () => {
    const archive = shippedArchive();
    expect(searchTagsOf(byId(archive.decisions, "opcc-d-035-24"))?.decision).toBe("d03524");
    // Its code is OPCC D.034.23, printed OPCC.D.034.23: one key for both.
    expect(searchTagsOf(byId(archive.decisions, "opcc-d-034-23"))?.decision).toBe("d03423");
    for (const page of [...archive.documents.filter((d) => !d.withheld), ...archive.meetings, ...archive.people]) expect(searchTagsOf(page)?.decision, page.id).toBeUndefined();
  });

  it("name people, organisations, topics and bodies, with a body's own id as its body", () => {
    const archive = shippedArchive();
    expect(searchTagsOf(byId(archive.people, "mike-hill"))).toMatchObject({ type: "person", typeLabel: "Person", title: "Mike Hill", topics: [] });
    expect(searchTagsOf(byId(archive.topics, "peel"))).toMatchObject({ type: "topic", typeLabel: "Topic", title: "PEEL inspections" });
    expect(searchTagsOf(byId(archive.bodies, "pdb"))).toMatchObject({ type: "body", typeLabel: "Body", body: { id: "pdb" } });
    expect(searchTagsOf(byId(archive.organisations, "swale-borough-council"))?.type).toBe("organisation");
  });
});

describe("the forms of the decision codes the search page is given", () => {
  it("are the shipped archive's: OPCC before a code of a letter and numbers of three and two digits, printed too with OPCC run into it", () => {
    expect(JSON.parse(buildViews(shippedArchive()).searchCodeForms)).toEqual({ issuers: ["opcc"], joined: ["opcc"], shapes: ["d 3 2"] });
  });

  it("are none for an archive with no decisions", () => {
    const archive = minimalArchive();
    expect(archive.decisions).toEqual([]);
    expect(JSON.parse(buildViews(archive).searchCodeForms)).toEqual({ issuers: [], joined: [], shapes: [] });
  });
});

describe("the Type filter", () => {
  it("has a label for every document type, the one the pages print", () => {
    for (const type of DOCUMENT_TYPES) {
      expect(DOCUMENT_TYPE_LABELS[type]).not.toBe("");
      expect(labelOf(type)).toBe(DOCUMENT_TYPE_LABELS[type]);
    }
  });

  it("lists agendas, then the types the published papers have in the model's order, then the other kinds of page", () => {
    const archive = shippedArchive();
    const options = buildViews(archive).searchTypes.map((o) => o.value);
    const held = new Set(archive.documents.filter((d) => !d.withheld).map((d) => d.type));
    expect(options).toEqual(["agenda", ...DOCUMENT_TYPES.filter((t) => held.has(t)), "decision", "person", "organisation", "body", "topic"]);
  });

  it("offers only the types some paper has", () => {
    const papers = minimalArchive().documents;
    expect(searchTypeOptions(papers).map((o) => `${o.value}:${o.text}`)).toEqual(["agenda:Agenda", "minutes:Minutes", "report:Report", "decision:Decision", "person:Person", "organisation:Organisation", "body:Body", "topic:Topic"]);
  });
});
