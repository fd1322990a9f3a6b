import { generateArchive } from "../generate.ts";
import { runStep } from "../measure.ts";
import { preparePlainEleventy, REPO_ROOT } from "../plain-eleventy.ts";
import { tsNode } from "../tsx-loader.ts";
import { rmSync, existsSync } from "node:fs";
const n = Number(process.argv[2] ?? 2000);
const root = `/tmp/bench-base-${n}`;
if (!existsSync(root)) generateArchive({ papers: n, root });
const env = { PAPERS_NOW: "2026-01-01T00:00:00Z" };
const which = process.argv.slice(3);
const show = (r: any) => console.log(r.name, r.code, r.seconds.toFixed(1), "s", r.peakMb.toFixed(0), "MB", (r.timePeakMb??0).toFixed(0), JSON.stringify(r.report), r.code ? r.stderr.slice(-2000) : "");
if (which.includes("floor")) { rmSync(`${root}/floor`, {recursive:true, force:true}); show(await runStep("floor", tsNode("bench/steps/floor.ts", "--content", `${root}/content`, "--out", `${root}/floor`), { cwd: REPO_ROOT, env })); }
if (which.includes("plain")) { rmSync(`${root}/plain`, {recursive:true, force:true}); const p = preparePlainEleventy(`${root}/content`, `${root}/plain`); show(await runStep("plain", p.command, { cwd: `${root}/plain`, env })); }
if (which.includes("check")) show(await runStep("check", tsNode("bench/steps/check.ts", "--root", root), { cwd: REPO_ROOT, env }));
if (which.includes("render")) show(await runStep("render", tsNode("bench/steps/render.ts", "--root", root, "--out", `${root}/site`), { cwd: REPO_ROOT, env }));
if (which.includes("index")) show(await runStep("index", tsNode("bench/steps/search-index.ts", "--out", `${root}/site`), { cwd: REPO_ROOT, env }));
