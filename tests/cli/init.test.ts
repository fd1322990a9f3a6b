/**
 * `panel-papers init` makes a new archive in the folder it runs in, as a body does after
 * `npm init -y && npm install panel-papers`: the body's file, the site configuration, a README, a
 * .gitignore, the publishing workflow and the package.json scripts. It never overwrites a file of
 * the officer's, refuses a bad argument with a precise message, and the archive it makes checks and
 * builds at once, before any meeting exists, into a site that says it holds no meeting yet.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import * as cheerio from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { loadArchive } from "../../src/model/load.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { newArchiveErrors } from "../../src/scaffold/new-archive.ts";
import { ARCHIVE_SCRIPTS, mergeScripts } from "../../src/scaffold/package-scripts.ts";
import { readSiteSettings } from "../../src/site/site-settings.ts";
import { PROJECT_ROOT } from "../support/paths.ts";
import { runCommand } from "../workflow/cli.ts";

/** package.json as `npm init -y` writes it (npm 11). */
const NPM_INIT = `${JSON.stringify(
  { name: "anyshire-papers", version: "1.0.0", description: "", main: "index.js", scripts: { test: 'echo "Error: no test specified" && exit 1' }, keywords: [], author: "", license: "ISC", type: "commonjs" },
  null,
  2,
)}\n`;

const INIT = ["--body", "anyshire", "--name", "Anyshire Scrutiny Committee", "--kind", "committee", "--colour", "#4c2c92"];
const FILES = ["content/bodies/anyshire.md", "_data/site.json", "README.md", ".gitignore", ".github/workflows/publish.yml"];

function emptyProject(): string {
  const root = mkdtempSync(join(tmpdir(), "papers-init-"));
  writeFileSync(join(root, "package.json"), NPM_INIT);
  return root;
}

/** Every file under `root`, relative, but node_modules. */
function filesIn(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesIn(root, path) : [relative(root, path)];
  });
}

describe("the arguments of init", () => {
  it("are refused with what to write instead: a body id that is not a slug, a bad colour, an unknown kind, no name", () => {
    expect(newArchiveErrors({ body: "Anyshire Panel", name: "", colour: "teal", kind: "council" })).toEqual([
      '--body "Anyshire Panel" is not an identifier: write lower-case letters, digits and single hyphens, e.g. --body anyshire-panel',
      '--name is missing: give the body\'s full name in quotes, e.g. --name "Anyshire Scrutiny Panel"',
      '--colour "teal" is not a colour: write # and six hexadecimal digits (#rrggbb), in quotes, e.g. --colour "#1d70b8"',
      '--kind "council" is not a kind of body: write one of panel, board, committee, sub-committee',
    ]);
    expect(newArchiveErrors({ name: "Anyshire Scrutiny Panel" })).toEqual(["--body is missing: give the body's identifier, in lower-case letters, digits and single hyphens, e.g. --body anyshire-scrutiny-panel"]);
    expect(newArchiveErrors({ body: "anyshire", name: "Anyshire Panel", kind: "bord", colour: "#12345" })).toEqual([
      '--colour "#12345" is not a colour: write # and six hexadecimal digits (#rrggbb), in quotes, e.g. --colour "#1d70b8"',
      '--kind "bord" is not a kind of body: write one of panel, board, committee, sub-committee; did you mean board?',
    ]);
    expect(newArchiveErrors({ body: "anyshire", name: "Anyshire Panel" })).toEqual([]);
  });

  it("refuse a brand colour too light for the header's white text, as check would, saying what passes", () => {
    expect(newArchiveErrors({ body: "anyshire", name: "Anyshire Panel", colour: "#ffdd00" })).toEqual([
      '--colour "#ffdd00" has a contrast of 1.35:1 with the header\'s white text, and WCAG 2.2 AA asks for at least 4.5:1: choose a darker colour; "#877500" (yours, darker) passes with 4.59:1, as does GOV.UK\'s "#1d70b8"',
    ]);
    expect(newArchiveErrors({ body: "anyshire", name: "Anyshire Panel", colour: "#0B4F5C" })).toEqual([]);
  });
});

