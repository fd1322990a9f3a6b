/**
 * Pass 5, withholding over the graph (src/model/link/withholding.ts, rules in
 * src/model/withholding.ts): parents linked, every paper below a withheld one withheld whatever the
 * order its files are read in, what cannot be known to be public withheld and reported, and every
 * withheld paper stripped to what its agenda shows.
 */
import { describe, expect, it } from "vitest";
import type { ContentFile } from "../../../src/model/read-content.ts";
import { agenda, body, get, linkThrough, meeting, paper, reported } from "../../support/link-fixture.ts";

const M = "panel-2024-01-10";
const link = (papers: ContentFile[], options: Parameters<typeof linkThrough>[2] = {}) => linkThrough("withholding", [body("panel"), meeting(M), ...papers], options);
const appendix = (name: string, parent: string, more: string[] = [], text = "") => paper(`${M}/${name}`, ["type: appendix", `parent: ${M}/${parent}`, ...more], text);
const withheld = (ctx: ReturnType<typeof link>) => Object.fromEntries(ctx.archive.documents.map((d) => [d.id.slice(M.length + 1), d.withheld]));
const loop = (...names: string[]) => `this paper's chain of parent: papers runs in a loop (${names.map((n) => `${M}/${n}`).join(" → ")}), so it is withheld: name the paper each appendix belongs to, ending at a paper with no parent:`;

