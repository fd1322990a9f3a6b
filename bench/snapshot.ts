/**
 * A copy of the project's code as it is when a benchmark starts (src/, layouts/, _data/, the
 * Eleventy config, bench/), with node_modules linked, so that every step of one run measures the
 * same code even while the tree is being edited.
 */
import { cpSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./tsx-loader.ts";

const PARTS = ["src", "layouts", "_data", "bench", "eleventy.config.ts", "package.json", "tsconfig.json"];

export function snapshotProject(target: string): string {
  mkdirSync(target, { recursive: true });
  for (const part of PARTS) cpSync(join(REPO_ROOT, part), join(target, part), { recursive: true });
  symlinkSync(join(REPO_ROOT, "node_modules"), join(target, "node_modules"));
  return target;
}