describe("the archive's package.json scripts", () => {
  it("replace npm init's placeholder test and keep everything else of the officer's", () => {
    const merged = mergeScripts(NPM_INIT.replace('"scripts": {', '"scripts": {\n    "lint": "echo lint",'));
    if (!merged.ok) throw new Error(merged.conflicts.join("\n"));
    const pkg = JSON.parse(merged.text) as Record<string, unknown>;
    expect(pkg.scripts).toEqual({ lint: "echo lint", ...ARCHIVE_SCRIPTS });
    expect(pkg).toMatchObject({ name: "anyshire-papers", license: "ISC", type: "commonjs" });
  });

  it("are not merged over a script of the officer's that does something else: it is named", () => {
    expect(mergeScripts(JSON.stringify({ scripts: { build: "make site", test: "vitest" } }))).toEqual({
      ok: false,
      conflicts: [
        'package.json already has a script "build" ("make site"): rename or remove it, then run init again',
        'package.json already has a script "test" ("vitest"): rename or remove it, then run init again',
      ],
    });
  });
});

describe("init in a folder after npm init -y", () => {
  let root: string;
  let init: ReturnType<typeof runCommand>;

  beforeAll(() => {
    root = emptyProject();
    init = runCommand("init", INIT, root, { PAPERS_NOW: "2025-01-15T09:00:00Z" });
  });

  it("writes the archive's files and adds its scripts to package.json", () => {
    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);
    for (const file of FILES) expect(existsSync(join(root, file)), file).toBe(true);
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string>; name: string };
    expect(pkg.scripts).toEqual(ARCHIVE_SCRIPTS);
    expect(pkg.name).toBe("anyshire-papers");
  });

  it("writes a body file the body schema accepts, and a site configuration with its defaults", () => {
    const { archive, problems } = loadArchive({ projectRoot: root });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(archive.bodies.map((b) => [b.id, b.name, b.bodyKind])).toEqual([["anyshire", "Anyshire Scrutiny Committee", "committee"]]);
    const site = readSiteSettings(join(root, "_data/site.json"), root);
    expect(site.problems).toEqual([]);
    expect(site.settings).toEqual({
      name: "Anyshire Scrutiny Committee papers",
      description: "Published papers of the Anyshire Scrutiny Committee.",
      url: "/",
      colours: { brand: "#4c2c92", link: "#1a65a6", focus: "#ffdd00" },
      statementDate: "2025-01-15",
      knownIssues: [],
      nonCompliances: [],
      maxFileSizeMB: 50,
      licence: { name: "Open Government Licence v3.0", url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" },
      exemptInformation: "Part 1 of Schedule 12A to the Local Government Act 1972",
    });
  });

  it("writes a README that sets the archive up in two commands and says how to add a meeting and check", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    expect(readme).toContain("npm ci && npm run build");
    expect(readme).toContain("npm run new -- meeting --body anyshire --date");
    expect(readme).toContain("npm run check");
    expect(readme).toContain("npm test");
    expect(readme).toContain("node_modules/panel-papers/docs/configuration.md");
  });

  it("writes a workflow that tests every push and publishes on GitHub Pages with SITE_URL", () => {
    const workflow = readFileSync(join(root, ".github/workflows/publish.yml"), "utf8");
    expect(workflow).toMatch(/run: npm test\n\s+env:\n(\s+#.*\n)*\s+SITE_URL: https:\/\/papers\.ci\.invalid\//);
    expect(workflow).toMatch(/SITE_URL: \$\{\{ steps\.pages\.outputs\.base_url \}\}/);
    expect(workflow).toMatch(/actions\/deploy-pages/);
    expect(readFileSync(join(root, ".gitignore"), "utf8").split("\n")).toEqual(expect.arrayContaining(["node_modules/", "_site/", ".cache/"]));
  });

  it("makes an archive that checks and builds before any meeting exists, into pages that say so", () => {
    const check = runCommand("check", [], root);
    expect(check.stderr).toBe("");
    expect(check.stdout).toMatch(/^content ok: 0 meetings/);
    const out = join(root, "site");
    const build = runCommand("build", ["--out", out], root, { SITE_URL: "https://papers.anyshire.example/" });
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
    const text = (page: string) => cheerio.load(readFileSync(join(out, page), "utf8"))("main").text().replace(/\s+/g, " ");
    expect(text("index.html")).toContain("The archive holds no meeting yet.");
    expect(text("meetings/index.html")).toContain("The archive holds no meeting yet.");
    expect(text("bodies/anyshire/index.html")).toContain("The archive holds no papers of a meeting of the Anyshire Scrutiny Committee yet.");
    expect(text("accessibility/index.html")).toContain("has not been assessed yet");
    // No page shows a table with nothing in it.
    for (const page of filesIn(out).filter((f) => f.endsWith(".html"))) {
      const $ = cheerio.load(readFileSync(join(out, page), "utf8"));
      $("table").each((_, table) => {
        expect($(table).find("tbody tr").length, `${page}: ${$(table).find("caption").text()}`).toBeGreaterThan(0);
      });
    }
  });

  it("then makes the body's first meeting with npm run new, which the check accepts", () => {
    const made = runCommand("new", ["meeting", "--body", "anyshire", "--date", "2025-02-05", "--time", "14:00"], root);
    expect(made.stderr).toBe("");
    expect(made.stdout).toContain("created content/meetings/anyshire-2025-02-05/meeting.md");
    expect(runCommand("check", [], root).stdout).toMatch(/^content ok: 1 meetings/);
  });

  it("refuses to run again, naming every file it would overwrite, and writes nothing", () => {
    const before = Object.fromEntries(filesIn(root).map((f) => [f, readFileSync(join(root, f), "utf8")]));
    const again = runCommand("init", ["--body", "other", "--name", "Other Board"], root);
    expect(again.code).toBe(1);
    for (const file of FILES.filter((f) => f !== "content/bodies/anyshire.md")) expect(again.stderr).toContain(`error: ${file} already exists`);
    expect(again.stderr).toContain("Nothing was written.");
    expect(Object.fromEntries(filesIn(root).map((f) => [f, readFileSync(join(root, f), "utf8")]))).toEqual(before);
  });
});

