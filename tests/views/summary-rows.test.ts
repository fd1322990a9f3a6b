/**
 * The rows of the summary lists pages show (a meeting's, a paper's, a body's, a decision's, an
 * organisation's, a question's), and those rows as govuk-frontend's summary list takes them.
 */
import { describe, expect, it } from "vitest";
import { bodySummary } from "../../src/views/body-summary.ts";
import { decisionSummary } from "../../src/views/decision-summary.ts";
import { meetingSummary } from "../../src/views/meeting-summary.ts";
import { organisationSummary } from "../../src/views/organisation-summary.ts";
import { paperHeaderLines, paperSummary } from "../../src/views/paper-summary.ts";
import { questionSummary } from "../../src/views/question-summary.ts";
import { govukRows, isShown, listRow, row, type SummaryRow } from "../../src/views/summary-list.ts";
import { byId, minimalArchive, paperAt, shippedArchive, WITH_MEETING_TOPIC } from "./archives.ts";

/** The rows a page shows, as "Key: value" or "Key: a | b", each link as "text -> href". */
const shown = (rows: SummaryRow[]) =>
  rows.filter(isShown).map((r) => {
    const links = r.items ?? (r.value ? [r.value] : []);
    return `${r.key}: ${links.map((l) => (l.href ? `${l.text} -> ${l.href}` : l.text)).join(" | ")}`;
  });

describe("govukRows", () => {
  it("leaves out rows with nothing to show, and writes text, a link, or a list of links", () => {
    const rows = govukRows([row("Empty", ""), row("Venue", "Sessions House"), row("Body", "Panel", "/bodies/panel/"), listRow("None", []), listRow("One", [{ text: "Agenda", href: "/a/" }]), listRow("Two", [{ text: "Agenda", href: "/a/" }, { text: "Minutes" }])]);
    expect(rows).toEqual([
      { key: { text: "Venue" }, value: { text: "Sessions House" } },
      { key: { text: "Body" }, value: { html: '<a class="govuk-link" href="/bodies/panel/">Panel</a>' } },
      { key: { text: "One" }, value: { html: '<a class="govuk-link" href="/a/">Agenda</a>' } },
      { key: { text: "Two" }, value: { html: '<ul class="govuk-list"><li><a class="govuk-link" href="/a/">Agenda</a></li><li>Minutes</li></ul>' } },
    ]);
  });

  it("escapes the words and addresses it writes as HTML, and leaves plain text to the macro", () => {
    const [link, list, text] = govukRows([row("A", "<b>x</b> & y", '/a/?q="1"'), listRow("B", [{ text: "<i>", href: "/i/" }, { text: "&" }]), row("C", "<script>")]);
    expect(link?.value).toEqual({ html: '<a class="govuk-link" href="/a/?q=&quot;1&quot;">&lt;b&gt;x&lt;/b&gt; &amp; y</a>' });
    expect(list?.value).toEqual({ html: '<ul class="govuk-list"><li><a class="govuk-link" href="/i/">&lt;i&gt;</a></li><li>&amp;</li></ul>' });
    // govuk-frontend's macro escapes `text` itself.
    expect(text?.value).toEqual({ text: "<script>" });
  });
});

describe("a meeting's summary", () => {
  it("gives the date, time, venue, body, status, signatory, contact and next meeting of 10 October 2024", () => {
    const meeting = byId(shippedArchive().meetings, "kmpcp-2024-10-10");
    expect(shown(meetingSummary(meeting, "2026-12-01"))).toEqual([
      "Date: Thursday 10 October 2024",
      "Time: 10.00 am",
      "As printed: Thursday, 10th October, 2024, at 10.00 am",
      "Venue: Council Chamber, Sessions House, County Hall, Maidstone",
      "Body: Kent and Medway Police and Crime Panel -> /bodies/kmpcp/",
      "Status: Date has passed: the archive holds no minutes of this meeting",
      "Agenda issued: Wednesday 2 October 2024",
      "Signed: Benjamin Watts, General Counsel -> /people/benjamin-watts/",
      "Contact: Gaetano Romagnuolo on 03000 416624 -> /people/gaetano-romagnuolo/",
      "Next meeting: Wednesday 18 December 2024 -> /meetings/kmpcp-2024-12-18/",
    ]);
  });

  it("links the topics the meeting as a whole is tagged with, and its minutes", () => {
    const meeting = byId(minimalArchive().meetings, "panel-2024-01-10");
    const rows = shown(meetingSummary(meeting, "2026-12-01"));
    expect(rows).toContain("Topics: Policing -> /topics/policing/");
    expect(rows).toContain("Minutes: Minutes of the meeting -> /meetings/panel-2024-01-10/minutes/");
  });

  it("has no Topics row for a meeting tagged with none", () => {
    for (const meeting of shippedArchive().meetings) expect(meetingSummary(meeting, "2026-12-01").filter(isShown).map((r) => r.key)).not.toContain("Topics");
  });
});

