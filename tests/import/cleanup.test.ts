/** The mechanical clean-up of seed-inventory.md section 4, on the seeds' output and on small inputs. */
import { describe, expect, it } from "vitest";
import { importText } from "../../src/import/index.ts";
import { bodies, imported, SEEDS } from "./seeds.ts";

describe("no remnants in any file written from the seeds", () => {
  for (const n of SEEDS) {
    it(`seed ${n}: no tabs, no placeholder links, no <b>/<p>/<ul>/<ol>/<sup>/<i>, no escaped _ ( ), no glyph bullets starting a line`, () => {
      for (const { path, body } of bodies(imported(n))) {
        expect(body, path).not.toContain("\t");
        expect(body, path).not.toContain("](#)");
        expect(body, path).not.toMatch(/<\/?(?:b|p|ul|ol|li|sup|i)\b[^>]*>/i);
        expect(body, path).not.toMatch(/\\[_()]/);
        expect(body, path).not.toMatch(/^\s*[•●○➢]/m);
        expect(body, path).not.toMatch(/^\s*o [A-Z]/m);
      }
    });
  }
});

describe("page furniture", () => {
  it("000: drops and reports the running header, blank pages, page numbers and the OPCC letterhead", () => {
    const furniture = imported("000").report.furniture;
    expect(furniture.filter((f) => f.kind !== "letterhead").map((f) => `${f.line} ${f.kind}`)).toEqual([
      "81 running-header",
      "699 blank-page",
      "717 blank-page",
      "721 page-number",
      "954 page-number",
      "1320 page-number",
      "1693 page-number",
      "2059 blank-page",
    ]);
    expect(furniture.filter((f) => f.kind === "letterhead").map((f) => f.line)).toEqual([2061, 2062, 2064, 2065, 2067, 2069, 2070, 2071, 2072, 2073, 2074, 2075]);
    const all = bodies(imported("000")).map((b) => b.body).join("\n");
    expect(all).not.toMatch(/^Page \d+$/m);
    expect(all).not.toContain("intentionally left blank");
    expect(all).not.toContain("KENT COUNTY COUNCIL");
  });

  it("003: drops the page footers, keeping the slide labels, bare or titled, as headings", () => {
    expect(imported("003").report.furniture.map((f) => `${f.line} ${f.kind}`)).toEqual([
      "153 footer",
      "156 footer",
      "158 footer",
      "603 footer",
      "606 footer",
      "608 footer",
    ]);
    const notes = bodies(imported("003")).find((b) => b.path.endsWith("notes.md"))?.body ?? "";
    expect(notes).not.toContain("mailto:");
    expect(notes.match(/^### Slide .*$/gm)).toEqual([
      "### Slide 7",
      "### Slide 18",
      "### Slide 19",
      "### Slide 20",
      "### Slide 21",
      "### Slide 22 and 23 – FCR performance",
      "### Slide 24 – VAWG performance",
      "### Slide 25 – VAWG Strategy one year on",
    ]);
  });

  it("lists the furniture in import-report.md with line numbers", () => {
    expect(imported("001").reportMarkdown).toContain('- line 610: blank page: "This page is intentionally left blank"');
    expect(imported("001").reportMarkdown).toContain('- line 68: running header: "**KENT COUNTY COUNCIL**"');
  });
});

describe("paragraphs, wraps and hyphens", () => {
  it("rejoins every paragraph the inventory lists as split by a page break", () => {
    const rejoined = (n: "000" | "001" | "002" | "003") =>
      imported(n)
        .report.repairs.filter((r) => r.kind === "paragraph rejoined")
        .map((r) => r.line);
    expect(rejoined("000")).toEqual([174, 192, 206, 221, 249, 667, 943, 1067, 1113, 1354, 1413, 1624, 1719, 2224]);
    expect(rejoined("001")).toEqual([118, 185, 205, 249]);
    expect(rejoined("002")).toEqual([48, 65, 89, 117]);
    expect(rejoined("003")).toEqual([9, 30, 131, 138, 640, 644, 655, 658, 705, 727]);
  });

  it("003: unwraps the hard-wrapped lines and mends the hyphenated breaks", () => {
    expect(imported("003").parse.hardWrapped).toBe(true);
    const notes = bodies(imported("003")).find((b) => b.path.endsWith("notes.md"))?.body ?? "";
    expect(notes).toContain("described the over-population in LP roles");
    expect(notes).toContain("in the next 2-4 weeks");
    expect(notes).toContain("- The PCC welcomed those present, including members of the public and press, as well as those watching online to a special meeting of the Board to discuss the HMICFRS PEEL Report and Improvement Plan.");
    expect(notes).toContain("the genesis was the Crime Academy - skilled, experienced detectives and trainers - but it was designed");
  });
});

