/**
 * `npm run build`: check the content, render the site, index it for search, and only then put it
 * in place. The site is built into a temporary folder beside the output and swapped in on
 * success, so a failed build leaves the last good site exactly as it was.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadArchive } from "../model/load.ts";
import { formatProblem } from "../model/problems.ts";
import { buildSite } from "../build/build-site.ts";
import { PACKAGE_ROOT, runCli } from "./run-cli.ts";

runCli(async () => {
  const { values } = parseArgs({ options: { out: { type: "string" }, content: { type: "string" }, quiet: { type: "boolean", default: false } } });
  const { archive, problems } = loadArchive({ contentDir: values.content ?? process.env.PAPERS_CONTENT });
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`${problems.length} problem${problems.length === 1 ? "" : "s"} found: the site was not built, and the last build is unchanged.`);
    return 1;
  }
  const result = await buildSite(archive, { outputDir: resolve(values.out ?? process.env.PAPERS_OUT ?? "_site"), projectRoot: PACKAGE_ROOT });
  if (!values.quiet) console.log(`built ${result.pages} pages and ${result.files} files into ${result.outputDir} (search index: ${result.indexedPages} pages)`);
  return 0;
});
