/**
 * Runs a command-line entry point: its exit code becomes the process's, and an unexpected error is
 * one line, not a stack trace (set DEBUG=1 for the trace when developing).
 */
import { fileURLToPath } from "node:url";

/** The project's own folder (where eleventy.config.ts is), whatever folder the command runs in. */
export const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export function runCli(main: () => number | Promise<number>): void {
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
