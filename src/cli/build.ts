/**
 * `panel-papers build` (`npm run build`): check the site configuration and the content, render the
 * site, index it for search, and only then put it in place. The site is built into a temporary
 * folder beside the output and swapped in on success, so a failed build leaves the last good site
 * exactly as it was. It replaces only a folder an earlier build made (or a new or empty one), never
 * the content or the project, and a build stopped with Ctrl+C removes what it was making.
 */
import { parseArgs } from "node:util";
import { ArchiveHandover } from "../build/archive-handover.ts";
import { join, resolve } from "node:path";
import { buildSite } from "../build/build-site.ts";
import { checkOutputFolder, guardedFolders } from "../build/output-folder.ts";
import { ARCHIVE_FOLDERS, PACKAGE_ROOT } from "../site/config.ts";
import { plural, readArchive, reportProblems } from "./archive-problems.ts";
import { contentFolder, isEntryPoint, outputFolder, runCli } from "./run-cli.ts";

export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: "string" }, content: { type: "string" }, quiet: { type: "boolean", default: false } } });
  const root = process.cwd();
  const contentDir = contentFolder(values.content);
  // A folder the build would refuse is refused first, before the check reads (and caches) anything:
  // a refused build changes nothing. buildSite checks again, for its other callers.
  checkOutputFolder(resolve(root, outputFolder(values.out)), guardedFolders({ contentDir, projectRoot: PACKAGE_ROOT, cwd: root }));
  const archive = checkedArchive(root, contentDir);
  if (!archive) return 1;
  // The output folder is replaced whole, so buildSite refuses one it did not make (output-folder.ts).
  const result = await buildSite(archive, { outputDir: outputFolder(values.out), projectRoot: root, contentDir, cacheDir: join(root, ARCHIVE_FOLDERS.cache) });
  if (!values.quiet) console.log(`built ${result.pages} pages${result.keptPages > 0 ? ` (${result.keptPages} meeting and paper pages unchanged since the last build, kept)` : ""} and ${result.files} files into ${result.outputDir} (search index: ${result.indexedPages} pages)`);
  return 0;
}

/**
 * The archive, read and checked, for the build to take (ArchiveHandover: not held here while the
 * site is indexed); undefined, once its problems are printed, if it has any.
 */
function checkedArchive(root: string, contentDir: string): ArchiveHandover | undefined {
  const reading = readArchive(root, contentDir);
  const problems = reportProblems(reading);
  if (problems === 0) return new ArchiveHandover(reading.archive);
  console.error(`${plural(problems, "problem")} found: the site was not built, and the last build is unchanged.`);
  return undefined;
}

if (isEntryPoint(import.meta.url)) runCli(() => main(process.argv.slice(2)));
