/**
 * The package as a body gets it: `npm pack`, installed from the tarball into an empty folder after
 * `npm init -y`, then `npx panel-papers init`, `npx panel-papers new meeting`, `npm run build` and
 * `npm test`, each in that folder. The tarball holds only what runs (no shipped archive, sources,
 * tests or benchmark), the build writes the site's pages from under node_modules/, and no file of
 * the site names the shipped archive's body or carries its brand colour.
 *
 * Slow by nature (a pack, an install from npm's cache, two builds): its own vitest project,
 * `package` (`npm run test:package`), which `npm test` runs with the others.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../support/paths.ts";
import { fileText, siteFiles } from "../support/site-files.ts";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of npm and npx run by hand: none of the npm_* variables `npm test` sets for vitest. */
function plainEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  // npx must run the installed command, never fetch a package of that name.
  return { ...env, NO_COLOR: "1", npm_config_yes: "false", npm_config_update_notifier: "false" };
}

function run(command: string, args: readonly string[], cwd: string): Run {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: plainEnv(), maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? String(result.error ?? "") };
}

function must(result: Run, what: string): Run {
  if (result.code !== 0) throw new Error(`${what} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** What only the shipped archive's body may say: its names and its brand colour. */
const BODY_WORDS = [/Kent/, /Medway/, /Police and Crime/i, /#0b4f5c/i];


describe("the package, installed into an empty folder", () => {
  let app: string;
  let site: string;
  let packed: string[];

  beforeAll(() => {
    const temp = mkdtempSync(join(tmpdir(), "papers-package-"));
    const pack = must(run("npm", ["pack", "--json", "--pack-destination", temp], PROJECT_ROOT), "npm pack");
    const [tarball] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    if (!tarball) throw new Error(`npm pack said nothing: ${pack.stderr}`);
    packed = tarball.files.map((f) => f.path);
    app = join(temp, "anyshire-papers");
    must(run("mkdir", [app], temp), "mkdir");
    must(run("npm", ["init", "-y"], app), "npm init -y");
    must(run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", join(temp, tarball.filename)], app), "npm install <tarball>");
    must(run("npx", ["panel-papers", "init", "--body", "anyshire", "--name", "Anyshire Scrutiny Panel", "--colour", "#4c2c92"], app), "npx panel-papers init");
    must(run("npx", ["panel-papers", "new", "meeting", "--body", "anyshire", "--date", "2025-02-05", "--time", "14:00", "--venue", "Shire Hall, Anytown"], app), "npx panel-papers new meeting");
    must(run("npm", ["run", "build"], app), "npm run build");
    site = join(app, "_site");
  }, 600_000);

  it("ships what runs, and none of the shipped archive, its sources, tests or benchmark", () => {
    expect(packed).toEqual(expect.arrayContaining(["bin/panel-papers.js", "eleventy.config.ts", "src/cli/panel-papers.ts", "src/site/site.schema.json", "layouts/base.njk", "src/pages/index.njk", "src/styles/main.scss", "docs/configuration.md", "docs/content-guide.md", "README.md"]));
    const tops = new Set(packed.map((path) => path.split("/")[0]));
    for (const absent of ["content", "sources", "tests", "bench", "_data", "tools", ".github", ".ci"]) expect(tops.has(absent), absent).toBe(false);
    expect(packed).not.toContain("docs/performance.md");
  });

  it("installs the command and its runtime dependencies, sass and tsx among them", () => {
    const pkg = JSON.parse(readFileSync(join(app, "package.json"), "utf8")) as { dependencies: Record<string, string>; scripts: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).toEqual(["panel-papers"]);
    expect(pkg.scripts.build).toBe("panel-papers build");
    for (const dependency of ["sass", "tsx", "@11ty/eleventy", "pagefind"]) expect(existsSync(join(app, "node_modules", dependency, "package.json")), dependency).toBe(true);
  });

  it("builds the archive's pages from the package under node_modules/", () => {
    for (const page of ["index.html", "meetings/index.html", "meetings/anyshire-2025-02-05/index.html", "bodies/anyshire/index.html", "accessibility/index.html", "search/index.html", "404.html", "feeds/meetings.ics", "sitemap.xml"]) {
      expect(existsSync(join(site, page)), page).toBe(true);
    }
    expect(readdirSync(join(site, "pagefind")).length).toBeGreaterThan(0);
    const home = cheerio.load(readFileSync(join(site, "index.html"), "utf8"));
    expect(home("h1").text()).toBe("Anyshire Scrutiny Panel papers");
    expect(home('meta[name="theme-color"]').attr("content")).toBe("#4c2c92");
    const meeting = cheerio.load(readFileSync(join(site, "meetings/anyshire-2025-02-05/index.html"), "utf8"));
    expect(meeting("main").text()).toContain("Shire Hall, Anytown");
  });

  it("passes the archive's own npm test (the check, and a build into .cache/test-site)", () => {
    const test = run("npm", ["test"], app);
    expect(test.stderr).not.toMatch(/error/i);
    expect(test.code).toBe(0);
    expect(test.stdout).toMatch(/content ok: 1 meetings/);
    expect(existsSync(join(app, ".cache/test-site/index.html"))).toBe(true);
  });

  it("writes no file that names the shipped archive's body or carries its colour", () => {
    const found: { file: string; word: string }[] = [];
    for (const file of siteFiles(site)) {
      const text = fileText(join(site, file));
      for (const word of BODY_WORDS) {
        const match = word.exec(text);
        if (match) found.push({ file, word: match[0] });
      }
    }
    expect(found).toEqual([]);
  });
});
