/**
 * The shipped archive, built once per test run and shared by every suite that needs a built site.
 * Test files run in parallel processes: the first to ask builds under a lock (a folder made with
 * mkdir, which only one process can make), and the others wait for its "ready" mark. Without the
 * global setup (tests/support/global-build.ts) each file builds its own copy.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { inject } from "vitest";
import { buildSite } from "../../src/build/build-site.ts";
import { loadValidArchive } from "./load-content.ts";
import { PROJECT_ROOT } from "./paths.ts";

/** How long a suite waits for another process's build before giving up. */
const WAIT_MS = 10 * 60_000;

let built: Promise<string> | undefined;

/** The folder holding the built shipped archive (its index.html, pagefind/, assets/ …). */
export function sharedSite(): Promise<string> {
  built ??= buildOnce();
  return built;
}

async function buildOnce(): Promise<string> {
  const shared = inject("sharedSiteDir");
  if (!shared) return buildShippedArchive(join(await mkdtemp(join(tmpdir(), "papers-site-")), "site"));
  const site = join(shared, "site");
  const ready = join(shared, "ready");
  const failed = join(shared, "failed");
  try {
    await mkdir(join(shared, "lock"));
  } catch {
    return waitFor(ready, failed, site);
  }
  try {
    await buildShippedArchive(site);
    await writeFile(ready, site);
    return site;
  } catch (error) {
    await writeFile(failed, error instanceof Error ? error.message : String(error));
    throw error;
  }
}

async function waitFor(ready: string, failed: string, site: string): Promise<string> {
  for (const started = Date.now(); Date.now() - started < WAIT_MS; await sleep(200)) {
    if (existsSync(ready)) return site;
    if (existsSync(failed)) throw new Error(`the shared build of the archive failed: ${await readFile(failed, "utf8")}`);
  }
  throw new Error(`gave up waiting ${WAIT_MS / 1000} s for the shared build of the archive in ${site}`);
}

async function buildShippedArchive(outputDir: string): Promise<string> {
  const archive = loadValidArchive();
  await buildSite(archive, { outputDir, projectRoot: PROJECT_ROOT });
  return outputDir;
}
