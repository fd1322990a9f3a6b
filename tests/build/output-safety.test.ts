/**
 * The build replaces only what it made (issue "Fail closed", findings 4 and 11). `--out content`
 * or `--out .` used to delete every paper and exit 0; now they, a folder the build did not make,
 * a file, the project, the home folder and the root of the file system are refused with one line
 * naming the folder, and nothing is touched: no staging folder made, nothing moved or removed. A
 * new folder, an empty one and one an earlier build made (it carries the mark) are built into.
 * A killed build's marked leftovers are cleared by the next build, and nothing else of that name;
 * a build stopped with SIGINT or SIGTERM removes its staging folder and ends its Pagefind process,
 * and the last good site stays as it was.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/build/build-site.ts";
import { type GuardedFolder, leftoverPid, outputFolderProblem, SITE_MARK } from "../../src/build/output-folder.ts";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";
import { loadValidArchive } from "../support/load-content.ts";
import { PROJECT_ROOT } from "../support/paths.ts";
import { siteFiles } from "../support/site-files.ts";

const TSX = pathToFileURL(join(PROJECT_ROOT, "node_modules/tsx/dist/loader.mjs")).href;
const BUILD = join(PROJECT_ROOT, "src/cli/build.ts");
const HAS_PROC = existsSync("/proc/self/cmdline");

/** `build.ts` as an officer runs it, in `cwd`: node with tsx's loader, so its pid is the build's. */
function startBuild(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ["--import", TSX, BUILD, ...args], { cwd, env: { ...process.env, NO_COLOR: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
}

function runBuild(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", TSX, BUILD, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Every folder, file (with its content's hash) and link under `root`, and every folder beside it
 * whose name starts with root's (where `--out .` would have made `<root>.building-PID`).
 */
function snapshot(root: string): string[] {
  const entries: string[] = [];
  const walk = (path: string, name: string) => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) entries.push(`${name} -> ${readlinkSync(path)}`);
    else if (stat.isFile()) entries.push(`${name} ${createHash("sha256").update(readFileSync(path)).digest("hex")}`);
    else if (stat.isDirectory()) {
      entries.push(`${name}/`);
      for (const child of readdirSync(path).sort()) walk(join(path, child), `${name}/${child}`);
    }
  };
  walk(root, ".");
  for (const name of readdirSync(dirname(root)).filter((n) => n.startsWith(`${basename(root)}.`))) entries.push(`../${name}`);
  return entries;
}

/** Waits until `ready()` holds, checking often (a build's stages last a fraction of a second here). */
async function until(ready: () => boolean, what: string, ms = 60_000): Promise<void> {
  for (const started = Date.now(); !ready(); await sleep(10)) {
    if (Date.now() - started > ms) throw new Error(`gave up after ${ms} ms waiting for ${what}`);
  }
}

/** Processes whose command line mentions `text` (a staging folder), from /proc. */
function processesMentioning(text: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/cmdline`, "utf8").includes(text)) pids.push(Number(name));
    } catch {
      // ended while the list was read
    }
  }
  return pids;
}

describe("a build asked to write where it would destroy something", () => {
  let root: string;

  beforeAll(() => {
    root = writeContent(MINIMAL);
    mkdirSync(join(root, "notes"));
    writeFileSync(join(root, "notes/agenda-draft.txt"), "an officer's own notes\n");
    writeFileSync(join(root, "todo.txt"), "a file\n");
    symlinkSync(join(root, "content"), join(root, "papers-link"));
  });

  it.each([
    { out: ["--out", "content"], env: {}, name: "content", why: /it is the content folder/ },
    { out: ["--out", "."], env: {}, name: ".", why: /it is the folder the build runs in/ },
    { out: [], env: { PAPERS_OUT: "content" }, name: "content", why: /it is the content folder/ },
  ])("refuses $out $env through the command line, with one line naming the folder, and changes nothing", ({ out, env, name, why }) => {
    const before = snapshot(root);
    const result = runBuild(root, out, env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^error: refusing to build into ${name.replace(".", "\\.")}: `));
    expect(result.stderr).toMatch(why);
    expect(result.stderr).toMatch(/build into a new or empty folder instead, e\.g\. --out _site/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(snapshot(root)).toEqual(before);
    expect(before).toContain("./content/meetings/panel-2024-01-10/a2-report.md " + createHash("sha256").update(MINIMAL["meetings/panel-2024-01-10/a2-report.md"] as string).digest("hex"));
  });

  it.each([
    { out: "notes", why: /refusing to build into .*\/notes: it already holds files that no build made \(it has no \.panel-papers-site mark\)/ },
    { out: "todo.txt", why: /refusing to build into .*\/todo\.txt: it is a file/ },
    { out: "papers-link", why: /refusing to build into .*\/papers-link: it is the content folder/ },
    { out: "content/meetings/site", why: /refusing to build into .*\/content\/meetings\/site: it is inside the content folder/ },
    { out: "..", why: /it holds the content folder/ },
    { out: homedir(), why: /it is your home folder/ },
  ])("refuses $out and changes nothing", async ({ out, why }) => {
    const before = snapshot(root);
    const archive = loadValidArchive(root);
    await expect(buildSite(archive, { outputDir: resolve(root, out), projectRoot: PROJECT_ROOT, contentDir: join(root, "content") })).rejects.toThrow(why);
    expect(snapshot(root)).toEqual(before);
  });
});

