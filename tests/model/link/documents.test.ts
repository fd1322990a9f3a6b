/**
 * Pass 3, documents (src/model/link/documents.ts): every paper, minutes, notes and work programme,
 * in its meeting's folder or in papers/, its text read once; whether its own front matter
 * withholds it is decided here.
 */
import { describe, expect, it } from "vitest";
import { parseInstant } from "../../../src/model/dates.ts";
import { body, get, linkThrough, meeting, paper, person, reported } from "../../support/link-fixture.ts";

const MEETING = "panel-2024-01-10";

describe("the documents pass", () => {
  it("makes a paper in its meeting's folder, with its text, headings, anchors and words", () => {
    const ctx = linkThrough("documents", [
      body("panel"),
      meeting(MEETING),
      paper(`${MEETING}/a2-report`, ["title: Budget report", "date: 2024-01-09", "header: { to: The Panel, subject: Budget }", "period: { from: 2023-04-01, to: 2024-03-31 }", "series: budget", "version: Final", "topics: [road-safety]", "author: ann-able"], "## Introduction\n\nThe report's text.\n\n### Detail\n"),
    ]);
    const report = get(ctx, `${MEETING}/a2-report`, "document");
    const panelMeeting = get(ctx, MEETING, "meeting");
    expect(report).toMatchObject({
      kind: "document", url: `/meetings/${MEETING}/a2-report/`, meeting: panelMeeting, source: { file: `content/meetings/${MEETING}/a2-report.md`, line: 1 }, type: "report", title: "Budget report",
      header: { to: "The Panel", subject: "Budget" }, date: "2024-01-09", period: { from: "2023-04-01", to: "2024-03-31" }, series: "budget", version: "Final", status: "present", exempt: [],
      markdown: "## Introduction\n\nThe report's text.\n\n### Detail\n", bodyLine: 12, words: 5, appendices: [], tabledAt: [], planLists: [], mentionedIn: [],
      headings: [{ level: 2, text: "Introduction", anchor: "introduction" }, { level: 3, text: "Detail", anchor: "detail" }],
    });
    expect(report.withheld).toBeUndefined();
    // Author and topics are the records pass's, once withholding is known.
    expect(report.author).toBeUndefined();
    expect(report.topics).toEqual([]);
    expect(panelMeeting.documents).toEqual([report]);
    expect(ctx.archive.documents).toEqual([report]);
    expect(ctx.pageAnchors.get(report.id)).toEqual(new Map([["introduction", report], ["detail", report]]));
    expect(ctx.prepared.get(report.id)?.headings.map((h) => h.anchor)).toEqual(["introduction", "detail"]);
    expect(ctx.problems).toEqual([]);
  });

  it("makes a paper in papers/ under its file name, with no meeting, and a plan's lists", () => {
    const ctx = linkThrough("documents", [paper("police-and-crime-plan", ["type: plan", "lists:", "  - { key: priorities, title: Priorities, entries: [Victims first, Fight crime] }"])]);
    expect(get(ctx, "police-and-crime-plan", "document")).toMatchObject({
      url: "/papers/police-and-crime-plan/", type: "plan", planLists: [{ key: "priorities", title: "Priorities", entries: ["Victims first", "Fight crime"] }],
    });
    expect(get(ctx, "police-and-crime-plan", "document").meeting).toBeUndefined();
    expect(ctx.problems).toEqual([]);
  });

  it("reads a record's level-2 headings as minutes, and a report's as headings only", () => {
    const text = "## 1. Apologies\n\nNone.\n";
    const ctx = linkThrough("documents", [body("panel"), meeting(MEETING), paper(`${MEETING}/minutes`, ["type: minutes"], text), paper(`${MEETING}/a2-report`, [], text)]);
    expect(ctx.prepared.get(`${MEETING}/minutes`)?.minutes.map((m) => [m.anchor, m.printedNumber, m.title])).toEqual([["m1", "1", "Apologies"]]);
    expect(ctx.prepared.get(`${MEETING}/a2-report`)?.minutes).toEqual([]);
    expect([...(ctx.pageAnchors.get(`${MEETING}/a2-report`)?.keys() ?? [])]).toEqual(["s-1-apologies"]);
  });

  it("reports a paper in a folder with no meeting.md, and makes nothing of it", () => {
    const ctx = linkThrough("documents", [body("panel"), paper("panel-2024-03-01/a1-report")]);
    expect(reported(ctx.problems)).toEqual([
      { file: "content/meetings/panel-2024-03-01/a1-report.md", line: 1, message: "this folder has no meeting.md: add content/meetings/panel-2024-03-01/meeting.md (type: meeting, body, date, status) before its papers" },
    ]);
    expect(ctx.archive.documents).toEqual([]);
    expect(ctx.archive.byId.has("panel-2024-03-01/a1-report")).toBe(false);
    expect(ctx.failedIds.has("panel-2024-03-01/a1-report")).toBe(false);
  });

  it("says nothing of a paper whose meeting failed, and remembers it as failed too", () => {
    const ctx = linkThrough("documents", [body("panel"), paper(`${MEETING}/a1-report`)], { failedIds: [MEETING] });
    expect(ctx.problems).toEqual([]);
    expect(ctx.failedIds.has(`${MEETING}/a1-report`)).toBe(true);
    expect(ctx.archive.documents).toEqual([]);
  });

  it("reports a paper of papers/ whose identifier another file has, and keeps the other", () => {
    const ctx = linkThrough("documents", [person("ann-able"), paper("ann-able")]);
    expect(reported(ctx.problems)).toEqual([
      { file: "content/papers/ann-able.md", line: 1, message: "identifier ann-able is already used by content/people/ann-able.md: rename one of the two files" },
    ]);
    expect(ctx.archive.documents).toEqual([]);
    expect(ctx.archive.byId.get("ann-able")?.kind).toBe("person");
    expect(ctx.pageAnchors.has("ann-able")).toBe(false);
  });

  it("reports the problems of a paper's text at their lines in the file", () => {
    // Fields on lines 2 and 3, the closing --- on 4: the text starts on line 5.
    const ctx = linkThrough("documents", [paper("annual-report", [], "## Findings\n\nSee [the end](#the-end).\n\n::: resolved\nNot in minutes.\n:::\n")]);
    expect(reported(ctx.problems)).toEqual([
      { file: "content/papers/annual-report.md", line: 9, message: "::: resolved block outside a minute: blocks belong under a minute heading (## 109. Title) in minutes or notes" },
      { file: "content/papers/annual-report.md", line: 7, message: 'link "the end" to #the-end goes nowhere: no heading on this page has that anchor; link to one it has (#findings), or write the words as plain text' },
    ]);
  });
});

