/** Splitting packs into their documents, and matching them to the agenda's items by page range. */
import { describe, expect, it } from "vitest";
import { imported } from "./seeds.ts";

const summary = (n: "000" | "001" | "002" | "003" | "004") =>
  imported(n).parse.documents.map((d) => ({ kind: d.kind, type: d.paperType, item: d.item, from: d.from, title: d.title }));

describe("splitting seed 000 (agenda pack, 10 October 2024)", () => {
  it("finds the agenda, the July minutes, the reports and their appendices, the work programme and the board notes, in order", () => {
    expect(summary("000")).toEqual([
      { kind: "agenda", type: undefined, item: undefined, from: 3, title: "Agenda" },
      {
        kind: "minutes",
        type: undefined,
        item: "A4",
        from: 83,
        title: "MINUTES of a meeting of the Kent and Medway Police and Crime Panel held in the Council Chamber, Sessions House, County Hall, Maidstone on Tuesday, 16 July 2024.",
      },
      { kind: "report", type: "report", item: "A5", from: 274, title: "Chief Executive confirmation" },
      { kind: "appendix", type: "candidate-pack", item: "A5", from: 334, title: "Candidate Pack" },
      { kind: "report", type: "report", item: "B1", from: 652, title: "Complaints Against the Commissioner – Annual Report 2023-24" },
      { kind: "report", type: "report", item: "B2", from: 701, title: "Annual Report 2023/24" },
      { kind: "appendix", type: "annual-report", item: "B2", from: 719, title: "Making Kent Safer" },
      { kind: "report", type: "report", item: "B3", from: 1874, title: "HMICFRS PEEL 2023-25 – update" },
      { kind: "appendix", type: "appendix", item: "B3", from: 1955, title: "HMICFRS PEEL 2023-25 – progress update" },
      { kind: "work-programme", type: undefined, item: "D1", from: 2041, title: "Police and Crime Panel - Future Work Programme – 10 October 2024" },
      { kind: "notes", type: undefined, item: "E1", from: 2079, title: "Performance and Delivery Board" },
    ]);
  });

  it("files each document where content/ would hold it, appendices pointing at their report", () => {
    const docs = imported("000").parse.documents;
    expect(docs.map((d) => d.id)).toEqual([
      "kmpcp-2024-10-10",
      "kmpcp-2024-07-16/minutes",
      "kmpcp-2024-10-10/a5-chief-executive-confirmation",
      "kmpcp-2024-10-10/a5-appendix-a-candidate-pack",
      "kmpcp-2024-10-10/b1-complaints-against-the-commissioner-annual-report",
      "kmpcp-2024-10-10/b2-annual-report-2023-24",
      "kmpcp-2024-10-10/b2-appendix-a-making-kent-safer",
      "kmpcp-2024-10-10/b3-hmicfrs-peel-2023-25-update",
      "kmpcp-2024-10-10/b3-appendix-a-hmicfrs-peel-2023-25-progress-update",
      "kmpcp-2024-10-10/d1-future-work-programme",
      "pdb-2024-06-12/notes",
    ]);
    expect(docs.filter((d) => d.kind === "appendix").map((d) => d.parent)).toEqual([
      "kmpcp-2024-10-10/a5-chief-executive-confirmation",
      "kmpcp-2024-10-10/b2-annual-report-2023-24",
      "kmpcp-2024-10-10/b3-hmicfrs-peel-2023-25-update",
    ]);
  });

  it("lists the tabled papers under their agenda items", () => {
    const items = imported("000").parse.agenda?.sections.flatMap((s) => s.items) ?? [];
    const papers = Object.fromEntries(items.filter((i) => i.papers.length > 0).map((i) => [i.code, i.papers]));
    expect(papers).toEqual({
      A4: ["kmpcp-2024-07-16/minutes"],
      A5: ["kmpcp-2024-10-10/a5-chief-executive-confirmation", "kmpcp-2024-10-10/a5-appendix-a-candidate-pack"],
      B1: ["kmpcp-2024-10-10/b1-complaints-against-the-commissioner-annual-report"],
      B2: ["kmpcp-2024-10-10/b2-annual-report-2023-24", "kmpcp-2024-10-10/b2-appendix-a-making-kent-safer"],
      B3: ["kmpcp-2024-10-10/b3-hmicfrs-peel-2023-25-update", "kmpcp-2024-10-10/b3-appendix-a-hmicfrs-peel-2023-25-progress-update"],
      D1: ["kmpcp-2024-10-10/d1-future-work-programme"],
      E1: ["pdb-2024-06-12/notes"],
    });
  });
});

describe("splitting the other seeds", () => {
  it("001: the agenda, the September minutes, two reports and the forward work programme", () => {
    expect(summary("001").map((d) => [d.kind, d.item, d.from])).toEqual([
      ["agenda", undefined, 3],
      ["minutes", "4", 70],
      ["report", "B1", 269],
      ["report", "B2", 354],
      ["work-programme", "C1", 612],
    ]);
  });

  it("002, 003 and 004 are one document each: minutes, board notes, a plan", () => {
    expect(summary("002").map((d) => d.kind)).toEqual(["minutes"]);
    expect(summary("003").map((d) => d.kind)).toEqual(["notes"]);
    expect(summary("004").map((d) => [d.kind, d.type, d.title])).toEqual([["paper", "plan", "Safer in Kent: The Community Safety and Criminal Justice Plan"]]);
    expect(imported("004").files.map((f) => f.path)).toEqual(["papers/safer-in-kent-the-community-safety-and-criminal.md"]);
  });
});
