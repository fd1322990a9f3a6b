/**
 * Runs one benchmark step as a child process and measures it from outside: wall time, and peak
 * resident memory two ways, because a step may run helpers (Pagefind's indexer is a separate
 * binary): GNU time's figure (the largest single process) and the sum over the whole process
 * tree, sampled from /proc. The larger of the two is what the benchmark reports.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";

export interface StepResult {
  name: string;
  seconds: number;
  /** Peak resident memory, MB: the larger of the sampled tree sum and GNU time's maximum. */
  peakMb: number;
  treePeakMb: number;
  timePeakMb?: number;
  /** User plus system CPU seconds of the step and its children (GNU time), when known. */
  cpuSeconds?: number;
  /** The step's own last line of output, parsed (steps print one JSON object). */
  report: Record<string, unknown>;
  stdout: string;
  stderr: string;
  code: number;
}

const GNU_TIME = "/usr/bin/time";
const PAGE_KB = 4;

export async function runStep(name: string, command: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<StepResult> {
  const useTime = existsSync(GNU_TIME);
  const argv = useTime ? [GNU_TIME, "-v", ...command] : command;
  const started = performance.now();
  const child = spawn(argv[0] as string, argv.slice(1), { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let treePeakKb = 0;
  const sample = () => {
    if (child.pid !== undefined) treePeakKb = Math.max(treePeakKb, treeRssKb(child.pid));
  };
  const timer = setInterval(sample, 100);
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const timeMatch = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const timePeakMb = timeMatch ? Number(timeMatch[1]) / 1024 : undefined;
  const treePeakMb = treePeakKb / 1024;
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  const cpuSeconds = user && system ? Number(user[1]) + Number(system[1]) : undefined;
  const lastLine = stdout.trim().split("\n").filter((l) => l.startsWith("{")).pop();
  let report: Record<string, unknown> = {};
  try {
    report = lastLine ? (JSON.parse(lastLine) as Record<string, unknown>) : {};
  } catch {
    report = {};
  }
  const ownPeak = typeof report.max_rss_kb === "number" ? report.max_rss_kb / 1024 : 0;
  const peakMb = Math.max(treePeakMb, timePeakMb ?? 0, ownPeak);
  return { name, seconds, peakMb, treePeakMb, timePeakMb, cpuSeconds, report, stdout, stderr, code };
}

/** Resident memory of a process and all its descendants, in KB (0 once it has gone). */
export function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Field 4 (ppid) follows the command name, which is in parentheses and may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process ended between listing and reading.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    try {
      const statm = readFileSync(`/proc/${pid}/statm`, "utf8").split(" ");
      total += Number(statm[1]) * PAGE_KB;
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Counts the files under a folder and their bytes. */
export function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        files++;
        bytes += statSync(path).size;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { files, bytes };
}
