/**
 * `panel-papers <command> [options]`: the one command an archive runs (bin/panel-papers.js), in
 * the archive's own folder: its content/ and _data/site.json there, its site built into _site/
 * there, and the generator's templates, layouts and styles from this package. An archive's
 * package.json scripts call it (`npm run build` is `panel-papers build`), as this repository's do.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { didYouMean } from "../model/suggest.ts";
import { type Command, PACKAGE_ROOT, runCli } from "./run-cli.ts";

/** Each command's module (exporting `main`) and what it does, for the usage text. */
const COMMANDS: Record<string, { load: () => Promise<{ main: Command }>; does: string }> = {
  init: { load: () => import("./init.ts"), does: 'start a new archive here: init --body <id> --name "<body name>" [--colour "#rrggbb"] [--kind panel]' },
  check: { load: () => import("./check.ts"), does: "check the site configuration and the content [--content <dir>]" },
  build: { load: () => import("./build.ts"), does: "check, then build the site into _site/ [--out <dir>] [--content <dir>]" },
  dev: { load: () => import("./dev.ts"), does: "build, serve and rebuild on every change [--port 8080] [--content <dir>]" },
  serve: { load: () => import("./serve.ts"), does: "serve the last build at http://localhost:8080/ [--dir _site] [--port 8080]" },
  new: { load: () => import("./new.ts"), does: "scaffold a meeting: new meeting --body <id> --date YYYY-MM-DD [--time HH:MM] [--venue …]" },
  import: { load: () => import("./import.ts"), does: "turn a legacy agenda pack, minutes or notes into draft content and a report: import <file> [--out <dir>] [--body <id>]" },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.does}`);
  return ["usage: panel-papers <command> [options], in the archive's folder", "", ...lines, "", "Environment: PAPERS_CONTENT, PAPERS_OUT, PAPERS_NOW, SITE_URL (see README.md)."].join("\n");
}

/** One command's usage, for `panel-papers <command> --help` and `panel-papers help <command>`. */
function commandUsage(name: string, does: string): string {
  return `panel-papers ${name}: ${does}\n\nEnvironment: PAPERS_CONTENT, PAPERS_OUT, PAPERS_NOW, SITE_URL (see README.md).`;
}

/** `--help` or `-h` among a command's options, before any `--` that ends them. */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf("--");
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === "--help" || arg === "-h");
}

function version(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;
}

runCli(async () => {
  const [name, ...args] = process.argv.slice(2);
  if (name === "help" && args[0] !== undefined && Object.hasOwn(COMMANDS, args[0])) {
    console.log(commandUsage(args[0], COMMANDS[args[0]]?.does ?? ""));
    return 0;
  }
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    (name === undefined ? console.error : console.log)(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    console.log(version());
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`error: ${name} is not a panel-papers command${didYouMean(name, Object.keys(COMMANDS))}\n${usage()}`);
    return 2;
  }
  if (asksForHelp(args)) {
    console.log(commandUsage(name, command.does));
    return 0;
  }
  const { main } = await command.load();
  return main(args);
});