describe("the rule itself", () => {
  const guarded: GuardedFolder[] = [
    { path: "/work/project/content", what: "the content folder", notInside: true },
    { path: "/work/project", what: "the project folder" },
    { path: "/home/officer", what: "your home folder" },
  ];
  const problem = (out: string, state: Parameters<typeof outputFolderProblem>[1] = "missing") => outputFolderProblem([out], state, guarded, out);

  it("refuses the root, the home folder, the project and what holds them, and the content inside and out", () => {
    expect(problem("/", "unmarked")).toMatch(/^refusing to build into \/: it is the root of the file system/);
    expect(problem("/home/officer", "unmarked")).toMatch(/it is your home folder/);
    expect(problem("/home", "unmarked")).toMatch(/it holds your home folder/);
    expect(problem("/work/project", "unmarked")).toMatch(/it is the project folder/);
    expect(problem("/work", "unmarked")).toMatch(/it holds the content folder \(\/work\/project\/content\)/);
    expect(outputFolderProblem(["/work"], "unmarked", guarded.slice(1), "/work")).toMatch(/it holds the project folder/);
    // Through a link: the real path is refused like the content itself.
    expect(outputFolderProblem(["/srv/link", "/work/project/content"], "unmarked", guarded, "/srv/link")).toMatch(/^refusing to build into \/srv\/link: it is the content folder/);
    expect(problem("/work/project/content/2024")).toMatch(/it is inside the content folder/);
    expect(problem("/work/project/site.txt", "file")).toMatch(/it is a file/);
    expect(problem("/work/project/_site", "unmarked")).toMatch(/no build made/);
  });

  it("allows a new folder, an empty one and one a build made, inside the project or anywhere else", () => {
    for (const state of ["missing", "empty", "marked"] as const) {
      expect(problem("/work/project/_site", state)).toBeUndefined();
      expect(problem("/srv/www/papers", state)).toBeUndefined();
      expect(problem("/work/project/content-site", state)).toBeUndefined();
    }
  });

  it("knows a build's leftovers by name", () => {
    expect(leftoverPid("_site.building-4312", "_site")).toBe(4312);
    expect(leftoverPid("_site.previous-7", "_site")).toBe(7);
    expect(leftoverPid("_site.building-0", "_site")).toBeUndefined();
    expect(leftoverPid("_site.building-12x", "_site")).toBeUndefined();
    expect(leftoverPid("other.building-12", "_site")).toBeUndefined();
    expect(leftoverPid("_site.preview-12", "_site")).toBeUndefined();
  });
});

