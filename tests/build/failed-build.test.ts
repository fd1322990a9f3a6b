/**
 * A failed build leaves the last good site exactly as it was: with the YAML of a content file
 * broken, both `npm run check` and `npm run build` exit non-zero, name the file and the line, print
 * no stack trace, and the previously built site is byte-for-byte unchanged.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";
import { PROJECT_ROOT } from "../support/paths.ts";
import { siteFiles } from "../support/site-files.ts";

const run = promisify(execFile);
const TSX = join(PROJECT_ROOT, "node_modules/.bin/tsx");

async function cli(command: "check" | "build", cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = [join(PROJECT_ROOT, `src/cli/${command}.ts`)];
  if (command === "build") args.push("--out", "site");
  try {
    const { stdout, stderr } = await run(TSX, args, { cwd, env: { ...process.env, NO_COLOR: "1" } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function digest(dir: string): string {
  const hash = createHash("sha256");
  for (const file of siteFiles(dir)) hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest("hex");
}

describe("a build with broken YAML", () => {
  let root: string;
  let before: string;

  beforeAll(async () => {
    root = writeContent(MINIMAL);
    const first = await cli("build", root);
    expect(first.code, first.stderr).toBe(0);
    before = digest(join(root, "site"));
    const paper = join(root, "content/meetings/panel-2024-01-10/a2-report.md");
    writeFileSync(paper, readFileSync(paper, "utf8").replace("title: A report", 'title: "A report\n  unclosed: [quote'));
  });

  it("fails check with the file and line, and no stack trace", async () => {
    const result = await cli("check", root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^content\/meetings\/panel-2024-01-10\/a2-report\.md:3(:\d+)? front matter is not valid YAML/m);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it("fails the build the same way and leaves the previous site byte-for-byte unchanged", async () => {
    const result = await cli("build", root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^content\/meetings\/panel-2024-01-10\/a2-report\.md:3(:\d+)? /m);
    expect(result.stderr).toMatch(/the last build is unchanged/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(digest(join(root, "site"))).toBe(before);
  });
});
