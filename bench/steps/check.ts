/**
 * Benchmark step (a): load, validate and link the archive, as `npm run check` does in the folder it
 * runs in (the project's, as the "add meeting" step's build does): reading the content from the
 * archive's cache of what reading each file gave, `.cache/panel-papers/`, and writing it back
 * (src/model/parse-cache.ts). The first run over a generated archive reads every file; a second one
 * ("check again") reads them all from the cache, as an officer's next check or build does.
 */
import { join } from "node:path";
import { loadArchive } from "../../src/model/load.ts";
import { ARCHIVE_FOLDERS } from "../../src/site/config.ts";
import { argument, reportStep } from "./report.ts";

const root = argument("root");
const started = performance.now();
const { archive, problems, cache } = loadArchive({ projectRoot: process.cwd(), contentDir: join(root, "content"), cacheDir: join(process.cwd(), ARCHIVE_FOLDERS.cache) });
reportStep({ step: "check", ms: performance.now() - started, problems: problems.length, cache_hits: cache.hits, cache_misses: cache.misses, ...archive.counts() });
if (problems.length > 0) process.exitCode = 1;