describe("a build into a folder it may replace", () => {
  let root: string;

  beforeAll(() => {
    root = writeContent(MINIMAL);
  });

  const build = (out: string) => buildSite(loadValidArchive(root), { outputDir: out, projectRoot: PROJECT_ROOT, contentDir: join(root, "content") });

  it("builds into a new path and marks it, and builds into it again", async () => {
    const site = join(root, "out/site");
    await build(site);
    expect(readFileSync(join(site, SITE_MARK), "utf8")).toMatch(/replaces it whole/);
    expect(existsSync(join(site, "meetings/panel-2024-01-10/a2-report/index.html"))).toBe(true);
    // The mark is not a page: no search file holds its words.
    for (const file of siteFiles(site).filter((f) => f.startsWith("/pagefind/"))) {
      const bytes = readFileSync(join(site, file));
      const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString("utf8");
      expect(text, file).not.toContain("replaces it whole");
    }
    // A page an older build made, which this one does not: its mark lists it, so it goes.
    writeFileSync(join(site, "stale-page.html"), "from an older build");
    writeFileSync(join(site, SITE_MARK), `${readFileSync(join(site, SITE_MARK), "utf8")}stale-page.html\n`);
    const again = await build(site);
    expect(again.pages).toBeGreaterThan(0);
    expect(existsSync(join(site, "stale-page.html"))).toBe(false);
    expect(existsSync(join(site, SITE_MARK))).toBe(true);
    expect(readdirSync(join(root, "out"))).toEqual(["site"]);
  });

  it("refuses, changing nothing, a site holding files no build made (a CNAME, a folder of old pages), and says to keep them in static/", async () => {
    const site = join(root, "hand-added");
    await build(site);
    writeFileSync(join(site, "CNAME"), "papers.example.gov.uk\n");
    mkdirSync(join(site, "old"));
    writeFileSync(join(site, "old/keep.txt"), "an officer's page\n");
    const before = snapshot(site);
    await expect(build(site)).rejects.toThrow(/^refusing to build into .*hand-added: it holds CNAME, old\/, which no build made, and a build replaces its output folder whole, which would delete them; move them into the archive's static\/ folder, whose files every build publishes as they are, or elsewhere, then build again$/);
    expect(snapshot(site)).toEqual(before);
    // Through the command line too, before anything is read.
    const result = runBuild(root, ["--out", site]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/it holds CNAME, old\/, which no build made/);
    expect(snapshot(site)).toEqual(before);
  });

  it("publishes the files of the archive's static/ folder as they are, and refuses one at an address the build writes", async () => {
    const archive = writeContent(MINIMAL);
    mkdirSync(join(archive, "static/.well-known"), { recursive: true });
    writeFileSync(join(archive, "static/CNAME"), "papers.example.gov.uk\n");
    writeFileSync(join(archive, "static/.well-known/security.txt"), "Contact: mailto:security@example.gov.uk\n");
    const site = join(archive, "_site");
    const built = () => buildSite(loadValidArchive(archive), { outputDir: site, projectRoot: archive, contentDir: join(archive, "content") });
    await built();
    expect(readFileSync(join(site, "CNAME"), "utf8")).toBe("papers.example.gov.uk\n");
    expect(readFileSync(join(site, ".well-known/security.txt"), "utf8")).toContain("Contact:");
    // Built again: they are the build's to replace, not someone else's files.
    await built();
    expect(existsSync(join(site, "CNAME"))).toBe(true);
    writeFileSync(join(archive, "static/index.html"), "<p>a home page of my own</p>");
    const before = snapshot(site);
    await expect(built()).rejects.toThrow(/static\/index\.html \(\/index\.html\): the build makes a file at the same address, and one of the two would be lost: rename or remove the file in .*static\/$/);
    expect(snapshot(site)).toEqual(before);
    // A link may lead anywhere on the machine: refused, not followed, nor skipped without a word.
    rmSync(join(archive, "static/index.html"));
    symlinkSync("/etc/hostname", join(archive, "static/hostname"));
    await expect(built()).rejects.toThrow(/static\/hostname: a link, not a file: put the file itself in .*static\/, or remove the link$/);
    expect(snapshot(site)).toEqual(before);
    // A file where the folder belongs.
    rmSync(join(archive, "static"), { recursive: true });
    writeFileSync(join(archive, "static"), "papers.example.gov.uk\n");
    await expect(built()).rejects.toThrow(/static is a file, not a folder: the files published as they are go in a folder of that name \(static\/CNAME\), or remove it$/);
    expect(snapshot(site)).toEqual(before);
  });

  it("builds into an empty folder", async () => {
    const site = join(root, "empty");
    mkdirSync(site);
    await build(site);
    expect(existsSync(join(site, SITE_MARK))).toBe(true);
    expect(existsSync(join(site, "index.html"))).toBe(true);
  });

  it("clears a killed build's marked leftovers, and nothing else", async () => {
    const parent = mkdtempSync(join(tmpdir(), "papers-leftovers-"));
    const site = join(parent, "site");
    const leftover = (name: string, marked: boolean) => {
      mkdirSync(join(parent, name));
      writeFileSync(join(parent, name, "index.html"), "half a site");
      if (marked) writeFileSync(join(parent, name, SITE_MARK), "");
    };
    leftover("site.building-99999999", true);
    leftover("site.previous-99999998", true);
    leftover("site.building-99999997", false);
    // A build still running (the test runner's own process is alive) keeps its staging folder.
    leftover(`site.building-${process.ppid}`, true);
    leftover("other.building-99999996", true);
    await build(site);
    expect(readdirSync(parent).sort()).toEqual(["other.building-99999996", "site", "site.building-99999997", `site.building-${process.ppid}`].sort());
  });
});

describe.runIf(HAS_PROC)("a build stopped by a signal", () => {
  let root: string;
  let site: string;
  let before: string[];
  const started: ChildProcess[] = [];
  const stagings: string[] = [];

  beforeAll(async () => {
    root = writeContent(MINIMAL);
    site = join(root, "site");
    await buildSite(loadValidArchive(root), { outputDir: site, projectRoot: PROJECT_ROOT, contentDir: join(root, "content") });
    before = snapshot(site);
  });

  afterEach(() => {
    // Whatever an assertion found, nothing started here outlives the test.
    for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    for (const staging of stagings.splice(0)) for (const pid of processesMentioning(staging)) process.kill(pid, "SIGKILL");
  });

  /** Starts a build of `site`, waits until `ready(staging)`, sends `signal`, and waits for it to end. */
  async function stopBuild(signal: NodeJS.Signals, ready: (staging: string) => boolean, env: NodeJS.ProcessEnv = {}) {
    const child = startBuild(root, ["--out", "site"], env);
    started.push(child);
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const ended = once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
    const staging = join(root, `site.building-${child.pid}`);
    stagings.push(staging);
    let stopping = false;
    const endedEarly = ended.then(([code]) => (stopping ? undefined : Promise.reject(new Error(`the build ended (code ${code}) before it could be stopped: ${stderr}`))));
    // Handled here too: once the race is decided, a late end is no error.
    endedEarly.catch(() => {});
    await Promise.race([until(() => ready(staging), `the build to reach the moment to stop it (${staging})`), endedEarly]);
    stopping = true;
    child.kill(signal);
    const [code, endedBy] = await ended;
    return { code, signal: endedBy, stderr, staging };
  }

  function expectNothingLeft(staging: string): void {
    expect(existsSync(staging)).toBe(false);
    expect(readdirSync(root).filter((name) => name.startsWith("site."))).toEqual([]);
    expect(processesMentioning(staging)).toEqual([]);
    expect(snapshot(site)).toEqual(before);
  }

  it("on SIGTERM as soon as its staging folder appears, removes it and leaves the last site as it was", async () => {
    const stopped = await stopBuild("SIGTERM", (staging) => existsSync(staging));
    expect(stopped.signal === "SIGTERM" || stopped.code === 143, `code ${stopped.code}, signal ${stopped.signal}: ${stopped.stderr}`).toBe(true);
    expectNothingLeft(stopped.staging);
  });

  it("on SIGTERM while Pagefind runs, ends Pagefind too", async () => {
    // A Pagefind that takes as long as a large archive's would: it only waits, until it is ended.
    const dir = mkdtempSync(join(tmpdir(), "slow-pagefind-"));
    const slow = join(dir, "pagefind");
    writeFileSync(slow, `#!${process.execPath}\nsetTimeout(() => {}, 120_000);\n`, { mode: 0o755 });
    // A changed paper, so that its shard is indexed again rather than reused from the last site.
    const paper = join(root, "content/meetings/panel-2024-01-10/a2-report.md");
    writeFileSync(paper, readFileSync(paper, "utf8").replace("The report text.", "The report text, revised."));
    const stopped = await stopBuild("SIGTERM", (staging) => processesMentioning(staging).length > 0, { PAGEFIND_BINARY_PATH: slow });
    expect(stopped.signal === "SIGTERM" || stopped.code === 143, `code ${stopped.code}, signal ${stopped.signal}: ${stopped.stderr}`).toBe(true);
    expect(stopped.stderr).toMatch(/build stopped by SIGTERM: its unfinished output was removed/);
    expectNothingLeft(stopped.staging);
  });

  it("on SIGINT (Ctrl+C) likewise", async () => {
    const stopped = await stopBuild("SIGINT", (staging) => existsSync(join(staging, "index.html")));
    expect(stopped.signal === "SIGINT" || stopped.code === 130, `code ${stopped.code}, signal ${stopped.signal}: ${stopped.stderr}`).toBe(true);
    expectNothingLeft(stopped.staging);
  });
});
