/**
 * Vitest global setup (registered in vitest.config.ts): one folder, shared by every test file of
 * a run, where the shipped archive is built once for the suites that need a built site (search,
 * accessibility, links). It only provides the folder; the first suite to call `sharedSite()`
 * (tests/support/shared-site.ts) builds into it, so a run that needs no site builds none. It runs
 * after the root's global setup (tests/support/global-temp.ts), so the folder is inside the run's
 * temporary folder and goes with it even when this teardown does not run.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder `sharedSite()` builds the shipped archive into, once per run. */
    sharedSiteDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), "papers-shared-site-"));
  project.provide("sharedSiteDir", dir);
  return () => rm(dir, { recursive: true, force: true });
}
