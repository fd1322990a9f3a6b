/** Benchmark step (b): the site's pages, rendered by our Eleventy build into `--out` (no search index). */
import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { renderSite } from "../../src/build/build-site.ts";
import { markSite } from "../../src/build/output-folder.ts";
import { loadArchive } from "../../src/model/load.ts";
import { argument, reportStep } from "./report.ts";

const root = argument("root");
const out = argument("out");
const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
const loadStarted = performance.now();
const { archive, problems } = loadArchive({ projectRoot: root });
if (problems.length > 0) throw new Error(`${problems.length} content problems: run the check step`);
const renderStarted = performance.now();
await rm(out, { recursive: true, force: true });
const { pages } = await renderSite(archive, out, projectRoot);
// Marked as a build's own, so that the benchmark's "add meeting" step, the real build, may replace it.
markSite(out);
reportStep({ step: "render", load_ms: renderStarted - loadStarted, ms: performance.now() - renderStarted, pages });
