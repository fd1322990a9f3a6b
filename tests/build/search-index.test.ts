/**
 * The sharded search index on a small hand-made site: shards are written where the manifest says,
 * a rebuild reuses the shards whose pages did not change, and a search through Pagefind's own
 * JavaScript, merging the shards as the search page must, finds pages in every shard.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { afterAll, describe, expect, it } from "vitest";
import { measureQueryBytes } from "../../bench/query-bytes.ts";
import { indexSite } from "../../src/build/search-index.ts";
import type { ShardManifest, ShardRecord } from "../../src/build/search-shards.ts";
import { describeWithBrowser } from "../support/browser.ts";

const temp = mkdtempSync(join(tmpdir(), "papers-search-index-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function page(title: string, text: string): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title></head><body><nav>Meetings People</nav><main><h1>${title}</h1><div class="app-print-meta"><p>Page built: today</p></div><div data-pagefind-body><p>${text}</p></div></main></body></html>`;
}

/** A site of three years of meetings and one person; `extra` words go into the 2021 paper. */
function writeSite(dir: string, extra = ""): void {
  const pages: Record<string, string> = {
    "index.html": "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Home</title></head><body><h1>Home</h1></body></html>",
    "meetings/panel-2019-03-01/index.html": page("Meeting 2019", "The panel met to consider aardvark policing in spring."),
    "meetings/panel-2019-03-01/b1-report/index.html": page("Report 2019", `Aardvark numbers rose. ${"Filler words about budgets. ".repeat(40)}`),
    "meetings/panel-2021-06-01/b1-report/index.html": page("Report 2021", `Budgerigar patrols were reviewed. ${extra} ${"More words about custody. ".repeat(40)}`),
    "meetings/panel-2023-10-01/b1-report/index.html": page("Report 2023", `Chinchilla cadets joined. ${"Words about recruitment. ".repeat(40)}`),
    "people/ann-able/index.html": page("Ann Able", "Councillor Ann Able, dromedary enthusiast."),
  };
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, "pagefind/shards.json"), "utf8")) as ShardManifest;
const recordOf = (dir: string) => JSON.parse(readFileSync(join(dir, "pagefind/shard-digests.json"), "utf8")) as ShardRecord;
// Small enough that each year is a shard of its own.
const TINY = 2_000;

