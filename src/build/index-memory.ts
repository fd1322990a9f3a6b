/**
 * The search index's memory: how much a Pagefind process takes for a shard, and which shards may
 * be indexed side by side within the build's budget.
 *
 * Pagefind 1.5.2 reads every document of a shard in its first second or two, reaching its peak
 * then, and holds it until it has written the bundle, so two processes side by side peak together
 * for most of their run: staggering their starts does not help, only what each is given does.
 * Shards are planned to pair within the budget (SHARD_BYTES, search-index.ts), and a shard that
 * would not fit beside those running (the newest year, kept whole in the main bundle however
 * large; a build whose own process is large) waits for one to finish instead.
 */

/**
 * The index keeps its Pagefind processes and its own process within this much resident memory
 * together, but for a shard that takes more alone: the figure the benchmark holds every step of a
 * build to (docs/performance.md).
 */
export const INDEX_MEMORY_BUDGET = 1_500_000_000;

/**
 * Pagefind 1.5.2's peak resident memory for a shard of `documentBytes` bytes of search documents,
 * with a margin: measured with GNU time on shards of the benchmark's 2,000-paper archive, 819.7 MB
 * for 12.96 MB, 415.8 MB for either half of it (6.42 and 6.54 MB), and 42 MB for the shipped
 * archive's 0.71 MB: about 62 bytes a byte, whatever the number of pages, and the same again for
 * real minutes and for generated text.
 */
export function pagefindPeak(documentBytes: number): number {
  return 20_000_000 + 62 * documentBytes;
}

/**
 * Which of the `pending` shards (their peaks, as pagefindPeak gives them) to start now, beside the
 * `running` ones, when the build's own process takes `own` bytes: the largest that fits the
 * `budget`, so that a large shard runs beside a small one rather than after it; with none running,
 * the largest, fit or not (it has to be indexed, and alone is the least it can take). Undefined
 * when none may start yet.
 */
export function nextShard(pending: readonly number[], running: readonly number[], own: number, budget: number): number | undefined {
  const room = budget - own - running.reduce((sum, peak) => sum + peak, 0);
  let chosen: number | undefined;
  for (const [i, peak] of pending.entries()) {
    const best = chosen === undefined ? undefined : pending[chosen];
    if ((running.length === 0 || peak <= room) && (best === undefined || peak > best)) chosen = i;
  }
  return chosen;
}

export interface MemoryLimits {
  /** At most this many at once (the cores there are to run them on). */
  parallel: number;
  budget: number;
  /** The build's own resident memory now. */
  own: () => number;
}

/**
 * Runs `run` for every item, at most `limits.parallel` at once and, beyond the first, only within
 * the memory budget (nextShard); resolves when all have finished, rejects with the first failure
 * once those running have settled.
 */
export async function runWithinMemory<T>(items: readonly T[], peakOf: (item: T) => number, run: (item: T) => Promise<void>, limits: MemoryLimits): Promise<void> {
  const pending = [...items];
  const running = new Map<T, number>();
  let failure: { error: unknown } | undefined;
  await new Promise<void>((resolve) => {
    const startWhatFits = () => {
      while (!failure && running.size < limits.parallel && pending.length > 0) {
        const i = nextShard(pending.map(peakOf), [...running.values()], limits.own(), limits.budget);
        if (i === undefined) break;
        const [item] = pending.splice(i, 1) as [T];
        running.set(item, peakOf(item));
        run(item).then(
          () => finish(item),
          (error: unknown) => {
            failure ??= { error };
            finish(item);
          },
        );
      }
      if (running.size === 0) resolve();
    };
    const finish = (item: T) => {
      running.delete(item);
      startWhatFits();
    };
    startWhatFits();
  });
  if (failure) throw failure.error;
}
