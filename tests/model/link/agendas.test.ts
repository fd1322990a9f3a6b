/**
 * Pass 4, agendas (src/model/link/agendas.ts): a meeting's own references (signatory, contacts,
 * membership, next meeting, topics) and its agenda, each item linked to its papers, topics,
 * decisions and the meeting whose minutes it takes, with back-references; papers at an exempt item
 * are exempt.
 */
import { describe, expect, it } from "vitest";
import { cast, get, linkThrough, meeting, paper, reported } from "../../support/link-fixture.ts";

const THIS = "panel-2024-02-01";
const FILE = `content/meetings/${THIS}/meeting.md`;

/** Meeting panel-2024-02-01: `more` starts on line 6 of its meeting.md. */
const files = (more: string[], extra: ReturnType<typeof paper>[] = []) => [
  ...cast(),
  meeting("panel-2024-01-10"),
  paper("panel-2024-01-10/minutes", ["type: minutes"]),
  meeting("panel-2024-03-01"),
  meeting(THIS, more),
  paper(`${THIS}/a2-report`),
  paper(`${THIS}/a2-appendix`, ["type: appendix", "appendix: A"]),
  paper(`${THIS}/b1-contract`, ["publish_from: 2024-01-20T09:00:00Z"]),
  ...extra,
];

const FULL = [
  'signatory: { person: ann-able, as_printed: "Ann Able, Clerk" }',
  "contacts:",
  "  - { person: bob-baker, as_printed: Bob Baker on 0300 }",
  "  - { as_printed: The Clerk }",
  "membership:",
  "  - { person: ann-able, as_printed: Cllr Ann Able, representing: swale-council, representing_as_printed: Swale BC, role: chair }",
  "  - { person: bob-baker, as_printed: Mr Bob Baker }",
  "  - { vacancy: true, representing_as_printed: Co-opted member, role: co-opted-member }",
  "next_meeting: panel-2024-03-01",
  "topics: [road-safety]",
  "agenda:",
  "  sections:",
  "    - letter: A",
  "      title: Business",
  "      items:",
  // Line 21.
  "        - { code: A1, title: Minutes, pages: { from: 1, to: 4 }, papers: [panel-2024-01-10/minutes], minutes_of: panel-2024-01-10 }",
  `        - { code: A2, title: Road safety, papers: [${THIS}/a2-report, ${THIS}/a2-appendix], topics: [road-safety], decisions: [opcc-d-001-24], note: Deferred }`,
  "        - { code: A3, title: Verbal update, verbal: true }",
  "    - letter: B",
  "      part: exempt",
  "      items:",
  // Line 27.
  `        - { code: B1, title: Contract, exempt: [3], papers: [${THIS}/b1-contract] }`,
];

