/**
 * Runs a command-line entry point: its exit code becomes the process's, and an unexpected error is
 * one line, not a stack trace (set DEBUG=1 for the trace when developing).
 *
 * Each command is a module exporting `main(args)`. `panel-papers <command>` (src/cli/panel-papers.ts)
 * runs it; so does `node --import tsx src/cli/<command>.ts`, for which the module runs itself when
 * it is the process's entry point (`isEntryPoint`).
 */
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ARCHIVE_FOLDERS } from "../site/config.ts";

export { PACKAGE_ROOT } from "../site/config.ts";

/** A command: its arguments (after the command's name) in, its exit code out. */
export type Command = (args: string[]) => number | Promise<number>;

/**
 * A reader that stops early (`panel-papers import pack.txt | head`) closes the pipe, and Node
 * reports the next write to it as an unhandled EPIPE error: a stack trace, and the command killed
 * part way through writing its files. What is left to print has nowhere to go, so it is dropped,
 * and the command finishes its work and exits with its own code (0 when it succeeded), as a
 * command whose output is cut short by the reader should. Any other error on the stream is
 * thrown as before.
 */
export function dropOutputOnceClosed(stream: NodeJS.WritableStream): void {
  if (stream.listeners("error").includes(closedOutput)) return;
  stream.on("error", closedOutput);
}

function closedOutput(error: NodeJS.ErrnoException): void {
  // ERR_STREAM_DESTROYED: a write after the EPIPE, which has closed the stream.
  if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") return;
  throw error;
}

export function runCli(main: () => number | Promise<number>): void {
  dropOutputOnceClosed(process.stdout);
  dropOutputOnceClosed(process.stderr);
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`error: ${message}`);
        if (process.env.DEBUG) console.error(error);
        process.exitCode = 1;
      },
    );
}

/** Whether the module at `moduleUrl` is the script node was started with. */
export function isEntryPoint(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/** The content folder, absolute: `--content`, else PAPERS_CONTENT, else content/ in the working folder. */
export function contentFolder(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(option ?? (env.PAPERS_CONTENT || ARCHIVE_FOLDERS.content));
}

/** The output folder, absolute: `--out`, else PAPERS_OUT, else `fallback` (_site/) in the working folder. */
export function outputFolder(option: string | undefined, env: NodeJS.ProcessEnv = process.env, fallback: string = ARCHIVE_FOLDERS.output): string {
  return resolve(option ?? (env.PAPERS_OUT || fallback));
}
