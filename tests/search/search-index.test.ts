/**
 * What the search index of the shipped archive holds, read back from Pagefind's own files: the
 * papers' text of every searchable kind of page, sections of long pages with addresses that land
 * on an element of the page, and none of the pages' chrome.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPage } from "../support/site-files.ts";
import { sharedSite } from "../support/shared-site.ts";

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** The elements with ids in the record: the sections it took in after its first (search-sections.ts). */
  anchors: { id: string; text: string }[];
}

let site: string;
let records: Fragment[];

/** Every record of every bundle (the main one and any shards), as Pagefind stores it. */
function readRecords(dir: string): Fragment[] {
  const bundles = [join(dir, "pagefind")];
  const shards = join(dir, "pagefind-shards");
  if (existsSync(shards)) for (const name of readdirSync(shards)) bundles.push(join(shards, name));
  return bundles.flatMap((bundle) =>
    readdirSync(join(bundle, "fragment")).map((name) => {
      const bytes = gunzipSync(readFileSync(join(bundle, "fragment", name)));
      return JSON.parse(bytes.subarray("pagefind_dcd".length).toString("utf8")) as Fragment;
    }),
  );
}

const address = (record: Fragment) => record.meta.url ?? record.url;

beforeAll(async () => {
  site = await sharedSite();
  records = readRecords(site);
});

describe("the search index of the shipped archive", () => {
  it("holds every kind of page people search for", () => {
    const types = new Set(records.flatMap((r) => r.filters.type ?? []));
    for (const type of ["agenda", "minutes", "notes", "report", "appendix", "person", "decision", "topic", "organisation", "body"]) expect(types, type).toContain(type);
  });

  it("gives every record an address that lands on a page of the site, and on an element of it", () => {
    const pages = new Map<string, ReturnType<typeof loadPage>>();
    for (const record of records) {
      const [path = "", anchor] = address(record).split("#");
      if (!pages.has(path)) pages.set(path, loadPage(site, path));
      const $ = pages.get(path) as ReturnType<typeof loadPage>;
      if (anchor) expect($(`[id="${anchor}"]`).length, address(record)).toBe(1);
    }
  });

  it("cuts long papers into records of a minute or heading, or of a run of short ones, every minute findable by its anchor", () => {
    const page = "/meetings/kmpcp-2024-07-16/minutes/";
    const minutes = records.filter((r) => address(r).split("#")[0] === page);
    expect(minutes.length).toBeGreaterThan(3);
    // Each minute starts a record (its address) or is an anchor in one, which the search page lands on.
    const holding = (anchor: string) => minutes.find((r) => address(r) === `${page}#${anchor}` || r.anchors.some((a) => a.id === anchor));
    for (const anchor of ["m109", "m110", "m115", "m117", "m118"]) expect(holding(anchor), anchor).toBeDefined();
    const m117 = holding("m117");
    const heading = address(m117 as Fragment).endsWith("#m117") ? m117?.meta.section : m117?.anchors.find((a) => a.id === "m117")?.text;
    expect(heading).toMatch(/^117\. Decision OPCC D\.035\.24/);
    expect(m117?.meta).toMatchObject({ type: "Minutes", body: "Kent and Medway Police and Crime Panel", date: "Tuesday 16 July 2024" });
    expect(m117?.filters).toMatchObject({ type: ["minutes"], body: ["kmpcp"], year: ["2024"] });
    // Short minutes share records: fewer records than minutes.
    expect(minutes.length).toBeLessThan(12);
  });

  it("holds none of the pages' chrome: navigation, skip link, print notes, footer", () => {
    for (const record of records) {
      for (const chrome of ["Skip to main content", "Permanent address:", "Page built:", "Open Government Licence", "Accessibility statement"]) {
        expect(record.content, `${address(record)} holds “${chrome}”`).not.toContain(chrome);
      }
    }
  });

  it("leaves out the pages that only list or link: home, search, lists and registers", () => {
    const pages = new Set(records.map((r) => address(r).split("#")[0]));
    for (const url of ["/", "/search/", "/meetings/", "/meetings/2024/", "/people/", "/topics/", "/decisions/", "/registers/", "/accessibility/"]) expect(pages.has(url), url).toBe(false);
  });
});
