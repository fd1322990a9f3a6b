/**
 * Full garbage collections where a build leaves much garbage and starts something large: before
 * each Eleventy run of a render (what loading and linking the archive left, then each earlier
 * run's garbage), and between the render and the search index.
 *
 * Rendering a large archive leaves this process holding far more memory than it uses: at 10,000
 * papers about 1.6 GB resident for under 400 MB of live heap, because V8 puts off collecting an
 * Eleventy run's garbage while the next run allocates. Collected between runs, the render of the
 * benchmark's 10,000-paper archive peaked at 1.25 GB against 2.42 GB, for about 18% more CPU in
 * that step (docs/performance.md). While Pagefind indexes (a process of up to about 600 MB per
 * shard), this process allocates too little for V8 to collect at all, so a rebuild's peak was the
 * render's leftovers plus Pagefind's: 2.34 GB when it re-indexed one shard, against 1.74 GB with a
 * collection first; with the archive let go as well (archive-handover.ts, and Eleventy's layouts:
 * src/eleventy/layout-cache.ts), 1.22 GB.
 *
 * Node offers the collector only to a process started with `--expose-gc`, which the `panel-papers`
 * command cannot ask of Node on every system it runs on; set at run time, the flag gives the
 * collector to contexts made afterwards, so one is made to fetch it. Where that does not work the
 * build goes on as before: this only saves memory.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | undefined;

/** Runs a full, synchronous garbage collection; false where the collector cannot be had. */
export function releaseMemory(): boolean {
  try {
    if (!collect) {
      setFlagsFromString("--expose-gc");
      collect = runInNewContext("gc") as () => void;
    }
    collect();
    return true;
  } catch {
    return false;
  }
}
