/**
 * Fail closed, on the whole shipped archive: a copy of content/ with an exempt paper, its appendix
 * and grand-appendix (file names sorting before their parents'), a work programme and a set of
 * minutes whose parent is the exempt paper, a paper at an exempt agenda item with its appendix,
 * and one embargoed paper for each form of `publish_from` (tests/support/withheld-fixture.ts),
 * every field that can carry text holding a canary word of its own.
 *
 * Built through the command line (`src/cli/build.ts --content … --out …`) at PAPERS_NOW
 * 2026-12-01T12:00:00Z, once with TZ=UTC and once with TZ=America/New_York. In every output file
 * (Pagefind's gzip-compressed files decompressed): no text canary at all, and no withheld paper's
 * own title, not even on the agenda that tables it; no page, address or record anchor of a
 * withheld paper. `npm run check` accepts the content, and the agenda says the item has an exempt
 * paper, with its exemption, and that each embargoed paper is to follow. A third build, two
 * seconds later, publishes exactly the three papers whose embargo ends in those two seconds (each
 * written in another zone), so the embargoes are read as the instants they name, not merely refused.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gunzipSync } from "node:zlib";
import * as cheerio from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeContent } from "../support/content-fixture.ts";
import { CONTENT_DIR, PROJECT_ROOT } from "../support/paths.ts";
import { siteFiles } from "../support/site-files.ts";
import { EMBARGO_FORMS, EXEMPT_MEETING, GRAPH_NOW, MINUTES_MEETING, withheldGraph } from "../support/withheld-fixture.ts";

const run = promisify(execFile);
// The project's own tsx: from a temporary folder npx would look for tsx on the registry.
const TSX = join(PROJECT_ROOT, "node_modules/.bin/tsx");
const TIME_ZONES = ["UTC", "America/New_York"] as const;
const GRAPH = withheldGraph();
const EXEMPTION_3 = "Exempt: paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972";

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(command: "check" | "build", args: string[], cwd: string, tz: string, now = GRAPH_NOW): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", TZ: tz, PAPERS_NOW: now };
  delete env.PAPERS_CONTENT;
  delete env.PAPERS_OUT;
  // The local address: what a build names with none configured; a build in CI refuses to name none.
  env.SITE_URL = "http://localhost:8080/";
  try {
    const { stdout, stderr } = await run(TSX, [join(PROJECT_ROOT, `src/cli/${command}.ts`), ...args], { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? String(error) };
  }
}

/** A temporary project: the shipped content with the withheld graph laid over it; the site goes in `site`. */
function graphProject(): { root: string; site: string } {
  const root = mkdtempSync(join(tmpdir(), "papers-withheld-graph-"));
  cpSync(CONTENT_DIR, join(root, "content"), { recursive: true });
  writeContent(GRAPH.files, root);
  return { root, site: join(root, "site") };
}

interface OutputFile {
  file: string;
  /** The file's text, gunzipped first if it is gzip (Pagefind's index, fragments, metadata, filters). */
  text: string;
  /** For a Pagefind fragment: the page it indexes, to say where a hit came from. */
  page?: string;
}

function outputFiles(dir: string): OutputFile[] {
  return siteFiles(dir).map((file) => {
    const bytes = readFileSync(join(dir, file));
    const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
    const text = (gzip ? gunzipSync(bytes) : bytes).toString("utf8");
    let page: string | undefined;
    if (file.startsWith("/pagefind/") && file.endsWith(".pf_fragment")) page = /"url":"([^"]*)"/.exec(text)?.[1];
    return { file, text: text.toLowerCase(), page };
  });
}

const named = (f: OutputFile) => (f.page ? `${f.file} (search fragment of ${f.page})` : f.file);

