/**
 * The benchmark's CPU profile summary (bench/profile-summary.ts), on a small hand-made profile
 * whose every sample's place and time is known: self time by package, project file, Node module and
 * V8; built-ins counted with their caller; code compiled at run time on its own; idle left out;
 * a recursive function's time counted once.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { profiled } from "../../bench/cpu-profile.ts";
import { type CpuProfile, inferProjectRoot, type ProfileNode, type Share, summariseFolder, summariseProfiles, summaryMarkdown } from "../../bench/profile-summary.ts";

const ROOT = "/repo";

function frame(id: number, functionName: string, url: string, children: number[] = [], scriptId = url === "" ? "0" : String(100 + id)): ProfileNode {
  return { id, callFrame: { functionName, url, scriptId, lineNumber: 0, columnNumber: 0 }, hitCount: 0, children };
}

const NODES: ProfileNode[] = [
  frame(1, "(root)", "", [2, 3, 4, 5, 13]),
  frame(2, "(program)", ""),
  frame(3, "(garbage collector)", ""),
  frame(4, "(idle)", ""),
  frame(5, "", "file:///repo/bench/steps/check.ts", [6, 9]),
  frame(6, "loadArchive", "file:///repo/src/model/load.ts", [7, 8, 10]),
  frame(7, "parse", "file:///repo/node_modules/yaml/dist/parse.js", [11]),
  frame(11, "RegExp: \\d+", ""),
  // An ajv validator: made with new Function, so a script of its own and no file.
  frame(8, "validate0", "", [12], "42"),
  frame(12, "parse", ""),
  frame(10, "walk", "file:///repo/src/model/link.ts?tsx-namespace=1", [14]),
  frame(14, "walk", "file:///repo/src/model/link.ts?tsx-namespace=1", [15]),
  frame(15, "format", "file:///repo/node_modules/some-tool/node_modules/@scope/pkg/index.js"),
  frame(9, "readFileSync", "node:fs", [16]),
  frame(16, "readFileUtf8", ""),
  frame(13, "run", "file:///elsewhere/x.js"),
];

/** Milliseconds each node is at the top of the stack, in sampling order. */
const SAMPLED: [number, number][] = [
  [2, 1],
  [3, 2],
  [4, 10],
  [5, 1],
  [6, 3],
  [11, 4],
  [7, 1],
  [12, 2],
  [8, 1],
  [14, 2],
  [10, 1],
  [15, 2],
  [16, 3],
  [13, 1],
];

/**
 * V8's form: each delta is the time since the previous sample, and a sample stands for the time
 * until the next; the 5 ms before the first sample is the profiler starting, not a sample's.
 */
function profile(): CpuProfile {
  const durations = SAMPLED.map(([, ms]) => ms * 1000);
  const timeDeltas = [5000, ...durations.slice(0, -1)];
  const startTime = 1_000_000;
  const endTime = startTime + timeDeltas.reduce((a, b) => a + b, 0) + (durations.at(-1) ?? 0);
  return { nodes: NODES, startTime, endTime, samples: SAMPLED.map(([id]) => id), timeDeltas };
}

const ms = (shares: readonly Share[]) => shares.map((share) => [share.kind, share.name, Math.round(share.seconds * 1e6) / 1000]);

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe("the CPU profile summary", () => {
  it("totals the sampled time but the idle samples", () => {
    expect(summariseProfiles([profile()], ROOT).seconds).toBeCloseTo(0.024, 9);
  });

  it("splits self time by package, project file, Node module and V8, with built-ins counted with their caller", () => {
    const summary = summariseProfiles([profile()], ROOT);
    // Largest first; ties in any order.
    const seconds = summary.self.map((share) => share.seconds);
    expect(seconds).toEqual([...seconds].sort((a, b) => b - a));
    expect(Object.fromEntries(ms(summary.self).map(([kind, name, time]) => [name, [kind, time]]))).toEqual({
      yaml: ["package", 5],
      "@scope/pkg": ["package", 2],
      "src/model/load.ts": ["project file", 3],
      "src/model/link.ts": ["project file", 3],
      "bench/steps/check.ts": ["project file", 1],
      "called from src/model/load.ts": ["compiled at run time", 3],
      "node:fs": ["Node", 3],
      "(garbage collector)": ["V8", 2],
      "(program)": ["V8", 1],
      "/elsewhere/x.js": ["other", 1],
    });
    expect(summary.self.reduce((sum, share) => sum + share.seconds, 0)).toBeCloseTo(summary.seconds, 9);
  });

  it("gives the project's functions their inclusive time, a recursive one counted once per stack", () => {
    expect(ms(summariseProfiles([profile()], ROOT).functions)).toEqual([
      ["project file", "(anonymous) (bench/steps/check.ts)", 20],
      ["project file", "loadArchive (src/model/load.ts)", 16],
      ["project file", "walk (src/model/link.ts)", 5],
    ]);
  });

  it("adds up the profiles of every thread of a step", () => {
    const summary = summariseProfiles([profile(), profile()], ROOT);
    expect(summary.profiles).toBe(2);
    expect(summary.seconds).toBeCloseTo(0.048, 9);
    expect(ms(summary.functions)[2]).toEqual(["project file", "walk (src/model/link.ts)", 10]);
  });

  it("prints the step as Markdown tables in seconds and shares of the step, the rest in one row", () => {
    const text = summaryMarkdown("check", summariseProfiles([profile()], ROOT), 2);
    expect(text).toContain("### check: 0.02 s of sampled CPU in 1 profile\n");
    expect(text).toContain("| yaml | package | 0.01 | 20.8 |");
    expect(text).toContain("| 8 more | | 0.02 | 66.7 |");
    expect(text).toContain("| loadArchive (src/model/load.ts) | 0.02 | 66.7 |");
    expect(text).not.toContain("walk (src/model/link.ts)");
  });

  it("finds the project folder from the files the profiles name outside node_modules", () => {
    expect(inferProjectRoot([{ ...profile(), nodes: NODES.filter((node) => node.id !== 13) }])).toBe("/repo");
  });

  it("summarises each step's folder of profiles, in name order", () => {
    const dir = mkdtempSync(join(tmpdir(), "papers-profiles-test-"));
    folders.push(dir);
    for (const step of ["render", "check"]) {
      mkdirSync(join(dir, step));
      writeFileSync(join(dir, step, "CPU.1.cpuprofile"), JSON.stringify(profile()));
    }
    const text = summariseFolder(dir, { projectRoot: ROOT });
    expect(text.indexOf("### check:")).toBeGreaterThanOrEqual(0);
    expect(text.indexOf("### render:")).toBeGreaterThan(text.indexOf("### check:"));
  });
});

describe("profiled steps", () => {
  const command = ["/usr/bin/node", "--import", "tsx", "bench/steps/check.ts", "--root", "/r"];

  it("run under Node's CPU profiler, writing into the step's own folder", () => {
    expect(profiled(command, "/tmp/prof", "check")).toEqual(["/usr/bin/node", "--cpu-prof", "--cpu-prof-dir=/tmp/prof/check", "--import", "tsx", "bench/steps/check.ts", "--root", "/r"]);
  });

  it("run as before without a profile folder", () => {
    expect(profiled(command, undefined, "check")).toEqual(command);
  });
});