describe("init where the officer already has a README", () => {
  it("refuses, names it, and writes nothing at all", () => {
    const root = emptyProject();
    writeFileSync(join(root, "README.md"), "# Our papers\n");
    mkdirSync(join(root, ".github"));
    const result = runCommand("init", INIT, root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: README\.md already exists: init writes it, and never overwrites a file/m);
    expect(filesIn(root).sort()).toEqual(["README.md", "package.json"]);
    expect(readFileSync(join(root, "package.json"), "utf8")).toBe(NPM_INIT);
  });

  it("writes a package.json of its own where there is none, depending on the generator", () => {
    const root = mkdtempSync(join(tmpdir(), "papers-init-bare-"));
    const result = runCommand("init", INIT, root);
    expect(result.code, result.stderr).toBe(0);
    const generator = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { name: string; version: string };
    expect(JSON.parse(readFileSync(join(root, "package.json"), "utf8"))).toEqual({ name: "anyshire-papers", private: true, scripts: ARCHIVE_SCRIPTS, dependencies: { [generator.name]: `^${generator.version}` } });
  });

  it("explains bad arguments on stderr, with the usage, and exits 1", () => {
    const result = runCommand("init", ["--body", "Any Shire", "--name", "Anyshire Panel"], emptyProject());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error: --body "Any Shire" is not an identifier');
    expect(result.stderr).toContain("usage: npx panel-papers init --body <id>");
  });
});
