/**
 * Pass 1, entities (src/model/link/entities.ts): bodies, organisations, people, decisions and
 * topics made from their own files, each registered under its file name and listed in the archive.
 */
import { describe, expect, it } from "vitest";
import { body, contentFile, decision, get, linkThrough, meeting, organisation, paper, person, reported, topic } from "../../support/link-fixture.ts";

describe("the entities pass", () => {
  it("makes a body from its file, its short name defaulting to its name", () => {
    const ctx = linkThrough("entities", [
      body("panel", ["name: Kent Panel", "short_name: Panel", "kind: committee", "names_as_printed: [KENT PANEL]", "host: kent-council"], "\nWhat the panel does.\n\n"),
      body("board", ["name: The Board", "kind: board"]),
    ]);
    const panel = get(ctx, "panel", "body");
    expect(panel).toMatchObject({
      id: "panel", kind: "body", url: "/bodies/panel/", source: { file: "content/bodies/panel.md", line: 1 }, name: "Kent Panel", shortName: "Panel", bodyKind: "committee",
      namesAsPrinted: ["KENT PANEL"], description: "What the panel does.", meetings: [], memberships: [],
    });
    // The host is an organisation: resolved by the references pass, once every entity exists.
    expect(panel.host).toBeUndefined();
    expect(get(ctx, "board", "body")).toMatchObject({ shortName: "The Board", bodyKind: "board", namesAsPrinted: [], description: "" });
    expect(ctx.archive.bodies.map((b) => b.id)).toEqual(["panel", "board"]);
    expect(ctx.problems).toEqual([]);
  });

  it("makes an organisation, a person, a decision and a topic, each in its own list", () => {
    const ctx = linkThrough("entities", [
      organisation("kent-police", ["name: Kent Police", "kind: police", "website: https://www.kent.police.uk"]),
      person("mike-hill", ["name: Mike Hill", "honorific: Mr", "post_nominals: [OBE]", "names_as_printed: [Mr P M Hill OBE]", "note: Spelt two ways.", "roles:", "  - { role: chair, body: panel }"]),
      decision("opcc-d-035-24", ["codes_as_printed: [OPCC D.035.24, D035/24]", "date: 2024-06", "status: present", "maker: mike-hill"]),
      decision("opcc-d-036-24"),
      topic("peel", ["title: PEEL inspections"], "PEEL."),
    ]);
    expect(get(ctx, "kent-police", "organisation")).toMatchObject({
      url: "/organisations/kent-police/", name: "Kent Police", organisationKind: "police", website: "https://www.kent.police.uk", namesAsPrinted: [], members: [], questions: [], roles: [],
    });
    const mike = get(ctx, "mike-hill", "person");
    expect(mike).toMatchObject({ url: "/people/mike-hill/", name: "Mike Hill", honorific: "Mr", postNominals: ["OBE"], namesAsPrinted: ["Mr P M Hill OBE"], note: "Spelt two ways." });
    // Roles name bodies and organisations: linked by the references pass.
    expect(mike.roles).toEqual([]);
    expect(get(ctx, "opcc-d-035-24", "decision")).toMatchObject({ url: "/decisions/opcc-d-035-24/", code: "OPCC D.035.24", codesAsPrinted: ["OPCC D.035.24", "D035/24"], date: "2024-06", status: "present" });
    // The maker is a person: resolved by the references pass.
    expect(get(ctx, "opcc-d-035-24", "decision").maker).toBeUndefined();
    expect(get(ctx, "opcc-d-036-24", "decision")).toMatchObject({ code: "OPCC D.036.24", codesAsPrinted: ["OPCC D.036.24"], status: "referenced", date: undefined });
    expect(get(ctx, "peel", "topic")).toMatchObject({ url: "/topics/peel/", title: "PEEL inspections", description: "PEEL.", meetings: [], agendaItems: [], documents: [], minutes: [] });
    const a = ctx.archive;
    expect([a.organisations, a.people, a.decisions, a.topics].map((list) => list.map((e) => e.id))).toEqual([["kent-police"], ["mike-hill"], ["opcc-d-035-24", "opcc-d-036-24"], ["peel"]]);
    expect(ctx.problems).toEqual([]);
  });

  it("leaves meetings and papers to their own passes, and reports none of the references it does not follow", () => {
    const ctx = linkThrough("entities", [
      body("panel", ["host: no-such-council"]),
      meeting("panel-2024-01-10"),
      paper("panel-2024-01-10/a2-report"),
      paper("police-and-crime-plan", ["type: plan"]),
    ]);
    expect([...ctx.archive.byId.keys()]).toEqual(["panel"]);
    expect(ctx.archive.meetings).toEqual([]);
    expect(ctx.archive.documents).toEqual([]);
    expect(ctx.problems).toEqual([]);
  });

  it("reports a second file with an identifier already used, whatever its kind, and keeps the first", () => {
    const ctx = linkThrough("entities", [body("panel"), person("panel"), topic("panel"), person("ann-able")]);
    expect(reported(ctx.problems)).toEqual([
      { file: "content/people/panel.md", line: 1, message: "identifier panel is already used by content/bodies/panel.md: rename one of the two files" },
      { file: "content/topics/panel.md", line: 1, message: "identifier panel is already used by content/bodies/panel.md: rename one of the two files" },
    ]);
    expect(ctx.archive.byId.get("panel")?.kind).toBe("body");
    expect(ctx.archive.people.map((p) => p.id)).toEqual(["ann-able"]);
    expect(ctx.archive.topics).toEqual([]);
    expect(ctx.fileFor("panel").path).toBe("content/bodies/panel.md");
  });

  it("notes two people of one name that no note tells apart, and no others: they are most often one person given two files", () => {
    const ctx = linkThrough("entities", [
      person("jane-smith", ["name: Jane Smith"]),
      person("cllr-jane-smith", ["name: Jane  smith"]),
      person("john-brown", ["name: John Brown", "note: Councillor for Ashford."]),
      person("john-brown-2", ["name: John Brown", "note: Chief Inspector, Kent Police."]),
      organisation("kent-police", ["name: Kent Police", "kind: police"]),
    ]);
    expect(ctx.notices.map((n) => [n.file, n.message.slice(0, 82)])).toEqual([["content/people/cllr-jane-smith.md", 'this person has the same name as content/people/jane-smith.md ("Jane Smith"): if t']]);
    expect(ctx.notices[0]?.message).toContain("write the kept file's identifier (jane-smith or cllr-jane-smith) wherever the other's is written");
    expect(ctx.problems).toEqual([]);
  });

  it("keeps a description's text as written, trimmed", () => {
    const file = contentFile("people/ann-able.md", ["type: person", "name: Ann Able"], "\n  First paragraph.\n\nSecond, with [a link](@panel).  \n");
    expect(get(linkThrough("entities", [file]), "ann-able", "person").description).toBe("First paragraph.\n\nSecond, with [a link](@panel).");
  });
});
