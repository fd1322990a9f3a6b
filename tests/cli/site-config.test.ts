/**
 * `check` and `build` read the archive's `_data/site.json` with its content and report its problems
 * as they report the content's: a misspelt key or a missing `statementDate` is one line naming the
 * file, the line and the key, exit code 1, and the build does not start (no template error).
 */
import { readFileSync, writeFileSync } from "node:fs";
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
