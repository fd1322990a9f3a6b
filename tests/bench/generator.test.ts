/**
 * The benchmark's synthetic archive: the same N gives the same files, byte for byte, and what it
 * writes is content the real loader accepts without a single problem.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { DateTime } from "luxon";
import { afterAll, describe, expect, it } from "vitest";
import { addMeeting, generateArchive } from "../../bench/generate.ts";
import { loadArchive } from "../../src/model/load.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { listMarkdownFiles } from "../../src/model/read-content.ts";

const roots: string[] = [];
function generated(papers: number): string {
  const root = mkdtempSync(join(tmpdir(), "papers-bench-test-"));
  roots.push(root);
  generateArchive({ papers, root });
  return root;
}

function digestTree(root: string): Map<string, string> {
  const content = join(root, "content");
  return new Map(listMarkdownFiles(content).map((file) => [relative(content, file), createHash("sha256").update(readFileSync(file)).digest("hex")]));
}

const NOW = DateTime.fromISO("2026-01-01T00:00:00Z");

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe("the benchmark's archive generator", () => {
  it("writes the same files for the same number of papers", () => {
    const first = digestTree(generated(50));
    const second = digestTree(generated(50));
    expect(first.size).toBeGreaterThan(50);
    expect([...second.entries()]).toEqual([...first.entries()]);
  });

  it("writes a different archive for a different number of papers", () => {
    const fifty = digestTree(generated(50));
    const sixty = digestTree(generated(60));
    expect([...sixty.keys()]).not.toEqual([...fifty.keys()]);
  });

  it("writes exactly N papers that loadArchive accepts with no problems", () => {
    const root = generated(50);
    const { archive, problems } = loadArchive({ projectRoot: root, now: NOW });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(archive.documents).toHaveLength(50);
    expect(archive.meetings.length).toBeGreaterThan(5);
    expect(archive.resolutions.length).toBeGreaterThan(0);
    // Minutes take agenda items, and later meetings approve the minutes before them.
    expect(archive.resolutions.some((r) => r.approves !== undefined)).toBe(true);
  });

  it("adds one more meeting that still loads with no problems", () => {
    const root = generated(50);
    const added = addMeeting({ papers: 50, root });
    const { archive, problems } = loadArchive({ projectRoot: root, now: NOW });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(archive.meetings.some((m) => m.id === added.id)).toBe(true);
    expect(archive.documents).toHaveLength(50 + added.papers);
  });
});
