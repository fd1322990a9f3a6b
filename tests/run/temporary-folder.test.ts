/**
 * A test run keeps its temporary files in one folder of its own and removes it at its end
 * (tests/support/global-temp.ts): `os.tmpdir()` in a test, and in a process a test spawns, is that
 * folder, never the system's own; and a whole vitest run of two projects, one with a failing test,
 * makes one such folder and leaves nothing behind in the temporary folder it was started in.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../support/paths.ts";

const TEMP_VARIABLES = ["TMPDIR", "TMP", "TEMP"];
const VITEST = join(PROJECT_ROOT, "node_modules/vitest/vitest.mjs");
const GLOBAL_TEMP = join(PROJECT_ROOT, "tests/support/global-temp.ts");

/** The temporary folder a process gets when it is given `env`. */
function childTempDir(env: NodeJS.ProcessEnv): string {
  const result = spawnSync(process.execPath, ["-p", "require('node:os').tmpdir()"], { encoding: "utf8", env });
  if (result.status !== 0) throw new Error(`node -p failed: ${result.stderr}`);
  return result.stdout.trim();
}

/** This process's environment without the variables that name a temporary folder. */
function withoutTempVariables(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !TEMP_VARIABLES.includes(name)));
}

describe("a test run's temporary folder", () => {
  it("is what os.tmpdir() answers in a test: a papers-tests-* folder made in the folder the run started with", () => {
    const run = inject("runTempDir");
    expect(tmpdir()).toBe(run);
    expect(basename(tmpdir())).toMatch(/^papers-tests-/);
    expect(dirname(tmpdir())).toBe(inject("outerTempDir"));
    expect(existsSync(tmpdir())).toBe(true);
  });

  it("is not the system's own temporary folder", () => {
    expect(tmpdir()).not.toBe(childTempDir(withoutTempVariables()));
  });

  it("is what os.tmpdir() answers in a process a test spawns, so builds, npm and the CLI write there too", () => {
    expect(childTempDir(process.env)).toBe(inject("runTempDir"));
  });
});

describe("a vitest run", () => {
  it("of two projects, one test failing, makes one temporary folder, shared by both, and removes it at its end", () => {
    const started = mkdtempSync(join(tmpdir(), "papers-nested-run-"));
    const project = join(started, "project");
    const seen = join(started, "seen");
    mkdirSync(project);
    mkdirSync(seen);
    // Each test writes the temporary folder it sees (named by its project) and leaves a file there.
    const testFile = (passes: boolean) =>
      `import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
test("leaves a file", () => {
  writeFileSync(join(${JSON.stringify(seen)}, process.env.VITEST_PROJECT_NAME ?? "none"), tmpdir());
  writeFileSync(join(mkdtempSync(join(tmpdir(), "left-")), "file"), "left behind");
  expect(${passes}).toBe(true);
});
`;
    writeFileSync(join(project, "passes.test.mjs"), testFile(true));
    writeFileSync(join(project, "fails.test.mjs"), testFile(false));
    // No import: vitest/config does not resolve from a folder outside the project, and needs not.
    writeFileSync(
      join(project, "vitest.config.mjs"),
      `export default {
  test: {
    globals: true,
    pool: "forks",
    globalSetup: [${JSON.stringify(GLOBAL_TEMP)}],
    projects: [
      { extends: true, test: { name: "one", include: ["passes.test.mjs"], env: { VITEST_PROJECT_NAME: "one" } } },
      { extends: true, test: { name: "two", include: ["fails.test.mjs"], env: { VITEST_PROJECT_NAME: "two" } } },
    ],
  },
};
`,
    );
    // The nested run starts in `started`, as a run started by hand starts in the system's folder.
    const env = { ...withoutVitestVariables(), TMPDIR: started, TMP: started, TEMP: started, NO_COLOR: "1" };
    const result = spawnSync(process.execPath, [VITEST, "run", "--root", project, "--config", join(project, "vitest.config.mjs")], { cwd: project, encoding: "utf8", env });
    const output = `${result.stdout}\n${result.stderr}`;

    expect(result.status, output).toBe(1);
    expect(output).toMatch(/1 failed \| 1 passed/);
    const one = readFileSync(join(seen, "one"), "utf8");
    expect(readFileSync(join(seen, "two"), "utf8")).toBe(one);
    expect(dirname(one)).toBe(started);
    expect(basename(one)).toMatch(/^papers-tests-/);
    expect(existsSync(one)).toBe(false);
    expect(readdirSync(started).sort()).toEqual(["project", "seen"]);
  });
});

/** This process's environment without vitest's own variables, so the nested run is a run of its own. */
function withoutVitestVariables(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("VITEST") && name !== "TEST"));
}