describe("tables, lists, links and escapes", () => {
  it("writes a tab-separated table as a Markdown table with its header row (000:676-680)", () => {
    const b1 = bodies(imported("000")).find((b) => b.path.includes("/b1-"))?.body ?? "";
    expect(b1).toContain(
      [
        "| Complaints Received for Assessment | 2023-24 | 2022-23 | 2021-22 | 2020-21 |",
        "| --- | --- | --- | --- | --- |",
        "| Recorded complaints – disappled | 5 | 11 | 6 | 5 |",
        "| Recorded complaints – Sub-Committee convened | 0 | 1 | 1 | 0 |",
        "| Complaint received and not recorded | 1 | 0 | 3 | 0 |",
        "| Recorded - Ongoing | 1 |  |  |  |",
      ].join("\n"),
    );
  });

  it("writes <b> header and total rows in bold (004:401-425) and <sup> as plain text (001:467)", () => {
    const plan = bodies(imported("004"))[0]?.body ?? "";
    expect(plan).toContain("| **Organisation** | **2019/20** |\n| --- | --- |\n| Community Safety Partnerships | £558,385 |");
    expect(plan).toContain("| **Total** | **£4,205,192** |");
    const b2 = bodies(imported("001")).find((b) => b.path.includes("/b2-"))?.body ?? "";
    expect(b2).toContain("| Division | No. of sessions | 1st Record Observed |");
  });

  it("turns a layout table of <p> and <ul> cells into a label and its text (000:618-624)", () => {
    const pack = bodies(imported("000")).find((b) => b.path.includes("candidate-pack"))?.body ?? "";
    expect(pack).toContain("**Arrangements for interview**\n\nIf successful with at the initial application stage");
    expect(pack).toContain("- The names and contact details of two referees. Please note that referees will only be contacted if you are selected for interview.");
    expect(pack).toContain("1. A tailored CV (maximum 2 pages)");
  });

  it("repairs list nesting: siblings back to column 0, sub-items under the paragraph that introduces them", () => {
    const notes = bodies(imported("000")).find((b) => b.path.endsWith("notes.md"))?.body ?? "";
    expect(notes).toContain("- The CC reported 33 forces");
    expect(notes).toContain("\n- The CC highlighted the Rural Task Force's success");
    expect(notes).toContain("discharged:\n  - Force to provide a briefing on progress");
    const minutes = bodies(imported("000")).find((b) => b.path.endsWith("minutes.md"))?.body ?? "";
    expect(minutes).toContain("structure.\n   - a. The Commissioner replied");
  });

  it("writes glyph bullets as list items, second-level glyphs nested (003)", () => {
    const notes = bodies(imported("003")).find((b) => b.path.endsWith("notes.md"))?.body ?? "";
    expect(notes).toContain("::: afi\nAFI 1: The force needs to improve the capacity and capability of its response teams.\n:::");
    expect(notes).toContain("- 999 calls\n  - The T/CC said 999 calls took priority over other contact, but the Force sought to provide a good service and response no matter what route contact was made through.");
  });

  it("writes placeholder links as plain text and unescapes \\_ \\( \\)", () => {
    const out = importText("Intro to [Safer in Kent](#) Plan.\n\nThe [Kent Volunteer Police Cadets \\(KVPC\\) programme](#) is open.\n\n*Version: Spring 2019\\_Final*\n").files;
    const body = out.map((f) => f.content).join("\n");
    expect(body).toContain("Intro to Safer in Kent Plan.");
    expect(body).toContain("The Kent Volunteer Police Cadets (KVPC) programme is open.");
    expect(body).toContain("*Version: Spring 2019_Final*");
  });
});
