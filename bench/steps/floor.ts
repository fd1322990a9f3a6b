/**
 * Benchmark step: the floor. The least any generator must do: read every file, split its front
 * matter (gray-matter), render its Markdown with the project's markdown-it settings, and write one
 * HTML file per file. Nothing is linked, checked or laid out.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import matter from "gray-matter";
import { markdown } from "../../src/model/markdown.ts";
import { listMarkdownFiles } from "../../src/model/read-content.ts";
import { argument, reportStep } from "./report.ts";

const content = argument("content");
const out = argument("out");
const started = performance.now();
const md = markdown();
let files = 0;
for (const path of listMarkdownFiles(content)) {
  const { data, content: body } = matter(readFileSync(path, "utf8"));
  const title = typeof data.title === "string" ? data.title : "";
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${md.utils.escapeHtml(title)}</title></head><body><main>${md.render(body)}</main></body></html>`;
  const target = join(out, relative(content, path).replace(/\.md$/, ".html"));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, html);
  files++;
}
reportStep({ step: "floor", ms: performance.now() - started, files });
