/**
 * Rendering a large archive in parts (src/build/render-parts.ts): the plan covers every meeting and
 * paper once, in bounded parts, and a site rendered in parts is byte for byte the site rendered in
 * one run.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { afterAll, describe, expect, it } from "vitest";
import { renderSite } from "../../src/build/build-site.ts";
import { planRenderParts } from "../../src/build/render-parts.ts";
import { loadValidArchive } from "../support/load-content.ts";
import { PROJECT_ROOT } from "../support/paths.ts";
import { siteFiles } from "../support/site-files.ts";

const archive = loadValidArchive(PROJECT_ROOT, DateTime.fromISO("2026-01-15T10:00:00Z"));
const published = archive.documents.filter((d) => !d.withheld);
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe("planning render parts", () => {
  it("renders an archive within the budget in one part that holds everything", () => {
    const parts = planRenderParts(archive.meetings, published, 1e12);
    expect(parts).toHaveLength(1);
    expect(parts[0]?.sitewide).toBe(true);
    expect(parts[0]?.meetings).toHaveLength(archive.meetings.length);
    expect(parts[0]?.documents).toHaveLength(published.length);
  });

  it("splits a larger archive into runs of meetings in date order, then one sitewide part with the papers of no meeting", () => {
    const parts = planRenderParts(archive.meetings, published, 60_000);
    expect(parts.length).toBeGreaterThan(3);
    const last = parts[parts.length - 1];
    expect(parts.slice(0, -1).every((p) => !p.sitewide)).toBe(true);
    expect(last?.sitewide).toBe(true);
    expect(last?.meetings).toEqual([]);
    expect(last?.documents.every((d) => d.meeting === undefined)).toBe(true);
    // Every meeting and every published paper exactly once.
    expect(parts.flatMap((p) => p.meetings.map((m) => m.id)).sort()).toEqual(archive.meetings.map((m) => m.id).sort());
    expect(parts.flatMap((p) => p.documents.map((d) => d.id)).sort()).toEqual(published.map((d) => d.id).sort());
    // A meeting's papers go with it, and meetings run in date order across the parts.
    for (const part of parts) for (const d of part.documents) if (d.meeting) expect(part.meetings).toContain(d.meeting);
    const dates = parts.flatMap((p) => p.meetings.map((m) => m.date));
    expect(dates).toEqual([...dates].sort());
  });

  it("keeps each part within the budget unless a single meeting is larger", () => {
    const budget = 60_000;
    const parts = planRenderParts(archive.meetings, published, budget);
    for (const part of parts.filter((p) => !p.sitewide && p.meetings.length > 1)) {
      const chars = part.documents.reduce((n, d) => n + d.markdown.length, 0);
      expect(chars).toBeLessThanOrEqual(budget);
    }
  });
});

describe("a site rendered in parts", () => {
  it("is byte-identical to the same site rendered in one run, sitemap and feeds included", async () => {
    const digests = async (partChars: number) => {
      const dir = mkdtempSync(join(tmpdir(), "render-parts-"));
      folders.push(dir);
      const { pages } = await renderSite(archive, dir, PROJECT_ROOT, partChars);
      const files = siteFiles(dir);
      return { pages, files: new Map(files.map((f) => [f, createHash("sha256").update(readFileSync(join(dir, f.slice(1)))).digest("hex")])) };
    };
    const whole = await digests(1e12);
    const inParts = await digests(60_000);
    expect(planRenderParts(archive.meetings, published, 60_000).length).toBeGreaterThan(3);
    expect(inParts.pages).toBe(whole.pages);
    expect([...inParts.files.keys()]).toEqual([...whole.files.keys()]);
    expect([...whole.files.keys()]).toContain("/sitemap.xml");
    const differing = [...whole.files].filter(([file, digest]) => inParts.files.get(file) !== digest).map(([file]) => file);
    expect(differing).toEqual([]);
  }, 120_000);
});
