/**
 * `npm run bench -- --papers N`: a synthetic archive of N papers, and side by side on it the
 * floor (read, parse, render, write), plain Eleventy, the peer pipeline (plain Eleventy's pages
 * indexed by the Pagefind CLI with its default settings), and our build split into check, render
 * and search index, each a child process measured for time and peak memory; then the output's size,
 * the bytes a reader's browser moves to search, and the time to add one meeting and rebuild.
 * Prints a table, and as its last line one JSON object with the figures. With `--profile DIR`,
 * check, render and search index run under V8's CPU profiler (bench/cpu-profile.ts), and what
 * their CPU went on is printed after the table and written to `DIR/summary.md`
 * (bench/profile-summary.ts).
 */
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { PROFILED_STEPS, prepareProfileFolders, profiled } from "./cpu-profile.ts";
import { addMeeting, generateArchive } from "./generate.ts";
import { folderSize, runStep, type StepResult } from "./measure.ts";
import { peerIndexCommand, preparePlainEleventy } from "./plain-eleventy.ts";
import { summariseSteps } from "./profile-summary.ts";
import { browserAvailable, measureQueryBytes, type QueryBytes } from "./query-bytes.ts";
import { snapshotProject } from "./snapshot.ts";
import { tsNode } from "./tsx-loader.ts";

const { values } = parseArgs({
  options: {
    papers: { type: "string", default: "1000" },
    keep: { type: "boolean", default: false },
    dir: { type: "string" },
    profile: { type: "string" },
  },
});
const papers = Number(values.papers);
if (!Number.isInteger(papers) || papers < 10) {
  console.error(`--papers ${values.papers} is not a number of papers: write e.g. --papers 2000 (at least 10)`);
  process.exit(2);
}

// Resolved here: the steps run in the project's copy, not in the folder the command was given in.
const profileDir = values.profile === undefined ? undefined : resolve(values.profile);
const refused = profileDir && prepareProfileFolders(profileDir);
if (refused) {
  console.error(refused);
  process.exit(2);
}

const root = values.dir ?? mkdtempSync(join(tmpdir(), `papers-bench-${papers}-`));
const content = join(root, "content");
const site = join(root, "site");
// One clock for every step, so embargo decisions and "page built" dates do not move between runs.
const env = { PAPERS_NOW: "2026-01-01T00:00:00Z" };
const log = (line: string) => console.log(line);
const r1 = (n: number) => Math.round(n * 10) / 10;

function must(step: StepResult): StepResult {
  if (step.code !== 0) {
    console.error(`${step.name} failed (exit ${step.code}):\n${step.stderr.split("\n").filter((l) => !/^\s|Command being timed|^\s*$/.test(l)).slice(-20).join("\n")}`);
    process.exit(1);
  }
  log(`  ${step.name.padEnd(18)} ${step.seconds.toFixed(1).padStart(7)} s ${step.peakMb.toFixed(0).padStart(6)} MB ${step.cpuSeconds === undefined ? "" : `${step.cpuSeconds.toFixed(1).padStart(7)} s CPU`}`);
  return step;
}

