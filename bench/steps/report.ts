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