describe("a paper's own withholding", () => {
  const docs = (...files: ReturnType<typeof paper>[]) => linkThrough("documents", [body("panel"), meeting(MEETING), ...files]);

  it("withholds an exempt paper, and one under embargo at the build's clock; publishes one whose embargo has passed", () => {
    const ctx = docs(
      paper(`${MEETING}/b1-exempt`, ["exempt: [3, 5]"]),
      paper(`${MEETING}/b2-embargo`, ["publish_from: 2024-06-01T13:00:01+01:00"]),
      paper(`${MEETING}/b3-passed`, ["publish_from: 2024-06-01T12:59:59+01:00"]),
      paper(`${MEETING}/b4-now`, ["publish_from: 2024-06-01T12:00:00Z"]),
      paper(`${MEETING}/b5-both`, ["exempt: [1]", "publish_from: 2024-01-01T09:00:00Z"]),
    );
    const withheld = (name: string) => get(ctx, `${MEETING}/${name}`, "document").withheld;
    expect(["b1-exempt", "b2-embargo", "b3-passed", "b4-now", "b5-both"].map(withheld)).toEqual(["exempt", "embargo", undefined, undefined, "exempt"]);
    expect(get(ctx, `${MEETING}/b1-exempt`, "document").exempt).toEqual([3, 5]);
    expect(get(ctx, `${MEETING}/b2-embargo`, "document").publishFrom).toBe("2024-06-01T13:00:01+01:00");
    expect(ctx.problems).toEqual([]);
  });

  it("withholds a paper whose publish_from cannot be read, and reports it at the field", () => {
    // The schema refuses such a date; the pass still fails closed if one reaches it.
    const ctx = docs(paper(`${MEETING}/b2-budget`, ["publish_from: 2024-07-01 09:00"], "## Figures\n", { unchecked: true }));
    const refusal = parseInstant("2024-07-01 09:00");
    expect(refusal.ok).toBe(false);
    const reason = refusal.ok ? "" : refusal.reason;
    expect(reported(ctx.problems)).toEqual([
      { file: `content/meetings/${MEETING}/b2-budget.md`, line: 4, field: "publish_from", message: `publish_from "2024-07-01 09:00" cannot be read, so the paper is withheld until it can (${reason})` },
    ]);
    expect(get(ctx, `${MEETING}/b2-budget`, "document").withheld).toBe("embargo");
  });

  it("keeps a withheld paper's text, anchors and problems for now: the withholding pass strips them", () => {
    const ctx = docs(paper(`${MEETING}/b1-exempt`, ["exempt: [3]"], "## Tenders\n\n[x](#nowhere)\n"));
    const exempt = get(ctx, `${MEETING}/b1-exempt`, "document");
    expect(exempt.markdown).toBe("## Tenders\n\n[x](#nowhere)\n");
    expect(exempt.headings.map((h) => h.anchor)).toEqual(["tenders"]);
    expect([...(ctx.pageAnchors.get(exempt.id)?.keys() ?? [])]).toEqual(["tenders"]);
    // Three fields: the text starts on line 6.
    expect(reported(ctx.problems)).toEqual([
      { file: `content/meetings/${MEETING}/b1-exempt.md`, line: 8, message: 'link "x" to #nowhere goes nowhere: no heading on this page has that anchor; link to one it has (#tenders), or write the words as plain text' },
    ]);
  });
});
