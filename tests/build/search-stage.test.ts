/**
 * Reading a site for the search index: each page's search documents are staged once, and what
 * the shards are planned and reused by is those documents, not the page: their size, and a
 * digest that changes with the indexed text only, never with the page's chrome.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { indexSite } from "../../src/build/search-index.ts";
import { readStaged, type Staging, stagePages, stagePagesInParallel, writeDocuments } from "../../src/build/search-stage.ts";

const temp = mkdtempSync(join(tmpdir(), "papers-search-stage-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const SECTIONED = `<h2 id="m1">1. Minutes</h2><p>${"The minutes were approved as a correct record. ".repeat(80)}</p><h2 id="m2">2. Budget</h2><p>The budget was noted.</p>`;

/** A page with `chrome` (navigation, attendance tables) outside its region of `text`. */
function page(title: string, text: string, chrome: string, built = "Monday 1 January 2024"): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title></head><body><nav>${chrome}</nav><main><h1 data-pagefind-body>${title}</h1><div class="app-print-meta"><p>Page built: ${built}</p></div><div hidden data-pagefind-ignore data-search-tags><span data-pagefind-filter="type">person</span><span data-pagefind-meta="title">${title}</span></div><div data-pagefind-body><p>${text}</p></div><table><tr><td>${chrome}</td></tr></table></main></body></html>`;
}

function writeSite(dir: string, chrome: string, built?: string): void {
  const pages: Record<string, string> = {
    "index.html": `<!DOCTYPE html><html><head><title>Home</title></head><body><h1>Home</h1>${chrome}</body></html>`,
    "people/ann-able/index.html": page("Ann Able", "Councillor Ann Able, dromedary enthusiast.", chrome, built),
    "meetings/panel-2019-03-01/minutes/index.html": page("Minutes 2019", SECTIONED, chrome, built),
    "meetings/panel-2023-10-01/b1-report/index.html": page("Report 2023", "Chinchilla cadets joined.", chrome, built),
  };
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
}

/** What was staged, less where: pages with their documents' paths, and each document's text. */
function staged(staging: Staging, unpacked: string): { pages: unknown[]; texts: Record<string, string> } {
  const documents = staging.pages.flatMap((page) => page.documents ?? []);
  writeDocuments(readStaged(documents), unpacked, new Set());
  return {
    pages: staging.pages.map((page) => ({ path: page.path, source: page.source, digest: page.digest, bytes: page.bytes, documents: page.documents?.map((doc) => doc.path) })),
    texts: Object.fromEntries(documents.map((doc) => [doc.path, readFileSync(join(unpacked, doc.path), "utf8")])),
  };
}

const PATHS = ["index.html", "people/ann-able/index.html", "meetings/panel-2019-03-01/minutes/index.html", "meetings/panel-2023-10-01/b1-report/index.html"];
const attendance = (n: number) => Array.from({ length: n }, (_, i) => `<li>Meeting ${i}: present</li>`).join("");

describe("reading a site for the search index", () => {
  it("stages each page's documents, the lean one at its own path and a long page's sections beside it, and sizes the page by them", () => {
    const site = join(temp, "staged");
    writeSite(site, attendance(200));
    const staging = stagePages(site, join(temp, "staged.pack"), PATHS);
    expect(staging.without).toEqual(["index.html"]);
    const { pages, texts } = staged(staging, join(temp, "staged-documents"));
    expect(pages.map((p) => (p as { documents: string[] }).documents)).toEqual([
      ["people/ann-able/index.html"],
      // The page's own record (its title) takes in the first, long minute; the second is a record of its own.
      ["meetings/panel-2019-03-01/minutes/index.html", "meetings/panel-2019-03-01/minutes/section-m2.html"],
      ["meetings/panel-2023-10-01/b1-report/index.html"],
    ]);
    for (const page of staging.pages) {
      const documents = (page.documents ?? []).map((doc) => texts[doc.path] ?? "");
      expect(page.bytes).toBe(documents.reduce((n, html) => n + Buffer.byteLength(html), 0));
      expect(page.bytes).toBeLessThan(Buffer.byteLength(readFileSync(join(site, page.path))) / 2);
      for (const html of documents) expect(html).not.toContain("Meeting 1: present");
    }
    expect(texts["meetings/panel-2019-03-01/minutes/section-m2.html"]).toContain("The budget was noted.");
  });

  it("does not parse again a page whose HTML the previous build knew, whatever the build date", async () => {
    const site = join(temp, "known");
    writeSite(site, attendance(5));
    const first = stagePages(site, join(temp, "known-1.pack"), PATHS);
    const known = new Map(first.pages.map((page) => [page.path, { source: page.source, digest: `known ${page.digest}`, bytes: page.bytes + 1 }]));
    writeSite(site, attendance(5), "Tuesday 2 January 2024");
    const report = "meetings/panel-2023-10-01/b1-report/index.html";
    writeFileSync(join(site, report), readFileSync(join(site, report), "utf8").replace("Chinchilla", "Wombat"));
    const second = await stagePagesInParallel(site, join(temp, "known-2"), PATHS, known, 1);
    const byPath = new Map(second.pages.map((page) => [page.path, page]));
    const person = byPath.get("people/ann-able/index.html");
    expect(person?.documents).toBeUndefined();
    expect(person?.digest).toBe(known.get("people/ann-able/index.html")?.digest);
    expect(person?.bytes).toBe(known.get("people/ann-able/index.html")?.bytes);
    expect(byPath.get(report)?.documents?.map((doc) => doc.path)).toEqual([report]);
    expect(byPath.get(report)?.digest).not.toBe(first.pages.find((page) => page.path === report)?.digest);
  });

  it("does not even read a page the build kept from the previous one, but takes what that build knew of it", async () => {
    const site = join(temp, "kept");
    writeSite(site, attendance(5));
    const first = stagePages(site, join(temp, "kept-1.pack"), PATHS);
    const known = new Map(first.pages.map((page) => [page.path, { source: page.source, digest: `known ${page.digest}`, bytes: page.bytes }]));
    const report = "meetings/panel-2023-10-01/b1-report/index.html";
    // Unreadable as a page: were it read, it would not be what the previous build knew.
    writeFileSync(join(site, report), "not the page the previous build wrote");
    const second = await stagePagesInParallel(site, join(temp, "kept-2"), PATHS, known, 1, undefined, new Set([report]));
    const kept = second.pages.find((page) => page.path === report);
    expect(kept?.documents).toBeUndefined();
    expect(kept?.digest).toBe(known.get(report)?.digest);
  });

  it("reads on two threads as on one", async () => {
    const site = join(temp, "threads");
    writeSite(site, attendance(5));
    const one = stagePages(site, join(temp, "threads-one.pack"), PATHS);
    const two = await stagePagesInParallel(site, join(temp, "threads-two"), PATHS, new Map(), 2, 0);
    expect(new Set(two.pages.map((page) => page.documents?.[0]?.pack)).size).toBe(2);
    expect(staged(two, join(temp, "threads-two-documents"))).toEqual(staged(one, join(temp, "threads-one-documents")));
    expect(two.without).toEqual(one.without);
  });
});

describe("the search index of a site whose pages carry much chrome", () => {
  const first = join(temp, "first");
  writeSite(first, attendance(400));

  it("is planned by the size of what is indexed, not of the pages", async () => {
    const pagesBytes = PATHS.slice(1).reduce((n, path) => n + readFileSync(join(first, path)).length, 0);
    const budget = 20_000;
    expect(pagesBytes).toBeGreaterThan(3 * budget);
    const result = await indexSite(first, { maxBytes: budget });
    expect(result).toEqual({ pages: 3, shards: 1, reused: 0, documents: { stored: 0, made: 0 } });
    expect(existsSync(join(first, ".search-documents"))).toBe(false);
  });

  it("is reused whole when only the chrome and the build date change", async () => {
    const second = join(temp, "second");
    writeSite(second, attendance(401), "Tuesday 2 January 2024");
    const result = await indexSite(second, { maxBytes: 20_000, previous: first });
    expect(result.reused).toBe(1);
  });

  it("indexes a page the previous build knew as a fresh build does", async () => {
    const rebuilt = join(temp, "rebuilt");
    const fresh = join(temp, "fresh");
    for (const dir of [rebuilt, fresh]) {
      writeSite(dir, attendance(400));
      const path = join(dir, "meetings/panel-2023-10-01/b1-report/index.html");
      writeFileSync(path, readFileSync(path, "utf8").replace("Chinchilla", "Wombat"));
    }
    // One bundle: the changed page is indexed again beside the pages known from the first build.
    const before = join(temp, "before-change");
    writeSite(before, attendance(400));
    await indexSite(before);
    expect(Object.keys(JSON.parse(readFileSync(join(before, "pagefind/pages.json"), "utf8")).pages)).toEqual(PATHS.slice(1).sort());
    expect(await indexSite(rebuilt, { previous: before })).toEqual({ pages: 3, shards: 1, reused: 0, documents: { stored: 0, made: 2 } });
    await indexSite(fresh);
    expect(readFileSync(join(rebuilt, "pagefind/shards.json"), "utf8")).toBe(readFileSync(join(fresh, "pagefind/shards.json"), "utf8"));
    expect(readFileSync(join(rebuilt, "pagefind/shard-digests.json"), "utf8")).toBe(readFileSync(join(fresh, "pagefind/shard-digests.json"), "utf8"));
    expect(readFileSync(join(rebuilt, "pagefind/pages.json"), "utf8")).toBe(readFileSync(join(fresh, "pagefind/pages.json"), "utf8"));
    expect(readFileSync(join(rebuilt, "pagefind/pagefind-entry.json"), "utf8")).toBe(readFileSync(join(fresh, "pagefind/pagefind-entry.json"), "utf8"));
  });

  it("leaves the previous build as it was when it reuses its bundles", async () => {
    const previous = join(temp, "previous-intact");
    writeSite(previous, attendance(400));
    await indexSite(previous, { maxBytes: 2_000 });
    const files = ["pagefind/shard-digests.json", "pagefind/shards.json", "pagefind/pages.json", "pagefind/pagefind-entry.json"];
    const snapshot = files.map((file) => readFileSync(join(previous, file), "utf8"));
    const next = join(temp, "next-intact");
    writeSite(next, attendance(400));
    const path = join(next, "meetings/panel-2019-03-01/minutes/index.html");
    writeFileSync(path, readFileSync(path, "utf8").replace("The budget was noted.", "The budget was cut."));
    const result = await indexSite(next, { maxBytes: 2_000, previous });
    expect(result.reused).toBe(result.shards - 1);
    expect(files.map((file) => readFileSync(join(previous, file), "utf8"))).toEqual(snapshot);
    expect(readFileSync(join(next, "pagefind/shard-digests.json"), "utf8")).not.toBe(snapshot[0]);
  });

  it("does not trust what a build by other code knew", async () => {
    const tampered = join(temp, "tampered");
    writeSite(tampered, attendance(400));
    await indexSite(tampered, { maxBytes: 20_000 });
    const known = join(tampered, "pagefind/pages.json");
    const file = JSON.parse(readFileSync(known, "utf8")) as { version: string; pages: Record<string, [string, string, number]> };
    for (const entry of Object.values(file.pages)) entry[1] = "not this digest";
    writeFileSync(known, JSON.stringify({ ...file, version: "older code" }));
    const again = join(temp, "again");
    writeSite(again, attendance(400));
    const result = await indexSite(again, { maxBytes: 20_000, previous: tampered });
    expect(result.reused).toBe(1);
  });

  it("is indexed again when the indexed text changes", async () => {
    const third = join(temp, "third");
    writeSite(third, attendance(400));
    const path = join(third, "people/ann-able/index.html");
    writeFileSync(path, readFileSync(path, "utf8").replace("dromedary", "wombat"));
    const result = await indexSite(third, { maxBytes: 20_000, previous: first });
    expect(result.reused).toBe(0);
  });
});
