/**
 * Whatever an officer's editor does to a valid file, the loader answers with problems, never an
 * exception or a hang. Valid trees (MINIMAL, two real meetings of the shipped content with the
 * files they refer to, and the publication graph described below) have one file mutated at random
 * per run: characters and lines deleted, inserted, duplicated and swapped; YAML and Markdown
 * punctuation, random Unicode and random bytes inserted; the file cut short.
 *
 * The loader runs in a worker thread so that a run that hangs is ended by a time limit and reported
 * with its input, instead of stalling the suite; the limit is a guard, not a measure of speed.
 *
 * Fail closed: the same trees, the last a graph of papers to withhold (an appendix and a
 * grand-appendix whose file names sort before their parents', an embargoed paper, a paper at an
 * exempt item, a work programme, minutes with every kind of record), have the fields that decide
 * publication edited at random: `publish_from`, `exempt` (on a paper or an agenda item) and
 * `parent` added, removed or set to odd values (a space for T, no zone, second 60, far future, a day
 * that does not exist, a parent naming the paper itself, nothing, a meeting, another paper, a loop).
 * Whenever the archive loads, every paper the rule withholds (tests/support/publication-rules.ts)
 * is withheld with no text or headings, and nothing of it is in the archive's resolutions,
 * questions, declarations, actions, minutes or work-programme entries.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArchive } from "../../src/model/load.ts";
import { formatProblem, type Problem } from "../../src/model/problems.ts";
import { parse } from "yaml";
import { type Files, MINIMAL, writeContent } from "../support/content-fixture.ts";
import type { LoadReply } from "../support/load-worker.ts";
import { CONTENT_DIR } from "../support/paths.ts";
import {
  carriedViolations,
  coreViolations,
  distinctiveLines,
  type Edit,
  EXEMPT_VALUES,
  frontMatterOf,
  instantOf,
  itemStarts,
  mustWithhold,
  NOW_MS,
  PARENT_VALUES,
  type ParentChoice,
  PUBLICATION_GRAPH,
  PUBLISH_FROM_VALUES,
  paperId,
  setField,
  setItemExempt,
  type TreeState,
} from "../support/publication-rules.ts";
import type { WithholdingReply } from "../support/withholding-worker.ts";

/** Far beyond any real run (a few milliseconds): only a loader stuck in a loop reaches it. */
const RUN_LIMIT_MS = 20_000;
const RUNS = 2000;
/** Runs of the fail-closed property, and of its second half (what else a withheld paper carries). */
const PUBLICATION_RUNS = 600;
const CARRIED_RUNS = 300;

interface Tree {
  name: string;
  root: string;
  /** Content-relative paths of the files that runs mutate. */
  targets: string[];
  original: Map<string, Buffer>;
  /** Papers (content-relative paths) whose publication fields the fail-closed property edits. */
  papers: string[];
  /** meeting.md files with agenda items, whose items' `exempt` the property edits. */
  meetingFiles: string[];
  firstMeeting: string;
  firstPerson: string;
  /** Each paper's distinctive lines, to find its text wherever it went. */
  lines: Map<string, string[]>;
}

/**
 * `seed` and every file its references need, taken from the shipped content: load, add the file
 * each "no file defines it" problem names, repeat until nothing is missing.
 */
