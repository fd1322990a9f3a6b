/**
 * `panel-papers import <file> [--out <dir>] [--body <id>]` (`npm run import -- <file>`): turns a
 * legacy text or PDF (an agenda pack, minutes, board notes) into DRAFT content files under the
 * output folder (default ./import-out/), laid out as content/ is, with import-report.md beside
 * them. Each document's body is found by the names of the archive's own bodies (content/bodies/,
 * or PAPERS_CONTENT's), or given with `--body`, which must be one of them. Exit code 0 when the
 * files were written, 1 with a one-line message naming the file (or the option) when they could
 * not be.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { importText } from "../import/index.ts";
import { isPdf, pdfPackText } from "../import/pdf-pack.ts";
import { givenBodyProblem, readArchiveBodies } from "./import-bodies.ts";
import { contentFolder, isEntryPoint, runCli } from "./run-cli.ts";

const USAGE = "usage: npm run import -- <file> [--out <dir>] [--body <id>]   (default output folder: ./import-out/; --body: the body in content/bodies/ the papers are of, when the import cannot tell)";

/** A file-system error as words: "no such file", not "ENOENT: …". */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EISDIR") return "it is a folder, not a file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOTDIR") return "a part of the path is a file, not a folder";
  return error instanceof Error ? error.message : String(error);
}

function fail(message: string): number {
  console.error(`import: ${message}`);
  return 1;
}

const OPTIONS = { out: { type: "string", short: "o" }, body: { type: "string" }, help: { type: "boolean", short: "h" } } as const;

/** The command line, or what is wrong with it. */
function readArguments(args: string[]): { file?: string; out: string; body?: string; help: boolean } | { error: string } {
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
    if (values.help) return { out: "", help: true };
    if (positionals.length !== 1) return { error: `give exactly one file to import (got ${positionals.length})` };
    return { file: positionals[0], out: values.out ?? "import-out", body: values.body, help: false };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export async function main(argv: string[]): Promise<number> {
  const args = readArguments(argv);
  if ("error" in args) return fail(`${args.error}\n${USAGE}`);
  if (args.help || args.file === undefined) {
    console.log(USAGE);
    return 0;
  }
  const { file, out, body } = args;

  const contentDir = contentFolder(undefined);
  const bodiesFolder = `${relative(process.cwd(), contentDir) || "."}/bodies`;
  const archive = readArchiveBodies(contentDir);
  for (const { file: bodyFile, reason: why } of archive.unreadable) {
    console.error(`import: note: ${relative(process.cwd(), bodyFile)} cannot be read (${why}), so its body's names are not used; npm run check says more`);
  }
  const bodyProblem = body === undefined ? undefined : givenBodyProblem(body, archive.bodies, bodiesFolder);
  if (bodyProblem) return fail(bodyProblem);

  let text: string;
  try {
    const bytes = readFileSync(file);
    // A PDF pack is read by the importer itself (src/import/pdf-pack.ts); anything else is text taken from one.
    text = isPdf(bytes) ? await pdfPackText(bytes) : bytes.toString("utf8");
  } catch (error) {
    return fail(`cannot read ${file}: ${reason(error)}`);
  }
  if (text.includes("\u0000")) return fail(`cannot import ${file}: it is not a text file`);
  if (text.trim() === "") return fail(`cannot import ${file}: the file is empty`);

  const outside = outsideContent(out, contentDir);
  if (outside) return fail(outside);
  const result = importText(text, { source: basename(file), bodies: archive.bodies, body });
  const written = [...result.files, { path: "import-report.md", content: result.reportMarkdown }];
  // The report is the last import's, made afresh each time (the next import may be the one it asks for, with --body).
  const replaced = result.files.filter((f) => differs(join(out, f.path), f.content)).map((f) => join(out, f.path));
  if (replaced.length > 0) {
    const listed = replaced.slice(0, 5).join(", ") + (replaced.length > 5 ? ` and ${replaced.length - 5} more` : "");
    return fail(`nothing written: ${replaced.length === 1 ? "this file exists" : `these ${replaced.length} files exist`} in ${out}/ with other text, and import never replaces a file (it may hold your edits): ${listed}. Import into a new folder (--out <folder>), or move or delete ${replaced.length === 1 ? "it" : "them"} first`);
  }
  for (const f of written) {
    const target = join(out, f.path);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, f.content);
    } catch (error) {
      return fail(`cannot write ${target} (importing ${file}): ${reason(error)}`);
    }
  }
  console.log(`Imported ${file} into ${out}/ as DRAFT files:`);
  for (const line of result.summary) console.log(`  ${line}`);
  console.log(`Read ${join(out, "import-report.md")} before moving anything into content/.`);
  return 0;
}

/** Whether `target` exists with text other than `content` (a file written by an earlier import, and perhaps edited since). */
function differs(target: string, content: string): boolean {
  try {
    return readFileSync(target, "utf8") !== content;
  } catch {
    return false;
  }
}

/**
 * Why `out` may not take drafts, if it is the content folder or inside it: drafts are checked by a
 * person before they are moved in (the report says what to check), and content/ is published.
 */
function outsideContent(out: string, contentDir: string): string | undefined {
  const from = relative(resolve(contentDir), resolve(out));
  if (from.startsWith("..") || isAbsolute(from)) return undefined;
  return `cannot import into ${out}: it is ${from === "" ? "" : "inside "}the content folder, which is published; import into a folder of drafts outside it (the default is import-out/), read its import-report.md, then move the files you have checked into ${relative(process.cwd(), contentDir) || "."}/`;
}

if (isEntryPoint(import.meta.url)) runCli(() => main(process.argv.slice(2)));
