/**
 * The comparison: a throwaway Eleventy project holding the same Markdown files with one trivial
 * layout and the project's markdown-it settings, and nothing else (no data, no pagination, no
 * linking). What Eleventy itself costs for this many files.
 */
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TSX_IMPORT } from "./tsx-loader.ts";

/**
 * Writes the project under `dir` (src/ is a copy of the content), using markdown-it as `project`
 * sets it up; returns the command to build it.
 */
export function preparePlainEleventy(contentDir: string, dir: string, project: string): { command: string[]; output: string } {
  mkdirSync(join(dir, "_includes"), { recursive: true });
  cpSync(contentDir, join(dir, "src"), { recursive: true });
  writeFileSync(
    join(dir, "_includes/trivial.njk"),
    '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{{ title }}</title></head>\n<body><main><h1>{{ title }}</h1>\n{{ content | safe }}\n</main></body>\n</html>\n',
  );
  const markdownModule = join(project, "src/model/markdown.ts");
  writeFileSync(
    join(dir, "eleventy.config.mjs"),
    [
      `import { markdown } from ${JSON.stringify(markdownModule)};`,
      "export default function (config) {",
      "  config.setLibrary('md', markdown());",
      "  config.addGlobalData('layout', 'trivial.njk');",
      "  return { dir: { input: 'src', includes: '../_includes', output: '_site' }, markdownTemplateEngine: false, templateFormats: ['md'] };",
      "}",
      "",
    ].join("\n"),
  );
  const cli = join(project, "node_modules/@11ty/eleventy/cmd.cjs");
  return { command: [process.execPath, "--import", TSX_IMPORT, cli, "--config=eleventy.config.mjs", "--quiet"], output: join(dir, "_site") };
}

/**
 * The Pagefind CLI over a built site with its default settings (no configuration file, no
 * options but the site folder): how a body indexes plain Eleventy's pages by Pagefind's own guide.
 * The pinned pagefind package's runner, so the peer and our index use the same Pagefind.
 */
export function peerIndexCommand(project: string, site: string): string[] {
  return [process.execPath, join(project, "node_modules/pagefind/lib/runner/bin.cjs"), "--site", site];
}
