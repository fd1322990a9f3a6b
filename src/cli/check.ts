/**
 * `npm run check`: the model layer alone. One line of counts on success; otherwise every problem
 * as `file:line[:col] message (field)` and exit code 1, with no stack trace.
 */
import { parseArgs } from "node:util";
import { loadArchive } from "../model/load.ts";
import { formatNotice, formatProblem } from "../model/problems.ts";
import { runCli } from "./run-cli.ts";

runCli(() => {
  const { values } = parseArgs({ options: { content: { type: "string" } } });
  const { archive, problems, notices } = loadArchive({ contentDir: values.content ?? process.env.PAPERS_CONTENT });
  for (const notice of notices) console.error(formatNotice(notice));
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`${problems.length} problem${problems.length === 1 ? "" : "s"} found: nothing was published.`);
    return 1;
  }
  const c = archive.counts();
  console.log(`content ok: ${c.meetings} meetings, ${c.documents} documents, ${c.minutes} minutes, ${c.resolutions} resolutions, ${c.people} people`);
  return 0;
});
