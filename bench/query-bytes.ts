/**
 * What a reader's browser moves to search: the built site is served from 127.0.0.1, a real
 * Chromium runs Pagefind's own JavaScript against it (loading the main bundle and merging every
 * shard the index lists, as the search page does), and every file requested is counted at its
 * gzip size, as a host serves text (Pagefind's own .pf_* and .pagefind files are already gzip
 * and are counted as they are).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

export const QUERIES = ["police", "budget precept", "neighbourhood policing", "violence against women", "victims", "recruitment", "complaints", "road safety", "custody", "anti-social behaviour"];
/** Results whose fragments (title, excerpt, address) the search page loads at once (its BATCH). */
export const RESULTS_SHOWN = 5;

const CHROMIUM = "/usr/bin/chromium";
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".css": "text/css" };

export interface QueryBytes {
  /** Loading Pagefind (JS, WebAssembly, entry, metadata) plus the first query and its results. */
  firstQueryKb: number;
  /** Each later query (index chunks and result fragments not already loaded), KB. */
  nextQueryKb: number[];
  requests: number;
  /** The addresses of the results shown for each query, in order. */
  results: string[][];
}

export function browserAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/** Bytes on the wire for one file: gzip for text, as stored for Pagefind's compressed files. */
export function wireBytes(file: string): number {
  const data = readFileSync(file);
  const gzipped = data[0] === 0x1f && data[1] === 0x8b;
  return gzipped ? data.length : gzipSync(data, { level: 6 }).length;
}

export async function measureQueryBytes(siteDir: string, queries = QUERIES): Promise<QueryBytes> {
  const requested: string[] = [];
  const harness = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><script type="module">
    const pagefind = await import("/pagefind/pagefind.js");
    window.benchSearch = async (query, shown) => {
      if (!window.benchReady) {
        // The shards beside the main bundle, as written by the build (src/build/search-index.ts).
        const shards = await fetch("/pagefind/shards.json").then((r) => (r.ok ? r.json() : { merge: [] })).catch(() => ({ merge: [] }));
        // As the search page does (src/assets/search.js): on the main thread, no worker to download.
        await pagefind.options({ basePath: "/pagefind/", noWorker: true });
        // Paths in the manifest are relative to it; Pagefind needs them as absolute paths, or it
        // works out result addresses from the relative path ("/../meetings/...").
        const manifestUrl = new URL("/pagefind/shards.json", location.href);
        for (const path of shards.merge) await pagefind.mergeIndex(new URL(path, manifestUrl).pathname);
        await pagefind.init();
        window.benchReady = true;
      }
      const search = await pagefind.search(query);
      const data = await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
      return { count: search.results.length, urls: data.map((d) => d.url) };
    };
    window.benchLoaded = true;
  </script></body></html>`;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    if (path === "/__bench__.html") {
      res.writeHead(200, { "content-type": "text/html" }).end(harness);
      return;
    }
    const file = normalize(join(siteDir, path));
    if (!file.startsWith(siteDir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    requested.push(file);
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "max-age=3600" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update"] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/__bench__.html`);
    await page.waitForFunction(() => (window as unknown as { benchLoaded?: boolean }).benchLoaded === true);
    const counted = new Set<string>();
    const newBytes = () => {
      let bytes = 0;
      for (const file of requested) {
        if (counted.has(file)) continue;
        counted.add(file);
        bytes += wireBytes(file);
        if (process.env.BENCH_LOG_FILES) console.log(`${(wireBytes(file) / 1024).toFixed(1).padStart(7)} KB ${file.slice(siteDir.length)}`);
      }
      return bytes / 1024;
    };
    newBytes(); // the harness page itself is not Pagefind's
    const perQuery: number[] = [];
    const results: string[][] = [];
    for (const query of queries) {
      const found = await page.evaluate(
        ([q, shown]) => (window as unknown as { benchSearch: (q: string, n: number) => Promise<{ urls: string[] }> }).benchSearch(q as string, shown as number),
        [query, RESULTS_SHOWN] as const,
      );
      results.push(found.urls);
      perQuery.push(newBytes());
    }
    return { firstQueryKb: perQuery[0] ?? 0, nextQueryKb: perQuery.slice(1), requests: counted.size, results };
  } finally {
    await browser.close();
    server.close();
  }
}
