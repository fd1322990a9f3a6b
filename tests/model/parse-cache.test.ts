/**
 * The cache of what reading the content gave (src/model/parse-cache.ts): a second load of the same
 * content reads every file and text from it and gives the same archive, problems and notices (with
 * the same lines and columns) as the first; a changed file is read afresh; a cache that cannot be
 * read is as none; two papers of the same text never share what they were given.
 */
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Archive } from "../../src/model/archive.ts";
import { type LoadResult, loadArchive } from "../../src/model/load.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";
import { PROJECT_ROOT } from "../support/paths.ts";

const NOW = DateTime.fromISO("2026-12-01T12:00:00Z");
const cacheDir = () => mkdtempSync(join(tmpdir(), "papers-cache-"));

/** What a load gives, as text: every paper's and meeting's fields that come from reading files, and every problem and notice. */
function summary(result: LoadResult): string {
  const archive: Archive = result.archive;
  return JSON.stringify({
    problems: result.problems.map(formatProblem),
    notices: result.notices.map(formatProblem),
    documents: archive.documents.map((d) => [d.id, d.title, d.type, d.markdown, d.bodyLine, d.words, d.headings, d.source, d.withheld, d.header, d.records?.minutes.map((m) => [m.anchor, m.title, m.resolutions.map((r) => r.text)])]),
    meetings: archive.meetings.map((m) => [m.id, m.status, m.source, m.agenda?.items.map((i) => [i.code, i.title, i.source])]),
    people: archive.people.map((p) => [p.id, p.name, p.attendance.length, p.source]),
    actions: archive.actions.map((a) => [a.id, a.text, a.source]),
  });
}

describe("the cache of what reading the content gave", () => {
  it("gives a second load of the shipped content the same archive from the cache alone", () => {
    const dir = cacheDir();
    const first = loadArchive({ projectRoot: PROJECT_ROOT, now: NOW, cacheDir: dir });
    const second = loadArchive({ projectRoot: PROJECT_ROOT, now: NOW, cacheDir: dir });
    expect(first.cache.hits).toBe(0);
    expect(second.cache).toEqual({ hits: first.cache.misses, misses: 0 });
    expect(summary(second)).toBe(summary(first));
    expect(summary(second)).toBe(summary(loadArchive({ projectRoot: PROJECT_ROOT, now: NOW })));
  });

  it("gives the same problems, at the same lines and columns, when they come from the cache", () => {
    const root = writeContent({
      ...MINIMAL,
      // A field's value at fault (its line and column from the table of positions), and a text's link.
      "meetings/panel-2024-01-10/a2-report.md": "---\ntype: report\ntitle: A report\ntopics: [no-such-topic]\n---\nSee [a paper](@panel-2024-01-10/missing).\n",
      "people/ann-able.md": "---\ntype: person\nname: Ann Able\nroles:\n  - { role: no-such-role, body: panel }\n---\n",
    });
    const dir = cacheDir();
    const first = loadArchive({ projectRoot: root, now: NOW, cacheDir: dir });
    const second = loadArchive({ projectRoot: root, now: NOW, cacheDir: dir });
    expect(first.problems.length).toBeGreaterThanOrEqual(3);
    expect(first.problems.some((p) => p.column !== undefined)).toBe(true);
    expect(second.cache.misses).toBe(0);
    expect(second.problems.map(formatProblem)).toEqual(first.problems.map(formatProblem));
  });

  it("reads a changed file afresh, and only that one", () => {
    const root = writeContent(MINIMAL);
    const dir = cacheDir();
    loadArchive({ projectRoot: root, now: NOW, cacheDir: dir });
    writeFileSync(join(root, "content/meetings/panel-2024-01-10/a2-report.md"), "---\ntype: report\ntitle: A changed report\n---\n## New heading\n\nNew text.\n");
    const after = loadArchive({ projectRoot: root, now: NOW, cacheDir: dir });
    // The file, and its new text.
    expect(after.cache.misses).toBe(2);
    const report = after.archive.documents.find((d) => d.id === "panel-2024-01-10/a2-report");
    expect([report?.title, report?.headings.map((h) => h.text)]).toEqual(["A changed report", ["New heading"]]);
  });

  it("reads as none a cache it cannot read, and writes a good one in its place", () => {
    const root = writeContent(MINIMAL);
    const dir = cacheDir();
    const first = loadArchive({ projectRoot: root, now: NOW, cacheDir: dir });
    const [file] = readdirSync(dir);
    expect(file).toMatch(/^content-[0-9a-f]{16}\.bin$/);
    writeFileSync(join(dir, file as string), "not what the cache writes");
    const broken = loadArchive({ projectRoot: root, now: NOW, cacheDir: dir });
    expect(broken.cache).toEqual({ hits: 0, misses: first.cache.misses });
    expect(summary(broken)).toBe(summary(first));
    expect(loadArchive({ projectRoot: root, now: NOW, cacheDir: dir }).cache.misses).toBe(0);
  });

  it("gives two papers of the same text their own headings, from the cache as when read", () => {
    const text = "---\ntype: report\ntitle: Twin\n---\n## Same heading\n\nSame text.\n";
    const root = writeContent({ ...MINIMAL, "meetings/panel-2024-01-10/a2-report.md": text, "papers/twin.md": text });
    const dir = cacheDir();
    for (const run of [1, 2]) {
      const { archive } = loadArchive({ projectRoot: root, now: NOW, cacheDir: dir });
      const [a, b] = ["panel-2024-01-10/a2-report", "twin"].map((id) => archive.documents.find((d) => d.id === id));
      expect(a?.headings, `run ${run}`).toEqual(b?.headings);
      expect(a?.headings, `run ${run}`).not.toBe(b?.headings);
    }
  });
});
