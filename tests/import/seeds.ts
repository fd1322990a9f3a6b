/** The five seeds, each imported once per test file. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type ImportResult, importText } from "../../src/import/index.ts";
import { SEEDS_DIR } from "../support/paths.ts";

export type SeedNumber = "000" | "001" | "002" | "003" | "004";

const cache = new Map<SeedNumber, ImportResult>();

export function seedText(n: SeedNumber): string {
  const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${n}_`));
  if (!file) throw new Error(`seed ${n} not found in ${SEEDS_DIR}`);
  return readFileSync(join(SEEDS_DIR, file), "utf8");
}

export function imported(n: SeedNumber): ImportResult {
  let result = cache.get(n);
  if (!result) {
    result = importText(seedText(n), { source: `seed ${n}` });
    cache.set(n, result);
  }
  return result;
}

export const SEEDS: readonly SeedNumber[] = ["000", "001", "002", "003", "004"];

/** The bodies of every file written (front matter excluded). */
export function bodies(result: ImportResult): { path: string; body: string }[] {
  return result.files.map((f) => ({ path: f.path, body: f.content.replace(/^---\n[\s\S]*?\n---\n/, "") }));
}
