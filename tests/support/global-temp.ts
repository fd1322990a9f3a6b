/**
 * Vitest global setup (registered at the root of vitest.config.ts, so every project has it): one
 * temporary folder a test run, `papers-tests-XXXXXX` in the system's temporary folder, removed at
 * the run's end whether its tests passed or failed. TMPDIR (and TMP, TEMP) point at it before any
 * worker starts, so `os.tmpdir()` answers it in every worker and in every process a test spawns
 * (builds, npm, the CLI, Chromium): whatever a test leaves behind goes with the folder, and no test
 * needs to tidy up for the disk's sake.
 *
 * Vitest 4 runs a root-level global setup once for the root project and once more for each project
 * that `extends: true` the root config and has tests in the run, all in this one process, and runs
 * every teardown only once the run is over. So the first call makes the folder, each call counts
 * itself, and the last teardown removes it. Each project loads this file through its own module
 * runner, so the run's state is kept on `globalThis`, not in a module variable.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's temporary folder: what `os.tmpdir()` answers during the run. */
    runTempDir: string;
    /** The temporary folder the run was started with, which holds the run's. */
    outerTempDir: string;
  }
}

/** The variables Node (TMPDIR on POSIX, TMP and TEMP on Windows) and other programs read. */
const TEMP_VARIABLES = ["TMPDIR", "TMP", "TEMP"] as const;

interface RunTemp {
  dir: string;
  outer: string;
  /** The variables' values before the run, put back at its end. */
  previous: Map<string, string | undefined>;
  /** Setups not yet torn down. */
  users: number;
  removeOnExit: () => void;
}

const RUN = Symbol.for("panel-papers.tests.run-temp");
const processState = globalThis as typeof globalThis & { [RUN]?: RunTemp };

export default function setup(project: TestProject): () => void {
  processState[RUN] ??= open();
  const run = processState[RUN];
  run.users += 1;
  project.provide("runTempDir", run.dir);
  project.provide("outerTempDir", run.outer);
  return () => {
    run.users -= 1;
    if (run.users === 0) close(run);
  };
}

function open(): RunTemp {
  const outer = tmpdir();
  const dir = mkdtempSync(join(outer, "papers-tests-"));
  const previous = new Map(TEMP_VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of TEMP_VARIABLES) process.env[name] = dir;
  // Vitest exits on Ctrl-C or SIGTERM without tearing down: the folder still goes, as far as the
  // processes still writing into it allow.
  const removeOnExit = () => {
    try {
      remove(dir);
    } catch {
      // Exiting anyway; what is left is the run's folder only, named papers-tests-*.
    }
  };
  process.once("exit", removeOnExit);
  return { dir, outer, previous, users: 0, removeOnExit };
}

function close(run: RunTemp): void {
  process.off("exit", run.removeOnExit);
  for (const [name, value] of run.previous) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  delete processState[RUN];
  remove(run.dir);
}

function remove(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
