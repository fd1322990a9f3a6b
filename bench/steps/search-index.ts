/** Benchmark step (c): the search index of a rendered site, written into `<out>/pagefind/`. */
import { indexSite } from "../../src/build/search-index.ts";
import { argument, reportStep } from "./report.ts";

const out = argument("out");
const started = performance.now();
const result = await indexSite(out);
reportStep({ step: "index", ms: performance.now() - started, ...result });
