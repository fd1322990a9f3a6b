/**
 * `npm run bench -- --profile DIR`: the steps profiled run under V8's CPU profiler, each writing
 * into a folder of its own, `DIR/<step>`; worker threads inherit the flags and write their own
 * profiles there too (a worker started with `execArgv: []`, as the PDF reader's, does not).
 */
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The steps profiled, by the name of their folder. */
export const PROFILED_STEPS = ["check", "render", "search-index"] as const;
export type ProfiledStep = (typeof PROFILED_STEPS)[number];

/** `node ...` with the profiler's flags after the executable, or the command as it is without a folder. */
export function profiled(command: readonly string[], profileDir: string | undefined, step: ProfiledStep): string[] {
  if (!profileDir) return [...command];
  const [node, ...rest] = command;
  if (node === undefined) throw new Error("no command to profile");
  return [node, "--cpu-prof", `--cpu-prof-dir=${join(profileDir, step)}`, ...rest];
}

/**
 * Makes the steps' folders, refusing (with the reason) a folder that already holds files, since
 * an earlier run's profiles would be summed with this one's.
 */
export function prepareProfileFolders(profileDir: string): string | undefined {
  for (const step of PROFILED_STEPS) {
    const folder = join(profileDir, step);
    if (existsSync(folder) && readdirSync(folder).length > 0) return `${folder} already holds files (an earlier run's profiles would be summed with this one's): give --profile a new folder`;
  }
  for (const step of PROFILED_STEPS) mkdirSync(join(profileDir, step), { recursive: true });
  return undefined;
}
