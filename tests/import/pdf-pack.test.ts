/**
 * `npm run import -- pack.pdf`: the importer reads a PDF itself, with pdfjs-dist, and drafts the
 * same files from it as from the text taken from it. The PDF is made here from a seed's lines
 * (pdf-lib, one printed line per line, wrapped as a page wraps them, a gap between paragraphs,
 * pages breaking between them).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfPackText } from "../../src/import/pdf-pack.ts";
import { PROJECT_ROOT, SEEDS_DIR } from "../support/paths.ts";

const dir = mkdtempSync(join(tmpdir(), "import-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SIZE = 9;
const LEADING = 12;
const TOP = 800;

/**
 * `text` laid out on pages as a printed pack is: a line per line, a blank line as a gap, a new page
 * at a gap near the foot of a page, or mid-paragraph at its foot. Returns each page's lines.
 */
function layout(text: string): string[][] {
  const pages: string[][] = [[]];
  let y = TOP;
  for (const line of text.split("\n")) {
    const page = pages[pages.length - 1] as string[];
    if ((line === "" && y < 120) || y < 60) {
      pages.push(line === "" ? [] : [line]);
      y = line === "" ? TOP : TOP - LEADING;
      continue;
    }
    page.push(line);
    y -= LEADING;
  }
  return pages;
}

/** The pages printed with pdf-lib, a blank line as a gap. */
async function printed(pages: readonly string[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, i) => {
      if (line !== "") page.drawText(line, { x: 40, y: TOP - i * LEADING, size: SIZE, font });
    });
  }
  return pdf.save();
}

/** What a tool taking the text from those pages writes: their lines, a blank line between pages. */
const takenText = (pages: readonly string[][]) => `${pages.map((lines) => lines.join("\n").trim()).filter(Boolean).join("\n\n")}\n`;

/**
 * A seed's text as a printed pack gives it: what Helvetica can print, tabs as spaces, one blank line
 * between paragraphs, no indent (a page indents by position, not spaces), and lines wrapped at 110
 * characters, as on a page.
 */
async function printable(text: string): Promise<string> {
  const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
  const known = new Set(font.getCharacterSet());
  const lines = text.replace(/\t/g, "    ").split("\n").map((line) => [...line].filter((ch) => known.has(ch.codePointAt(0) ?? 0)).join("").trim());
  return `${lines.flatMap(wrap).join("\n").replace(/\n{3,}/g, "\n\n").trim()}\n`;
}

function wrap(line: string): string[] {
  const wrapped: string[] = [];
  let rest = line;
  while (rest.length > 110) {
    const cut = rest.lastIndexOf(" ", 110);
    const at = cut > 0 ? cut : 110;
    wrapped.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  wrapped.push(rest);
  return wrapped;
}

function importFile(file: string, out: string) {
  const run = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "src/cli/import.ts"), file, "--out", out], { cwd: PROJECT_ROOT, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function tree(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[relative(root, join(entry.parentPath, entry.name))] = readFileSync(join(entry.parentPath, entry.name), "utf8");
  }
  return files;
}

describe("a PDF pack", () => {
  beforeAll(async () => {
    const pages = layout(await printable(readFileSync(join(SEEDS_DIR, "002_78dbf443e4e88d81.txt"), "utf8")));
    writeFileSync(join(dir, "minutes.txt"), takenText(pages));
    writeFileSync(join(dir, "minutes.pdf"), await printed(pages));
  });

  it("gives its lines, a blank line between paragraphs", async () => {
    expect(await pdfPackText(await printed(layout("AGENDA\n\nKENT AND MEDWAY POLICE AND CRIME PANEL\nDear Panel Member\n")))).toBe("AGENDA\n\nKENT AND MEDWAY POLICE AND CRIME PANEL\nDear Panel Member\n");
  });

  it("is imported by npm run import into the same drafts as the text taken from it", () => {
    const fromText = importFile(join(dir, "minutes.txt"), join(dir, "from-text"));
    const fromPdf = importFile(join(dir, "minutes.pdf"), join(dir, "from-pdf"));
    expect([fromPdf.code, fromPdf.stderr]).toEqual([0, ""]);
    expect(fromText.code).toBe(0);
    const made = tree(join(dir, "from-pdf"));
    expect(Object.keys(made).filter((path) => path.endsWith(".md") && path !== "import-report.md").length).toBeGreaterThan(0);
    // The report names its source file, which differs; every draft is the same.
    const drafts = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([path]) => path !== "import-report.md").map(([path, t]) => [path, t.replaceAll("minutes.pdf", "minutes.txt")]));
    expect(drafts(made)).toEqual(drafts(tree(join(dir, "from-text"))));
  });

  it("that is not a PDF after all is refused with a message naming it", () => {
    writeFileSync(join(dir, "broken.pdf"), "%PDF-1.7\nnot a pdf\n");
    const run = importFile(join(dir, "broken.pdf"), join(dir, "broken"));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^import: cannot read .*broken\.pdf: /);
  });
});
