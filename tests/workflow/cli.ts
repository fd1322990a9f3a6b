/**
 * Running the project's command-line entry points as an officer would, but in a temporary
 * project folder: `node --import tsx src/cli/<name>.ts …` with that folder as the working folder
 * (where the commands look for content/).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../support/paths.ts";

const TSX = pathToFileURL(join(PROJECT_ROOT, "node_modules/tsx/dist/loader.mjs")).href;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCommand(name: "new" | "check" | "build", args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, ["--import", TSX, join(PROJECT_ROOT, "src/cli", `${name}.ts`), ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A long-running command (dev, start): one process, so killing it stops it all. */
export function startCommand(name: "dev" | "serve", args: readonly string[], cwd: string): ChildProcess {
  return spawn(process.execPath, ["--import", TSX, join(PROJECT_ROOT, "src/cli", `${name}.ts`), ...args], { cwd, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
}