describe("the agendas pass", () => {
  it("links the signatory, contacts and membership, with back-references on people, organisations and the body", () => {
    const ctx = linkThrough("agendas", files(FULL));
    const m = get(ctx, THIS, "meeting");
    const [ann, bob, swale, panel] = [get(ctx, "ann-able", "person"), get(ctx, "bob-baker", "person"), get(ctx, "swale-council", "organisation"), get(ctx, "panel", "body")];
    expect(ctx.problems).toEqual([]);
    expect(m.signatory).toEqual({ person: ann, asPrinted: "Ann Able, Clerk" });
    expect(m.contacts).toEqual([{ person: bob, asPrinted: "Bob Baker on 0300" }, { person: undefined, asPrinted: "The Clerk" }]);
    expect(m.membership.map((s) => [s.person?.id, s.role, s.vacancy, s.representing?.id, s.asPrinted, s.representingAsPrinted])).toEqual([
      ["ann-able", "chair", false, "swale-council", "Cllr Ann Able", "Swale BC"],
      ["bob-baker", "member", false, undefined, "Mr Bob Baker", undefined],
      [undefined, "co-opted-member", true, undefined, undefined, "Co-opted member"],
    ]);
    for (const seat of m.membership) expect([seat.body, seat.meeting]).toEqual([panel, m]);
    expect(panel.memberships).toEqual(m.membership);
    expect(ann.memberships).toEqual([m.membership[0]]);
    expect(bob.memberships).toEqual([m.membership[1]]);
    expect(swale.members).toEqual([m.membership[0]]);
  });

  it("links the next meeting and the meeting's topics both ways", () => {
    const ctx = linkThrough("agendas", files(FULL));
    const m = get(ctx, THIS, "meeting");
    const next = get(ctx, "panel-2024-03-01", "meeting");
    expect(m.nextMeeting).toBe(next);
    expect(next.previousMeetings).toEqual([m]);
    expect(m.topics).toEqual([get(ctx, "road-safety", "topic")]);
    expect(get(ctx, "road-safety", "topic").meetings).toEqual([m]);
  });

  it("makes the agenda's sections and items, each item an anchor on the meeting's page", () => {
    const ctx = linkThrough("agendas", files(FULL));
    const m = get(ctx, THIS, "meeting");
    const agenda = m.agenda;
    expect(agenda?.meeting).toBe(m);
    expect(agenda?.inferred).toBe(false);
    expect(agenda?.sections.map((s) => [s.letter, s.title, s.part, s.items.map((it) => it.code)])).toEqual([
      ["A", "Business", "unrestricted", ["A1", "A2", "A3"]],
      ["B", "", "exempt", ["B1"]],
    ]);
    const [a1, a2, a3, b1] = agenda?.items ?? [];
    expect(a1).toMatchObject({ kind: "agenda-item", id: `${THIS}#item-a1`, anchor: "item-a1", url: `/meetings/${THIS}/#item-a1`, meeting: m, section: agenda?.sections[0], title: "Minutes", pages: { from: 1, to: 4 }, verbal: false, exempt: [], source: { file: FILE, line: 21 } });
    expect(a2).toMatchObject({ note: "Deferred", source: { file: FILE, line: 22 } });
    expect(a3).toMatchObject({ verbal: true, papers: [], topics: [], decisions: [] });
    expect(b1).toMatchObject({ exempt: [3], section: agenda?.sections[1], source: { file: FILE, line: 27 } });
    expect(ctx.pageAnchors.get(THIS)).toEqual(new Map([["item-a1", a1], ["item-a2", a2], ["item-a3", a3], ["item-b1", b1]]));
  });

  it("links items to their papers, topics, decisions and the meeting whose minutes they take, both ways", () => {
    const ctx = linkThrough("agendas", files(FULL));
    const m = get(ctx, THIS, "meeting");
    const [a1, a2] = m.agenda?.items ?? [];
    const doc = (id: string) => get(ctx, id, "document");
    expect(a1?.papers).toEqual([doc("panel-2024-01-10/minutes")]);
    expect(a1?.minutesOf).toBe(get(ctx, "panel-2024-01-10", "meeting"));
    expect(get(ctx, "panel-2024-01-10", "meeting").minutesTabledAt).toEqual([a1]);
    expect(doc("panel-2024-01-10/minutes").tabledAt).toEqual([{ meeting: m, item: a1 }]);
    expect(a2?.papers.map((p) => p.id)).toEqual([`${THIS}/a2-report`, `${THIS}/a2-appendix`]);
    expect(doc(`${THIS}/a2-appendix`).tabledAt).toEqual([{ meeting: m, item: a2 }]);
    expect(a2?.topics).toEqual([get(ctx, "road-safety", "topic")]);
    expect(get(ctx, "road-safety", "topic").agendaItems).toEqual([a2]);
    expect(a2?.decisions).toEqual([get(ctx, "opcc-d-001-24", "decision")]);
    expect(get(ctx, "opcc-d-001-24", "decision").agendaItems).toEqual([a2]);
  });

  it("makes the papers at an exempt item exempt, even one under an embargo that has passed, and leaves the others alone", () => {
    const ctx = linkThrough("agendas", files(FULL));
    expect(get(ctx, `${THIS}/b1-contract`, "document").withheld).toBe("exempt");
    expect(get(ctx, `${THIS}/a2-report`, "document").withheld).toBeUndefined();
  });

  it("makes an embargoed paper at an exempt item exempt: an exemption outranks an embargo", () => {
    const ctx = linkThrough("agendas", files(FULL, [paper(`${THIS}/b1-later`, ["publish_from: 2024-09-01T09:00:00+01:00"])]).map((f) =>
      f.path === FILE ? meeting(THIS, [...FULL.slice(0, -1), `        - { code: B1, title: Contract, exempt: [3], papers: [${THIS}/b1-later] }`]) : f,
    ));
    expect(get(ctx, `${THIS}/b1-later`, "document").withheld).toBe("exempt");
    // Not tabled at the exempt item now: its own embargo has passed, so it is public.
    expect(get(ctx, `${THIS}/b1-contract`, "document").withheld).toBeUndefined();
  });

  it("records each tabling of a paper tabled at two meetings", () => {
    const ctx = linkThrough("agendas", [
      ...files(FULL).filter((f) => !f.path.endsWith("panel-2024-03-01/meeting.md")),
      meeting("panel-2024-03-01", ["agenda:", "  sections:", "    - items:", `        - { code: "1", title: Again, papers: [${THIS}/a2-report] }`]),
    ]);
    const report = get(ctx, `${THIS}/a2-report`, "document");
    expect(report.tabledAt.map((t) => [t.meeting.id, t.item.code])).toEqual([[THIS, "A2"], ["panel-2024-03-01", "1"]]);
    expect(ctx.problems).toEqual([]);
  });

  it("gives a meeting with no agenda no agenda, and an empty set of anchors", () => {
    const ctx = linkThrough("agendas", files(FULL));
    expect(get(ctx, "panel-2024-01-10", "meeting").agenda).toBeUndefined();
    expect(ctx.pageAnchors.get("panel-2024-01-10")).toEqual(new Map());
  });

  it("reports every reference that resolves nowhere, a paper listed twice, an item code used twice and pages that run backwards", () => {
    const ctx = linkThrough("agendas", files([
      "signatory: { person: ann-abel, as_printed: Ann }",
      "contacts: [{ person: nobody, as_printed: No One }]",
      "membership:",
      "  - { person: bob-baker, as_printed: Bob, representing: swale-counsil }",
      "next_meeting: panel-2025-09-09",
      "topics: [road-safty]",
      "agenda:",
      "  sections:",
      "    - letter: A",
      "      items:",
      "        - { code: A1, title: One, papers: [panel-2024-01-10/minutes, panel-2024-01-10/minutes], pages: { from: 9, to: 3 } }",
      "        - { code: A1, title: Again, papers: [panel-2024-02-01/a2-report] }",
      "        - { code: A2, title: Two, papers: [panel-2024-01-10, panel-2024-01-10/nothing], minutes_of: panel-2023-12-01, topics: [nope], decisions: [opcc-d-002-24] }",
    ]));
    const people = "(people are files in content/people/<id>.md)";
    const meetings = "(a meeting is a folder content/meetings/<id>/ with meeting.md; for one the papers only mention, add a meeting.md with status: referenced)";
    const papers = "(a paper is a file in its meeting's folder; for one the papers only mention, add a file with status: referenced)";
    const item = (i: number, rest: string) => `agenda.sections.0.items.${i}.${rest}`;
    expect(reported(ctx.problems)).toEqual([
      { file: FILE, line: 6, field: "signatory.person", message: `unknown person ann-abel: no file defines it ${people}; did you mean ann-able?` },
      { file: FILE, line: 7, field: "contacts.0.person", message: `unknown person nobody: no file defines it ${people}` },
      { file: FILE, line: 9, field: "membership.0.representing", message: "unknown organisation swale-counsil: no file defines it (organisations are files in content/organisations/<id>.md); did you mean swale-council?" },
      { file: FILE, line: 10, field: "next_meeting", message: `unknown meeting panel-2025-09-09: no file defines it ${meetings}; the meeting of panel nearest 2025-09-09 is panel-2024-03-01 (before): if it moved to another date, write the identifier of the meeting it became` },
      { file: FILE, line: 11, field: "topics.0", message: "unknown topic road-safty: no file defines it (topics are files in content/topics/<id>.md); did you mean road-safety?" },
      { file: FILE, line: 16, field: item(0, "pages"), message: "pages run from 9 to 3: the last page must not come before the first" },
      { file: FILE, line: 16, field: item(0, "papers.1"), message: "panel-2024-01-10/minutes is listed twice on item A1: list each paper once" },
      { file: FILE, line: 17, field: item(1, "code"), message: "item A1 appears twice on this agenda: give each item its own code" },
      { file: FILE, line: 18, field: item(2, "minutes_of"), message: `unknown meeting panel-2023-12-01: no file defines it ${meetings}; the meeting of panel nearest 2023-12-01 is panel-2024-01-10 (after): if it moved to another date, write the identifier of the meeting it became` },
      { file: FILE, line: 18, field: item(2, "papers.0"), message: `panel-2024-01-10 is a meeting, not a paper: name a paper ${papers}` },
      { file: FILE, line: 18, field: item(2, "papers.1"), message: `unknown paper panel-2024-01-10/nothing: no file defines it ${papers}; did you mean panel-2024-01-10/minutes?` },
      { file: FILE, line: 18, field: item(2, "topics.0"), message: "unknown topic nope: no file defines it (topics are files in content/topics/<id>.md)" },
      { file: FILE, line: 18, field: item(2, "decisions.0"), message: "unknown decision opcc-d-002-24: no file defines it (decisions are files in content/decisions/<id>.md); did you mean opcc-d-001-24?" },
    ]);
    const m = get(ctx, THIS, "meeting");
    // A paper listed twice is tabled once; the second item A1 is left out, with its papers.
    expect(m.agenda?.items.map((it) => [it.code, it.papers.map((p) => p.id)])).toEqual([["A1", ["panel-2024-01-10/minutes"]], ["A2", []]]);
    expect(get(ctx, "panel-2024-01-10/minutes", "document").tabledAt).toHaveLength(1);
    expect(get(ctx, `${THIS}/a2-report`, "document").tabledAt).toEqual([]);
    expect(m.signatory).toEqual({ person: undefined, asPrinted: "Ann" });
    expect(m.membership[0]?.person).toBe(get(ctx, "bob-baker", "person"));
    expect(m.membership[0]?.representing).toBeUndefined();
    expect([m.nextMeeting, m.topics]).toEqual([undefined, []]);
  });
});
