/** Benchmark step (a): load, validate and link the archive, as `npm run check` does. */
import { loadArchive } from "../../src/model/load.ts";
import { argument, reportStep } from "./report.ts";

const root = argument("root");
const started = performance.now();
const { archive, problems } = loadArchive({ projectRoot: root });
reportStep({ step: "check", ms: performance.now() - started, problems: problems.length, ...archive.counts() });
if (problems.length > 0) process.exitCode = 1;
