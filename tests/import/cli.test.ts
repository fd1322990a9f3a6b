/** `npm run import`: files written under --out, exit code 0; a clear one-line error and exit code 1 otherwise. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, SEEDS_DIR } from "../support/paths.ts";
import { BIN, runWithClosedOutput } from "../workflow/cli.ts";
import { OSC_MINUTES, WESFORD_PACK } from "./small-packs.ts";

const out = mkdtempSync(join(tmpdir(), "import-cli-"));
const archives: string[] = [];
afterAll(() => {
  for (const dir of [out, ...archives]) rmSync(dir, { recursive: true, force: true });
});

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "src/cli/import.ts"), ...args], { cwd: PROJECT_ROOT, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `panel-papers import …`, as an archive's `npm run import` runs it, in the archive's folder. */
const COMMAND = [BIN, "import"];

function runIn(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [...COMMAND, ...args], { cwd, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** An archive of two bodies that are not Kent's, with the two sources beside it. */
function archive(): string {
  const root = mkdtempSync(join(tmpdir(), "import-archive-"));
  archives.push(root);
  mkdirSync(join(root, "content/bodies"), { recursive: true });
  writeFileSync(join(root, "content/bodies/wesfordpcp.md"), "---\ntype: body\nname: Wesford Police and Crime Panel\nshort_name: Police and Crime Panel\nkind: panel\n---\n");
  writeFileSync(join(root, "content/bodies/osc.md"), "---\ntype: body\nname: Overview and Scrutiny Committee\nkind: committee\nnames_as_printed:\n  - OVERVIEW AND SCRUTINY COMMITTEE\n---\n");
  writeFileSync(join(root, "wesford.txt"), WESFORD_PACK);
  writeFileSync(join(root, "minutes.txt"), OSC_MINUTES.replace(/Overview and Scrutiny Committee|OVERVIEW AND SCRUTINY COMMITTEE/g, "Scrutiny Board"));
  return root;
}

describe("the import command", () => {
  it("writes the drafts and import-report.md under --out and prints a summary", () => {
    const seed = join(SEEDS_DIR, "002_78dbf443e4e88d81.txt");
    const { code, stdout, stderr } = run(seed, "--out", out);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("1 documents found, 3 files written");
    expect(existsSync(join(out, "meetings/kmpcp-2023-10-17/minutes.md"))).toBe(true);
    expect(readFileSync(join(out, "import-report.md"), "utf8")).toContain("# Import report: 002_78dbf443e4e88d81.txt");
  });

  it("fails with exit code 1 and a message naming a file it cannot read, with no stack trace", () => {
    const { code, stderr } = run("no-such-pack.txt", "--out", out);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe("import: cannot read no-such-pack.txt: no such file or folder");
  });

  it("fails with exit code 1 and the usage when no file is given or an option is unknown", () => {
    const none = run();
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("give exactly one file to import (got 0)");
    const unknown = run("pack.txt", "--outdir", out);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("usage: npm run import -- <file> [--out <dir>]");
    expect(unknown.stderr).not.toMatch(/^\s+at /m);
  });

  it("reads the bodies of the archive it runs in (content/bodies/) and names the meetings after them", () => {
    const root = archive();
    const { code, stdout, stderr } = runIn(root, "wesford.txt", "--out", "drafts");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("  body wesfordpcp (from content/bodies/)");
    expect(readdirSync(join(root, "drafts/meetings")).sort()).toEqual(["wesfordpcp-2026-09-23", "wesfordpcp-2026-11-18"]);
  });

  it("takes --body for a source whose body it cannot read, and refuses one the archive does not have, with the one meant", () => {
    const root = archive();
    const unread = runIn(root, "minutes.txt", "--out", "unread");
    expect(unread.code).toBe(0);
    expect(unread.stdout).toContain("body NOT READ for 1 document, written under papers/: import again with --body <id>");
    expect(readFileSync(join(root, "unread/import-report.md"), "utf8")).toContain("import again with `--body <id>` (one of `osc`, `wesfordpcp`)");
    expect(existsSync(join(root, "unread/papers/minutes.md"))).toBe(true);

    const given = runIn(root, "minutes.txt", "--out", "given", "--body", "osc");
    expect(given.code).toBe(0);
    expect(existsSync(join(root, "given/meetings/osc-2026-03-03/minutes.md"))).toBe(true);

    const misspelt = runIn(root, "minutes.txt", "--out", "misspelt", "--body", "osx");
    expect(misspelt.code).toBe(1);
    expect(misspelt.stderr.trim()).toBe("import: --body osx is not a body of this archive: the bodies in content/bodies/ are osc, wesfordpcp; did you mean osc?");
    expect(existsSync(join(root, "misspelt"))).toBe(false);
  });

  it("never replaces a file with other text, nor writes into the content folder, and says what to do instead", () => {
    const root = archive();
    expect(runIn(root, "wesford.txt", "--out", "drafts").code).toBe(0);
    // The same import again: the same drafts, nothing lost.
    expect(runIn(root, "wesford.txt", "--out", "drafts").code).toBe(0);
    const draft = join(root, "drafts/meetings/wesfordpcp-2026-09-23/meeting.md");
    const edited = `${readFileSync(draft, "utf8")}
The officer's own note.
`;
    writeFileSync(draft, edited);
    const again = runIn(root, "wesford.txt", "--out", "drafts");
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe("import: nothing written: this file exists in drafts/ with other text, and import never replaces a file (it may hold your edits): drafts/meetings/wesfordpcp-2026-09-23/meeting.md. Import into a new folder (--out <folder>), or move or delete it first");
    expect(readFileSync(draft, "utf8")).toBe(edited);

    for (const into of ["content", "content/meetings"]) {
      const refused = runIn(root, "wesford.txt", "--out", into);
      expect(refused.code, into).toBe(1);
      expect(refused.stderr, into).toContain(`import: cannot import into ${into}: it is ${into === "content" ? "" : "inside "}the content folder, which is published; import into a folder of drafts outside it (the default is import-out/)`);
    }
    expect(readdirSync(join(root, "content")).sort()).toEqual(["bodies"]);
  });

  it("finishes quietly, exit code 0, when the reader of its output has gone (import … | head)", async () => {
    const root = archive();
    const { code, stderr } = await runWithClosedOutput(["import", "wesford.txt", "--out", "piped"], root);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(existsSync(join(root, "piped/import-report.md"))).toBe(true);
  });
});
