/**
 * `panel-papers import <file> [--out <dir>]` (`npm run import -- <file>`): turns a legacy text or PDF (an agenda pack, minutes, board
 * notes) into DRAFT content files under the output folder (default ./import-out/), laid out as
 * content/ is, with import-report.md beside them. Exit code 0 when the files were written, 1 with
 * a one-line message naming the file when they could not be.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { importText } from "../import/index.ts";
import { isPdf, pdfPackText } from "../import/pdf-pack.ts";
import { isEntryPoint, runCli } from "./run-cli.ts";

const USAGE = "usage: npm run import -- <file> [--out <dir>]   (default output folder: ./import-out/)";

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

const OPTIONS = { out: { type: "string", short: "o" }, help: { type: "boolean", short: "h" } } as const;

/** The command line, or what is wrong with it. */
function readArguments(args: string[]): { file?: string; out: string; help: boolean } | { error: string } {
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
    if (values.help) return { out: "", help: true };
    if (positionals.length !== 1) return { error: `give exactly one file to import (got ${positionals.length})` };
    return { file: positionals[0], out: values.out ?? "import-out", help: false };
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
  const { file, out } = args;

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

  const result = importText(text, { source: basename(file) });
  const written = [...result.files, { path: "import-report.md", content: result.reportMarkdown }];
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

if (isEntryPoint(import.meta.url)) runCli(() => main(process.argv.slice(2)));
