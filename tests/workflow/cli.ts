/**
 * Running the `panel-papers` command as an officer's `npm run <name>` does, but in a temporary
 * archive folder: `node bin/panel-papers.js <name> …` with that folder as the working folder
 * (where the commands look for content/ and _data/site.json).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { PROJECT_ROOT } from "../support/paths.ts";

/** The package's command, as its `bin` names it. */
export const BIN = join(PROJECT_ROOT, "bin/panel-papers.js");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCommand(name: "init" | "new" | "check" | "build" | "import", args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliResult {
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

/** A port nothing listens on now, for a server a test starts. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Waits until the command prints a line matching `pattern`; fails with its output if it exits first. */
export function waitForOutput(child: ChildProcess, pattern: RegExp, limitMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${limitMs} ms; output:\n${output}`)), limitMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = output.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ${pattern}; output:\n${output}`));
    });
  });
}

/** Polls `url` until its body satisfies `test` (a limit, not a timing under test). */
export async function pollUntil(url: string, test: (body: string) => boolean, limitMs: number): Promise<string> {
  const end = Date.now() + limitMs;
  let body = "";
  while (Date.now() < end) {
    body = await fetch(url).then((r) => r.text()).catch(() => "");
    if (test(body)) return body;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} never satisfied the test; last body:\n${body.slice(0, 500)}`);
}

/**
 * The command run with its output going to a reader that has already gone (`panel-papers … |
 * head`): its standard output closed before it starts, so every line it prints meets a closed pipe.
 */
export async function runWithClosedOutput(args: readonly string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.destroy();
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += String(chunk);
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { code, stderr };
}
