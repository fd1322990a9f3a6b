import { readFileSync } from "node:fs";

/**
 * What a benchmark step prints as its last line: its own timings and its peak resident memory as
 * Node sees it (resourceUsage().maxRSS, in KB), for the parent to read.
 */
export function reportStep(fields: Record<string, unknown>): void {
  console.log(JSON.stringify({ ...fields, max_rss_kb: process.resourceUsage().maxRSS }));
}

/** `--name value` from argv, or fail with a message naming the flag. */
export function argument(name: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? process.argv[at + 1] : undefined;
  if (!value) throw new Error(`missing --${name}`);
  return value;
}

/** Linux reports CPU times in /proc in USER_HZ, 100 a second on every architecture Node runs on. */
const USER_HZ = 100;

/**
 * User plus system CPU seconds of the child processes this process has started and waited for
 * (their own waited-for children included), from /proc/self/stat (cutime, cstime); undefined
 * where there is no /proc.
 */
export function reapedChildrenCpuSeconds(): number | undefined {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // Fields after the command name, which is in parentheses and may hold spaces: state is field 3, cutime 16, cstime 17.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) / USER_HZ;
  } catch {
    return undefined;
  }
}
