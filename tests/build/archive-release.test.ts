/**
 * What the build holds while Pagefind runs beside it: not the archive. Eleventy keeps no run's data
 * once the run has written its pages (src/eleventy/layout-cache.ts), and an archive handed to the
 * build is let go before the index is made (src/build/archive-handover.ts). At 10,000 papers the
 * archive was 400 MB of the build's 1.3 GB while Pagefind ran.
 */
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ArchiveHandover } from "../../src/build/archive-handover.ts";
import { buildSite, renderSite } from "../../src/build/build-site.ts";
import { releaseMemory } from "../../src/build/release-memory.ts";
import { pagefindBinary } from "../../src/build/search-index.ts";
import type { Archive } from "../../src/model/archive.ts";
import { loadValidArchive } from "../support/load-content.ts";
import { PROJECT_ROOT } from "../support/paths.ts";

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Whether what `ref` points to is gone after a full collection (in a later task: a WeakRef keeps its target to the end of the one that made it). */
async function collected(ref: WeakRef<object>): Promise<boolean> {
  await nextTask();
  expect(releaseMemory()).toBe(true);
  return ref.deref() === undefined;
}

describe("the handover of an archive", () => {
  it("gives the archive once, and holds it no more", () => {
    const archive = loadValidArchive();
    const handover = new ArchiveHandover(archive);
    expect(handover.take()).toBe(archive);
    expect(() => handover.take()).toThrow("handed over already");
  });
});

describe("the archive while the site is indexed", () => {
  const saved = process.env.PAGEFIND_BINARY_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.PAGEFIND_BINARY_PATH;
    else process.env.PAGEFIND_BINARY_PATH = saved;
  });

  it("is not kept by Eleventy once a render has written its pages", async () => {
    const render = async (): Promise<WeakRef<Archive>> => {
      const archive = loadValidArchive();
      await renderSite(archive, join(mkdtempSync(join(tmpdir(), "papers-release-")), "site"), PROJECT_ROOT);
      return new WeakRef(archive);
    };
    expect(await collected(await render())).toBe(true);
  });

  it("is let go by the build before Pagefind starts, when handed over", async () => {
    const folder = mkdtempSync(join(tmpdir(), "papers-release-"));
    const started = join(folder, "started");
    const go = join(folder, "go");
    // Pagefind as the build runs it, but waiting for the test's word before it indexes anything.
    const waiting = join(folder, "pagefind");
    writeFileSync(waiting, `#!/bin/sh\ntouch '${started}'\nwhile [ ! -e '${go}' ]; do sleep 0.05; done\nexec '${pagefindBinary()}' "$@"\n`);
    chmodSync(waiting, 0o755);
    process.env.PAGEFIND_BINARY_PATH = waiting;
    const hand = (): { handover: ArchiveHandover; ref: WeakRef<Archive> } => {
      const archive = loadValidArchive();
      return { handover: new ArchiveHandover(archive), ref: new WeakRef(archive) };
    };
    const { handover, ref } = hand();
    const build = buildSite(handover, { outputDir: join(folder, "site"), projectRoot: PROJECT_ROOT });
    let settled = false;
    build.then(
      () => (settled = true),
      () => (settled = true),
    );
    while (!existsSync(started) && !settled) await new Promise((resolve) => setTimeout(resolve, 20));
    const gone = await collected(ref);
    writeFileSync(go, "");
    const result = await build;
    expect(gone).toBe(true);
    expect(result.indexedPages).toBeGreaterThan(100);
  });
});
