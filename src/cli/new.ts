/**
 * `panel-papers new meeting --body <id> --date YYYY-MM-DD [--time HH:MM] [--venue "…"]
 * [--content <dir>]` (`npm run new -- meeting …`): writes <content>/meetings/<body>-<date>/meeting.md
 * for a new meeting, shaped on the body's last agenda. It never overwrites: an existing folder is
 * an error.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { parseArgs } from "node:util";
import { loadArchive } from "../model/load.ts";
import { newMeetingFile } from "../scaffold/meeting-file.ts";
import { contentFolder, isEntryPoint, runCli } from "./run-cli.ts";

const USAGE = 'usage: npm run new -- meeting --body <body id> --date YYYY-MM-DD [--time HH:MM] [--venue "Council Chamber, …"] [--content <folder>]';

export async function main(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    // parseArgs's own message names the bad option; add how to write the command.
    console.error(`error: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals[0] !== "meeting" || positionals.length > 1) {
    console.error(`error: ${positionals.length === 0 ? "say what to make" : `cannot make "${positionals.join(" ")}"`}: the one thing npm run new makes is a meeting\n${USAGE}`);
    return 2;
  }
  const root = process.cwd();
  const contentDir = contentFolder(values.content);
  const shownContent = shown(root, contentDir);
  const { archive, problems } = loadArchive({ projectRoot: root, contentDir });
  const result = newMeetingFile(archive, { body: values.body ?? "", date: values.date ?? "", time: values.time, venue: values.venue }, shownContent);
  if (!result.ok) {
    for (const message of result.errors) console.error(`error: ${message}`);
    console.error(USAGE);
    return 1;
  }
  const folder = join(contentDir, "meetings", result.id);
  const shownFolder = dirname(result.path);
  if (existsSync(folder)) {
    console.error(`error: ${shownFolder}/ already exists: edit the files in it, or for a second meeting that day use the folder ${result.id}-2`);
    return 1;
  }
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, "meeting.md"), result.text, { encoding: "utf8", flag: "wx" });
  console.log(`created ${result.path}${result.copiedFrom ? ` (agenda shaped on ${result.copiedFrom})` : ""}`);
  console.log(`next: put the papers in ${shownFolder}/, list each under its item's papers:, then run npm run check`);
  if (problems.length > 0) console.log(`note: npm run check already reports ${problems.length} problem${problems.length === 1 ? "" : "s"} elsewhere in the content; fix them before publishing`);
  return 0;
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: { body: { type: "string" }, date: { type: "string" }, time: { type: "string" }, venue: { type: "string" }, content: { type: "string" } },
  });
}

/** The content folder as messages show it: relative to the working folder when inside it. */
function shown(root: string, folder: string): string {
  const rel = relative(root, folder);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : folder;
}

if (isEntryPoint(import.meta.url)) runCli(() => main(process.argv.slice(2)));
