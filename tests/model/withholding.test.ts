/**
 * Withholding over the graph: a withheld paper withholds everything below it whatever the order
 * its files are read in, and nothing it carries (text, records, front matter) reaches the archive.
 * A public paper's link to it is a notice, and shows as plain text.
 */
import { rmSync } from "node:fs";
import { DateTime } from "luxon";
import { afterAll, describe, expect, it } from "vitest";
import { loadArchive, type LoadResult } from "../../src/model/load.ts";
import { renderDocument } from "../../src/render/paper-html.ts";
import { type Files, MINIMAL, writeContent } from "../support/content-fixture.ts";

const NOW = DateTime.fromISO("2024-06-01T12:00:00Z", { setZone: true });
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function load(extra: Files): LoadResult {
  const root = writeContent({ ...MINIMAL, ...extra });
  roots.push(root);
  return loadArchive({ projectRoot: root, now: NOW });
}

/** MINIMAL's meeting with item A3 tabling `papers`, and `exempt` on the item when given. */
function meetingWith(papers: string[], itemExempt = false): string {
  return [
    "---", "type: meeting", "body: panel", "date: 2024-01-10", 'time: "10:00"', "status: held", "agenda:", "  sections:", "    - letter: A", "      title: Business", "      items:",
    "        - code: A1", "          title: Apologies", "        - code: A2", "          title: A report", "          papers: [panel-2024-01-10/a2-report]",
    "        - code: A3", "          title: Private business", `          papers: [${papers.join(", ")}]`, ...(itemExempt ? ["          exempt: [3]"] : []),
    "---", "Notice of the meeting.", "",
  ].join("\n");
}

const paper = (fields: string[], text: string) => ["---", ...fields, "---", text, ""].join("\n");

const EXEMPT_FAMILY: Files = {
  "meetings/panel-2024-01-10/meeting.md": meetingWith(["panel-2024-01-10/zz-exempt"]),
  "meetings/panel-2024-01-10/zz-exempt.md": paper(["type: report", "title: Exempt report", "author: bob-baker", "exempt: [3]", "header: { from: secretheaderline }"], "## Secret section\n\nsecrettextexempt"),
  "meetings/panel-2024-01-10/z-appendix.md": paper(["type: appendix", "title: Appendix A", "appendix: A", "parent: panel-2024-01-10/zz-exempt", "version: secretversion"], "## Appendix section\n\nsecrettextappendix"),
  // Sorts before both its parent and grandparent: withholding must not depend on file order.
  "meetings/panel-2024-01-10/a-grand.md": paper(["type: appendix", "title: Annex", "parent: panel-2024-01-10/z-appendix"], "## Annex section\n\nsecrettextgrand"),
  "meetings/panel-2024-01-10/aa-programme.md": paper(
    ["type: work-programme", "title: Private programme", "parent: panel-2024-01-10/zz-exempt", "entries:", "  - { meeting: panel-2024-01-10, title: secretentrytitle }"],
    "",
  ),
  "meetings/panel-2024-02-01/meeting.md": "---\ntype: meeting\nbody: panel\ndate: 2024-02-01\nstatus: held\nagenda:\n  sections:\n    - letter: A\n      items:\n        - code: A1\n          title: Business\n---\n",
  "meetings/panel-2024-02-01/notes.md": paper(
    ["type: notes", "title: Private notes", "parent: panel-2024-01-10/zz-exempt", "attendance:", "  present:", "    - { person: bob-baker, as_printed: secretattendee }", "actions:", "  - { text: secretactiontext, status: open }"],
    "## 1. Business {item=A1}\n\n::: resolved {does=note}\nsecretresolution\n:::\n\n::: question {asker=bob-baker}\nsecretquestion\n:::\n\n::: answer\nsecretanswer\n:::\n\n::: declaration {person=ann-able}\nsecretdeclaration\n:::\n",
  ),
};

