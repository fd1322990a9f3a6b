/**
 * `npx tsx bench/dev-latency.ts --papers 200`: how long `npm run dev` takes to show a changed
 * paper. A synthetic archive goes into a temporary project (the real src/, layouts/ and config,
 * linked), the dev server builds it, then one paper's text changes and the time until its page
 * (and then the search index) shows the change is measured, three times.
 */
import { spawn } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateArchive } from "./generate.ts";
import { REPO_ROOT, TSX_IMPORT } from "./tsx-loader.ts";
import { listMarkdownFiles } from "../src/model/read-content.ts";

const { values } = parseArgs({ options: { papers: { type: "string", default: "200" }, port: { type: "string", default: "8391" } } });
const papers = Number(values.papers);
const root = mkdtempSync(join(tmpdir(), `papers-dev-${papers}-`));
for (const name of ["eleventy.config.ts", "src", "layouts", "_data", "package.json"]) symlinkSync(join(REPO_ROOT, name), join(root, name));
generateArchive({ papers, root });
const site = join(root, "dev-site");
const server = spawn(process.execPath, ["--import", TSX_IMPORT, join(REPO_ROOT, "src/cli/dev.ts"), "--port", values.port ?? "8391", "--out", site], {
  cwd: root,
  env: { ...process.env, PAPERS_NOW: "2026-01-01T00:00:00Z" },
  stdio: ["ignore", "pipe", "pipe"],
});
let output = "";
server.stdout.on("data", (c: Buffer) => {
  output += c.toString();
});
server.stderr.on("data", (c: Buffer) => {
  output += c.toString();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(test: () => boolean, limitMs: number): Promise<number> {
  const started = performance.now();
  while (!test()) {
    if (performance.now() - started > limitMs) throw new Error(`gave up after ${limitMs} ms; the dev server said:\n${output.slice(-2000)}`);
    await sleep(20);
  }
  return performance.now() - started;
}
const mtime = (path: string) => (existsSync(path) ? statSync(path).mtimeMs : 0);

try {
  const firstBuild = await until(() => existsSync(join(site, "pagefind/shards.json")), 600_000);
  console.log(`dev server: first build and index of ${papers} papers in ${(firstBuild / 1000).toFixed(1)} s`);
  await sleep(1000);
  const paper = listMarkdownFiles(join(root, "content/meetings")).find((f) => /\/b1-[^/]+\.md$/.test(f)) as string;
  const page = join(site, paper.slice(join(root, "content").length + 1).replace(/\.md$/, "/index.html"));
  for (let i = 1; i <= 3; i++) {
    const word = `zyzzyvaedit${i}`;
    const indexBefore = mtime(join(site, "pagefind/shards.json"));
    appendFileSync(paper, `\n${word} was added to this paper.\n`);
    const shown = await until(() => existsSync(page) && readFileSync(page, "utf8").includes(word), 300_000);
    const indexed = await until(() => mtime(join(site, "pagefind/shards.json")) > indexBefore, 300_000);
    console.log(`change ${i}: page shown after ${(shown / 1000).toFixed(2)} s, search index updated after ${((shown + indexed) / 1000).toFixed(2)} s`);
    await sleep(1500);
  }
} finally {
  server.kill("SIGTERM");
  await sleep(500);
  rmSync(root, { recursive: true, force: true });
}
