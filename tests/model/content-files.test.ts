/**
 * Nothing in content/ is skipped in silence: a link is reported and never followed (it could reach
 * outside content/), and reading a file never writes to the officer's terminal. Links cannot be
 * kept in the bad-input corpus, so these cases build their folders when they run.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { parseContentFile } from "../../src/model/front-matter.ts";
import { loadArchive } from "../../src/model/load.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { listContentFiles, listMarkdownFiles } from "../../src/model/read-content.ts";
import { decodeContentFile, utf16WithoutMark } from "../../src/model/source-file.ts";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** MINIMAL in a new project, beside a folder outside content/ holding a paper and a folder of people. */
function projectWithOutside(): { root: string; outside: string } {
  const root = writeContent(MINIMAL);
  const outside = mkdtempSync(join(tmpdir(), "papers-outside-"));
  roots.push(root, outside);
  writeFileSync(join(outside, "secret.md"), "---\ntype: report\ntitle: Not for publication\n---\nOUTSIDE-CANARY\n");
  mkdirSync(join(outside, "people"));
  writeFileSync(join(outside, "people", "carol-cole.md"), "---\ntype: person\nname: OUTSIDE-CANARY\n---\n");
  return { root, outside };
}

describe("links in content/", () => {
  it("reports a link to a file outside content/, and never reads it", () => {
    const { root, outside } = projectWithOutside();
    symlinkSync(join(outside, "secret.md"), join(root, "content", "meetings", "panel-2024-01-10", "b1-secret.md"));
    const { archive, problems } = loadArchive({ projectRoot: root });
    expect(problems.map(formatProblem)).toEqual([
      "content/meetings/panel-2024-01-10/b1-secret.md:1 b1-secret.md is a link (symlink), so it is not read; content files must be real files, not links: copy the file here instead of linking to it",
    ]);
    expect(archive.documents.map((d) => d.title)).not.toContain("Not for publication");
  });

  it("reports a link to a folder, and never walks into it", () => {
    const { root, outside } = projectWithOutside();
    symlinkSync(join(outside, "people"), join(root, "content", "people", "more"));
    const { archive, problems } = loadArchive({ projectRoot: root });
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/people\/more:1 more is a link \(symlink\), so it is not read; content files must be real files, not links: copy/)]);
    expect(archive.people.map((p) => p.name)).not.toContain("OUTSIDE-CANARY");
  });

  it("reports a broken link too", () => {
    const root = writeContent(MINIMAL);
    roots.push(root);
    symlinkSync(join(root, "nowhere.md"), join(root, "content", "people", "gone.md"));
    expect(loadArchive({ projectRoot: root }).problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/people\/gone\.md:1 gone\.md is a link/)]);
  });

  it("leaves links out of the Markdown files listed for the dev server and the benchmark", () => {
    const { root, outside } = projectWithOutside();
    symlinkSync(join(outside, "secret.md"), join(root, "content", "papers.md"));
    const content = join(root, "content");
    expect(listMarkdownFiles(content).some((path) => path.endsWith("papers.md"))).toBe(false);
    expect(listContentFiles(content).unread).toEqual([{ path: join(content, "papers.md"), kind: "link" }]);
  });
});

describe("reading front matter", () => {
  it("writes nothing to the terminal for a list used as a field name", () => {
    const root = writeContent({ ...MINIMAL, "bodies/panel.md": "---\ntype: body\nname: Test Panel\nkind: panel\n[a, b]: x\n? {c: 1}\n: y\n---\n" });
    roots.push(root);
    const warn = vi.spyOn(process, "emitWarning");
    const log = vi.spyOn(console, "warn");
    try {
      const { problems } = loadArchive({ projectRoot: root });
      expect(problems.map((p) => [p.line, p.message.slice(0, 52)])).toEqual([
        [5, "a field name must be plain text, not a list ([a, b])"],
        [6, "a field name must be plain text, not a set of fields"],
      ]);
      expect(warn).not.toHaveBeenCalled();
      expect(log).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
  });
});

describe("a tab indenting front matter", () => {
  it("is the one problem reported, not the parse errors it causes on the lines around it", () => {
    const minutes = "---\ntype: minutes\nattendance:\n  present:\n\t- { person: jane-smith, as_printed: Councillor Jane Smith }\n    - { person: raj-patel, as_printed: Councillor Raj Patel }\n---\nText.\n";
    const { problems } = parseContentFile("minutes.md", minutes) as { problems: { line?: number; column?: number; message: string }[] };
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([[5, 1, "front matter is not valid YAML: Tabs are not allowed as indentation: indent with spaces, not tabs"]]);
  });
});

describe("UTF-16 without a byte-order mark", () => {
  const text = "---\ntype: report\ntitle: Budget £5m\n---\nThe report.\n";

  it("is told apart from binary files, both byte orders", () => {
    expect(utf16WithoutMark(Buffer.from(text, "utf16le"))).toBe(true);
    expect(utf16WithoutMark(Buffer.from(text, "utf16le").swap16())).toBe(true);
    expect(decodeContentFile("content/x.md", Buffer.from(text, "utf16le"))).toEqual({ ok: false, problem: { file: "content/x.md", line: 1, message: expect.stringMatching(/^file is UTF-16 text .*: save it as UTF-8$/) } });
  });

  it("is not claimed for binary files or for text with a stray NUL", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0]);
    expect(utf16WithoutMark(png)).toBe(false);
    expect(utf16WithoutMark(Buffer.from(`${text.slice(0, 30)}\u0000${text.slice(30)}`))).toBe(false);
    expect(utf16WithoutMark(Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)))).toBe(false);
    expect(decodeContentFile("content/x.md", png)).toMatchObject({ ok: false, problem: { message: expect.stringMatching(/^file is a PNG image/) } });
  });
});
