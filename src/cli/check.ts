/**
 * `panel-papers check` (`npm run check`): the site configuration and the content, with no build.
 * One line of counts on success; otherwise every problem as `file:line[:col] message (field)` and
 * exit code 1, with no stack trace.
 */
import { parseArgs } from "node:util";
import { plural, readArchive, reportProblems } from "./archive-problems.ts";
import { contentFolder, isEntryPoint, runCli } from "./run-cli.ts";

export function main(args: string[]): number {
  const { values } = parseArgs({ args, options: { content: { type: "string" } } });
  const reading = readArchive(process.cwd(), contentFolder(values.content));
  const problems = reportProblems(reading);
  if (problems > 0) {
    console.error(`${plural(problems, "problem")} found: nothing was published.`);
    return 1;
  }
  const c = reading.archive.counts();
  console.log(`content ok: ${c.meetings} meetings, ${c.documents} documents, ${c.minutes} minutes, ${c.resolutions} resolutions, ${c.people} people`);
  return 0;
}

if (isEntryPoint(import.meta.url)) runCli(() => main(process.argv.slice(2)));
