/**
 * Incremental builds: a build over the previous build's output keeps the meeting and paper pages
 * whose inputs are unchanged (render-state.ts) and indexes again only the shards that changed, and
 * what it writes is byte for byte what a clean build of the same content writes, for each kind of
 * change an officer makes. Kept pages are the previous build's files (the same inode, hard-linked);
 * rendered ones are new.
 */
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { afterAll, describe, expect, it } from "vitest";
import { addMeeting, generateArchive } from "../../bench/generate.ts";
import { type BuildResult, buildSite } from "../../src/build/build-site.ts";
import { REACH } from "../../src/build/page-signatures.ts";
import { RENDER_STATE } from "../../src/build/render-state.ts";
import { searchDocuments } from "../../src/build/search-sections.ts";
import { loadValidArchive } from "../support/load-content.ts";
import { PROJECT_ROOT } from "../support/paths.ts";
import { siteFiles } from "../support/site-files.ts";

const NOW = DateTime.fromISO("2026-01-15T10:00:00Z");
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "papers-incremental-"));
  temporary.push(dir);
  return dir;
}

async function build(root: string, outputDir: string, now = NOW): Promise<BuildResult> {
  // With the archive's cache folder, as `panel-papers build` runs it: the search documents kept there are used.
  return await buildSite(loadValidArchive(root, now), { outputDir, projectRoot: PROJECT_ROOT, cacheDir: join(root, ".cache", "panel-papers") });
}

function treeDigest(dir: string): Map<string, string> {
  return new Map(siteFiles(dir).map((file) => [file, createHash("sha256").update(readFileSync(join(dir, file))).digest("hex")]));
}

/** Builds `root` over `live` (incrementally) and into a new folder (clean), and expects the two trees equal. */
async function expectSameAsClean(root: string, live: string, now = NOW): Promise<BuildResult> {
  const result = await build(root, live, now);
  const clean = join(tempDir(), "site");
  await build(root, clean, now);
  const incremental = treeDigest(live);
  const fresh = treeDigest(clean);
  expect([...incremental.keys()].sort()).toEqual([...fresh.keys()].sort());
  expect([...fresh].filter(([file, digest]) => incremental.get(file) !== digest).map(([file]) => file)).toEqual([]);
  return result;
}

const inode = (site: string, page: string) => statSync(join(site, page)).ino;

function edit(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, "content", file);
  const before = readFileSync(path, "utf8");
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
}

describe("an incremental build of the shipped archive", () => {
  it("writes what a clean build writes, change after change, and renders again only what a change reaches", async () => {
    const root = tempDir();
    cpSync(join(PROJECT_ROOT, "content"), join(root, "content"), { recursive: true });
    const live = join(root, "_site");
    await build(root, live);
    const far = "meetings/kmpcp-2019-06-12/index.html";
    const paper = "meetings/kmpcp-2024-07-16/b3-shoplifting-update/index.html";
    const farBefore = inode(live, far);
    const paperBefore = inode(live, paper);

    // A paper's text.
    edit(root, "meetings/kmpcp-2024-07-16/b3-shoplifting-update.md", (text) => `${text}\nThe Panel noted a further update on retail crime.\n`);
    await expectSameAsClean(root, live);
    expect(inode(live, far)).toBe(farBefore);
    expect(inode(live, paper)).not.toBe(paperBefore);

    // A paper's title, which the pages that list or cite it print.
    edit(root, "meetings/kmpcp-2024-10-10/b1-complaints-annual-report.md", (text) => text.replace("title: Complaints Against the Commissioner – Annual Report 2023-24", "title: Complaints Against the Commissioner – Annual Report for 2023-24"));
    await expectSameAsClean(root, live);
    expect(inode(live, far)).toBe(farBefore);

    // A person's name, printed on every meeting they attended.
    edit(root, "people/peter-feacey.md", (text) => text.replace('name: "Peter Feacey"', 'name: "Peter J Feacey"'));
    await expectSameAsClean(root, live);

    // A paper embargoed: its page goes, and every page that lists it says it is not yet published.
    edit(root, "meetings/kmpcp-2024-10-10/b1-complaints-annual-report.md", (text) => text.replace("type: report\n", "type: report\npublish_from: 2099-01-01T09:00:00Z\n"));
    await expectSameAsClean(root, live);
    expect(siteFiles(live)).toContain("/meetings/kmpcp-2024-10-10/index.html");
    expect(siteFiles(live)).not.toContain("/meetings/kmpcp-2024-10-10/b1-complaints-annual-report/index.html");

    // A paper embargoed that another paper's text links to: the link becomes its words, saying why.
    const linking = "papers/safer-in-kent-2017-2021/index.html";
    expect(readFileSync(join(live, linking), "utf8")).toContain('href="/papers/safer-in-kent-backing-young-people/"');
    edit(root, "papers/safer-in-kent-backing-young-people.md", (text) => text.replace(/^---\n/, "---\npublish_from: 2099-01-01T09:00:00Z\n"));
    await expectSameAsClean(root, live);
    expect(readFileSync(join(live, linking), "utf8")).not.toContain('href="/papers/safer-in-kent-backing-young-people/"');

    // A meeting between two others: each one's link to the previous or next meeting changes.
    const before = "meetings/kmpcp-2024-07-16/index.html";
    mkdirSync(join(root, "content/meetings/kmpcp-2024-04-18"));
    writeFileSync(join(root, "content/meetings/kmpcp-2024-04-18/meeting.md"), "---\ntype: meeting\nbody: kmpcp\ndate: 2024-04-18\nstatus: cancelled\n---\n");
    await expectSameAsClean(root, live);
    expect(readFileSync(join(live, before), "utf8")).toContain('href="/meetings/kmpcp-2024-04-18/"');

    // An hour later the same day: nothing changed, every meeting and paper page is kept.
    const farNow = inode(live, far);
    const kept = await expectSameAsClean(root, live, NOW.plus({ hours: 1 }));
    const recorded = Object.keys((JSON.parse(readFileSync(join(live, RENDER_STATE), "utf8")) as { pages: object }).pages);
    expect(recorded.length).toBeGreaterThan(50);
    expect(kept.keptPages).toBe(recorded.length);
    expect(inode(live, far)).toBe(farNow);

    // Another day: every page prints its build date, so every page is rendered again.
    const tomorrow = NOW.plus({ days: 1 });
    expect((await expectSameAsClean(root, live, tomorrow)).keptPages).toBe(0);
    expect(inode(live, far)).not.toBe(farNow);
  }, 240_000);
});

