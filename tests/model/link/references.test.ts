/**
 * Pass 7, references (src/model/link/references.ts), once every entity and anchor exists: `@`
 * links in papers, descriptions and summonses; what resolutions approve, elect, schedule and cite;
 * what asked for each work-programme entry; people's roles, a body's host and a decision's maker.
 */
import { describe, expect, it } from "vitest";
import { refusalOf } from "../../../src/model/dates.ts";
import type { ContentFile } from "../../../src/model/read-content.ts";
import { agenda, body, cast, decision, get, linkThrough, meeting, organisation, paper, person, reported, topic } from "../../support/link-fixture.ts";

const JAN = "panel-2024-01-10";
const FEB = "panel-2024-02-01";
const FEB_MINUTES = `content/meetings/${FEB}/minutes.md`;

/** Records of a meeting: type on line 2, title on 3, the text from line 5. */
const record = (meetingId: string, text: string, type = "minutes") => paper(`${meetingId}/${type}`, [`type: ${type}`, "title: Minutes"], text);

/** The common files, any of them replaced by one of `files` at the same path, then the rest of `files`. */
const world = (...files: ContentFile[]) => [
  ...common().filter((f) => !files.some((g) => g.path === f.path)),
  ...files,
];
const common = () => [
  ...cast(),
  meeting(JAN, ['time: "10:00"', ...agenda(["{ code: A1, title: Apologies }", `{ code: B1, title: Contract, exempt: [3], papers: [${JAN}/b1-secret] }`])]),
  paper(`${JAN}/a2-report`, [], "## Findings\n\nText.\n"),
  paper(`${JAN}/b1-secret`, [], "## Tenders\n"),
  record(JAN, "## 1. Apologies {item=A1}\n"),
  meeting(FEB, ['time: "10:00"']),
  meeting("panel-2024-03-01"),
];

describe("the references pass: links in papers", () => {
  const text = [
    "## 1. Business", // line 5
    "",
    "See [the findings](@panel-2024-01-10/a2-report#findings), [item A1](@panel-2024-01-10#item-a1) and [Ann](@ann-able).", // 7
    "",
    "## 2. More", // 9
    "",
    "See [the last minutes](@panel-2024-01-10/minutes#m1), [this minute](@panel-2024-02-01/minutes#m1) and [the meeting](@panel-2024-01-10).", // 11
  ].join("\n");

  it("resolves each @ link and records it as a mention on the meeting or paper it lands on, with the minute it sits in", () => {
    const ctx = linkThrough("references", world(record(FEB, text)));
    expect(ctx.problems).toEqual([]);
    expect(ctx.notices).toEqual([]);
    const from = get(ctx, `${FEB}/minutes`, "document");
    const [m1, m2] = from.records?.minutes ?? [];
    const mentions = (id: string, kind: "meeting" | "document") => get(ctx, id, kind).mentionedIn.map((x) => [x.from, x.minute, x.target, x.source.line]);
    const jan = get(ctx, JAN, "meeting");
    expect(mentions(`${JAN}/a2-report`, "document")).toEqual([[from, m1, get(ctx, `${JAN}/a2-report`, "document"), 7]]);
    expect(mentions(JAN, "meeting")).toEqual([[from, m1, jan.agenda?.items[0], 7], [from, m2, jan, 11]]);
    expect(mentions(`${JAN}/minutes`, "document")).toEqual([[from, m2, get(ctx, `${JAN}/minutes`, "document").records?.minutes[0], 11]]);
    // A link to a person is checked, but mentions are kept by meetings and papers only; a link to itself is no mention.
    expect(from.mentionedIn).toEqual([]);
    expect(get(ctx, JAN, "meeting").mentionedIn[0]?.source.file).toBe(FEB_MINUTES);
  });

  it("reports a link that goes nowhere at its line, and gives a notice for one to a withheld paper", () => {
    const ctx = linkThrough("references", world(paper(`${FEB}/a1-report`, [], "## Intro\n\nSee [the contract](@panel-2024-01-10/b1-secret#tenders)\nand [the plan](@police-plan).\n")));
    expect(reported(ctx.problems)).toEqual([
      { file: `content/meetings/${FEB}/a1-report.md`, line: 8, message: "link to @police-plan goes nowhere: no file defines police-plan" },
    ]);
    expect(reported(ctx.notices)).toEqual([
      {
        file: `content/meetings/${FEB}/a1-report.md`, line: 7,
        message: `link to @${JAN}/b1-secret#tenders: ${JAN}/b1-secret is withheld (exempt), so the link is shown as plain text with "(exempt)" after it; it becomes a link once the paper is published`,
      },
    ]);
    expect(get(ctx, `${JAN}/b1-secret`, "document").mentionedIn).toEqual([]);
  });

  it("checks a withheld paper's links, but gives no notice for its links to withheld papers and records no mention", () => {
    const ctx = linkThrough("references", world(paper(`${FEB}/b2-budget`, ["publish_from: 2024-09-01T09:00:00+01:00"], "[a](@panel-2024-01-10/b1-secret) [b](@panel-2024-01-10/a2-report) [c](@nowhere)\n")));
    expect(reported(ctx.problems)).toEqual([{ file: `content/meetings/${FEB}/b2-budget.md`, line: 6, message: "link to @nowhere goes nowhere: no file defines nowhere" }]);
    expect(ctx.notices).toEqual([]);
    expect(get(ctx, `${JAN}/a2-report`, "document").mentionedIn).toEqual([]);
  });
});

