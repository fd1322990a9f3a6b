/**
 * What a reader's browser moves to search: the built site is served from 127.0.0.1, a real
 * Chromium runs the search page's own code (the site's `assets/search.js`: which shards it loads
 * for a search, how it opens Pagefind, how many results' fragments it fetches) against it, and
 * every file of the search index requested is counted at its gzip size, as a host serves text
 * (Pagefind's own .pf_* and .pagefind files are already gzip and are counted as they are).
 *
 * By default it searches as a reader does who has asked for nothing more: the shards the build
 * marks as the default (the newest years and the pages of no meeting). `scope: "all"` searches
 * every year, as the page's "Search all years" does; `BENCH_SCOPE_ALL=1` prints that figure too.
 *
 * Run on a built site: `npx tsx bench/query-bytes.ts <site> [--scope all]`.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

export const QUERIES = ["police", "budget precept", "neighbourhood policing", "violence against women", "victims", "recruitment", "complaints", "road safety", "custody", "anti-social behaviour"];
/** Results whose fragments (title, excerpt, address) the search page loads at once (its BATCH). */
export const RESULTS_SHOWN = 5;

const CHROMIUM = "/usr/bin/chromium";
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".css": "text/css" };
/** The search page's script, when the site under test has none (a hand-made site in a test). */
const PROJECT_SCRIPT = fileURLToPath(new URL("../src/assets/search.js", import.meta.url));
/** Where the harness loads the search page's script from: not counted, it is not the index. */
const SCRIPT_PATH = "/__bench__/search.js";

export interface QueryOptions {
  /** "all": every year, as after "Search all years"; otherwise what a search covers by default. */
  scope?: "all";
}

export interface QueryBytes {
  /** Loading Pagefind (JS, WebAssembly, entry, metadata) plus the first query and its results. */
  firstQueryKb: number;
  /** Each later query (index chunks and result fragments not already loaded), KB. */
  nextQueryKb: number[];
  requests: number;
  /** The addresses of the results shown for each query, in order. */
  results: string[][];
  /** The bundles searched (shard keys, `all` for an index of one bundle). */
  bundles: string[];
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

export async function measureQueryBytes(siteDir: string, queries = QUERIES, options: QueryOptions = {}): Promise<QueryBytes> {
  const measured = await measure(siteDir, queries, options);
  if (process.env.BENCH_SCOPE_ALL && !options.scope && measured.bundles.length > 0) {
    const all = await measure(siteDir, queries, { scope: "all" });
    console.log(`search, all years (scope=all, ${all.bundles.length} bundles): first query ${all.firstQueryKb.toFixed(1)} KB, later queries ${all.nextQueryKb.map((k) => k.toFixed(1)).join(", ")} KB`);
  }
  return measured;
}

async function measure(siteDir: string, queries: readonly string[], options: QueryOptions): Promise<QueryBytes> {
  const requested: string[] = [];
  const siteScript = join(siteDir, "assets/search.js");
  const script = readFileSync(existsSync(siteScript) ? siteScript : PROJECT_SCRIPT);
  const harness = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><script type="module">
    const search = await import("${SCRIPT_PATH}");
    const bundle = new URL("/pagefind/", location.href);
    window.benchSearch = async (q, scope) => {
      // As the search page does (src/assets/search.js): the shards the scope needs, then one batch of results.
      const found = await search.find(bundle, { ...search.stateFromQuery(""), q, scope });
      const data = await found.next(search.BATCH);
      return { urls: data.map((d) => d.url), bundles: found.scope.bundles.map((b) => b.key) };
    };
    window.benchLoaded = true;
  </script></body></html>`;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    if (path === "/__bench__.html" || path === SCRIPT_PATH) {
      res.writeHead(200, { "content-type": path === SCRIPT_PATH ? TYPES[".js"] : TYPES[".html"] }).end(path === SCRIPT_PATH ? script : harness);
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
    newBytes(); // the harness page itself is not the index
    const perQuery: number[] = [];
    const results: string[][] = [];
    let bundles: string[] = [];
    for (const query of queries) {
      const found = await page.evaluate(
        ([q, scope]) => (window as unknown as { benchSearch: (q: string, scope: string) => Promise<{ urls: string[]; bundles: string[] }> }).benchSearch(q, scope),
        [query, options.scope ?? ""] as const,
      );
      results.push(found.urls);
      bundles = found.bundles;
      perQuery.push(newBytes());
    }
    return { firstQueryKb: perQuery[0] ?? 0, nextQueryKb: perQuery.slice(1), requests: counted.size, results, bundles };
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { scope: { type: "string" } } });
  const site = positionals[0];
  if (!site || (values.scope !== undefined && values.scope !== "all")) {
    console.error("usage: npx tsx bench/query-bytes.ts <built site> [--scope all]");
    process.exit(2);
  }
  const measured = await measure(resolve(site), QUERIES, values.scope === "all" ? { scope: "all" } : {});
  console.log(`bundles searched: ${measured.bundles.join(", ")}`);
  for (const [i, query] of QUERIES.entries()) console.log(`${(i === 0 ? measured.firstQueryKb : (measured.nextQueryKb[i - 1] ?? 0)).toFixed(1).padStart(7)} KB  ${query}${i === 0 ? " (first: Pagefind, metadata and all)" : ""}`);
}
