/** `npm run import`: files written under --out, exit code 0; a clear one-line error and exit code 1 otherwise. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, SEEDS_DIR } from "../support/paths.ts";

const out = mkdtempSync(join(tmpdir(), "import-cli-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "src/cli/import.ts"), ...args], { cwd: PROJECT_ROOT, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the import command", () => {
  it("writes the drafts and import-report.md under --out and prints a summary", () => {
    const seed = join(SEEDS_DIR, "002_78dbf443e4e88d81.txt");
    const { code, stdout, stderr } = run(seed, "--out", out);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("1 documents found, 3 files written");
    expect(existsSync(join(out, "meetings/kmpcp-2023-10-17/minutes.md"))).toBe(true);
    expect(readFileSync(join(out, "import-report.md"), "utf8")).toContain("# Import report: 002_78dbf443e4e88d81.txt");
  });

  it("fails with exit code 1 and a message naming a file it cannot read, with no stack trace", () => {
    const { code, stderr } = run("no-such-pack.txt", "--out", out);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe("import: cannot read no-such-pack.txt: no such file or folder");
  });

  it("fails with exit code 1 and the usage when no file is given or an option is unknown", () => {
    const none = run();
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("give exactly one file to import (got 0)");
    const unknown = run("pack.txt", "--outdir", out);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("usage: npm run import -- <file> [--out <dir>]");
    expect(unknown.stderr).not.toMatch(/^\s+at /m);
  });
});