describe("a withheld paper withholds everything below it", () => {
  const { archive, problems } = load(EXEMPT_FAMILY);
  const doc = (id: string) => archive.get(id, "document");

  it("loads without problems", () => {
    expect(problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([]);
  });

  it("withholds the appendix and the grand-appendix whose file sorts first, as exempt", () => {
    for (const id of ["panel-2024-01-10/zz-exempt", "panel-2024-01-10/z-appendix", "panel-2024-01-10/a-grand", "panel-2024-01-10/aa-programme", "panel-2024-02-01/notes"]) {
      const d = doc(id);
      expect(d?.withheld, id).toBe("exempt");
      expect(d?.markdown, id).toBe("");
      expect(d?.headings, id).toEqual([]);
    }
  });

  it("lists a withheld paper no agenda shows nowhere, not even by title", () => {
    const hidden = ["panel-2024-01-10/z-appendix", "panel-2024-01-10/a-grand", "panel-2024-01-10/aa-programme", "panel-2024-02-01/notes"];
    const listed = [...archive.documents, ...archive.meetings.flatMap((m) => m.documents), ...archive.documents.flatMap((d) => d.appendices)].map((d) => d.id);
    for (const id of hidden) expect(listed, id).not.toContain(id);
    expect(listed).toContain("panel-2024-01-10/zz-exempt");
  });

  it("keeps only where the agenda puts a withheld paper: not even its title, its own words", () => {
    const report = doc("panel-2024-01-10/zz-exempt");
    expect(report?.title).toBe("");
    expect(report?.type).toBe("report");
    expect(report?.tabledAt.length).toBeGreaterThan(0);
    expect(report?.header).toEqual({});
    expect(report?.author).toBeUndefined();
    expect(doc("panel-2024-01-10/z-appendix")?.version).toBeUndefined();
    expect(archive.people.find((p) => p.id === "bob-baker")?.authored).toEqual([]);
  });

  it("links none of the records a withheld work programme or set of notes carries", () => {
    const json = JSON.stringify({
      entries: archive.workProgrammeEntries.map((e) => e.title),
      resolutions: archive.resolutions.map((r) => r.text),
      questions: archive.questions.map((q) => [q.text, q.answer]),
      declarations: archive.declarations.map((d) => d.text),
      actions: archive.actions.map((a) => a.text),
      attendance: archive.people.flatMap((p) => p.attendance.map((a) => a.asPrinted)),
      minutes: archive.minutes.map((m) => m.id),
    });
    for (const secret of ["secretentrytitle", "secretresolution", "secretquestion", "secretanswer", "secretdeclaration", "secretactiontext", "secretattendee", "panel-2024-02-01/notes"]) {
      expect(json).not.toContain(secret);
    }
    expect(archive.meetings.find((m) => m.id === "panel-2024-02-01")?.minutes).toBeUndefined();
    expect(archive.meetings.find((m) => m.id === "panel-2024-01-10")?.plannedBusiness).toEqual([]);
  });
});

describe("papers at an exempt agenda item", () => {
  const { archive, problems } = load({
    "meetings/panel-2024-01-10/meeting.md": meetingWith(["panel-2024-01-10/m-report"], true),
    "meetings/panel-2024-01-10/m-report.md": paper(["type: report", "title: Report at an exempt item", "publish_from: 2024-01-01T09:00:00Z"], "secretitemtext"),
    "meetings/panel-2024-01-10/b-appendix.md": paper(["type: appendix", "title: Its appendix", "parent: panel-2024-01-10/m-report"], "secretitemappendix"),
  });

  it("are exempt, with their appendices, even when their embargo has passed", () => {
    expect(problems).toEqual([]);
    for (const id of ["panel-2024-01-10/m-report", "panel-2024-01-10/b-appendix"]) {
      expect(archive.get(id, "document")?.withheld, id).toBe("exempt");
    }
  });
});

describe("links from a public paper to a withheld one", () => {
  const { archive, problems, notices } = load({
    ...EXEMPT_FAMILY,
    "meetings/panel-2024-01-10/a2-report.md": paper(["type: report", "title: A report"], "## Introduction\n\nSee [the exempt report](@panel-2024-01-10/zz-exempt) and [its section](@panel-2024-01-10/zz-exempt#secret-section).\n"),
  });

  it("are notices, not problems, and never list the withheld paper's anchors", () => {
    expect(problems).toEqual([]);
    expect(notices.map((n) => [n.file, n.line])).toEqual([
      ["content/meetings/panel-2024-01-10/a2-report.md", 7],
      ["content/meetings/panel-2024-01-10/a2-report.md", 7],
    ]);
    expect(notices[0]?.message).toMatch(/zz-exempt is withheld \(exempt\), so the link is shown as plain text/);
    for (const n of notices) expect(n.message).not.toMatch(/anchors include/);
  });

  it("render as the words and why, with no address", () => {
    const report = archive.documents.find((d) => d.id === "panel-2024-01-10/a2-report");
    const html = renderDocument(archive, report as NonNullable<typeof report>);
    expect(html).toContain("See the exempt report (exempt) and its section (exempt).");
    expect(html).not.toContain("zz-exempt");
  });

  it("record no mention on the withheld paper", () => {
    expect(archive.documents.find((d) => d.id === "panel-2024-01-10/zz-exempt")?.mentionedIn).toEqual([]);
  });
});

describe("a paper whose parent cannot be found", () => {
  const { archive, problems } = load({
    "meetings/panel-2024-01-10/b-appendix.md": paper(["type: appendix", "title: Orphan", "parent: panel-2024-01-10/no-such-paper"], "secretorphan"),
  });

  it("is withheld, and the parent is reported", () => {
    expect(problems.map((p) => p.message).join("\n")).toMatch(/unknown paper panel-2024-01-10\/no-such-paper/);
    const orphan = archive.get("panel-2024-01-10/b-appendix", "document");
    expect(orphan?.withheld).toBe("embargo");
    expect(orphan?.markdown).toBe("");
  });
});
