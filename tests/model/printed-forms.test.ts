/**
 * Every form the content says is printed (every `as_printed`, every name in `names_as_printed`, a
 * paper's title "as the paper prints it", its header lines, a work programme's rows: the fields
 * the JSON Schemas describe as printed) is found in the source texts the content was taken from,
 * `sources/seeds/`. A name, title or code no source prints is a fact the archive made up.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseContentFile } from "../../src/model/front-matter.ts";
import { listMarkdownFiles } from "../../src/model/read-content.ts";
import { paperSummary } from "../../src/views/paper-summary.ts";
import { loadValidArchive } from "../support/load-content.ts";
import { CONTENT_DIR, PROJECT_ROOT } from "../support/paths.ts";
import { type FrontMatterFile, normaliseSource, printedFieldPaths, printedIn, schemaOfType, sourceTexts, unprintedForms } from "../support/printed-forms.ts";

let sources: Map<string, string>;

beforeAll(() => {
  sources = sourceTexts();
});

function shippedFiles(): FrontMatterFile[] {
  return listMarkdownFiles(CONTENT_DIR).map((file) => {
    const path = relative(PROJECT_ROOT, file);
    const parsed = parseContentFile(path, readFileSync(file, "utf8"));
    if (!parsed.ok) throw new Error(`${path} does not parse`);
    return { path, data: parsed.file.data };
  });
}

const fields = (type: string) => [...printedFieldPaths(schemaOfType(type) ?? {})];

describe("the printed fields, as the schemas describe them", () => {
  it("finds every field that holds a printed form, and no identifier, role or date", () => {
    expect(fields("body")).toEqual(["names_as_printed[]"]);
    expect(fields("organisation")).toEqual(["names_as_printed[]"]);
    expect(fields("person")).toEqual(["names_as_printed[]", "roles[].as_printed"]);
    expect(fields("decision")).toEqual(["codes_as_printed[]"]);
    expect(fields("meeting")).toEqual([
      "date_as_printed",
      "signatory.as_printed",
      "contacts[].as_printed",
      "membership[].as_printed",
      "membership[].representing_as_printed",
      "agenda.sections[].title",
      "agenda.sections[].items[].title",
    ]);
    expect(fields("minutes")).toEqual(expect.arrayContaining(["title", "header.subject", "attendance.present[].as_printed", "attendance.attendees[].as_printed", "actions[].text", "actions[].owner"]));
    expect(fields("report")).toEqual(["title", "header.from", "header.by", "header.to", "header.subject", "header.date"]);
    expect(fields("work-programme")).toEqual(expect.arrayContaining(["entries[].title", "entries[].source", "entries[].lead", "standing[].heading"]));
  });
});

describe("every printed form in the shipped content", () => {
  it("is printed in a source text", () => {
    const files = shippedFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(unprintedForms(files, sources)).toEqual([]);
  });

  it("reports a printed form no source prints, a name cut short and a title cut short", () => {
    const made: FrontMatterFile[] = [
      { path: "bodies/pdb.md", data: { type: "body", name: "Board", kind: "board", names_as_printed: ["Performance and Delivery Board", "PDB"] } },
      { path: "people/mike-hill.md", data: { type: "person", name: "Mike Hill", names_as_printed: ["Mr P M Hill, OBE (Chairman)", "Mr P M Hil"] } },
      { path: "meetings/kmpcp-2024-02-06/peel.md", data: { type: "report", title: "HMICFRS PEEL 2023-25 Inspection" } },
      { path: "meetings/x/meeting.md", data: { type: "meeting", body: "kmpcp", date: "2024-10-10", status: "held", membership: [{ person: "peter-feacey", as_printed: "Councillor Peter Feacey", representing_as_printed: "Ashford Council" }] } },
    ];
    expect(unprintedForms(made, sources)).toEqual([
      'bodies/pdb.md names_as_printed[1] "PDB"',
      'people/mike-hill.md names_as_printed[1] "Mr P M Hil"',
      'meetings/kmpcp-2024-02-06/peel.md title "HMICFRS PEEL 2023-25 Inspection"',
      'meetings/x/meeting.md membership[0].representing_as_printed "Ashford Council"',
    ]);
  });
});

describe("reading the sources as their layout needs", () => {
  it("joins a word hyphenated across a hard-wrapped line, and drops markup and page furniture", () => {
    expect(normaliseSource("the over-  \npopulation of\n\nPage 37\n\n**Annual** Report\\_2023")).toBe("the over-population of\nAnnual Report_2023");
  });

  it("finds a title printed over several lines, written on one with commas where it broke", () => {
    expect(printedIn("Candidate Pack, Chief of Staff to the Police and Crime Commissioner, Kent", sources, true)).toEqual(["000_e215933701d9dd86.txt"]);
    expect(printedIn("Candidate Pack Chief of Staff, to the Police", sources, true)).toEqual([]);
  });

  it("finds a title a flattened table runs into its next cell", () => {
    expect(printedIn("Police and Crime Panel Forward work programme (November 2019)", sources, true)).toEqual(["001_8ccf31858d40fdfb.txt"]);
  });

  it("finds a phrase of running text used as a title, with its first letter a capital", () => {
    expect(printedIn("Report that was submitted to the 6 February 2024 Panel meeting", sources, true)).toEqual(["000_e215933701d9dd86.txt"]);
    expect(printedIn("Report that was submitted to the 6 February Panel meeting", sources, true)).toEqual([]);
  });
});

describe("facts no source gives", () => {
  it("are not given: the 2017-2021 plan's author and days, the PCC's 2022/23 report's days, the 2019 programme's minute", () => {
    const archive = loadValidArchive();
    const plan = archive.get("safer-in-kent-2017-2021", "document");
    // The plan prints "April 2017 to March 2021" and, in the first person, no name.
    expect(plan?.period).toEqual({ from: "2017-04", to: "2021-03" });
    expect(plan?.author).toBeUndefined();
    expect(plan && paperSummary(plan).find((r) => r.key === "Period covered")?.value).toEqual({ text: "April 2017 to March 2021", href: undefined });
    for (const id of ["commissioning-strategy", "safer-in-kent-backing-young-people"]) expect(archive.get(id, "document")?.author, id).toBeUndefined();
    // Minute 103 of 17 October 2023: "the period between April 2022 and March 2023".
    expect(archive.get("kmpcp-2023-10-17/b2-pcc-annual-report-2022-23", "document")?.period).toEqual({ from: "2022-04", to: "2023-03" });
    // The 2019 programme prints "Proposed by PCC" against both mental-health rows, and no minute.
    const rows = archive.workProgrammeEntries.filter((e) => e.programme.document.id === "kmpcp-2019-11-21/c1-forward-work-programme" && /Mental health/.test(e.title));
    expect(rows.map((e) => [e.reason, e.requestedBy])).toEqual([["Proposed by PCC", undefined], ["Proposed by PCC", undefined]]);
  });
});
