/**
 * `panel-papers init --body <id> --name "<body name>" [--colour "#rrggbb"] [--kind panel]`: writes
 * a new archive into the folder it runs in (src/scaffold/new-archive.ts), `--colour` its brand
 * colour (refused when too light for the header's white text), and adds the archive's scripts to
 * its package.json. It never overwrites a file: when any file it would write is already
 * there, or package.json has a script of the same name doing something else, it names each one
 * and writes nothing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { ZONE } from "../model/dates.ts";
import { buildClock } from "../model/load.ts";
import { type ArchiveFile, newArchiveErrors, newArchiveFiles } from "../scaffold/new-archive.ts";
import { mergeScripts, newPackageJson } from "../scaffold/package-scripts.ts";
import { isEntryPoint, PACKAGE_ROOT, runCli } from "./run-cli.ts";

const USAGE = 'usage: npx panel-papers init --body <id> --name "<body name>" [--colour "#rrggbb"] [--kind panel|board|committee|sub-committee]';

export function main(args: string[]): number {
  let values: { body?: string; name?: string; colour?: string; kind?: string };
  try {
    values = parseArgs({ args, options: { body: { type: "string" }, name: { type: "string" }, colour: { type: "string" }, kind: { type: "string" } } }).values;
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const errors = newArchiveErrors(values);
  if (errors.length > 0) {
    for (const message of errors) console.error(`error: ${message}`);
    console.error(USAGE);
    return 1;
  }
  const root = process.cwd();
  const generator = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { name: string; version: string };
  const files: ArchiveFile[] = newArchiveFiles(values, { packageName: generator.name, today: buildClock().setZone(ZONE).toISODate() ?? "" });

  const refusals = files.filter((file) => existsSync(join(root, file.path))).map((file) => `${file.path} already exists: init writes it, and never overwrites a file; move it aside (or delete it) and run init again`);
  const packageFile = join(root, "package.json");
  let packageText: string;
  if (existsSync(packageFile)) {
    const merged = mergeScripts(readFileSync(packageFile, "utf8"));
    if (merged.ok) packageText = merged.text;
    else {
      refusals.push(...merged.conflicts);
      packageText = "";
    }
  } else packageText = newPackageJson(values.body as string, generator);
  if (refusals.length > 0) {
    for (const message of refusals) console.error(`error: ${message}`);
    console.error("Nothing was written.");
    return 1;
  }

  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text, { encoding: "utf8", flag: "wx" });
  }
  writeFileSync(packageFile, packageText, "utf8");
  console.log(`Made the archive of the ${values.name?.trim()}:`);
  for (const file of files) console.log(`  created ${file.path}`);
  console.log("  added its scripts to package.json (check, build, dev, start, new, import, test)");
  console.log("next: npm run build (then npm start to see the site), and for a meeting:");
  console.log(`  npm run new -- meeting --body ${values.body} --date YYYY-MM-DD`);
  console.log("Before publishing, add the contact and accessibility facts to _data/site.json (README.md says which).");
  return 0;
}

if (isEntryPoint(import.meta.url)) runCli(() => main(process.argv.slice(2)));
