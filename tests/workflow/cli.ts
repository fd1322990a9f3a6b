/**
 * Running the `panel-papers` command as an officer's `npm run <name>` does, but in a temporary
 * archive folder: `node bin/panel-papers.js <name> …` with that folder as the working folder
 * (where the commands look for content/ and _data/site.json).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "../support/paths.ts";

/** The package's command, as its `bin` names it. */
export const BIN = join(PROJECT_ROOT, "bin/panel-papers.js");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCommand(name: "init" | "new" | "check" | "build", args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, name, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A long-running command (dev, serve): one process, so killing it stops it all. */
export function startCommand(name: "dev" | "serve", args: readonly string[], cwd: string): ChildProcess {
  return spawn(process.execPath, [BIN, name, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
}
