/**
 * A full garbage collection between the render and the search index, so that V8 gives back what
 * the render left behind before Pagefind's processes start.
 *
 * Rendering a large archive leaves this process holding far more memory than it uses: at 10,000
 * papers about 1.6 GB resident for under 400 MB of live heap. While Pagefind indexes (two processes
 * of about 600 MB each), this process allocates too little for V8 to collect that garbage, so the
 * build's peak was the render's leftovers plus Pagefind's: 2.34 GB when a rebuild re-indexed one
 * shard, against 1.74 GB with this collection first (measured on the benchmark's 10,000-paper
 * archive; docs/performance.md).
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
