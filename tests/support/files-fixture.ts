/**
 * Content with files published with the papers, for the build, search and security tests: a small
 * body of its own (MINIMAL, with a PDF, a scan, an image and an appendix that is a spreadsheet), and
 * the shipped archive with a test-made PDF added to one agenda item. Each PDF is made here
 * (test-files.ts), and its second page alone holds a word found nowhere else.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Files, MINIMAL, meetingFile, writeContent } from "./content-fixture.ts";
import { CONTENT_DIR } from "./paths.ts";
import { imageOnlyPdf, pngImage, textPdf } from "./test-files.ts";

/** The word only the second page of each published PDF holds. */
export const PAGE_TWO_WORD = "quokkaville";
export const MEETING = "panel-2024-01-10";

/** MINIMAL with files: item A3 tables `annual-report.pdf` and `scan.pdf`; the report shows `map.png` and has `figures.csv` as its appendix B. */
export async function filesFixture(extra: Files = {}, moreAgenda: string[] = []): Promise<Files> {
  const m = `meetings/${MEETING}`;
  return {
    ...MINIMAL,
    [`${m}/meeting.md`]: meetingFile([
      "        - code: A3",
      "          title: Annual report",
      `          papers: [${MEETING}/annual-report.pdf, ${MEETING}/scan.pdf]`,
      ...moreAgenda,
    ]),
    [`${m}/annual-report.pdf`]: await textPdf(["The Panel's annual report for 2023-24: its first page.", `Its second page alone names ${PAGE_TWO_WORD}.`], "Annual Report 2023-24"),
    [`${m}/scan.pdf`]: await imageOnlyPdf(),
    [`${m}/map.png`]: await pngImage(1500, 900),
    [`${m}/figures.csv`]: "Year,Crashes\n2023,12\n2024,9\n",
    [`${m}/figures.csv.md`]: `---\ntype: file\ntitle: Crash figures\nparent: ${MEETING}/a2-report\nappendix: B\n---\n`,
    [`${m}/a2-report.md`]: "---\ntype: report\ntitle: A report\n---\n## Introduction\n\nThe report text; see [the annual report](annual-report.pdf).\n\n![A map of the county's policing districts](map.png)\n",
    ...extra,
  };
}

/** Writes the fixture body into a new temporary project; returns its root. */
export async function writeFilesFixture(): Promise<string> {
  return writeContent(await filesFixture());
}

/** The meeting of the shipped archive the PDF is added to, and the item's papers line it joins. */
export const SHIPPED_MEETING = "kmpcp-2024-10-10";
export const SHIPPED_PDF = "test-annual-report.pdf";

/** A copy of the shipped content with a test-made two-page PDF tabled at item B1 of 10 October 2024. */
export async function shippedWithPdf(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), "papers-shipped-pdf-"));
  cpSync(CONTENT_DIR, join(root, "content"), { recursive: true });
  const meeting = join(root, "content", "meetings", SHIPPED_MEETING, "meeting.md");
  const line = `papers: [${SHIPPED_MEETING}/b1-complaints-annual-report]`;
  const text = readFileSync(meeting, "utf8");
  if (!text.includes(line)) throw new Error(`${SHIPPED_MEETING}/meeting.md no longer has the line ${line}`);
  writeFileSync(meeting, text.replace(line, `papers: [${SHIPPED_MEETING}/b1-complaints-annual-report, ${SHIPPED_MEETING}/${SHIPPED_PDF}]`));
  writeFileSync(join(root, "content", "meetings", SHIPPED_MEETING, SHIPPED_PDF), await textPdf(["A test-made annual report: its first page.", `Its second page alone names ${PAGE_TWO_WORD}.`], "Test annual report"));
  return root;
}
