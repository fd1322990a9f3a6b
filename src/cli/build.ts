/**
 * `npm run build`: check the content, render the site, index it for search, and only then put it
 * in place. The site is built into a temporary folder beside the output and swapped in on
 * success, so a failed build leaves the last good site exactly as it was. It replaces only a folder
 * an earlier build made (or a new or empty one), never the content or the project, and a build
 * stopped with Ctrl+C removes what it was making.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadArchive } from "../model/load.ts";
import { formatNotice, formatProblem } from "../model/problems.ts";
import { buildSite } from "../build/build-site.ts";
import { FOLDERS } from "../site/config.ts";
import { PACKAGE_ROOT, runCli } from "./run-cli.ts";

runCli(async () => {
  const { values } = parseArgs({ options: { out: { type: "string" }, content: { type: "string" }, quiet: { type: "boolean", default: false } } });
  const contentDir = resolve(values.content ?? process.env.PAPERS_CONTENT ?? FOLDERS.content);
  const { archive, problems, notices } = loadArchive({ contentDir });
  for (const notice of notices) console.error(formatNotice(notice));
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`${problems.length} problem${problems.length === 1 ? "" : "s"} found: the site was not built, and the last build is unchanged.`);
    return 1;
  }
  // The output folder is replaced whole, so buildSite refuses one it did not make (output-folder.ts).
  const result = await buildSite(archive, { outputDir: resolve(values.out ?? process.env.PAPERS_OUT ?? FOLDERS.output), projectRoot: PACKAGE_ROOT, contentDir });
  if (!values.quiet) console.log(`built ${result.pages} pages and ${result.files} files into ${result.outputDir} (search index: ${result.indexedPages} pages)`);
  return 0;
});
