/**
 * Eleventy 3 keeps every layout it compiles in a cache of its own module (`LayoutCache.js`) for the
 * life of the process, and each layout keeps the configuration of the Eleventy run that made it,
 * with that run's global data: the whole archive and its views. Eleventy empties the cache only
 * when it watches files, and a later run in the same process reuses the first run's layouts. A
 * build renders in several runs and then indexes, and `npm run dev` renders again on every
 * change, so without this the first run's archive stays in memory as long as the process runs:
 * about 330 MB of live heap at 10,000 papers, beside Pagefind's processes.
 *
 * The cache is not in Eleventy's exports, so it is imported by its file, the very module Eleventy
 * imported (one URL, one instance). Should a later Eleventy move or change it, nothing is emptied
 * and the build carries on as before, only larger.
 */
import { realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

interface LayoutCache {
  clear(): void;
}

let cache: Promise<LayoutCache | undefined> | undefined;

function findCache(): Promise<LayoutCache | undefined> {
  cache ??= (async () => {
    try {
      const file = join(dirname(realpathSync(createRequire(import.meta.url).resolve("@11ty/eleventy"))), "LayoutCache.js");
      const module = (await import(pathToFileURL(file).href)) as { default?: Partial<LayoutCache> };
      return typeof module.default?.clear === "function" ? (module.default as LayoutCache) : undefined;
    } catch {
      // No such file (a later Eleventy), or not loadable: nothing to empty.
      return undefined;
    }
  })();
  return cache;
}

/** Empties Eleventy's cache of layouts, once a run has written its pages; the next run compiles its own. */
export async function forgetLayouts(): Promise<void> {
  (await findCache())?.clear();
}
