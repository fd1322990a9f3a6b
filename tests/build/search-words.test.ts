/**
 * The word lists the search index carries for "Did you mean", on a small hand-made site indexed
 * through Pagefind: each bundle lists the words of its own records, with their counts, and none of
 * the pages' chrome; a shard reused from a build made before there were word lists gets them.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { WORD_BUCKETS } from "../../src/assets/search-words.js";
import { indexSite } from "../../src/build/search-index.ts";
import type { ShardRecord } from "../../src/build/search-shards.ts";

const temp = mkdtempSync(join(tmpdir(), "papers-search-words-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function page(title: string, text: string): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title></head><body><nav>Navigation Chrome</nav><main><h1>${title}</h1><div data-pagefind-body><p>${text}</p></div></main><footer>Footer Licence</footer></body></html>`;
}

function writeSite(dir: string): void {
  const pages: Record<string, string> = {
    "meetings/panel-2019-03-01/b1-report/index.html": page("Report 2019", `Aardvark numbers rose on Sheppey. ${"Filler words about budgets. ".repeat(40)}`),
    "meetings/panel-2023-10-01/b1-report/index.html": page("Report 2023", `Sheppey and Sheppey again: chinchilla cadets joined. ${"Words about recruitment. ".repeat(40)}`),
    "people/ann-able/index.html": page("Ann Able", "Councillor Ann Able, dromedary enthusiast."),
  };
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
}

const recordOf = (dir: string) => JSON.parse(readFileSync(join(dir, "pagefind/shard-digests.json"), "utf8")) as ShardRecord;
const listed = (bundle: string, bucket: string) => readFileSync(join(bundle, "words", `${bucket}.txt`), "utf8");

describe("the word lists of the search index", () => {
  const site = join(temp, "site");
  writeSite(site);

  it("give every bundle a file for every first letter, listing the words of its own records with their counts", async () => {
    await indexSite(site, { maxBytes: 1_500 });
    const bundles = Object.fromEntries(recordOf(site).shards.map((shard) => [shard.key, join(site, shard.path)]));
    expect(Object.keys(bundles).sort()).toEqual(["2019", "2023", "other"]);
    for (const bundle of Object.values(bundles)) for (const bucket of WORD_BUCKETS) expect(existsSync(join(bundle, "words", `${bucket}.txt`)), `${bundle} ${bucket}`).toBe(true);
    expect(listed(bundles["2019"] as string, "s")).toBe("Sheppey 1\n");
    expect(listed(bundles["2023"] as string, "s")).toBe("Sheppey 2\n");
    expect(listed(bundles.other as string, "d")).toBe("dromedary 1\n");
    expect(listed(bundles["2023"] as string, "d")).toBe("");
    expect(listed(bundles["2019"] as string, "a")).toContain("Aardvark 1\n");
    expect(listed(bundles["2023"] as string, "a")).not.toContain("Aardvark");
  });

  it("hold none of the pages' chrome", () => {
    for (const shard of recordOf(site).shards) {
      const all = WORD_BUCKETS.map((bucket) => listed(join(site, shard.path), bucket)).join("");
      for (const word of ["Navigation", "Chrome", "Footer", "Licence"]) expect(all, `${shard.key}: ${word}`).not.toContain(word);
    }
  });

  it("are written into a shard kept from a build made before there were word lists", async () => {
    const old = recordOf(site).shards.find((shard) => shard.key === "2019");
    if (!old) throw new Error("no 2019 shard");
    rmSync(join(site, old.path, "words"), { recursive: true });
    const rebuilt = join(temp, "rebuilt");
    writeSite(rebuilt);
    const result = await indexSite(rebuilt, { maxBytes: 1_500, previous: site });
    expect(result.reused).toBe(3);
    expect(listed(join(rebuilt, old.path), "s")).toBe("Sheppey 1\n");
  });
});