describe("an incremental build of a generated archive", () => {
  it("adds a meeting, and then takes it away, as a clean build would", async () => {
    const root = tempDir();
    generateArchive({ papers: 60, root });
    const live = join(root, "_site");
    await build(root, live);
    const before = treeDigest(live);
    const pages = siteFiles(live).filter((file) => file.endsWith("index.html") && file.startsWith("/meetings/"));
    const inodes = new Map(pages.map((page) => [page, inode(live, page)]));

    const people = siteFiles(live).filter((file) => file.startsWith("/people/") && file.endsWith("/index.html"));
    const peopleBefore = new Map(people.map((page) => [page, readFileSync(join(live, page), "utf8")]));

    const added = addMeeting({ papers: 60, root });
    const result = await expectSameAsClean(root, live);
    // The index is one bundle, made again: the kept pages' documents come from the cache, none parsed again.
    expect(result.indexedDocuments.made).toBe(0);
    expect(result.indexedDocuments.stored).toBeGreaterThan(40);
    const kept = pages.filter((page) => inode(live, page) === inodes.get(page));
    expect(result.keptPages).toBe(kept.length);
    // Most meeting and paper pages are kept; the new meeting's are new.
    expect(pages.length).toBeGreaterThan(40);
    expect(kept.length).toBeGreaterThan(pages.length / 2);
    expect(siteFiles(live)).toContain(`/meetings/${added.id}/index.html`);
    // Of the body's other meetings' pages, only those within REACH of the new one are rendered again
    // (the last one's link to the next meeting, and its minutes' approval), not every one of them.
    const body = added.id.replace(/-\d{4}-\d\d-\d\d$/, "");
    const meetingPages = pages.filter((page) => /^\/meetings\/[a-z][^/]*\/index\.html$/.test(page));
    const ofBody = meetingPages.filter((page) => page.startsWith(`/meetings/${body}-`)).sort();
    expect(ofBody.length).toBeGreaterThan(REACH + 2);
    const rendered = meetingPages.filter((page) => inode(live, page) !== inodes.get(page));
    expect(rendered).toContain(ofBody[ofBody.length - 1]);
    expect(rendered.filter((page) => !ofBody.slice(-REACH).includes(page))).toEqual([]);

    // The pages of the people the new agenda lists now list it too, but what search indexes of them
    // is unchanged: so their shard of the index is not made again for every meeting published.
    const changed = people.filter((page) => readFileSync(join(live, page), "utf8") !== peopleBefore.get(page));
    expect(changed.filter((page) => readFileSync(join(live, page), "utf8").includes(`href="/meetings/${added.id}/#membership"`)).length).toBeGreaterThan(3);
    for (const page of changed) {
      expect(searchDocuments(page.slice(1), readFileSync(join(live, page), "utf8"))).toEqual(searchDocuments(page.slice(1), peopleBefore.get(page) ?? ""));
    }

    rmSync(join(root, "content", "meetings", added.id), { recursive: true });
    await expectSameAsClean(root, live);
    expect(treeDigest(live)).toEqual(before);
  }, 240_000);
});
