/**
 * Whatever an officer's editor does to a valid file, the loader answers with problems, never an
 * exception or a hang. Valid trees (MINIMAL, and two real meetings of the shipped content with the
 * files they refer to) have one file mutated at random per run: characters and lines deleted,
 * inserted, duplicated and swapped; YAML and Markdown punctuation, random Unicode and random bytes
 * inserted; the file cut short.
 *
 * The loader runs in a worker thread so that a run that hangs is ended by a time limit and reported
 * with its input, instead of stalling the suite; the limit is a guard, not a measure of speed.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArchive } from "../../src/model/load.ts";
import { formatProblem, type Problem } from "../../src/model/problems.ts";
import { type Files, MINIMAL, writeContent } from "../support/content-fixture.ts";
import type { LoadReply } from "../support/load-worker.ts";
import { CONTENT_DIR } from "../support/paths.ts";

/** Far beyond any real run (a few milliseconds): only a loader stuck in a loop reaches it. */
const RUN_LIMIT_MS = 20_000;
const RUNS = 2000;

interface Tree {
  name: string;
  root: string;
  /** Content-relative paths of the files that runs mutate. */
  targets: string[];
  original: Map<string, Buffer>;
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
  return { name, root, targets, original };
}

/** One loader in a worker thread, replaced when a run overruns its limit. */
class GuardedLoader {
  private worker: Worker | undefined;
  private next = 0;

  load(projectRoot: string, limitMs = RUN_LIMIT_MS): Promise<LoadReply> {
    this.worker ??= new Worker(new URL("../support/load-worker.mjs", import.meta.url));
    const worker = this.worker;
    const id = ++this.next;
    return new Promise<LoadReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        this.worker = undefined;
        void worker.terminate();
        reject(new Error(`loadArchive did not finish within ${limitMs} ms`));
      }, limitMs);
      const onMessage = (reply: LoadReply) => {
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

beforeAll(() => {
  trees.push(makeTree("MINIMAL", MINIMAL));
  trees.push(makeTree("panel meeting of 16 July 2024", withWhatItNeeds(meetingFolder("kmpcp-2024-07-16"))));
  trees.push(makeTree("board meeting of 12 June 2024", withWhatItNeeds(meetingFolder("pdb-2024-06-12"))));
});

afterAll(async () => {
  await loader.close();
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
