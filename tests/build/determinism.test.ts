/**
 * Determinism: two clean builds of the same content at the same clock produce byte-identical
 * output trees, search index included.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { buildContent } from "../support/build-fixture.ts";
import { siteFiles } from "../support/site-files.ts";

function treeDigest(dir: string): Map<string, string> {
  return new Map(siteFiles(dir).map((file) => [file, createHash("sha256").update(readFileSync(join(dir, file))).digest("hex")]));
}

describe("two clean builds of the shipped archive", () => {
  it("are byte-identical", async () => {
    const now = DateTime.fromISO("2026-01-15T10:00:00Z");
    const first = treeDigest((await buildContent(undefined, now)).outputDir);
    const second = treeDigest((await buildContent(undefined, now)).outputDir);
    expect(first.size).toBeGreaterThan(150);
    expect([...second.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([file, digest]) => second.get(file) !== digest).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
