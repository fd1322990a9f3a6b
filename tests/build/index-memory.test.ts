/**
 * Which shards the index runs side by side: never more than the cores allow, never beyond the
 * memory budget but for a shard alone, the largest first, a large shard beside a small one.
 */
import { describe, expect, it } from "vitest";
import { nextShard, pagefindPeak, runWithinMemory } from "../../src/build/index-memory.ts";
import { SHARD_BYTES } from "../../src/build/search-index.ts";

const MB = 1_000_000;

describe("a Pagefind process's memory", () => {
  it("grows with the shard's documents, about 62 bytes a byte, as measured", () => {
    expect(pagefindPeak(12.96 * MB)).toBeGreaterThanOrEqual(819.7 * MB);
    expect(pagefindPeak(6.42 * MB)).toBeGreaterThanOrEqual(415.8 * MB);
    expect(pagefindPeak(0.71 * MB)).toBeGreaterThanOrEqual(42 * MB);
    expect(pagefindPeak(12.96 * MB)).toBeLessThan(1.05 * 819.7 * MB);
  });

  it("lets two full shards run side by side within 1.5 GB beside a build of 300 MB", () => {
    expect(2 * pagefindPeak(SHARD_BYTES) + 300 * MB).toBeLessThanOrEqual(1_500 * MB);
  });
});

describe("the next shard to start", () => {
  it("is the largest waiting when none is running, whether it fits or not", () => {
    expect(nextShard([100, 900, 300], [], 0, 1000)).toBe(1);
    expect(nextShard([100, 2000, 300], [], 500, 1000)).toBe(1);
  });

  it("is the largest that fits beside those running and the build's own memory", () => {
    expect(nextShard([100, 600, 300, 450], [400], 200, 1000)).toBe(2);
    expect(nextShard([100, 600, 300, 450], [400], 0, 1000)).toBe(1);
  });

  it("is none while nothing waiting fits", () => {
    expect(nextShard([700, 800], [400], 100, 1000)).toBeUndefined();
    expect(nextShard([], [], 0, 1000)).toBeUndefined();
  });
});

/** Runs shards of the given peaks with a fake index that takes `ticks` of their size, recording what ran at once. */
async function simulate(peaks: number[], limits: { parallel: number; budget: number; own?: number }) {
  const running = new Set<number>();
  const together: number[][] = [];
  const order: number[] = [];
  await runWithinMemory(
    peaks.map((peak, id) => ({ id, peak })),
    (shard) => shard.peak,
    async (shard) => {
      running.add(shard.peak);
      order.push(shard.id);
      together.push([...running]);
      // The larger, the longer, as with Pagefind.
      await new Promise((resolve) => setTimeout(resolve, shard.peak / 50));
      running.delete(shard.peak);
    },
    { parallel: limits.parallel, budget: limits.budget, own: () => limits.own ?? 0 },
  );
  return { together, order };
}

describe("indexing shards within the memory budget", () => {
  it("runs every shard once, never more at once than allowed, and within the budget whenever more than one runs", async () => {
    const peaks = [400, 410, 420, 430, 150, 700, 90, 380];
    const { together, order } = await simulate(peaks, { parallel: 2, budget: 1000, own: 150 });
    expect([...order].sort((a, b) => a - b)).toEqual(peaks.map((_, i) => i));
    for (const set of together) {
      expect(set.length).toBeLessThanOrEqual(2);
      if (set.length > 1) expect(set.reduce((a, b) => a + b, 0) + 150).toBeLessThanOrEqual(1000);
    }
    // Two shards did run side by side: the budget does not make it all serial.
    expect(together.some((set) => set.length === 2)).toBe(true);
  });

  it("runs a shard larger than the budget alone", async () => {
    const { together } = await simulate([300, 1500, 200], { parallel: 2, budget: 1000 });
    const alone = together.find((set) => set.includes(1500));
    expect(alone).toEqual([1500]);
  });

  it("starts the largest first and pairs it with a small one rather than with another large one", async () => {
    const { together, order } = await simulate([500, 520, 100, 510], { parallel: 2, budget: 1000 });
    expect(order[0]).toBe(1);
    expect(together[1]).toEqual([520, 100]);
  });

  it("rejects with the first failure, once the shards running have settled, and starts no other", async () => {
    const settled: number[] = [];
    const started: number[] = [];
    const run = runWithinMemory(
      [0, 1, 2, 3],
      () => 1,
      async (id) => {
        started.push(id);
        await new Promise((resolve) => setTimeout(resolve, id === 0 ? 5 : 30));
        settled.push(id);
        if (id === 0) throw new Error("Pagefind exited with code 1");
      },
      { parallel: 2, budget: 10, own: () => 0 },
    );
    await expect(run).rejects.toThrow("Pagefind exited with code 1");
    expect(started).toEqual([0, 1]);
    expect(settled).toEqual([0, 1]);
  });
});
