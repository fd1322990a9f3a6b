/**
 * Bad content always gets a precise error and never a crash: every case in tests/fixtures/bad-input/
 * (MINIMAL with one thing changed, see its README) runs through the loader, and a rejected case must
 * produce a problem at the expected file and line (or field) whose message says what to write instead.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { type LoadResult, loadArchive } from "../../src/model/load.ts";
import { formatProblem, type Problem } from "../../src/model/problems.ts";
import { type Files, MINIMAL, writeContent } from "../support/content-fixture.ts";
import { PROJECT_ROOT } from "../support/paths.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/bad-input/", import.meta.url));

interface Expectation {
  description: string;
  accepted: boolean;
  /** MINIMAL's files (content-relative) that this case deletes. */
  remove?: string[];
  /** A file made when the test runs, too big to commit. */
  generate?: { file: string; bytes: number };
  /** For rejected cases: where the problem is, content-relative, and a regex its message matches. */
  file?: string;
  line?: number;
  field?: string;
  message?: string;
  /** For accepted cases: a document whose Markdown must match, e.g. a body kept whole. */
  markdown?: { id: string; matches: string };
}

interface Case {
  name: string;
  expect: Expectation;
  overlay: Files;
}

/** Every file under `dir`, keyed by its path relative to `dir`, as bytes: encodings are under test. */
function readTree(dir: string): Files {
  const files: Files = {};
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files[relative(dir, full).split(sep).join("/")] = readFileSync(full);
  }
  return files;
}

function loadCases(): Case[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      name: entry.name,
      expect: JSON.parse(readFileSync(join(FIXTURES, entry.name, "expect.json"), "utf8")) as Expectation,
      overlay: readTree(join(FIXTURES, entry.name, "content")),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A paper of `bytes` bytes: valid front matter, then the same sentence until it is big enough. */
function bigPaper(bytes: number): Uint8Array {
  const head = Buffer.from("---\ntype: report\ntitle: A very long report\n---\n");
  const text = Buffer.alloc(bytes - head.length, "The report text goes on. ");
  return Buffer.concat([head, text]);
}

const roots: string[] = [];

function projectFor(c: Case): string {
  const files: Files = { ...MINIMAL };
  for (const path of c.expect.remove ?? []) delete files[path];
  Object.assign(files, c.overlay);
  if (c.expect.generate) files[c.expect.generate.file] = bigPaper(c.expect.generate.bytes);
  const root = writeContent(files);
  roots.push(root);
  return root;
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function loadWithoutThrowing(root: string): LoadResult {
  let result: LoadResult | undefined;
  expect(() => {
    result = loadArchive({ projectRoot: root });
  }).not.toThrow();
  return result as LoadResult;
}

/** What to write instead: advice after a colon (at least a few words of it), or a suggestion. */
const ADVICE = /:\s+\S+(?:\s+\S+){2,}|did you mean/i;

const cases = loadCases();
const accepted = cases.filter((c) => c.expect.accepted);
const rejected = cases.filter((c) => !c.expect.accepted);

describe("the bad-input corpus", () => {
  it("holds at least 60 cases, each a change to MINIMAL or a generated file", () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    for (const c of cases) expect(Object.keys(c.overlay).length + (c.expect.generate ? 1 : 0) + (c.expect.remove?.length ?? 0), c.name).toBeGreaterThan(0);
    for (const c of rejected) expect(c.expect.file && c.expect.message && (c.expect.line ?? c.expect.field), c.name).toBeTruthy();
  });
});

describe("accepted inputs load with no problem", () => {
  it.each(accepted.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const { archive, problems } = loadWithoutThrowing(projectFor(c));
    expect(problems.map(formatProblem)).toEqual([]);
    if (c.expect.markdown) {
      const document = archive.get(c.expect.markdown.id, "document");
      expect(document?.markdown).toMatch(new RegExp(c.expect.markdown.matches));
    }
  });
});

describe("rejected inputs get a precise problem, never an exception", () => {
  it.each(rejected.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const { problems } = loadWithoutThrowing(projectFor(c));
    for (const p of problems) {
      expect(p.file, formatProblem(p)).toMatch(/^content\//);
      expect(p.message.trim(), formatProblem(p)).not.toBe("");
    }
    const e = c.expect;
    const file = `content/${e.file}`;
    const pattern = new RegExp(e.message ?? "");
    const matches = (p: Problem) =>
      p.file === file && (e.line === undefined || p.line === e.line) && (e.field === undefined || p.field === e.field) && pattern.test(p.message);
    const found = problems.find(matches);
    expect(found, `expected ${file}:${e.line ?? ""} (${e.field ?? ""}) /${e.message}/ among:\n${problems.map(formatProblem).join("\n")}`).toBeDefined();
    const problem = found as Problem;
    expect(problem.message).toMatch(ADVICE);
    expect(problem.line, "every problem here names its line").toBeDefined();
    expect(formatProblem(problem).startsWith(`${file}:${problem.line}`)).toBe(true);
  });
});

describe("npm run check on bad content", () => {
  // The project's own tsx, not npx: from a temporary folder npx would look for tsx on the registry.
  const tsx = join(PROJECT_ROOT, "node_modules", ".bin", "tsx");
  const check = join(PROJECT_ROOT, "src", "cli", "check.ts");
  const twoCases = [
    ["yaml-unclosed-quote", "content/bodies/panel.md:3"],
    ["minute-cites-missing-item", "content/meetings/panel-2024-01-10/minutes.md:12"],
  ] as const;

  it.each(twoCases)("%s: exit code 1, file:line on stderr, no stack trace", (name, where) => {
    const c = cases.find((x) => x.name === name) as Case;
    const project = projectFor(c);
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
    delete env.DEBUG;
    const run = spawnSync(tsx, [check], { cwd: project, encoding: "utf8", env });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain(where);
    expect(run.stderr).toMatch(/problems? found: nothing was published/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).toBe("");
  });
});