describe("the references pass: descriptions and summonses", () => {
  it("checks the text of every body, person, organisation, topic and decision file, and of each meeting's summons", () => {
    const ctx = linkThrough("references", [
      ...world(),
      // A person's and a topic's text start on line 5 (two fields), an organisation's on 6, a meeting's on 7.
      person("carol-cole", [], "Chair of [the panel](@panl)."),
      organisation("kent-council", [], "\nSee [the contract](@panel-2024-01-10/b1-secret)."),
      topic("peel", [], "[Item A1](@panel-2024-01-10#item-a1) and [item A9](@panel-2024-01-10#item-a9)."),
      meeting("panel-2024-04-01", [], "Dear Member,\n\n[Nothing](#nothing) and [minutes](@panel-2024-03-01/minutes)."),
    ]);
    expect(reported(ctx.problems)).toEqual([
      { file: "content/people/carol-cole.md", line: 5, message: "link to @panl goes nowhere: no file defines panl; did you mean panel?" },
      { file: "content/topics/peel.md", line: 5, message: `link to @${JAN}#item-a9 goes nowhere: ${JAN} has no anchor #item-a9; link to one it has, or to the page itself with @${JAN}; did you mean item-a1?` },
      { file: "content/meetings/panel-2024-04-01/meeting.md", line: 9, message: 'link "Nothing" to #nothing goes nowhere: no heading on this page has that anchor; this text has no headings to link to, or write the words as plain text' },
      { file: "content/meetings/panel-2024-04-01/meeting.md", line: 9, message: "link to @panel-2024-03-01/minutes goes nowhere: no file defines panel-2024-03-01/minutes; did you mean panel-2024-01-10/minutes?" },
    ]);
    expect(reported(ctx.notices)).toEqual([
      { file: "content/organisations/kent-council.md", line: 7, message: `link to @${JAN}/b1-secret: ${JAN}/b1-secret is withheld (exempt), so the link is shown as plain text with "(exempt)" after it; it becomes a link once the paper is published` },
    ]);
  });

  it("checks a paper of papers/ once, as a paper, not again as a description", () => {
    const ctx = linkThrough("references", [...world(), paper("police-plan", ["type: plan"], "[x](@nowhere)\n")]);
    expect(reported(ctx.problems)).toEqual([{ file: "content/papers/police-plan.md", line: 5, message: "link to @nowhere goes nowhere: no file defines nowhere" }]);
  });
});

