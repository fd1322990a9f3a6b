/**
 * `panel-papers new meeting --body <id> --date YYYY-MM-DD [--time HH:MM] [--venue "…"]
 * [--content <dir>]` (`npm run new -- meeting …`): writes <content>/meetings/<body>-<date>/meeting.md
 * for a new meeting, shaped on the body's last ordinary agenda. It never overwrites what an officer
 * wrote: an existing folder is an error, unless it holds only a meeting.md with no agenda (made
 * earlier because other papers name the meeting), which gains the agenda and keeps the rest.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { parseArgs } from "node:util";
import { loadArchive } from "../model/load.ts";
import { ARCHIVE_FOLDERS } from "../site/config.ts";
import { type ExistingFolder, newMeetingFile, requestErrors } from "../scaffold/meeting-file.ts";
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
  const { archive } = loadArchive({ projectRoot: root, contentDir, cacheDir: join(root, ARCHIVE_FOLDERS.cache) });
  const request = { body: values.body ?? "", date: values.date ?? "", time: values.time, venue: values.venue };
  const folder = join(contentDir, "meetings", `${request.body}-${request.date}`);
  // The folder is looked at only once the request names a body and a date that make a folder's name.
  const result = newMeetingFile(archive, request, shownContent, requestErrors(archive, request).length === 0 ? existingFolder(folder) : undefined);
  if (!result.ok) {
    for (const message of result.errors) console.error(`error: ${message}`);
    console.error(USAGE);
    return 1;
  }
  const shownFolder = dirname(result.path);
  const shaped = result.copiedFrom ? ` (agenda shaped on ${result.copiedFrom})` : "";
  if (result.filled) {
    // The stub is rewritten in place: newMeetingFile kept all it said.
    await writeFile(join(folder, "meeting.md"), result.text, "utf8");
    const status = result.filled === "scheduled" ? "" : `; its status: ${result.filled} is now scheduled`;
    console.log(`added an agenda to ${result.path}, which had none${shaped}, keeping what else it says${status}`);
  } else {
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, "meeting.md"), result.text, { encoding: "utf8", flag: "wx" });
    console.log(`created ${result.path}${shaped}`);
  }
  console.log(`next: put the papers in ${shownFolder}/, list each under its item's papers:, then run npm run check`);
  // Counted again with the new file in place: it settles problems such as a work programme naming this meeting.
  const { problems } = loadArchive({ projectRoot: root, contentDir, cacheDir: join(root, ARCHIVE_FOLDERS.cache) });
  if (problems.length > 0) console.log(`note: npm run check reports ${problems.length} problem${problems.length === 1 ? "" : "s"} in the content; fix them before publishing`);
  return 0;
}

/** What the meeting's folder holds, as the content reader sees it (hidden files aside); undefined when there is no folder. */
function existingFolder(folder: string): ExistingFolder | undefined {
  if (!existsSync(folder)) return undefined;
  const entries = readdirSync(folder, { withFileTypes: true }).filter((entry) => !entry.name.startsWith("."));
  const files = entries.map((entry) => entry.name).sort();
  // A link is never followed, as the content reader never follows one: it is no stub to fill.
  const meeting = entries.some((entry) => entry.name === "meeting.md" && entry.isFile());
  return { files, ...(meeting ? { meetingText: readFileSync(join(folder, "meeting.md"), "utf8") } : {}) };
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
