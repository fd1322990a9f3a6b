/**
 * `panel-papers <command> --help` and `panel-papers help <command>`: an officer asking a command
 * what it takes is told, and nothing is run (no check, no build, no file written). And what any
 * command prints may go to a reader that stops early (`| head`) without a crash.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, runCommand, runWithClosedOutput } from "../workflow/cli.ts";

function emptyFolder(): string {
  return mkdtempSync(join(tmpdir(), "papers-help-"));
}

describe("asking a command for help", () => {
  for (const [name, flag] of [["build", "--help"], ["check", "-h"], ["new", "--help"], ["init", "-h"], ["import", "--help"]] as const) {
    it(`${name} ${flag} prints that command's options and runs nothing`, () => {
      const folder = emptyFolder();
      const result = runCommand(name, [flag], folder);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`panel-papers ${name}: `);
      expect(result.stderr).toBe("");
      expect(readdirSync(folder)).toEqual([]);
    });
  }

  it("import --help names its options, --body among them", () => {
    const result = runCommand("import", ["--help"], emptyFolder());
    expect(result.stdout).toContain("import <file> [--out <dir>] [--body <id>]");
  });

  it("help <command> prints the same as <command> --help", () => {
    const folder = emptyFolder();
    const viaHelp = spawnSync(process.execPath, [BIN, "help", "build"], { cwd: folder, encoding: "utf8" });
    expect(viaHelp.status).toBe(0);
    expect(viaHelp.stdout).toBe(runCommand("build", ["--help"], folder).stdout);
  });

  it("an option after -- is an argument, not a request for help", () => {
    const result = runCommand("check", ["--", "--help"], emptyFolder());
    expect(result.stdout).not.toContain("panel-papers check: ");
  });
});

describe("output to a reader that has gone (panel-papers … | head)", () => {
  for (const args of [["--help"], ["build", "--help"], ["help", "import"]]) {
    it(`panel-papers ${args.join(" ")} ends quietly, exit code 0, with no EPIPE stack trace`, async () => {
      const { code, stderr } = await runWithClosedOutput(args, emptyFolder());
      expect(stderr).toBe("");
      expect(code).toBe(0);
    });
  }
});