function withWhatItNeeds(seed: readonly string[]): Files {
  const files: Files = {};
  const take = (path: string): boolean => {
    if (files[path] || !existsSync(join(CONTENT_DIR, path))) return false;
    files[path] = readFileSync(join(CONTENT_DIR, path));
    return true;
  };
  for (const path of seed) take(path);
  for (let round = 0; round < 30; round++) {
    const root = writeContent(files);
    const { problems } = loadArchive({ projectRoot: root });
    rmSync(root, { recursive: true, force: true });
    let added = false;
    for (const p of problems) {
      const folder = /add content\/(meetings\/[^/\s]+\/meeting\.md)/.exec(p.message)?.[1];
      if (folder) added = take(folder) || added;
      const id = /unknown \w+ (\S+): no file defines it|link to @([^\s#]+)\S* goes nowhere: no file/.exec(p.message);
      const target = id?.[1] ?? id?.[2];
      if (!target) continue;
      for (const path of [`people/${target}.md`, `organisations/${target}.md`, `bodies/${target}.md`, `topics/${target}.md`, `decisions/${target}.md`, `papers/${target}.md`, `meetings/${target}/meeting.md`, `meetings/${target}.md`]) {
        added = take(path) || added;
      }
    }
    if (!added) break;
  }
  return files;
}

function meetingFolder(id: string): string[] {
  return readdirSync(join(CONTENT_DIR, "meetings", id)).map((name) => `meetings/${id}/${name}`);
}

function makeTree(name: string, files: Files): Tree {
  const root = writeContent(files);
  const paths = Object.keys(files).sort();
  // Every structured file, but only a few of the many people and organisations: they are alike.
  const few = (folder: string) => paths.filter((p) => p.startsWith(`${folder}/`)).slice(0, 2);
  const targets = paths.filter((p) => !p.startsWith("people/") && !p.startsWith("organisations/")).concat(few("people"), few("organisations"));
  const original = new Map(paths.map((p) => [p, Buffer.from(files[p] as string | Uint8Array)]));
  const texts = new Map(paths.map((p) => [p, (original.get(p) as Buffer).toString("utf8")]));
  const papers = paths.filter((p) => paperId(p) !== undefined);
  const meetingFiles = paths.filter((p) => p.endsWith("/meeting.md") && itemStarts(texts.get(p) ?? "").length > 0);
  const firstMeeting = /^meetings\/([^/]+)\//.exec(paths.find((p) => p.endsWith("/meeting.md")) ?? "")?.[1] ?? "nope";
  const firstPerson = /^people\/([^/]+)\.md$/.exec(paths.find((p) => p.startsWith("people/")) ?? "")?.[1] ?? "nope";
  return { name, root, targets, original, papers, meetingFiles, firstMeeting, firstPerson, lines: distinctiveLines(texts) };
}

/** One loader in a worker thread (load-worker by default), replaced when a run overruns its limit. */
class GuardedLoader<Reply extends { id: number } = LoadReply> {
  private worker: Worker | undefined;
  private next = 0;

  constructor(private readonly script = new URL("../support/load-worker.mjs", import.meta.url)) {}

  load(projectRoot: string, limitMs = RUN_LIMIT_MS): Promise<Reply> {
    this.worker ??= new Worker(this.script);
    const worker = this.worker;
    const id = ++this.next;
    return new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        this.worker = undefined;
        void worker.terminate();
        reject(new Error(`loadArchive did not finish within ${limitMs} ms`));
      }, limitMs);
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        cleanup();
        resolve(reply);
      };
      const onError = (error: Error) => {
        cleanup();
        this.worker = undefined;
        reject(error);
      };
      const cleanup = () => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.postMessage({ id, projectRoot });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
  }
}

// --- mutations

type Mutation =
  | { op: "delete"; at: number; length: number }
  | { op: "insert"; at: number; text: string }
  | { op: "duplicate"; at: number; length: number }
  | { op: "delete-line"; line: number }
  | { op: "duplicate-line"; line: number }
  | { op: "swap-lines"; a: number; b: number }
  | { op: "insert-line"; line: number; text: string }
  | { op: "truncate"; at: number }
  | { op: "bytes"; at: number; bytes: Uint8Array };

/** What editors and pasting put into files, and what YAML and the block syntax treat specially. */
const SPECIAL = [
  ":", ": ", "-", "- ", "\t", "{", "}", "[", "]", ":::", "::: ", "@", "#", '"', "'", "*", "&", "!", "|", ">", "%", "\\", "`",
  "\n", "\r", "\r\n", "---", "\n---\n", "...", "::: resolved {does=note}\n", ":::\n", "::: answer\n", "{#m1}", "{item=A1}", "](@", "](#)",
  "](javascript:x)", "](data:x)", "<javascript:x>", "\u00a0", "\ufeff", "\u2028", "\u200b", "\u0000", "£", "’", "🙂", "&a [*a, *a]", "__proto__: x",
];