describe("the references pass: resolutions", () => {
  const minutesOf = (meetingId: string, resolved: string) => record(meetingId, `## 1. Business\n\n::: resolved {${resolved}}\nRESOLVED.\n:::\n`);
  /** The resolution of minutesOf(FEB, …), whose block opens on line 7. */
  const resolution = (ctx: ReturnType<typeof linkThrough>, meetingId = FEB) => {
    const found = get(ctx, `${meetingId}/minutes`, "document").records?.minutes[0]?.resolutions[0];
    expect(found).toBeDefined();
    return found as NonNullable<typeof found>;
  };
  const at = (message: string, file = FEB_MINUTES) => ({ file, line: 7, message });

  it("approves an earlier meeting's minutes, which then say which resolution approved them", () => {
    const ctx = linkThrough("references", world(minutesOf(FEB, `does=approve approves=${JAN}`)));
    expect(ctx.problems).toEqual([]);
    const r = resolution(ctx);
    expect(r.approves).toBe(get(ctx, JAN, "meeting"));
    expect(get(ctx, `${JAN}/minutes`, "document").records?.approvedBy).toBe(r);
  });

  it("approves a meeting whose minutes the archive does not hold, with nothing to mark", () => {
    const ctx = linkThrough("references", world(minutesOf("panel-2024-03-01", `approves=${FEB}`)));
    expect(ctx.problems).toEqual([]);
    expect(resolution(ctx, "panel-2024-03-01").approves).toBe(get(ctx, FEB, "meeting"));
  });

  it("refuses approves= naming the meeting the minutes record, or a later one", () => {
    const tail = "name the earlier meeting whose minutes were agreed as a true record";
    const ctx = linkThrough("references", world(minutesOf(FEB, `approves=${FEB}`), minutesOf(JAN, "approves=panel-2024-03-01")));
    expect(reported(ctx.problems)).toEqual([
      at(`approves=${FEB}: a meeting approves only an earlier meeting's minutes, and ${FEB} is the meeting these minutes record: ${tail}`),
      at(`approves=panel-2024-03-01: a meeting approves only an earlier meeting's minutes, and panel-2024-03-01 met on 2024-03-01, after this meeting of 2024-01-10: ${tail}`, `content/meetings/${JAN}/minutes.md`),
    ]);
    expect([resolution(ctx).approves, resolution(ctx, JAN).approves]).toEqual([undefined, undefined]);
    expect(get(ctx, `${FEB}/minutes`, "document").records?.approvedBy).toBeUndefined();
  });

  it("on one day, approves only a meeting held at an earlier printed time", () => {
    const second = (time: string[]) => [meeting(`${FEB}-2`, time), minutesOf(`${FEB}-2`, `approves=${FEB}`)];
    const later = linkThrough("references", world(...second(['time: "14:00"'])));
    expect(later.problems).toEqual([]);
    expect(resolution(later, `${FEB}-2`).approves).toBe(get(later, FEB, "meeting"));
    const untimed = linkThrough("references", world(...second([])));
    expect(reported(untimed.problems)).toEqual([
      at(`approves=${FEB}: a meeting approves only an earlier meeting's minutes, and ${FEB} met on 2024-02-01: name the earlier meeting whose minutes were agreed as a true record`, `content/meetings/${FEB}-2/minutes.md`),
    ]);
  });

  it("elects a person to a role, recorded on the person", () => {
    const ctx = linkThrough("references", world(minutesOf(FEB, "does=elect elects=ann-able role=vice-chair")));
    expect(ctx.problems).toEqual([]);
    const r = resolution(ctx);
    expect(r.elects).toEqual({ person: get(ctx, "ann-able", "person"), role: "vice-chair" });
    expect(get(ctx, "ann-able", "person").elections).toEqual([r]);
  });

  it("refuses elects= without an elected role, role= without elects=, and an unknown person", () => {
    const ctx = linkThrough("references", world(minutesOf(FEB, "elects=ann-able"), minutesOf(JAN, "elects=ann-able role=member"), minutesOf("panel-2024-03-01", "role=chair")));
    const ctx2 = linkThrough("references", world(minutesOf(FEB, "elects=ann-abel role=chair")));
    const needsRole = "elects= needs the role elected to: add role=chair or role=vice-chair";
    expect(reported(ctx.problems)).toEqual([
      at(needsRole),
      at(needsRole, `content/meetings/${JAN}/minutes.md`),
      at("role= without elects=: add elects=<person> (who was elected), or remove role=", "content/meetings/panel-2024-03-01/minutes.md"),
    ]);
    expect(reported(ctx2.problems)).toEqual([at("unknown person ann-abel: no file defines it (people are files in content/people/<id>.md); did you mean ann-able?")]);
    expect([resolution(ctx).elects, resolution(ctx2).elects, get(ctx, "ann-able", "person").elections]).toEqual([undefined, undefined, []]);
  });

  it("schedules follow-ups at a meeting or in a month, and refuses a month that does not exist", () => {
    const ctx = linkThrough("references", world(minutesOf(FEB, 'follow_up="panel-2024-03-01 2025-02 2025-13 panel-2024-05-05"')));
    const refusal = refusalOf("partial-date", "2025-13");
    expect(refusal).toBeDefined();
    expect(reported(ctx.problems)).toEqual([
      at(`follow_up=2025-13 ${refusal?.problem}: ${refusal?.advice}`),
      at("unknown meeting panel-2024-05-05: no file defines it (a meeting is a folder content/meetings/<id>/ with meeting.md; for one the papers only mention, add a meeting.md with status: referenced); the meeting of panel nearest 2024-05-05 is panel-2024-03-01 (before): if it moved to another date, write the identifier of the meeting it became"),
    ]);
    const r = resolution(ctx);
    const march = get(ctx, "panel-2024-03-01", "meeting");
    expect(r.followUps).toEqual([
      { resolution: r, meeting: march, due: "2024-03-01", state: "due" },
      { resolution: r, due: "2025-02", state: "due" },
    ]);
    expect(march.followUpsDue).toEqual([r.followUps[0]]);
  });

  it("cites a decision, recorded on the decision, and reports one that is not there", () => {
    const ctx = linkThrough("references", world(minutesOf(FEB, "decision=opcc-d-001-24"), minutesOf(JAN, "decision=opcc-d-002-24")));
    expect(reported(ctx.problems)).toEqual([
      at("unknown decision opcc-d-002-24: no file defines it (decisions are files in content/decisions/<id>.md); did you mean opcc-d-001-24?", `content/meetings/${JAN}/minutes.md`),
    ]);
    expect(resolution(ctx).decision).toBe(get(ctx, "opcc-d-001-24", "decision"));
    expect(get(ctx, "opcc-d-001-24", "decision").resolutions).toEqual([resolution(ctx)]);
  });
});

