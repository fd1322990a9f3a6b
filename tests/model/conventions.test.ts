/**
 * Conventions per body and per site (src/model/conventions.ts, src/model/link/vocabulary.ts): item
 * codes as agendas print them, or in a body's own form; minute numbers of a body's own form, with
 * anchors made safely from them; decision codes of any printed form, or a stricter site or body
 * form; roles and kinds of organisation built in or added by the site, with their labels; a
 * meeting's links. In memory: the linker's passes on files made here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareBody } from "../../src/model/body.ts";
import {
  BUILT_IN_ORGANISATION_KINDS,
  BUILT_IN_ROLES,
  DEFAULT_ITEM_CODE,
  DEFAULT_MINUTE_NUMBER,
  itemAnchor,
  minuteAnchor,
  minuteNumbering,
  NO_SITE_CONVENTIONS,
  type SiteConventions,
  siteConventionsOf,
  splitMinuteNumber,
  writtenPatternProblem,
} from "../../src/model/conventions.ts";
import { exporter } from "../../src/data-export/records.ts";
import { renderDocument } from "../../src/render/paper-html.ts";
import { organisationKindLabel, roleLabel } from "../../src/render/labels.ts";
import { minuteCitation, minuteCitationOn } from "../../src/views/minute-citation.ts";
import { meetingLinks } from "../../src/views/meeting-links.ts";
import { organisationSummary } from "../../src/views/organisation-summary.ts";
import { personPost } from "../../src/views/people.ts";
import { agenda, body, decision, get, linkThrough, meeting, organisation, paper, person, reported } from "../support/link-fixture.ts";
import { PROJECT_ROOT } from "../support/paths.ts";
import type * as M from "../../src/model/types.ts";

const SHAPES = ["A4", "4", "4a", "4(a)", "7.1", "7.1.2", "B3(i)", "12", "A12b", "4a(ii)"];

describe("item codes", () => {
  it("take by default every shape agendas print", () => {
    for (const code of SHAPES) expect(DEFAULT_ITEM_CODE.test.test(code), code).toBe(true);
    for (const code of ["A2-B", "4.a", "(a)", "4(a)(i)", "Item 4", ""]) expect(DEFAULT_ITEM_CODE.test.test(code), code).toBe(false);
  });

  it("make anchors of letters, digits and hyphens, the shipped archive's as they were", () => {
    expect(["A4", "4", "4(a)", "7.1", "7.1.2", "B3(i)", "A12b"].map(itemAnchor)).toEqual(["item-a4", "item-4", "item-4a", "item-7-1", "item-7-1-2", "item-b3i", "item-a12b"]);
  });

  const osc = () => body("osc", ["name: Overview and Scrutiny Committee", "kind: committee", "conventions:", "  item_code: { pattern: '^\\d+(\\([a-z]\\))?$', example: 4(a) }"]);

  it("of a body's own form pass, and any other is refused naming the file, the line, the code, the pattern and an example", () => {
    const ctx = linkThrough("agendas", [osc(), meeting("osc-2025-01-14", agenda(["{ code: '4', title: Scrutiny }", "{ code: 4(a), title: Charging }", "{ code: 4a, title: Also charging }"]))]);
    expect(reported(ctx.problems)).toEqual([
      {
        file: "content/meetings/osc-2025-01-14/meeting.md",
        line: 12,
        field: "agenda.sections.0.items.2.code",
        message: "item code 4a does not match the pattern of Overview and Scrutiny Committee's item codes, ^\\d+(\\([a-z]\\))?$ (conventions.item_code in content/bodies/osc.md): write the code as the agenda prints it, e.g. 4(a), or change the pattern if the agendas print codes of this form too",
      },
    ]);
    // 4(a) and 4a both make item-4a: the second item gets an anchor of its own.
    expect(get(ctx, "osc-2025-01-14", "meeting").agenda?.items.map((i) => [i.code, i.anchor, i.url])).toEqual([
      ["4", "item-4", "/meetings/osc-2025-01-14/#item-4"],
      ["4(a)", "item-4a", "/meetings/osc-2025-01-14/#item-4a"],
      ["4a", "item-4a-2", "/meetings/osc-2025-01-14/#item-4a-2"],
    ]);
  });

  it("of no common form are refused where the body declares none, saying where to declare one", () => {
    const ctx = linkThrough("agendas", [body("panel"), meeting("panel-2024-01-10", agenda(["{ code: A2-B, title: A report }"]))]);
    expect(reported(ctx.problems)).toEqual([
      expect.objectContaining({ line: 10, field: "agenda.sections.0.items.0.code", message: expect.stringMatching(/^item code A2-B is not in a form item codes take \(.*\): write the code as the agenda prints it, e\.g\. A4, 4, 4a, 4\(a\), 7\.1 or B3\(i\); if Panel's agendas print codes of another form, declare it in content\/bodies\/panel\.md/) }),
    ]);
  });

  it("written twice on one agenda are still refused as the same item twice", () => {
    const ctx = linkThrough("agendas", [osc(), meeting("osc-2025-01-14", agenda(["{ code: 4(a), title: One }", "{ code: 4(a), title: Two }"]))]);
    expect(reported(ctx.problems).map((p) => p.message)).toEqual(["item 4(a) appears twice on this agenda: give each item its own code"]);
  });

  it("are cited from minutes and declarations as printed", () => {
    const ctx = linkThrough("records", [
      osc(),
      person("ann-able"),
      meeting("osc-2025-01-14", agenda(["{ code: 4(a), title: Charging }"])),
      paper("osc-2025-01-14/minutes", ["type: minutes"], "## 1. Charging {item=4(a)}\n\n::: declaration {person=ann-able item=4(a)}\nAn interest.\n:::\n"),
    ]);
    expect(ctx.problems).toEqual([]);
    const minute = ctx.archive.minutes[0];
    expect(minute?.item?.anchor).toBe("item-4a");
    expect(minute?.declarations[0]?.item?.code).toBe("4(a)");
  });
});

describe("a pattern written in a body file or the site configuration", () => {
  it("that is no regular expression is refused with the engine's reason and one to copy", () => {
    expect(writtenPatternProblem({ pattern: "^[A-Z](\\d+$", example: "A1" }, "item_code", "front matter")).toEqual({
      field: "pattern",
      message: "'^[A-Z](\\d+$' is not a regular expression the check can read (Unterminated group): write the form of the item codes as a JavaScript regular expression, e.g. '^\\d+(\\([a-z]\\))?$' for 4 and 4(a)",
    });
    expect(writtenPatternProblem({ pattern: "KD/(\\d{4}", example: "KD/2025" }, "decision_code", "JSON")?.message).toMatch(/^"KD\/\(\\\\d\{4\}" is not a regular expression .*, e\.g\. "KD\/\\\\d\{4\}\/\\\\d\{3\}" for KD\/2025\/014$/);
  });

  it("whose example it refuses is refused at the example", () => {
    expect(writtenPatternProblem({ pattern: "OSC/\\d{2}/\\d+", example: "OSC/2023/25" }, "minute_number", "front matter")).toEqual({
      field: "example",
      message: 'example "OSC/2023/25" does not match the pattern OSC/\\d{2}/\\d+: write one of the minute numbers as the papers print it, which the pattern accepts, or correct the pattern',
    });
    expect(writtenPatternProblem({ pattern: "OSC/\\d{2}/\\d+", example: "OSC/23/25" }, "minute_number", "front matter")).toBeUndefined();
  });

  it("must match the whole code: ^ and $ are implied", () => {
    const ctx = linkThrough("agendas", [body("panel", ["conventions:", "  item_code: { pattern: '\\d+', example: '4' }"]), meeting("panel-2024-01-10", agenda(["{ code: A4, title: Business }"]))]);
    expect(reported(ctx.problems).map((p) => p.message)).toEqual([expect.stringMatching(/^item code A4 does not match the pattern of Panel's item codes, \\d\+/)]);
  });
});

describe("minute numbers", () => {
  const OSC = minuteNumbering({ pattern: "OSC/\\d{2}/\\d+", example: "OSC/23/25" }, { file: "content/bodies/osc.md", field: "conventions.minute_number" });

  it("are by default digits and a full stop, as the shipped minutes print them", () => {
    expect(splitMinuteNumber("113. Budget", DEFAULT_MINUTE_NUMBER)).toEqual({ number: "113", title: "Budget" });
    expect(splitMinuteNumber("113A. Budget", DEFAULT_MINUTE_NUMBER)).toEqual({ number: "113A", title: "Budget" });
    // No full stop, no number: a heading that starts with a year is no minute 2024.
    expect(splitMinuteNumber("2024 budget setting", DEFAULT_MINUTE_NUMBER)).toBeUndefined();
    expect(splitMinuteNumber("Slide 24 – VAWG performance", DEFAULT_MINUTE_NUMBER)).toBeUndefined();
  });

  it("of a body's own form are read with or without the full stop, and no other", () => {
    expect(splitMinuteNumber("OSC/23/25 Hospital discharge", OSC)).toEqual({ number: "OSC/23/25", title: "Hospital discharge" });
    expect(splitMinuteNumber("OSC/23/25. Hospital discharge", OSC)).toEqual({ number: "OSC/23/25", title: "Hospital discharge" });
    expect(splitMinuteNumber("25. Hospital discharge", OSC)).toBeUndefined();
    expect(splitMinuteNumber(`OSC/23/${"9".repeat(60)} Too long a number`, OSC)).toBeUndefined();
  });

  it("make anchors of letters, digits and hyphens, the shipped archive's as they were", () => {
    expect(["113", "113A", "1", "OSC/23/25", "7.1", "A1"].map(minuteAnchor)).toEqual(["m113", "m113a", "m1", "m-osc-23-25", "m-7-1", "m-a1"]);
    expect(minuteAnchor("—")).toBeUndefined();
  });

  it("are read with the body's numbering, each anchor unique on its page however often a number is printed", () => {
    const text = "## OSC/23/25 Apologies\n\nNone.\n\n## OSC/23/26 Minutes\n\nAgreed.\n\n## OSC/23/26 Minutes again\n\nText.\n\n## Exclusion of the press\n\nText.\n";
    const prepared = prepareBody(text, { minutes: true, minuteNumbers: OSC });
    expect(prepared.minutes.map((m) => [m.printedNumber, m.title, m.anchor])).toEqual([
      ["OSC/23/25", "Apologies", "m-osc-23-25"],
      ["OSC/23/26", "Minutes", "m-osc-23-26"],
      ["OSC/23/26", "Minutes again", "m-osc-23-26-2"],
      [undefined, "Exclusion of the press", "exclusion-of-the-press"],
    ]);
    // Read with the default numbering, the same headings are minutes with no number.
    expect(prepareBody(text, { minutes: true }).minutes.map((m) => m.printedNumber)).toEqual([undefined, undefined, undefined, undefined]);
  });

  const oscBody = () => body("osc", ["name: Overview and Scrutiny Committee", "kind: committee", "conventions:", "  minute_number: { pattern: 'OSC/\\d{2}/\\d+', example: OSC/23/25 }"]);
  const minutesOf = (id: string, text: string) => paper(`${id}/minutes`, ["type: minutes"], text);

  it("are cited as printed, and the page's anchors are the ones check verified", () => {
    const ctx = linkThrough("references", [
      oscBody(),
      meeting("osc-2025-01-14"),
      minutesOf("osc-2025-01-14", "## OSC/23/25 Hospital discharge\n\nDiscussed.\n"),
      paper("osc-2025-01-14/report", [], "See [the minute](@osc-2025-01-14/minutes#m-osc-23-25).\n"),
    ]);
    expect(ctx.problems).toEqual([]);
    const minute = ctx.archive.minutes[0] as M.Minute;
    expect([minute.id, minute.printedNumber, minuteCitation(minute), minuteCitationOn(minute)]).toEqual(["osc-2025-01-14/minutes#m-osc-23-25", "OSC/23/25", "minute OSC/23/25", "Minute OSC/23/25 of Tuesday 14 January 2025"]);
    const html = renderDocument(ctx.archive, get(ctx, "osc-2025-01-14/minutes", "document"));
    expect(html).toContain('id="m-osc-23-25"');
  });

  it("numbered from 1 at each meeting never collide: ids, addresses and open data name the page", () => {
    const ctx = linkThrough("references", [
      oscBody(),
      body("committee", ["conventions:", "  minute_number: { pattern: '\\d+', example: '1' }"]),
      meeting("committee-2025-01-14"),
      meeting("committee-2025-03-11"),
      minutesOf("committee-2025-01-14", "## 1 Apologies\n\nNone.\n\n## 2 Budget\n\nNoted.\n"),
      minutesOf("committee-2025-03-11", "## 1 Apologies\n\nNone.\n\n## 2 Budget\n\nAgreed.\n"),
    ]);
    expect(ctx.problems).toEqual([]);
    const minutes = ctx.archive.minutes;
    expect(minutes.map((m) => m.printedNumber)).toEqual(["1", "2", "1", "2"]);
    expect(new Set(minutes.map((m) => m.id)).size).toBe(4);
    expect(new Set(minutes.map((m) => m.url)).size).toBe(4);
    const records = minutes.map(exporter({ archive: ctx.archive, siteUrl: "https://papers.example/" }).minute);
    expect(new Set(records.map((r) => r.id)).size).toBe(4);
    expect(records.map((r) => r.cited_as)).toEqual(["minute 1", "minute 2", "minute 1", "minute 2"]);
  });
});

describe("decision codes", () => {
  it("take by default any printed code of letters, digits, spaces and . / -", () => {
    const ctx = linkThrough("references", [body("panel"), decision("kd-2025-014", ["code: KD/2025/014"]), decision("d-25-00123", ["code: 25/00123"]), decision("opcc-d-035-24")]);
    expect(ctx.problems).toEqual([]);
    expect(ctx.archive.decisions.map((d) => d.code)).toEqual(["KD/2025/014", "25/00123", "OPCC D.035.24"]);
  });

  const site: SiteConventions = siteConventionsOf({ decisionCode: { pattern: "^KD/\\d{4}/\\d{3}$", example: "KD/2025/014" } }, "_data/site.json");

  it("of the site's form pass, and any other is refused at the decision's code", () => {
    const ctx = linkThrough("references", [body("panel"), decision("kd-2025-014", ["code: KD/2025/014"]), decision("kd-25-14", ["code: KD/25/14"])], { site });
    expect(reported(ctx.problems)).toEqual([
      {
        file: "content/decisions/kd-25-14.md",
        line: 4,
        field: "code",
        message: "decision code KD/25/14 does not match the pattern of this archive's decision codes, ^KD/\\d{4}/\\d{3}$ (decisionCode in _data/site.json): write the code as the papers print it, e.g. KD/2025/014, or change the pattern if they print codes of this form too",
      },
    ]);
  });

  it("of a body's form are asked of the decisions its meetings cite, and of no others", () => {
    const ctx = linkThrough("references", [
      body("osc", ["name: Overview and Scrutiny Committee", "conventions:", "  decision_code: { pattern: 'KD/\\d{4}/\\d{3}', example: KD/2025/014 }"]),
      body("panel"),
      decision("opcc-d-035-24"),
      decision("opcc-d-036-24"),
      meeting("osc-2025-01-14", agenda(["{ code: A1, title: Charging, decisions: [opcc-d-035-24] }"])),
      meeting("panel-2025-01-14", agenda(["{ code: A1, title: Charging, decisions: [opcc-d-036-24] }"])),
    ]);
    expect(reported(ctx.problems)).toEqual([
      expect.objectContaining({
        file: "content/decisions/opcc-d-035-24.md",
        field: "code",
        message: expect.stringMatching(/^decision code OPCC D\.035\.24 does not match the pattern of Overview and Scrutiny Committee's decision codes, KD\/\\d\{4\}\/\\d\{3\} \(conventions\.decision_code in content\/bodies\/osc\.md\): write the code as the papers print it, e\.g\. KD\/2025\/014/),
      }),
    ]);
  });

  it("in the site configuration are read only when they can be used: the site check reports the rest", () => {
    expect(siteConventionsOf({ decisionCode: { pattern: "KD/(", example: "KD/" } }, "_data/site.json").decisionCode).toBeUndefined();
    expect(siteConventionsOf({ roles: { chair: "Chairman", "Bad Key": "x", empty: "", number: 3 } }, "_data/site.json").roles).toEqual(new Map([["chair", "Chairman"]]));
  });
});

describe("roles and kinds of organisation", () => {
  it("include what a council committee and a fire and rescue panel need", () => {
    for (const role of ["leader", "cabinet-member", "portfolio-holder", "mayor", "chief-fire-officer", "chief-executive", "chair"]) expect(BUILT_IN_ROLES, role).toContain(role);
    for (const kind of ["fire-and-rescue", "cabinet", "council"]) expect(BUILT_IN_ORGANISATION_KINDS, kind).toContain(kind);
  });

  it("not built in nor added by the site are refused with the nearest the archive knows", () => {
    const ctx = linkThrough("references", [
      body("osc"),
      person("ann-able", ["roles:", "  - { role: cabinet-membr }"]),
      organisation("anyshire-fire", ["kind: fire-and-resuce"]),
      meeting("osc-2025-01-14", ["membership:", "  - { person: ann-able, role: chairman }"]),
    ]);
    expect(reported(ctx.problems)).toEqual([
      expect.objectContaining({ file: "content/organisations/anyshire-fire.md", line: 4, field: "kind", message: expect.stringMatching(/^kind fire-and-resuce is not a kind of organisation this archive knows: write one of council, .*; did you mean fire-and-rescue\?$/) }),
      expect.objectContaining({ file: "content/meetings/osc-2025-01-14/meeting.md", line: 7, field: "membership.0.role", message: expect.stringMatching(/^role chairman is not one this archive knows: write one of member, chair, .*, or add it with its label to "roles" in _data\/site\.json/) }),
      expect.objectContaining({ file: "content/people/ann-able.md", line: 5, field: "roles.0.role", message: expect.stringMatching(/; did you mean cabinet-member\?$/) }),
    ]);
  });

  const site = siteConventionsOf({ roles: { "democratic-services-officer": "Democratic Services Officer", chair: "Chairman" }, organisationKinds: { "nhs-trust": "NHS trust" } }, "_data/site.json");

  it("added by the site pass, and pages name them, and built-in ones the site renames, in the site's words", () => {
    const ctx = linkThrough("references", [
      body("osc"),
      organisation("anyshire-trust", ["kind: nhs-trust"]),
      organisation("anyshire-fire", ["kind: fire-and-rescue"]),
      person("ann-able", ["roles:", "  - { role: democratic-services-officer, organisation: anyshire-trust }"]),
      person("bob-baker", ["roles:", "  - { role: chair, body: osc }"]),
      person("cy-cole", ["roles:", "  - { role: chief-fire-officer, organisation: anyshire-fire }"]),
    ], { site });
    expect(ctx.problems).toEqual([]);
    const vocabulary = ctx.archive.vocabulary;
    expect(["ann-able", "bob-baker", "cy-cole"].map((id) => personPost(get(ctx, id, "person"), vocabulary))).toEqual([
      "Democratic Services Officer, Anyshire Trust",
      "Chairman",
      "Chief Fire Officer, Anyshire Fire",
    ]);
    expect(organisationSummary(get(ctx, "anyshire-trust", "organisation"), vocabulary)[0]?.value?.text).toBe("NHS trust");
    expect(organisationKindLabel("fire-and-rescue", vocabulary)).toBe("Fire and rescue service");
    // Without the site's words, the built-in labels, and an added role shows as written.
    expect([roleLabel("chair", NO_SITE_CONVENTIONS), roleLabel("commissioner", NO_SITE_CONVENTIONS), roleLabel("democratic-services-officer", NO_SITE_CONVENTIONS)]).toEqual(["Chair", "Police and Crime Commissioner", "democratic-services-officer"]);
  });

  it("are every one named in the content guide, and in its list of roles or kinds", () => {
    const guide = readFileSync(join(PROJECT_ROOT, "docs/content-guide.md"), "utf8");
    const roles = /^Roles: ([\s\S]*?)\. A Chairman/m.exec(guide)?.[1] ?? "";
    expect([...roles.matchAll(/`([a-z-]+)`/g)].map((m) => m[1])).toEqual([...BUILT_IN_ROLES]);
    const kinds = /^kind: council +# (.*)$/m.exec(guide)?.[1] ?? "";
    expect(kinds.split(" | ")).toEqual([...BUILT_IN_ORGANISATION_KINDS]);
  });
});

describe("a meeting's links", () => {
  it("are kept in order and listed under a heading of their own; a meeting with none shows none", () => {
    const ctx = linkThrough("agendas", [
      body("osc"),
      meeting("osc-2025-01-14", ["links:", "  - { text: Webcast, url: 'https://webcasts.example/osc/1' }", "  - { text: Agenda on the council's website, url: 'https://democracy.example/m/1' }"]),
      meeting("osc-2025-03-11"),
    ]);
    expect(ctx.problems).toEqual([]);
    const held = get(ctx, "osc-2025-01-14", "meeting");
    expect(held.links).toEqual([
      { text: "Webcast", url: "https://webcasts.example/osc/1" },
      { text: "Agenda on the council's website", url: "https://democracy.example/m/1" },
    ]);
    expect(meetingLinks(held)).toEqual({ heading: "Elsewhere on the web", links: [{ text: "Webcast", href: "https://webcasts.example/osc/1" }, { text: "Agenda on the council's website", href: "https://democracy.example/m/1" }] });
    expect(meetingLinks(get(ctx, "osc-2025-03-11", "meeting"))).toBeUndefined();
    const record = exporter({ archive: ctx.archive, siteUrl: "https://papers.example/" }).meeting(held);
    expect(record.links).toEqual(held.links);
    expect(exporter({ archive: ctx.archive, siteUrl: "https://papers.example/" }).meeting(get(ctx, "osc-2025-03-11", "meeting")).links).toBeUndefined();
  });
});