describe("the withholding pass", () => {
  it("links each paper to its parent, and the parent to its appendices", () => {
    const ctx = link([appendix("b-appendix", "z-report"), appendix("a-annex", "b-appendix"), paper(`${M}/z-report`)]);
    const report = get(ctx, `${M}/z-report`, "document");
    const app = get(ctx, `${M}/b-appendix`, "document");
    expect(app.parent).toBe(report);
    expect(report.appendices).toEqual([app]);
    expect(get(ctx, `${M}/a-annex`, "document").parent).toBe(app);
    expect(app.appendices.map((d) => d.id)).toEqual([`${M}/a-annex`]);
    expect(ctx.problems).toEqual([]);
    expect(withheld(ctx)).toEqual({ "b-appendix": undefined, "a-annex": undefined, "z-report": undefined });
  });

  it("withholds every paper below an exempt one as exempt, whatever order the files come in", () => {
    const family = () => [appendix("a-annex", "b-appendix"), appendix("b-appendix", "z-report"), paper(`${M}/z-report`, ["exempt: [3]"]), paper(`${M}/c-programme`, ["type: work-programme", `parent: ${M}/a-annex`, `entries: [{ meeting: ${M}, title: Secret }]`])];
    for (const files of [family(), family().reverse()]) {
      expect(withheld(link(files))).toEqual({ "a-annex": "exempt", "b-appendix": "exempt", "z-report": "exempt", "c-programme": "exempt" });
    }
  });

  it("withholds the papers below an embargoed one as embargoed, and those below a paper at an exempt item as exempt", () => {
    const ctx = linkThrough("withholding", [
      body("panel"),
      meeting(M, agenda([`{ code: B1, title: Contract, exempt: [3], papers: [${M}/z-contract] }`])),
      appendix("a-contract-appendix", "z-contract"),
      paper(`${M}/z-contract`),
      appendix("b-budget-appendix", "y-budget"),
      paper(`${M}/y-budget`, ["publish_from: 2024-09-01T09:00:00+01:00"]),
    ]);
    expect(withheld(ctx)).toEqual({ "a-contract-appendix": "exempt", "z-contract": "exempt", "b-budget-appendix": "embargo", "y-budget": "embargo" });
  });

  // Once a bug (fixed): an appendix with its own embargo keeps "embargo" below an exempt report (the nearest reason
  // is only asked for when the paper has none), so it is shown as "not yet published" until its
  // embargo passes, and as "exempt" after. The docs say a paper below a withheld one is withheld
  // "for the same reason", and the agendas pass ranks an exemption above an embargo ("an exemption
  // never lifts"): an exempt report's appendices are exempt whatever their own embargo.
  it("withholds an embargoed appendix of an exempt report as exempt, as the report is", () => {
    const ctx = link([appendix("b-appendix", "z-report", ["publish_from: 2024-09-01T09:00:00+01:00"]), paper(`${M}/z-report`, ["exempt: [3]"])]);
    expect(withheld(ctx)).toEqual({ "b-appendix": "exempt", "z-report": "exempt" });
  });

  it("withholds a paper whose parent is unknown, and reports it at parent:", () => {
    const ctx = link([appendix("b-appendix", "no-such-report", [], "## Secret\n")]);
    expect(reported(ctx.problems)).toEqual([
      {
        file: `content/meetings/${M}/b-appendix.md`, line: 4, field: "parent",
        message: `unknown paper ${M}/no-such-report: no file defines it (a paper is a file in its meeting's folder; for one the papers only mention, add a file with status: referenced)`,
      },
    ]);
    const orphan = get(ctx, `${M}/b-appendix`, "document");
    expect([orphan.withheld, orphan.parent, orphan.markdown]).toEqual(["embargo", undefined, ""]);
  });

  it("withholds, without reporting again, a paper whose parent's file failed to read", () => {
    const ctx = link([appendix("b-appendix", "a-broken")], { failedIds: [`${M}/a-broken`] });
    expect(ctx.problems).toEqual([]);
    expect(withheld(ctx)).toEqual({ "b-appendix": "embargo" });
  });

  it("withholds and reports a paper that is its own parent", () => {
    const ctx = link([appendix("b-appendix", "b-appendix")]);
    expect(reported(ctx.problems)).toEqual([
      { file: `content/meetings/${M}/b-appendix.md`, line: 4, field: "parent", message: "a paper cannot be its own parent: name the paper this one is an appendix to" },
    ]);
    const own = get(ctx, `${M}/b-appendix`, "document");
    expect([own.withheld, own.parent, own.appendices]).toEqual(["embargo", undefined, []]);
  });

  it("withholds a parent loop and what hangs below it, reporting it at each paper whose chain runs into it", () => {
    const ctx = link([appendix("a-one", "b-two"), appendix("b-two", "a-one"), appendix("c-below", "a-one")]);
    expect(reported(ctx.problems)).toEqual([
      { file: `content/meetings/${M}/a-one.md`, line: 4, field: "parent", message: loop("a-one", "b-two", "a-one") },
      { file: `content/meetings/${M}/b-two.md`, line: 4, field: "parent", message: loop("b-two", "a-one", "b-two") },
      { file: `content/meetings/${M}/c-below.md`, line: 4, field: "parent", message: loop("c-below", "a-one", "b-two", "a-one") },
    ]);
    expect(withheld(ctx)).toEqual({ "a-one": "embargo", "b-two": "embargo", "c-below": "embargo" });
  });

  it("reports a parent loop through an exempt paper when the exempt paper's file is read first", () => {
    const ctx = link([paper(`${M}/z-report`, ["exempt: [3]", `parent: ${M}/a-appendix`]), appendix("a-appendix", "z-report")]);
    expect(reported(ctx.problems)).toEqual([
      { file: `content/meetings/${M}/z-report.md`, line: 5, field: "parent", message: loop("z-report", "a-appendix", "z-report") },
      { file: `content/meetings/${M}/a-appendix.md`, line: 4, field: "parent", message: loop("a-appendix", "z-report", "a-appendix") },
    ]);
    expect(withheld(ctx)).toEqual({ "z-report": "exempt", "a-appendix": "exempt" });
  });

  // Once a bug: the loop went unreported when the appendix's file was read first, as it is on disk.
  it("reports a parent loop through an exempt paper whatever order the files come in", () => {
    const ctx = link([appendix("a-appendix", "z-report"), paper(`${M}/z-report`, ["exempt: [3]", `parent: ${M}/a-appendix`])]);
    expect(withheld(ctx)).toEqual({ "a-appendix": "exempt", "z-report": "exempt" });
    expect(ctx.problems.map((p) => p.field)).toContain("parent");
  });

  it("withholds, as embargoed, papers named by a meeting.md that failed to read, unless already exempt", () => {
    const named = new Set([`${M}/a-report`, `${M}/b-exempt`, "panel-2024-02-01/x-elsewhere"]);
    const ctx = link([paper(`${M}/a-report`), paper(`${M}/b-exempt`, ["exempt: [1]"]), paper(`${M}/c-other`)], { namedByFailedMeetings: named });
    expect(withheld(ctx)).toEqual({ "a-report": "embargo", "b-exempt": "exempt", "c-other": undefined });
    expect(ctx.problems).toEqual([]);
  });

  it("strips a withheld paper to where its agenda puts it (its title too), and empties its anchors; a public paper keeps everything", () => {
    const fields = ["title: Secret report", "header: { subject: Secret }", "date: 2024-01-09", "period: { from: 2023-04-01, to: 2024-03-31 }", "series: secret", "version: Draft 2", "appendix: B"];
    const ctx = linkThrough("withholding", [
      body("panel"),
      meeting(M, agenda([`{ code: B1, title: Contract, exempt: [3], papers: [${M}/b-secret] }`, `{ code: B2, title: Open, papers: [${M}/c-open] }`])),
      paper(`${M}/b-secret`, fields, "## Tenders\n\nThe bids were secret.\n"),
      paper(`${M}/c-open`, fields, "## Tenders\n\nThe bids were public.\n"),
      paper(`${M}/d-plan`, ["type: plan", "exempt: [2]", "lists:", "  - { key: aims, title: Aims, entries: [Secret aim] }"], "## Aims\n"),
    ]);
    const secret = get(ctx, `${M}/b-secret`, "document");
    expect(secret).toMatchObject({
      withheld: "exempt", title: "", type: "report", meeting: get(ctx, M, "meeting"), appendixLabel: "B", tabledAt: [{ item: { code: "B1" } }],
      markdown: "", headings: [], words: 0, header: {}, planLists: [], topics: [],
    });
    expect([secret.date, secret.period, secret.series, secret.version, secret.author, secret.records, secret.workProgramme]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(ctx.pageAnchors.get(secret.id)).toEqual(new Map());
    expect(get(ctx, `${M}/d-plan`, "document")).toMatchObject({ withheld: "exempt", planLists: [], markdown: "" });
    expect(ctx.pageAnchors.get(`${M}/d-plan`)).toEqual(new Map());
    const open = get(ctx, `${M}/c-open`, "document");
    expect(open).toMatchObject({ title: "Secret report", header: { subject: "Secret" }, date: "2024-01-09", series: "secret", version: "Draft 2", words: 5, markdown: "## Tenders\n\nThe bids were public.\n" });
    expect([...(ctx.pageAnchors.get(open.id)?.keys() ?? [])]).toEqual(["tenders"]);
    expect(ctx.problems).toEqual([]);
  });
});