describe("the references pass: work-programme entries, roles, hosts and makers", () => {
  it("resolves what asked for each entry, reporting a link that goes nowhere at requested_by and one to a withheld paper as a notice", () => {
    const wp = `content/meetings/${FEB}/wp.md`;
    const ctx = linkThrough("references", world(paper(`${FEB}/wp`, [
      "type: work-programme",
      "entries:",
      `  - { meeting: panel-2024-03-01, title: One, requested_by: "@${JAN}/minutes#m1" }`, // line 5
      `  - { meeting: panel-2024-03-01, title: Two, requested_by: "@${JAN}/minutes#m9" }`,
      `  - { meeting: panel-2024-03-01, title: Three, requested_by: "@${JAN}/b1-secret" }`,
      `  - { meeting: panel-2024-03-01, title: Four, requested_by: "@${JAN}/a2-report" }`,
    ])));
    expect(reported(ctx.problems)).toEqual([
      { file: wp, line: 6, field: "entries.1.requested_by", message: `link to @${JAN}/minutes#m9 goes nowhere: ${JAN}/minutes has no anchor #m9; link to one it has, or to the page itself with @${JAN}/minutes; did you mean m1?` },
    ]);
    expect(reported(ctx.notices).map((n) => [n.file, n.line, n.field])).toEqual([[wp, 7, "entries.2.requested_by"]]);
    const entries = get(ctx, `${FEB}/wp`, "document").workProgramme?.entries ?? [];
    expect(entries.map((e) => e.requestedBy)).toEqual([get(ctx, `${JAN}/minutes`, "document").records?.minutes[0], undefined, undefined, get(ctx, `${JAN}/a2-report`, "document")]);
  });

  it("links a person's roles to their organisation and body, recorded on the organisation", () => {
    const ctx = linkThrough("references", world(person("carol-cole", ["roles:", "  - { role: chair, body: panel, as_printed: Chairman, seen: [2024-01-10], from: 2023-05, to: \"2025\" }", "  - { role: officer, organisation: swale-council }"])));
    expect(ctx.problems).toEqual([]);
    const carol = get(ctx, "carol-cole", "person");
    expect(carol.roles).toEqual([
      { role: "chair", person: carol, organisation: undefined, body: get(ctx, "panel", "body"), asPrinted: "Chairman", seen: ["2024-01-10"], from: "2023-05", to: "2025" },
      { role: "officer", person: carol, organisation: get(ctx, "swale-council", "organisation"), body: undefined, asPrinted: undefined, seen: [], from: undefined, to: undefined },
    ]);
    expect(get(ctx, "swale-council", "organisation").roles).toEqual([carol.roles[1]]);
  });

  it("reports a role's organisation or body that is not there, at its field", () => {
    const ctx = linkThrough("references", world(person("carol-cole", ["roles:", "  - { role: chair, body: ann-able, organisation: swale-councl }"])));
    expect(reported(ctx.problems)).toEqual([
      { file: "content/people/carol-cole.md", line: 5, field: "roles.0.organisation", message: "unknown organisation swale-councl: no file defines it (organisations are files in content/organisations/<id>.md); did you mean swale-council?" },
      { file: "content/people/carol-cole.md", line: 5, field: "roles.0.body", message: "ann-able is a person, not a body: name a body (bodies are files in content/bodies/<id>.md)" },
    ]);
    expect(get(ctx, "carol-cole", "person").roles.map((r) => [r.role, r.body, r.organisation])).toEqual([["chair", undefined, undefined]]);
  });

  it("links a body's host and a decision's maker, and reports them when not there", () => {
    const ctx = linkThrough("references", [
      body("panel", ["host: swale-council"]),
      body("board", ["kind: board", "host: kent-council"]),
      person("ann-able"),
      organisation("swale-council"),
      decision("opcc-d-001-24", ["maker: ann-able"]),
      decision("opcc-d-002-24", ["maker: ann-abel"]),
    ]);
    expect(get(ctx, "panel", "body").host).toBe(get(ctx, "swale-council", "organisation"));
    expect(get(ctx, "opcc-d-001-24", "decision").maker).toBe(get(ctx, "ann-able", "person"));
    expect(reported(ctx.problems)).toEqual([
      { file: "content/bodies/board.md", line: 5, field: "host", message: "unknown organisation kent-council: no file defines it (organisations are files in content/organisations/<id>.md)" },
      { file: "content/decisions/opcc-d-002-24.md", line: 5, field: "maker", message: "unknown person ann-abel: no file defines it (people are files in content/people/<id>.md); did you mean ann-able?" },
    ]);
    expect([get(ctx, "board", "body").host, get(ctx, "opcc-d-002-24", "decision").maker]).toEqual([undefined, undefined]);
  });
});