const fragment = fc.oneof(
  fc.constantFrom(...SPECIAL),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.string({ unit: "binary", maxLength: 6 }),
  fc.array(fc.constantFrom(...SPECIAL), { minLength: 2, maxLength: 4 }).map((parts) => parts.join("")),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), text: fragment }),
  fc.record({ op: fc.constant("duplicate" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ op: fc.constant("delete-line" as const), line: fc.nat() }),
  fc.record({ op: fc.constant("duplicate-line" as const), line: fc.nat() }),
  fc.record({ op: fc.constant("swap-lines" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant("insert-line" as const), line: fc.nat(), text: fragment }),
  fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("bytes" as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
);

function applyToText(text: string, m: Exclude<Mutation, { op: "bytes" }>): string {
  const at = (n: number) => n % (text.length + 1);
  const lines = text.split("\n");
  const line = (n: number) => n % lines.length;
  switch (m.op) {
    case "delete":
      return text.slice(0, at(m.at)) + text.slice(at(m.at) + m.length);
    case "insert":
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case "duplicate":
      return text.slice(0, at(m.at) + m.length) + text.slice(at(m.at));
    case "truncate":
      return text.slice(0, at(m.at));
    case "delete-line":
      lines.splice(line(m.line), 1);
      return lines.join("\n");
    case "duplicate-line":
      lines.splice(line(m.line), 0, lines[line(m.line)] ?? "");
      return lines.join("\n");
    case "swap-lines": {
      const a = line(m.a);
      const b = line(m.b);
      [lines[a], lines[b]] = [lines[b] ?? "", lines[a] ?? ""];
      return lines.join("\n");
    }
    case "insert-line":
      lines.splice(line(m.line), 0, m.text);
      return lines.join("\n");
  }
}

function mutate(original: Buffer, mutations: readonly Mutation[]): Buffer {
  let bytes = original;
  for (const m of mutations) {
    if (m.op === "bytes") {
      const at = m.at % (bytes.length + 1);
      bytes = Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
    } else {
      bytes = Buffer.from(applyToText(bytes.toString("utf8"), m), "utf8");
    }
  }
  return bytes;
}

// --- the property

const trees: Tree[] = [];
const loader = new GuardedLoader();
const publication = new GuardedLoader<WithholdingReply>(new URL("../support/withholding-worker.mjs", import.meta.url));

beforeAll(() => {
  trees.push(makeTree("MINIMAL", MINIMAL));
  trees.push(makeTree("panel meeting of 16 July 2024", withWhatItNeeds(meetingFolder("kmpcp-2024-07-16"))));
  trees.push(makeTree("board meeting of 12 June 2024", withWhatItNeeds(meetingFolder("pdb-2024-06-12"))));
  trees.push(makeTree("publication graph", PUBLICATION_GRAPH));
});

afterAll(async () => {
  await loader.close();
  await publication.close();
  for (const tree of trees) rmSync(tree.root, { recursive: true, force: true });
});

function wellFormed(p: Problem): boolean {
  return (
    typeof p.file === "string" &&
    p.file.startsWith("content/") &&
    typeof p.message === "string" &&
    p.message.trim() !== "" &&
    (p.line === undefined || (Number.isInteger(p.line) && p.line >= 1)) &&
    (p.column === undefined || (Number.isInteger(p.column) && p.column >= 1))
  );
}

describe("the loader on randomly damaged files", () => {
  it("starts from trees that load with no problem", async () => {
    for (const tree of trees) {
      const reply = await loader.load(tree.root);
      expect(reply.ok, tree.name).toBe(true);
      if (reply.ok) expect(reply.problems.map(formatProblem), tree.name).toEqual([]);
    }
    expect(trees[1]?.targets).toContain("meetings/kmpcp-2024-07-16/minutes.md");
    expect(trees[2]?.targets).toContain("meetings/pdb-2024-06-12/notes.md");
  });

  // Random mutation rarely builds long runs; these hung the loader (time growing with the square of
  // the run: hours at a megabyte) until the patterns behind them were rewritten. Now they take well
  // under a second each; the minute allowed is for a machine under heavy load.
  const A_MEGABYTE = 1024 * 1024;
  const pathological: [string, string, string][] = [
    ["blank lines in front matter", "bodies/panel.md", `---\ntype: body\n${"\n".repeat(A_MEGABYTE)}name: Test Panel\nkind: panel\n---\n`],
    ["spaces in a heading", "meetings/panel-2024-01-10/a2-report.md", `---\ntype: report\ntitle: A report\n---\n## A${" ".repeat(A_MEGABYTE)}B\n`],
    ["spaces after a link's (", "meetings/panel-2024-01-10/a2-report.md", `---\ntype: report\ntitle: A report\n---\nSee [x](${" ".repeat(A_MEGABYTE)}y\n`],
    ["one heading repeated", "meetings/panel-2024-01-10/a2-report.md", `---\ntype: report\ntitle: A report\n---\n${"## A\n\n".repeat(A_MEGABYTE / 6)}`],
    ["a YAML error on a long line", "bodies/panel.md", `---\ntype: body\nname: a: b${" ".repeat(A_MEGABYTE)}c\nkind: panel\n---\n`],
  ];
  it.each(pathological)("finishes on %s", async (_name, path, text) => {
    const tree = trees[0] as Tree;
    const full = join(tree.root, "content", path);
    writeFileSync(full, text);
    try {
      const reply = await loader.load(tree.root, 60_000);
      expect(reply.ok && reply.problems.every(wellFormed)).toBe(true);
    } finally {
      writeFileSync(full, tree.original.get(path) as Buffer);
    }
  });

  it(`always returns well-formed problems, never throws or hangs (${RUNS} runs)`, async () => {
    const input = fc.record({
      tree: fc.nat(),
      target: fc.nat(),
      mutations: fc.array(mutation, { minLength: 1, maxLength: 5 }),
    });
    await fc.assert(
      fc.asyncProperty(input, async ({ tree: t, target: f, mutations }) => {
        const tree = trees[t % trees.length] as Tree;
        const path = tree.targets[f % tree.targets.length] as string;
        const original = tree.original.get(path) as Buffer;
        const full = join(tree.root, "content", path);
        writeFileSync(full, mutate(original, mutations));
        try {
          const reply = await loader.load(tree.root);
          if (!reply.ok) throw new Error(`loadArchive threw on ${tree.name}, ${path}:\n${reply.error}`);
          const bad = reply.problems.filter((p) => !wellFormed(p));
          if (bad.length > 0) throw new Error(`malformed problems on ${tree.name}, ${path}: ${JSON.stringify(bad)}`);
        } finally {
          writeFileSync(full, original);
        }
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});

// --- fail closed: edits of the fields that decide publication

const choice = (n: number) => fc.option(fc.nat(n), { nil: null });
const parentChoice: fc.Arbitrary<ParentChoice | null> = fc.option(
  fc.oneof(
    fc.constant({ kind: "self" as const }),
    fc.record({ kind: fc.constant("paper" as const), index: fc.nat() }),
    fc.constant({ kind: "meeting" as const }),
    fc.constant({ kind: "person" as const }),
    fc.record({ kind: fc.constant("raw" as const), index: fc.nat(PARENT_VALUES.length - 1) }),
  ),
  { nil: null, freq: 6 },
);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ on: fc.constant("paper" as const), file: fc.nat(), field: fc.constant("publish_from" as const), value: choice(PUBLISH_FROM_VALUES.length - 1) }),
  fc.record({ on: fc.constant("paper" as const), file: fc.nat(), field: fc.constant("exempt" as const), value: choice(EXEMPT_VALUES.length - 1) }),
  fc.record({ on: fc.constant("paper" as const), file: fc.nat(), field: fc.constant("parent" as const), parent: parentChoice }),
  fc.record({ on: fc.constant("item" as const), file: fc.nat(), item: fc.nat(), value: choice(EXEMPT_VALUES.length - 1) }),
);
const edits = fc.record({ tree: fc.nat(), edits: fc.array(edit, { minLength: 1, maxLength: 4 }) });

interface EditedTree extends TreeState {
  texts: Map<string, string>;
  edited: Set<string>;
  /** The edits as an officer would read them. */
  described: string[];
}

function parentValue(tree: Tree, path: string, parent: ParentChoice): string {
  switch (parent.kind) {
    case "self":
      return paperId(path) as string;
    case "paper":
      return paperId(tree.papers[parent.index % tree.papers.length] as string) as string;
    case "meeting":
      return tree.firstMeeting;
    case "person":
      return tree.firstPerson;
    case "raw":
      return PARENT_VALUES[parent.index % PARENT_VALUES.length] as string;
  }
}

function applyEdits(tree: Tree, list: readonly Edit[]): EditedTree {
  const texts = new Map([...tree.original].map(([p, b]) => [p, b.toString("utf8")]));
  const edited = new Set<string>();
  const described: string[] = [];
  for (const e of list) {
    if (e.on === "item") {
      if (tree.meetingFiles.length === 0) continue;
      const path = tree.meetingFiles[e.file % tree.meetingFiles.length] as string;
      const raw = e.value === null ? null : (EXEMPT_VALUES[e.value] as string);
      const text = texts.get(path) as string;
      texts.set(path, setItemExempt(text, e.item, raw));
      const starts = itemStarts(text);
      const code = /- code:\s*(.*)$/.exec(text.split("\n")[starts[e.item % starts.length] as number] ?? "")?.[1];
      edited.add(path);
      described.push(`${path}, item ${code}: ${raw === null ? "exempt removed" : `exempt: ${raw}`}`);
      continue;
    }
    const path = tree.papers[e.file % tree.papers.length] as string;
    let raw: string | null;
    if (e.field === "parent") raw = e.parent === null ? null : parentValue(tree, path, e.parent);
    else raw = e.value === null ? null : ((e.field === "exempt" ? EXEMPT_VALUES : PUBLISH_FROM_VALUES)[e.value] as string);
    texts.set(path, setField(texts.get(path) as string, e.field, raw));
    edited.add(path);
    described.push(`${path}: ${raw === null ? `${e.field} removed` : `${e.field}: ${raw}`}`);
  }
  return { texts, edited, described };
}

/** Writes the edited files, loads the tree, puts the files back; the violations of each half of the rule. */
async function loadEdited(tree: Tree, run: EditedTree): Promise<{ core: string[]; carried: string[]; required: Map<string, string>; problems: Problem[] }> {
  for (const path of run.edited) writeFileSync(join(tree.root, "content", path), run.texts.get(path) as string);
  try {
    const reply = await publication.load(tree.root);
    if (!reply.ok) throw new Error(`loadArchive threw on ${tree.name} after\n  ${run.described.join("\n  ")}\n${reply.error}`);
    const required = mustWithhold(run, reply.problems, new Set(reply.papers.map((p) => p.id)));
    return { core: coreViolations(required, reply.papers, reply.records, tree.lines), carried: carriedViolations(required, reply.papers, reply.records), required, problems: reply.problems };
  } finally {
    for (const path of run.edited) writeFileSync(join(tree.root, "content", path), tree.original.get(path) as Buffer);
  }
}

const report = (tree: Tree, run: EditedTree, violations: string[]) =>
  `${tree.name}, after\n  ${run.described.join("\n  ") || "(no edit)"}\n${violations.slice(0, 12).join("\n")}${violations.length > 12 ? `\n… and ${violations.length - 12} more` : ""}`;

const problemsOn = (problems: readonly Problem[], path: string) => problems.filter((p) => p.file === `content/${path}`).map(formatProblem);

/**
 * A date and time as the rule writes it: the date, T, hours and minutes (seconds and a fraction
 * optional: whether seconds may be left out is the model's choice) and Z or ±HH:MM, on a day and at
 * a time that exist. Anything else in publish_from must be a check error.
 */
function wellWrittenInstant(value: unknown): boolean {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(value)) return false;
  return instantOf(value) !== undefined && !/:60(?:\.\d+)?(?:Z|[+-])/.test(value);
}

/** An exemption as the schema writes it: a list of paragraph numbers from 1 to 7. */
const wellWrittenExemption = (value: unknown) => Array.isArray(value) && value.length > 0 && value.every((n) => Number.isInteger(n) && n >= 1 && n <= 7);

describe("fail closed: papers whose publication the loader cannot fully read are withheld", () => {
  const graph = () => trees[3] as Tree;

  it("starts from trees that obey the rule, the graph's embargoed paper and exempt item withheld", async () => {
    for (const tree of trees) {
      const run = applyEdits(tree, []);
      const { core, carried, required } = await loadEdited(tree, run);
      expect(core, tree.name).toEqual([]);
      expect(carried, tree.name).toEqual([]);
      if (tree === graph()) expect([...required.keys()].sort()).toEqual(["panel-2024-01-10/d-item-appendix", "panel-2024-01-10/e-embargo", "panel-2024-01-10/k-item-paper"]);
    }
    const reply = await publication.load(graph().root);
    expect(reply.ok && reply.problems).toEqual([]);
  });

  // Each odd value on the report at the top of the graph (its appendix and grand-appendix below it).
  const P = "meetings/panel-2024-01-10/p-report.md";
  const BELOW_P = ["panel-2024-01-10/q-appendix", "panel-2024-01-10/c-grand"];
  const label = (v: string) => (v === "" ? "(empty)" : v);

  it.each(PUBLISH_FROM_VALUES.map((v, i) => [label(v), i] as const))("p-report with publish_from: %s", async (_label, index) => {
    const tree = graph();
    const run = applyEdits(tree, [{ on: "paper", file: tree.papers.indexOf(P), field: "publish_from", value: index }]);
    const { core, carried, required, problems } = await loadEdited(tree, run);
    expect.soft(core, report(tree, run, core)).toEqual([]);
    expect.soft(carried, report(tree, run, carried)).toEqual([]);
    const value = frontMatterOf(run.texts.get(P) as string)?.publish_from;
    const at = instantOf(value);
    if (at === undefined || at > NOW_MS) expect.soft([...required.keys()], "the oracle withholds the papers below").toEqual(expect.arrayContaining(BELOW_P));
    if (!wellWrittenInstant(value)) expect.soft(problemsOn(problems, P), `publish_from: ${JSON.stringify(value)} is not a date and time with its zone: check must refuse it`).not.toEqual([]);
  });

  it.each(EXEMPT_VALUES.map((v, i) => [label(v), i] as const))("p-report with exempt: %s", async (_label, index) => {
    const tree = graph();
    const run = applyEdits(tree, [{ on: "paper", file: tree.papers.indexOf(P), field: "exempt", value: index }]);
    const { core, carried, required, problems } = await loadEdited(tree, run);
    expect.soft(core, report(tree, run, core)).toEqual([]);
    expect.soft(carried, report(tree, run, carried)).toEqual([]);
    expect.soft([...required.keys()], "the oracle withholds the papers below").toEqual(expect.arrayContaining(BELOW_P));
    const value = frontMatterOf(run.texts.get(P) as string)?.exempt;
    if (!wellWrittenExemption(value)) expect.soft(problemsOn(problems, P), `exempt: ${JSON.stringify(value)}: check must refuse it`).not.toEqual([]);
  });

  const M1 = "meetings/panel-2024-01-10/meeting.md";
  const M2 = "meetings/panel-2024-02-14/meeting.md";
  it.each(EXEMPT_VALUES.map((v, i) => [label(v), i] as const))("item A3 (p-report's) with exempt: %s", async (_label, index) => {
    const tree = graph();
    const run = applyEdits(tree, [{ on: "item", file: tree.meetingFiles.indexOf(M1), item: 2, value: index }]);
    const { core, carried, problems } = await loadEdited(tree, run);
    expect.soft(core, report(tree, run, core)).toEqual([]);
    expect.soft(carried, report(tree, run, carried)).toEqual([]);
    if (!wellWrittenExemption(parse(`v: ${EXEMPT_VALUES[index]}`).v)) expect.soft(problemsOn(problems, M1), "check must refuse it").not.toEqual([]);
  });

  // Item A3 of the second meeting lists the first meeting's minutes, a paper in another folder.
  it.each(EXEMPT_VALUES.map((v, i) => [label(v), i] as const))("item A3 of the second meeting (listing the first meeting's minutes) with exempt: %s", async (_label, index) => {
    const tree = graph();
    const run = applyEdits(tree, [{ on: "item", file: tree.meetingFiles.indexOf(M2), item: 2, value: index }]);
    const { core, carried, required } = await loadEdited(tree, run);
    expect.soft(core, report(tree, run, core)).toEqual([]);
    expect.soft(carried, report(tree, run, carried)).toEqual([]);
    expect.soft([...required.keys()], "the oracle withholds the minutes").toContain("panel-2024-01-10/minutes");
  });

  const grand = "meetings/panel-2024-01-10/c-grand.md";
  const appendix = "meetings/panel-2024-01-10/q-appendix.md";
  const minutes2 = "meetings/panel-2024-02-14/minutes.md";
  const at = (t: Tree, path: string) => t.papers.indexOf(path);
  /** [what, the edits, the paper the rule must withhold, the files one of which check must report on (none: no problem required)] */
  const parentCases: [string, (t: Tree) => Edit[], string, string[]][] = [
    ["c-grand naming itself", (t) => [{ on: "paper", file: at(t, grand), field: "parent", parent: { kind: "self" } }], "panel-2024-01-10/c-grand", [grand]],
    ["c-grand and q-appendix naming each other (a loop)", (t) => [{ on: "paper", file: at(t, appendix), field: "parent", parent: { kind: "paper", index: at(t, grand) } }], "panel-2024-01-10/c-grand", [grand, appendix]],
    ["c-grand naming a meeting", (t) => [{ on: "paper", file: at(t, grand), field: "parent", parent: { kind: "meeting" } }], "panel-2024-01-10/c-grand", [grand]],
    ["c-grand naming a person", (t) => [{ on: "paper", file: at(t, grand), field: "parent", parent: { kind: "person" } }], "panel-2024-01-10/c-grand", [grand]],
    ...PARENT_VALUES.map((v, i): [string, (t: Tree) => Edit[], string, string[]] => [
      `c-grand naming ${label(v)}`,
      (t) => [{ on: "paper", file: at(t, grand), field: "parent", parent: { kind: "raw", index: i } }],
      "panel-2024-01-10/c-grand",
      [grand],
    ]),
    ["the minutes under the embargoed paper", (t) => [{ on: "paper", file: at(t, minutes2), field: "parent", parent: { kind: "paper", index: at(t, "meetings/panel-2024-01-10/e-embargo.md") } }], "panel-2024-02-14/minutes", []],
    [
      "the work programme under the grand-appendix of an exempt report",
      (t) => [
        { on: "paper", file: at(t, "meetings/panel-2024-01-10/w-programme.md"), field: "parent", parent: { kind: "paper", index: at(t, grand) } },
        { on: "paper", file: at(t, P), field: "exempt", value: 0 },
      ],
      "panel-2024-01-10/w-programme",
      [],
    ],
    [
      'the minutes under an appendix whose parent cannot load (exempt: "3")',
      (t) => [
        { on: "paper", file: at(t, minutes2), field: "parent", parent: { kind: "paper", index: at(t, appendix) } },
        { on: "paper", file: at(t, P), field: "exempt", value: EXEMPT_VALUES.indexOf('"3"') },
      ],
      "panel-2024-02-14/minutes",
      [P],
    ],
    [
      "the plan under the minutes, under p-report, embargoed with a space for T",
      (t) => [
        { on: "paper", file: at(t, "papers/standalone-plan.md"), field: "parent", parent: { kind: "paper", index: at(t, minutes2) } },
        { on: "paper", file: at(t, minutes2), field: "parent", parent: { kind: "paper", index: at(t, P) } },
        { on: "paper", file: at(t, P), field: "publish_from", value: PUBLISH_FROM_VALUES.indexOf("2030-01-01 09:00:00Z") },
      ],
      "standalone-plan",
      [P],
    ],
  ];
  it.each(parentCases)("parent: %s", async (_label, make, child, reportedOn) => {
    const tree = graph();
    const run = applyEdits(tree, make(tree));
    const { core, carried, required, problems } = await loadEdited(tree, run);
    expect.soft(core, report(tree, run, core)).toEqual([]);
    expect.soft(carried, report(tree, run, carried)).toEqual([]);
    expect.soft([...required.keys()], "the oracle withholds it").toContain(child);
    if (reportedOn.length > 0) expect.soft(reportedOn.flatMap((f) => problemsOn(problems, f)), "check must report it").not.toEqual([]);
  });

  it(`withholds every paper the rule withholds, and keeps its records out of the archive's lists (${PUBLICATION_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(edits, async ({ tree: t, edits: list }) => {
        const tree = trees[t % trees.length] as Tree;
        const run = applyEdits(tree, list);
        const { core } = await loadEdited(tree, run);
        if (core.length > 0) throw new Error(report(tree, run, core));
      }),
      { numRuns: PUBLICATION_RUNS },
    );
  }, 600_000);

  it(`strips a withheld paper to its title and leaves no back-reference to it (${CARRIED_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(edits, async ({ tree: t, edits: list }) => {
        const tree = trees[t % trees.length] as Tree;
        const run = applyEdits(tree, list);
        const { carried } = await loadEdited(tree, run);
        if (carried.length > 0) throw new Error(report(tree, run, carried));
      }),
      { numRuns: CARRIED_RUNS },
    );
  }, 600_000);
});
