/**
 * Which papers readers may see: the one test pages, feeds and open data share. An exempt paper and
 * one under embargo have no page; a paper the archive only knows of has a page but no text.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { publishedPapers } from "../../src/feeds/published-papers.ts";
import { buildViews, hasPage, isPublished, withPages } from "../../src/views/index.ts";
import { withPrivatePapers, writeContent } from "../support/content-fixture.ts";
import { loadValidArchive } from "../support/load-content.ts";
import { shippedArchive } from "./archives.ts";

const BEFORE_EMBARGO = DateTime.fromISO("2024-01-05T12:00:00Z");

function privateArchive() {
  return loadValidArchive(writeContent(withPrivatePapers({ exempt: "EXEMPT-CANARY", embargo: "EMBARGO-CANARY" })), BEFORE_EMBARGO);
}

describe("published papers", () => {
  it("give an exempt paper and an embargoed one no page, and publish neither", () => {
    const archive = privateArchive();
    const byId = (id: string) => archive.documents.find((d) => d.id === id);
    for (const id of ["panel-2024-01-10/b1-custody-contract", "panel-2024-01-10/a3-budget"]) {
      const paper = byId(id);
      expect(paper?.withheld, id).toBeDefined();
      if (paper) expect([hasPage(paper), isPublished(paper)]).toEqual([false, false]);
    }
    expect(withPages(archive.documents).map((d) => d.id)).toEqual(expect.not.arrayContaining(["panel-2024-01-10/b1-custody-contract", "panel-2024-01-10/a3-budget"]));
  });

  it("give a paper the archive only knows of a page, but publish no text of it", () => {
    const stub = shippedArchive().documents.find((d) => d.status === "referenced" && !d.withheld);
    expect(stub).toBeDefined();
    if (stub) expect([hasPage(stub), isPublished(stub)]).toEqual([true, false]);
  });

  it("are what the papers feed chooses from, and what the pages are made for", () => {
    const archive = shippedArchive();
    const fed = publishedPapers(archive).map((p) => p.paper);
    expect(new Set(fed)).toEqual(new Set(archive.documents.filter(isPublished)));
    expect(buildViews(archive).publishedDocuments).toEqual(withPages(archive.documents));
  });
});
