/**
 * `check` and `build` read the archive's `_data/site.json` with its content and report its problems
 * as they report the content's: a misspelt key or a missing `statementDate` is one line naming the
 * file, the line and the key, exit code 1, and the build does not start (no template error). A site
 * address that is none (`url` or SITE_URL without https://) is such a problem too, not passed over
 * for the local server's; and a file that cannot be read is reported alone, not again at every role
 * the content takes from it.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MINIMAL, SITE_JSON, writeContent } from "../support/content-fixture.ts";
import { runCommand } from "../workflow/cli.ts";

let root: string;

beforeAll(() => {
  root = writeContent(MINIMAL);
});

function site(edit: (settings: Record<string, unknown>) => void): void {
  const settings = JSON.parse(SITE_JSON) as Record<string, unknown>;
  edit(settings);
  writeFileSync(join(root, "_data/site.json"), `${JSON.stringify(settings, null, 2)}\n`);
}

describe("a site configuration with a problem", () => {
  it("fails the check with the key's line and a did-you-mean, like a content problem", () => {
    site((s) => {
      s.contactEmial = "clerk@example.gov.uk";
    });
    const check = runCommand("check", [], root);
    expect(check.code).toBe(1);
    expect(check.stdout).toBe("");
    expect(check.stderr).toMatch(/^_data\/site\.json:5:3 unknown field contactEmial: remove it; did you mean contactEmail\? .*\(contactEmial\)$/m);
    expect(check.stderr).toMatch(/^1 problem found: nothing was published\.$/m);
  });

  it("stops the build before it starts, naming statementDate and what to write, with no template error", () => {
    site((s) => {
      delete s.statementDate;
    });
    const build = runCommand("build", ["--out", "site"], root);
    expect(build.code).toBe(1);
    expect(build.stderr.trim().split("\n")).toEqual([
      '_data/site.json:1 missing field statementDate: add "statementDate": "2025-01-15" (the date the accessibility statement was prepared or last reviewed, YYYY-MM-DD) (statementDate)',
      "1 problem found: the site was not built, and the last build is unchanged.",
    ]);
  });

  it("is reported with the content's problems, in one list", () => {
    site((s) => {
      s.themeColour = "blue";
    });
    const paper = join(root, "content/meetings/panel-2024-01-10/a2-report.md");
    writeFileSync(paper, readFileSync(paper, "utf8").replace("title: A report", "titel: A report"));
    const check = runCommand("check", [], root);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/^_data\/site\.json:\d+:\d+ "blue" is not in the right form.*\(themeColour\)$/m);
    expect(check.stderr).toMatch(/^content\/meetings\/panel-2024-01-10\/a2-report\.md:\d+(:\d+)? .*titel/m);
    expect(check.stderr).toMatch(/^\d+ problems found: nothing was published\.$/m);
  });
});

describe("a site address that is no absolute web address", () => {
  let archive: string;
  const writeSite = (settings: Record<string, unknown>) => writeFileSync(join(archive, "_data/site.json"), `${JSON.stringify({ ...(JSON.parse(SITE_JSON) as object), ...settings }, null, 2)}\n`);

  beforeAll(() => {
    archive = writeContent(MINIMAL);
  });

  it("in site.json's url fails the check at its line, saying it must be absolute and what to write", () => {
    writeSite({ url: "democracy.northwessex.example.gov.uk/scrutiny" });
    const check = runCommand("check", [], archive, { SITE_URL: "" });
    expect(check.code).toBe(1);
    expect(check.stdout).toBe("");
    expect(check.stderr.trim().split("\n")).toEqual([
      '_data/site.json:5:10 "democracy.northwessex.example.gov.uk/scrutiny" has no https:// before it: the site\'s address must be absolute, starting https:// (or http://); write "https://democracy.northwessex.example.gov.uk/scrutiny/" (url)',
      "1 problem found: nothing was published.",
    ]);
  });

  it("in site.json's url stops the build before anything is built, with no warning that no address is set", () => {
    writeSite({ url: "www.example.gov.uk" });
    const build = runCommand("build", ["--out", "site"], archive, { SITE_URL: "" });
    expect(build.code).toBe(1);
    expect(build.stderr).toMatch(/^_data\/site\.json:5:10 "www\.example\.gov\.uk" has no https:\/\/ before it: .*; write "https:\/\/www\.example\.gov\.uk\/" \(url\)$/m);
    expect(build.stderr).toMatch(/^1 problem found: the site was not built, and the last build is unchanged\.$/m);
    expect(build.stderr).not.toMatch(/no site address is set/);
    expect(existsSync(join(archive, "site"))).toBe(false);
  });

  it("in SITE_URL fails the check and stops the build, naming SITE_URL and the address to write", () => {
    writeSite({});
    const env = { SITE_URL: "democracy.northwessex.example.gov.uk/scrutiny" };
    const expected = [
      "SITE_URL=democracy.northwessex.example.gov.uk/scrutiny has no https:// before it: the site's address must be absolute, starting https:// (or http://); write SITE_URL=https://democracy.northwessex.example.gov.uk/scrutiny/",
    ];
    const check = runCommand("check", [], archive, env);
    expect(check.code).toBe(1);
    expect(check.stderr.trim().split("\n")).toEqual([...expected, "1 problem found: nothing was published."]);
    const build = runCommand("build", ["--out", "site"], archive, env);
    expect(build.code).toBe(1);
    expect(build.stderr.trim().split("\n")).toEqual([...expected, "1 problem found: the site was not built, and the last build is unchanged."]);
    expect(existsSync(join(archive, "site"))).toBe(false);
  });
});

describe("a site configuration that cannot be read", () => {
  let archive: string;
  const declaring = { ...(JSON.parse(SITE_JSON) as object), roles: { "democratic-services-officer": "Democratic Services Officer" } };

  beforeAll(() => {
    archive = writeContent({ ...MINIMAL, "people/bob-baker.md": "---\ntype: person\nname: Bob Baker\nroles:\n  - { role: democratic-services-officer }\n---\n" });
  });

  it("is reported alone, not again at each role the content takes from it, whether empty or not JSON", () => {
    writeFileSync(join(archive, "_data/site.json"), "");
    expect(runCommand("check", [], archive).stderr.trim().split("\n")).toEqual([
      '_data/site.json:1 file is empty: write the site\'s configuration in it, at least { "name": …, "description": …, "statementDate": … } (see docs/configuration.md)',
      "1 problem found: nothing was published.",
    ]);
    // A comma after the last entry, as an officer leaves it mid-edit.
    writeFileSync(join(archive, "_data/site.json"), JSON.stringify(declaring, null, 2).replace(/\n}$/, ",\n}"));
    const check = runCommand("check", [], archive);
    expect(check.code).toBe(1);
    expect(check.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^_data\/site\.json:\d+:\d+ is not valid JSON /), "1 problem found: nothing was published."]);
    // Read, the file declares the role, and the content passes.
    writeFileSync(join(archive, "_data/site.json"), JSON.stringify(declaring, null, 2));
    expect(runCommand("check", [], archive, { SITE_URL: "" }).code).toBe(0);
  });
});