describe("a paper's summary", () => {
  it("says where the annual report appendix was tabled, what it is an appendix to, the period and its topics", () => {
    const paper = paperAt(shippedArchive(), "/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/");
    const rows = shown(paperSummary(paper));
    expect(rows.slice(0, 4)).toEqual([
      "Meeting: Kent and Medway Police and Crime Panel, Thursday 10 October 2024 -> /meetings/kmpcp-2024-10-10/",
      "Tabled at: Item B2, Police and Crime Commissioner's Annual Report for 2023-24 (Police and Crime Panel, Thursday 10 October 2024) -> /meetings/kmpcp-2024-10-10/#item-b2",
      "Appendix A to: Annual Report 2023/24 -> /meetings/kmpcp-2024-10-10/b2-annual-report-cover/",
      "Period covered: 1 April 2023 to 31 March 2024",
    ]);
    expect(rows[4]).toMatch(/^Topics: Annual reports -> \/topics\/annual-report\/ \| PEEL inspections -> \/topics\/peel\//);
  });

  it("lists the minutes that considered a paper", () => {
    const paper = paperAt(minimalArchive(), "/meetings/panel-2024-01-10/a2-report/");
    expect(shown(paperSummary(paper))).toContain("Considered in: Minute 2, A report (Wednesday 10 January 2024) -> /meetings/panel-2024-01-10/minutes/#m2");
  });

  it("shows the paper's own header lines with the field's first letter a capital", () => {
    const paper = paperAt(shippedArchive(), "/meetings/kmpcp-2024-10-10/b3-hmicfrs-peel-update/");
    const lines = paperHeaderLines(paper);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.label).toMatch(/^[A-Z][^A-Z]*$/);
  });
});

describe("the summaries of bodies, decisions, organisations and questions", () => {
  it("says who runs each body, linked to the organisation", () => {
    const archive = shippedArchive();
    expect(shown(bodySummary(byId(archive.bodies, "kmpcp")))).toContain("Run by: Kent County Council -> /organisations/kent-county-council/");
    expect(shown(bodySummary(byId(archive.bodies, "pdb"))).find((r) => r.startsWith("Run by: "))).toMatch(/ -> \/organisations\/opcc-kent\/$/);
  });

  it("says who made each decision, linked to the person", () => {
    for (const id of ["opcc-d-033-23", "opcc-d-034-23", "opcc-d-035-24"]) {
      expect(shown(decisionSummary(byId(shippedArchive().decisions, id)))).toContain("Made by: Matthew Scott -> /people/matthew-scott/");
    }
  });

  it("gives an organisation's kind, links its website and lists the names the papers print", () => {
    const archive = minimalArchive({
      ...WITH_MEETING_TOPIC,
      "organisations/swale.md": "---\ntype: organisation\nname: Swale Borough Council\nkind: council\nwebsite: https://swale.gov.uk/\nnames_as_printed: [Swale BC, Swale]\n---\n",
    });
    expect(shown(organisationSummary(byId(archive.organisations, "swale"), archive.vocabulary))).toEqual([
      "Kind: Council",
      "Website: https://swale.gov.uk/ -> https://swale.gov.uk/",
      "Also printed as: Swale BC | Swale",
    ]);
  });

  it("says who asked a question, for which council, at which minute", () => {
    const question = shippedArchive().questions.find((q) => q.council);
    expect(question).toBeDefined();
    if (!question) return;
    const rows = shown(questionSummary(question));
    expect(rows[0]).toBe(`Asked by: ${question.asker.name} -> ${question.asker.url}`);
    expect(rows[1]).toBe(`Council: ${question.council?.name} -> ${question.council?.url}`);
    expect(rows[2]).toMatch(/^Meeting: .+, minute \S+ -> /);
  });
});
