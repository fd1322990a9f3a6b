/**
 * A repository made by `panel-papers init --kind committee`, with content of another shape than
 * the shipped archive's (tests/fixtures/bodies/council-committee/: item codes 4(a), minutes
 * numbered per meeting, a Chairman, no Commissioner) and the roles, kind of organisation and
 * decision code form its site adds, passes the test command init gave it (`npm test`: the check,
 * then a build into .cache/test-site), with no file of the package edited.
 *
 * The package is this repository, linked into the archive's node_modules as `npm install` would put
 * it there (tests/cli/package.test.ts installs it from a packed tarball instead).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as cheerio from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../support/paths.ts";
import { runCommand } from "../workflow/cli.ts";

const FIXTURE = fileURLToPath(new URL("../fixtures/bodies/council-committee/", import.meta.url));

/** The environment of npm run by hand: none of the npm_* variables `npm test` sets for vitest. */
function plainEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  // The workflow init writes gives the build its address; so does this.
  return { ...env, NO_COLOR: "1", SITE_URL: process.env.SITE_URL ?? "https://osc.anyshire.example/" };
}

let root: string;
let test: { code: number | null; stdout: string; stderr: string };

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "papers-init-osc-"));
  const init = runCommand("init", ["--body", "osc", "--name", "Overview and Scrutiny Committee", "--kind", "committee", "--colour", "#4c2c92"], root, { PAPERS_NOW: "2025-01-15T09:00:00Z" });
  if (init.code !== 0) throw new Error(`init failed:\n${init.stderr}`);
  // The committee's papers, its body file (with its conventions) over the one init wrote.
  cpSync(join(FIXTURE, "content"), join(root, "content"), { recursive: true, force: true });
  // What its site adds to the content model, beside what init wrote.
  const site = JSON.parse(readFileSync(join(root, "_data/site.json"), "utf8")) as Record<string, unknown>;
  const fixture = JSON.parse(readFileSync(join(FIXTURE, "_data/site.json"), "utf8")) as Record<string, unknown>;
  writeFileSync(join(root, "_data/site.json"), `${JSON.stringify({ ...site, roles: fixture.roles, organisationKinds: fixture.organisationKinds, decisionCode: fixture.decisionCode }, null, 2)}\n`);
  // The package where `npm install` puts it, and its command where npm finds it.
  mkdirSync(join(root, "node_modules/.bin"), { recursive: true });
  symlinkSync(PROJECT_ROOT, join(root, "node_modules/panel-papers"), "dir");
  symlinkSync(join(PROJECT_ROOT, "bin/panel-papers.js"), join(root, "node_modules/.bin/panel-papers"));
  const run = spawnSync("npm", ["test"], { cwd: root, encoding: "utf8", env: plainEnv(), maxBuffer: 64 * 1024 * 1024 });
  test = { code: run.status, stdout: run.stdout ?? "", stderr: run.stderr ?? String(run.error ?? "") };
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("an archive made by init --kind committee, with a council committee's papers", () => {
  it("has the test command init gave it, unchanged", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.test).toBe("panel-papers check && panel-papers build --out .cache/test-site");
    expect(readFileSync(join(root, "content/bodies/osc.md"), "utf8")).toMatch(/kind: committee/);
  });

  it("passes its own npm test: the check finds nothing, and the build succeeds", () => {
    expect(test.stderr).not.toMatch(/error|problem/i);
    expect(test.code, test.stderr).toBe(0);
    expect(test.stdout).toMatch(/content ok: 3 meetings, 5 documents, 10 minutes/);
  });

  it("builds the committee's pages into .cache/test-site: items 4(a) with their anchors, and the webcast", () => {
    const meeting = join(root, ".cache/test-site/meetings/osc-2025-03-11/index.html");
    expect(existsSync(meeting)).toBe(true);
    const $ = cheerio.load(readFileSync(meeting, "utf8"));
    expect($("#item-4a .app-agenda__code").text()).toBe("4(a)");
    expect($("h2#elsewhere + ul a").first().attr("href")).toBe("https://anyshire.example/webcasts/osc-2025-03-11");
  });
});