describe.each(TIME_ZONES)("withheld papers in the shipped archive, built with TZ=%s", (tz) => {
  let root = "";
  let site = "";
  let check: CliResult;
  let build: CliResult;
  let files: OutputFile[] = [];

  beforeAll(async () => {
    ({ root, site } = graphProject());
    check = await cli("check", ["--content", join(root, "content")], root, tz);
    build = await cli("build", ["--content", join(root, "content"), "--out", site], root, tz);
    if (build.code === 0) files = outputFiles(site);
  }, 300_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** The built site's files; fails the test when the build failed, so no check passes on an empty site. */
  const built = (): OutputFile[] => {
    expect(build.code, `the build failed:\n${build.stderr}`).toBe(0);
    return files;
  };
  const page = (url: string) => cheerio.load(readFileSync(join(site, `${url}index.html`), "utf8"));

  it("passes npm run check: the additions are valid content", () => {
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/^content ok:/);
  });

  it("builds, with a search index to look in", () => {
    const all = built();
    expect(all.filter((f) => f.file.startsWith("/pagefind/fragment/")).length).toBeGreaterThan(100);
    expect(all.some((f) => f.file.endsWith(".pf_index"))).toBe(true);
    expect(all.some((f) => f.file.endsWith(".pf_meta"))).toBe(true);
    expect(all.some((f) => f.file.endsWith(".pf_filter"))).toBe(true);
    // The decompressed index is searchable text: a word of the shipped content is in it, stemmed.
    expect(all.some((f) => f.file.endsWith(".pf_index") && f.text.includes("shoplift"))).toBe(true);
  });

  it("lets no text of a withheld paper (body, header, version, series, lists, entries, attendance, actions, records, anchors) reach any output file", () => {
    const hits: string[] = [];
    for (const f of built()) {
      for (const c of GRAPH.canaries) if (c.kind === "text" && f.text.includes(c.word)) hits.push(`${c.word} [${c.where}] in ${named(f)}`);
    }
    expect(hits).toEqual([]);
  });

  it("shows no withheld paper's own title anywhere: not on the agenda that tables it, nor in feeds, data, sitemap, topic or person pages", () => {
    const hits: string[] = [];
    for (const f of built()) {
      for (const c of GRAPH.canaries) if (c.kind === "title" && f.text.includes(c.word)) hits.push(`${c.word} [${c.where}] in ${named(f)}`);
    }
    expect(hits).toEqual([]);
  });

  it("gives no withheld paper a page, and puts neither its address nor an anchor inside it in any file", () => {
    const all = built();
    const pages = all.filter((f) => GRAPH.withheld.some((w) => f.file.startsWith(w.url))).map((f) => f.file);
    expect(pages).toEqual([]);
    const hits: string[] = [];
    for (const f of all) {
      for (const w of GRAPH.withheld) {
        if (f.text.includes(w.url)) hits.push(`${w.url} (${w.why}) in ${named(f)}`);
        if (f.text.includes(`${w.id}#`)) hits.push(`${w.id}#… (a record of ${w.id}) in ${named(f)}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it("says on its meeting's agenda that the item has an exempt paper, and why, with no link", () => {
    built();
    const $ = page(`/meetings/${EXEMPT_MEETING}/`);
    const item = $("#item-a2");
    const lines = item.find(".app-agenda__papers li").toArray().map((li) => $(li).text().trim());
    expect(lines, `#item-a2 reads: ${item.text()}`).toEqual([`A paper is exempt (${EXEMPTION_3.replace("Exempt: ", "")}).`]);
    expect(item.find("a").length).toBe(0);
  });

  it("says each embargoed paper is to follow, with no link", () => {
    built();
    const $ = page(`/meetings/${EXEMPT_MEETING}/`);
    const item = $("#item-a3");
    const lines = item.find(".app-agenda__papers li").toArray().map((li) => $(li).text().trim());
    expect(lines).toEqual(EMBARGO_FORMS.map(() => "A paper is to follow."));
    expect(item.find("a").length).toBe(0);
  });

  it("shows the exempt item's title and paragraph and nothing of its paper", () => {
    built();
    const $ = page(`/meetings/${EXEMPT_MEETING}/`);
    const item = $("#item-a4");
    expect(item.text()).toContain("Award of the estates contract");
    expect(item.text()).toContain("Exempt: paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972");
    expect(item.find("a").length).toBe(0);
  });

  it("keeps every record of the withheld minutes off other pages: no minute taken, no approval, no attendance", () => {
    const all = built();
    const $ = page(`/meetings/${MINUTES_MEETING}/`);
    expect($("main").text(), "the meeting's agenda says an item was taken as a minute").not.toMatch(/Taken as/);
    // The withheld minutes resolved to approve the minutes of 16 July 2024, which no published minute approves.
    const approved = page("/meetings/kmpcp-2024-07-16/minutes/");
    expect(approved("main").text()).toMatch(/Not yet approved in the archive/);
    expect(approved("main").text()).not.toMatch(/Approved at the meeting of/);
    const json = (name: string) => JSON.parse(all.find((f) => f.file === `/data/${name}.json`)?.text ?? "null") as unknown;
    const attendance = JSON.stringify(json("attendance"));
    expect(attendance).not.toContain(`"${MINUTES_MEETING}"`);
  });
});

describe("the same archive two seconds later (TZ=America/New_York)", () => {
  const LATER = "2026-12-01T12:00:02Z";
  let root = "";
  let site = "";
  let build: CliResult;
  let files: OutputFile[] = [];

  beforeAll(async () => {
    ({ root, site } = graphProject());
    build = await cli("build", ["--content", join(root, "content"), "--out", site], root, "America/New_York", LATER);
    if (build.code === 0) files = outputFiles(site);
  }, 300_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const ended = GRAPH.embargoes.filter((e) => Date.parse(e.publishFrom) <= Date.parse(LATER));

  it("publishes the papers whose embargo has ended, their text on their own pages", () => {
    expect(build.code, build.stderr).toBe(0);
    expect(ended.map((e) => e.id).sort()).toEqual([`${EXEMPT_MEETING}/embargo-nearnewyork`, `${EXEMPT_MEETING}/embargo-nearplusone`, `${EXEMPT_MEETING}/embargo-nearzulu`]);
    for (const e of ended) {
      const name = e.id.split("/")[1] as string;
      const own = files.find((f) => f.file === `/meetings/${e.id}/index.html`);
      expect(own, `${e.id} (publish_from ${e.publishFrom}) has a page`).toBeDefined();
      const paragraph = GRAPH.canaries.find((c) => c.where === `${name} paragraph`)?.word ?? "?";
      expect(own?.text, `${e.id}'s page shows its text`).toContain(paragraph);
    }
  });

  it("still lets nothing else withheld reach any output file", () => {
    expect(build.code, build.stderr).toBe(0);
    const published = new Set(ended.map((e) => `${e.id.split("/")[1]} `));
    const hits: string[] = [];
    for (const f of files) {
      for (const c of GRAPH.canaries) {
        if (c.kind !== "text" || [...published].some((p) => c.where.startsWith(p))) continue;
        if (f.text.includes(c.word)) hits.push(`${c.word} [${c.where}] in ${named(f)}`);
      }
    }
    expect(hits).toEqual([]);
  });
});