describe("the sharded search index", () => {
  const first = join(temp, "first");
  writeSite(first);

  it("writes one bundle per shard, the newest with the pages of no meeting as /pagefind/, and a manifest of the others", async () => {
    const result = await indexSite(first, { maxBytes: TINY });
    expect(result).toEqual({ pages: 5, shards: 3, reused: 0, documents: { stored: 0, made: 0 } });
    const manifest = manifestOf(first);
    expect(manifest.shards.map((s) => s.key)).toEqual(["2019", "2021", "2023"]);
    expect(manifest.shards.map((s) => s.bundle)).toEqual(["../pagefind-shards/2019/", "../pagefind-shards/2021/", "./"]);
    for (const shard of manifest.shards) expect(existsSync(join(first, "pagefind", shard.bundle, "pagefind-entry.json"))).toBe(true);
    expect(recordOf(first).shards.map((s) => [s.key, s.path])).toEqual([
      ["2019", "pagefind-shards/2019"],
      ["2021", "pagefind-shards/2021"],
      ["2023", "pagefind"],
    ]);
    expect(existsSync(join(first, "pagefind/pagefind.js"))).toBe(true);
  });

  it.runIf(existsSync("/dev/shm"))("removes the documents a killed build left in memory, and leaves none of its own", async () => {
    // No process has this number (Linux's largest is 4,194,304): a build that is no longer running.
    const leftover = join("/dev/shm", "panel-papers-9999999-2021-test");
    mkdirSync(join(leftover, "meetings"), { recursive: true });
    const site = join(temp, "memory");
    writeSite(site);
    await indexSite(site, { maxBytes: TINY });
    expect(existsSync(leftover)).toBe(false);
    expect(readdirSync("/dev/shm").filter((name) => name.startsWith(`panel-papers-${process.pid}-`))).toEqual([]);
  });

  it("keeps a site within the budget in one bundle, with nothing to merge", async () => {
    const single = join(temp, "single");
    writeSite(single);
    const result = await indexSite(single);
    expect(result.shards).toBe(1);
    expect(manifestOf(single).shards.map((s) => s.bundle)).toEqual(["./"]);
    expect(existsSync(join(single, "pagefind-shards"))).toBe(false);
  });

  it("reuses every shard of an unchanged site, byte for byte", async () => {
    const second = join(temp, "second");
    writeSite(second);
    const result = await indexSite(second, { maxBytes: TINY, previous: first });
    expect(result.reused).toBe(3);
    expect(readFileSync(join(second, "pagefind/shards.json"), "utf8")).toBe(readFileSync(join(first, "pagefind/shards.json"), "utf8"));
    expect(readFileSync(join(second, "pagefind-shards/2019/pagefind-entry.json"), "utf8")).toBe(readFileSync(join(first, "pagefind-shards/2019/pagefind-entry.json"), "utf8"));
  });

  it("gives the search page only what it reads of the shards, and keeps their digests for the build", () => {
    for (const shard of manifestOf(first).shards) expect(Object.keys(shard).sort()).toEqual(["bundle", "byDefault", "key", "loose", "years"]);
    expect(recordOf(first).shards.every((s) => /^[0-9a-f]{16}$/.test(s.hash) && s.pages > 0 && s.bytes > 0)).toBe(true);
  });

  it("reuses the shards of a build made when the manifest held their digests", async () => {
    const older = join(temp, "older");
    writeSite(older);
    await indexSite(older, { maxBytes: TINY, previous: first });
    // As such a build left it: the digests in shards.json, and no record beside it.
    const record = recordOf(older);
    rmSync(join(older, "pagefind/shard-digests.json"));
    writeFileSync(join(older, "pagefind/shards.json"), JSON.stringify({ version: 1, merge: [], shards: record.shards.map((s) => ({ ...s, bundle: "./", years: null, loose: true, byDefault: true })) }));
    const next = join(temp, "after-older");
    writeSite(next);
    const result = await indexSite(next, { maxBytes: TINY, previous: older });
    expect(result.reused).toBe(3);
  });

  it("reuses no bundle a record names outside the folders the build makes, and copies nothing from there", async () => {
    const edited = join(temp, "edited");
    writeSite(edited);
    await indexSite(edited, { maxBytes: TINY, previous: first });
    // A bundle elsewhere, with a file the site must not receive, and the record pointing at it.
    const elsewhere = join(temp, "elsewhere");
    cpSync(join(edited, "pagefind-shards/2019"), elsewhere, { recursive: true });
    writeFileSync(join(elsewhere, "private.txt"), "not for the site");
    const record = recordOf(edited);
    writeFileSync(join(edited, "pagefind/shard-digests.json"), JSON.stringify({ ...record, shards: record.shards.map((s) => (s.key === "2019" ? { ...s, path: "../elsewhere" } : s)) }));
    const next = join(temp, "after-edited");
    writeSite(next);
    const result = await indexSite(next, { maxBytes: TINY, previous: edited });
    expect(result.reused).toBe(2);
    expect(existsSync(join(next, "pagefind-shards/2019/private.txt"))).toBe(false);
    expect(existsSync(join(next, "pagefind-shards/2019/pagefind-entry.json"))).toBe(true);
  });

  it("indexes again only the shard whose pages changed", async () => {
    const third = join(temp, "third");
    writeSite(third, "Wombat sightings were added.");
    const result = await indexSite(third, { maxBytes: TINY, previous: first });
    expect(result.reused).toBe(2);
    const before = recordOf(first).shards.map((s) => s.hash);
    const after = recordOf(third).shards.map((s) => s.hash);
    expect(after.filter((hash, i) => hash !== before[i])).toHaveLength(1);
    expect(after[1]).not.toBe(before[1]);
  });

  it("reindexes in place, as the dev server does, keeping unchanged shards and dropping stale ones", async () => {
    const dev = join(temp, "dev");
    writeSite(dev);
    await indexSite(dev, { maxBytes: TINY });
    mkdirSync(join(dev, "pagefind-shards/1999"), { recursive: true });
    writeSite(dev, "Wombat sightings were added.");
    const result = await indexSite(dev, { maxBytes: TINY, previous: dev });
    expect(result.reused).toBe(2);
    expect(existsSync(join(dev, "pagefind-shards/1999"))).toBe(false);
    for (const shard of recordOf(dev).shards) expect(existsSync(join(dev, shard.path, "pagefind-entry.json"))).toBe(true);
    expect(recordOf(dev).shards.map((s) => s.hash)).toEqual(recordOf(join(temp, "third")).shards.map((s) => s.hash));
  });

  it("takes the documents of the kept pages of a shard indexed again from the store the last build left, and indexes it as from the pages", async () => {
    const cacheDir = join(temp, "store-cache");
    const before = join(temp, "store-before");
    writeSite(before);
    expect((await indexSite(before, { maxBytes: TINY, cacheDir })).documents).toEqual({ stored: 0, made: 0 });
    // A meeting added to the newest year: its shard, the main bundle, is indexed again; the other pages are kept.
    const added = "meetings/panel-2023-12-01/index.html";
    const kept = new Set(["meetings/panel-2023-10-01/b1-report/index.html", "people/ann-able/index.html", "meetings/panel-2021-06-01/b1-report/index.html", "meetings/panel-2019-03-01/index.html", "meetings/panel-2019-03-01/b1-report/index.html"]);
    const sites = ["store-with", "store-without", "store-tampered"].map((name) => join(temp, name));
    for (const site of sites) {
      writeSite(site);
      mkdirSync(dirname(join(site, added)), { recursive: true });
      writeFileSync(join(site, added), page("Meeting December 2023", "The panel met to consider emu husbandry."));
    }
    const withStore = await indexSite(sites[0] as string, { maxBytes: TINY, previous: before, kept, cacheDir });
    expect(withStore.documents).toEqual({ stored: 2, made: 0 });
    const without = await indexSite(sites[1] as string, { maxBytes: TINY, previous: before, kept });
    expect(without.documents).toEqual({ stored: 0, made: 2 });
    const bundle = (site: string) => new Map(readdirSync(join(site, "pagefind"), { recursive: true, encoding: "utf8" }).filter((f) => /\.pf_|entry/.test(f)).map((f) => [f, readFileSync(join(site, "pagefind", f)).toString("base64")]));
    expect(bundle(sites[0] as string)).toEqual(bundle(sites[1] as string));
    // A stored page's text changed behind the build's back (its recorded digest kept) is made again from the page.
    const [storeFile] = readdirSync(cacheDir);
    const path = join(cacheDir, storeFile as string);
    const stored = deserialize(readFileSync(path)) as [string, { digest: string; documents: { path: string; html: string }[] }][];
    for (const [, entry] of stored) for (const doc of entry.documents) doc.html = doc.html.replace("Chinchilla", "Capybara");
    writeFileSync(path, serialize(stored));
    const tampered = await indexSite(sites[2] as string, { maxBytes: TINY, previous: before, kept, cacheDir });
    expect(tampered.documents).toEqual({ stored: 1, made: 1 });
    expect(bundle(sites[2] as string)).toEqual(bundle(sites[1] as string));
  });

  describeWithBrowser("searched in a browser, merging the shards", () => {
    it("finds pages in every shard when all years are searched", async () => {
      const site = join(temp, "searched");
      cpSync(join(temp, "third"), site, { recursive: true });
      const { results } = await measureQueryBytes(site, ["aardvark", "budgerigar", "chinchilla", "dromedary", "wombat"], { scope: "all" });
      expect(results[0]).toContain("/meetings/panel-2019-03-01/b1-report/");
      expect(results[1]).toEqual(["/meetings/panel-2021-06-01/b1-report/"]);
      expect(results[2]).toEqual(["/meetings/panel-2023-10-01/b1-report/"]);
      expect(results[3]).toEqual(["/people/ann-able/"]);
      expect(results[4]).toEqual(["/meetings/panel-2021-06-01/b1-report/"]);
    });
  });
});
