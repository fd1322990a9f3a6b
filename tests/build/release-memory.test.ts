/**
 * The build's collection between the render and the search index (src/build/release-memory.ts):
 * on this Node, it gets the collector and collects what nothing refers to any more.
 */
import { describe, expect, it } from "vitest";
import { releaseMemory } from "../../src/build/release-memory.ts";

describe("releasing the render's garbage", () => {
  it("collects memory nothing refers to, at once", () => {
    releaseMemory();
    let garbage: string[][] | undefined = Array.from({ length: 200 }, (_, i) => Array.from({ length: 2_000 }, (_, j) => `${i}-${j}-${"x".repeat(64)}`));
    const held = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(200);
    garbage = undefined;
    expect(releaseMemory()).toBe(true);
    // About 60 MB of strings were made; a full collection frees nearly all of it.
    expect(held - process.memoryUsage().heapUsed).toBeGreaterThan(40 * 1024 * 1024);
  });
});