// Other work on the machine stretches wall time but not CPU time: both are shown, with the load.
const loadNow = () => loadavg().map((n) => n.toFixed(1)).join(" ");
log(`benchmark: ${papers} papers in ${root} (load average ${loadNow()})`);
// Every step runs this copy of the code, so edits made to the tree meanwhile change nothing.
const project = snapshotProject(join(root, "project"));
let started = performance.now();
const generated = generateArchive({ papers, root });
log(`  generated ${generated.files} files (${generated.meetings} meetings, ${generated.bodies} bodies, ${generated.people} people), ${(generated.bytes / 1e6).toFixed(1)} MB of Markdown in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const check = must(await runStep("check", profiled(tsNode(project, "bench/steps/check.ts", "--root", root), profileDir, "check"), { cwd: project, env }));
if (check.report.problems !== 0) {
  console.error(`the generated archive has ${String(check.report.problems)} problems: the generator is out of step with the content rules`);
  process.exit(1);
}
// Again, as an officer's next check (or build) runs: every file read from the cache the first wrote.
const checkAgain = must(await runStep("check again", tsNode(project, "bench/steps/check.ts", "--root", root), { cwd: project, env }));
const floor = must(await runStep("floor", tsNode(project, "bench/steps/floor.ts", "--content", content, "--out", join(root, "floor")), { cwd: project, env }));
rmSync(join(root, "floor"), { recursive: true, force: true });
const plainProject = preparePlainEleventy(content, join(root, "plain-eleventy"), project);
const plain = must(await runStep("plain Eleventy", plainProject.command, { cwd: join(root, "plain-eleventy"), env }));
// The peer: what a body gets from Eleventy and Pagefind with no work of ours, indexed as Pagefind's
// own documentation says to, over the very pages plain Eleventy just wrote.
const peerIndex = must(await runStep("peer index", peerIndexCommand(project, plainProject.output), { cwd: join(root, "plain-eleventy"), env }));
rmSync(join(root, "plain-eleventy"), { recursive: true, force: true });
const render = must(await runStep("render", profiled(tsNode(project, "bench/steps/render.ts", "--root", root, "--out", site), profileDir, "render"), { cwd: project, env }));
const index = must(await runStep("search index", profiled(tsNode(project, "bench/steps/search-index.ts", "--out", site), profileDir, "search-index"), { cwd: project, env }));
const output = folderSize(site);
const mainBundle = folderSize(join(site, "pagefind"));
const otherShards = folderSize(join(site, "pagefind-shards"));
const searchOutput = { files: mainBundle.files + otherShards.files, bytes: mainBundle.bytes + otherShards.bytes };

let query: QueryBytes | undefined;
if (browserAvailable()) {
  started = performance.now();
  query = await measureQueryBytes(site);
  log(`  search in Chromium      ${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s (${query.requests} files)`);
} else {
  log("  search bytes: skipped, no Chromium at /usr/bin/chromium (apt-get install -y chromium)");
}

// An officer publishes one more meeting; the real build command runs over the built site.
const added = addMeeting({ papers, root });
const rebuild = must(await runStep("add meeting", tsNode(project, "src/cli/build.ts", "--content", content, "--out", site), { cwd: project, env }));
// The build says how many meeting and paper pages it kept from the render step's output (render-state.ts).
const keptPages = Number(/\((\d+) meeting and paper pages unchanged/.exec(rebuild.stdout)?.[1] ?? 0);
log(`  add meeting kept ${keptPages} meeting and paper pages of the render step's, rendered the rest`);

// Our render as the real build runs it: the archive is loaded once (the check step), then handed over.
const loadInRender = typeof render.report.load_ms === "number" ? render.report.load_ms / 1000 : 0;
const buildSeconds = render.seconds - loadInRender;
const total = check.seconds + buildSeconds + index.seconds;
const steps = [check, checkAgain, render, index, rebuild];
const peak = Math.max(...steps.map((s) => s.peakMb));
const nextQuery = query ? Math.max(...query.nextQueryKb) : undefined;
const peerTotal = plain.seconds + peerIndex.seconds;
const peerPeak = Math.max(plain.peakMb, peerIndex.peakMb);

log("");
// CPU seconds of our render: the step's CPU less its share spent loading (load is single-threaded).
const cpu = (step: StepResult) => step.cpuSeconds ?? Number.NaN;
const buildCpu = cpu(render) - loadInRender * (cpu(render) / render.seconds);
log(`| ${"step".padEnd(34)} | ${"seconds".padStart(8)} | ${"CPU s".padStart(7)} | ${"peak MB".padStart(8)} | ${"vs floor".padStart(8)} | ${"vs Eleventy".padStart(11)} |`);
log(`|${"-".repeat(36)}|${"-".repeat(10)}|${"-".repeat(9)}|${"-".repeat(10)}|${"-".repeat(10)}|${"-".repeat(13)}|`);
const row = (name: string, seconds: number, cpuSeconds: number, mb: number | undefined) =>
  log(
    `| ${name.padEnd(34)} | ${seconds.toFixed(1).padStart(8)} | ${cpuSeconds.toFixed(1).padStart(7)} | ${(mb === undefined ? "" : mb.toFixed(0)).padStart(8)} | ${(seconds / floor.seconds).toFixed(2).padStart(8)} | ${(seconds / plain.seconds).toFixed(2).padStart(11)} |`,
  );
row("floor (read, parse, render, write)", floor.seconds, cpu(floor), floor.peakMb);
row("plain Eleventy 3.1.8", plain.seconds, cpu(plain), plain.peakMb);
row("peer index (Pagefind CLI)", peerIndex.seconds, cpu(peerIndex), peerIndex.peakMb);
row("peer total: plain Eleventy + index", peerTotal, cpu(plain) + cpu(peerIndex), peerPeak);
row("check (load, validate, link)", check.seconds, cpu(check), check.peakMb);
row("check again (from the cache)", checkAgain.seconds, cpu(checkAgain), checkAgain.peakMb);
row("render (our Eleventy build)", buildSeconds, buildCpu, render.peakMb);
row("search index (Pagefind)", index.seconds, cpu(index), index.peakMb);
// Pagefind is native: its CPU is in no profile, so the index step measures both parts itself.
const pagefindCpu = index.report.pagefind_cpu_s;
const nodeCpu = index.report.node_cpu_s;
const cpuOnly = (name: string, cpuSeconds: number) => log(`| ${name.padEnd(34)} | ${"".padStart(8)} | ${cpuSeconds.toFixed(1).padStart(7)} | ${"".padStart(8)} | ${"".padStart(8)} | ${"".padStart(11)} |`);
if (typeof pagefindCpu === "number" && typeof nodeCpu === "number") {
  cpuOnly("  of which Pagefind", pagefindCpu);
  cpuOnly("  of which Node (main, workers)", nodeCpu);
}
row("total: check + render + index", total, cpu(check) + buildCpu + cpu(index), peak);
row("add one meeting and rebuild", rebuild.seconds, cpu(rebuild), rebuild.peakMb);
log(`total vs the peer's total: ${(total / peerTotal).toFixed(2)} (target 1.2); render vs plain Eleventy: ${(buildSeconds / plain.seconds).toFixed(2)} (target 1.3)`);
if (profileDir) log("check, render and search index ran under the CPU profiler (--profile): their times carry its overhead; run without --profile for the figures.");
log(`render vs floor and plain Eleventy in CPU seconds: ${(buildCpu / cpu(floor)).toFixed(2)} and ${(buildCpu / cpu(plain)).toFixed(2)}; load average now ${loadNow()}`);
log("");
log(`output: ${output.files} files, ${(output.bytes / 1e6).toFixed(1)} MB (search index ${searchOutput.files} files, ${(searchOutput.bytes / 1e6).toFixed(1)} MB); ${String(render.report.pages)} pages`);
log(`content: ${papers} papers, ${(generated.bytes / papers / 1000).toFixed(1)} KB of Markdown a paper on average; added meeting ${added.id}`);
if (query) log(`search: first query ${query.firstQueryKb.toFixed(1)} KB, later queries ${query.nextQueryKb.map((k) => k.toFixed(1)).join(", ")} KB (gzip, ${query.requests} files)`);
log(`peak memory: check ${check.peakMb.toFixed(0)} MB, render ${render.peakMb.toFixed(0)} MB, index ${index.peakMb.toFixed(0)} MB (process tree), add meeting ${rebuild.peakMb.toFixed(0)} MB`);
if (profileDir) {
  // The profiles name the copy's files by their real path; their own paths are shown relative to it.
  const summary = [`# CPU profiles: ${papers} papers`, "", summariseSteps(PROFILED_STEPS.map((step) => ({ step, dir: join(profileDir, step) })), { projectRoot: realpathSync(project) })].join("\n");
  log("");
  log(summary);
  writeFileSync(join(profileDir, "summary.md"), `${summary}\n`);
  log(`profiles and summary.md in ${profileDir}`);
}
if (!values.keep && !values.dir) rmSync(root, { recursive: true, force: true });
else log(`kept ${root}`);
console.log(
  JSON.stringify({
    papers,
    floor_s: r1(floor.seconds),
    plain_eleventy_s: r1(plain.seconds),
    peer_index_s: r1(peerIndex.seconds),
    peer_total_s: r1(peerTotal),
    peer_peak_rss_mb: Math.round(peerPeak),
    check_s: r1(check.seconds),
    check_again_s: r1(checkAgain.seconds),
    build_s: r1(buildSeconds),
    index_s: r1(index.seconds),
    total_s: r1(total),
    peak_rss_mb: Math.round(peak),
    output_files: output.files,
    first_query_kb: query ? r1(query.firstQueryKb) : null,
    next_query_kb: nextQuery === undefined ? null : r1(nextQuery),
    add_meeting_s: r1(rebuild.seconds),
    add_meeting_kept_pages: keptPages,
  }),
);
