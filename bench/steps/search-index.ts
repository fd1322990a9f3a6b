/**
 * Benchmark step (c): the search index of a rendered site, written into `<out>/pagefind/`.
 * Pagefind is a native program, so its CPU is in no V8 profile: the step reports its own CPU
 * (`node_cpu_s`: this process, main and worker threads alike) and that of the Pagefind processes it
 * ran and waited for (`pagefind_cpu_s`), each measured, not one taken from the other.
 */
import { join } from "node:path";
import { indexSite } from "../../src/build/search-index.ts";
import { ARCHIVE_FOLDERS } from "../../src/site/config.ts";
import { argument, reapedChildrenCpuSeconds, reportStep } from "./report.ts";

const out = argument("out");
const started = performance.now();
// As `npm run build` indexes, in the folder it runs in: the documents of the pages searched by
// default are kept in its cache (search-document-store.ts), for the "add meeting" build after.
const result = await indexSite(out, { cacheDir: join(process.cwd(), ARCHIVE_FOLDERS.cache) });
const cpu = process.cpuUsage();
reportStep({ step: "index", ms: performance.now() - started, ...result, node_cpu_s: (cpu.user + cpu.system) / 1e6, pagefind_cpu_s: reapedChildrenCpuSeconds() });
