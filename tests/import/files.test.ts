/** Every file the importer writes has front matter, parses, and (people apart) passes the loader's checks. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import matter from "gray-matter";
import { afterAll, describe, expect, it } from "vitest";
import { loadArchive } from "../../src/model/load.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { CONTENT_DIR } from "../support/paths.ts";
import { imported, SEEDS } from "./seeds.ts";

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe("the files written", () => {
  for (const n of SEEDS) {
    it(`seed ${n}: every file starts with an explicit front matter block that gray-matter reads, with a type`, () => {
      const result = imported(n);
      expect(result.files.length).toBeGreaterThan(0);
      for (const file of result.files) {
        expect(file.content.startsWith("---\n"), file.path).toBe(true);
        const parsed = matter(file.content);
        expect(parsed.matter.trim(), file.path).not.toBe("");
        expect(["meeting", "minutes", "notes", "report", "appendix", "annual-report", "candidate-pack", "work-programme", "plan", "other"], file.path).toContain(parsed.data.type);
        expect(file.content, file.path).toContain("# DRAFT written by npm run import");
      }
    });
  }

  it("writes each path once, laid out as content/ is", () => {
    for (const n of SEEDS) {
      const paths = imported(n).files.map((f) => f.path);
      expect(new Set(paths).size).toBe(paths.length);
      for (const p of paths) expect(p).toMatch(/^(?:meetings\/[a-z0-9-]+\/[a-z0-9-]+|papers\/[a-z0-9-]+)\.md$/);
    }
  });

  for (const n of SEEDS) {
    it(`seed ${n}: with content/'s people, organisations and bodies beside them, the loader finds no problem but the people still to map`, () => {
      const dir = mkdtempSync(join(tmpdir(), `import-${n}-`));
      temporary.push(dir);
      const content = join(dir, "content");
      for (const shared of ["bodies", "people", "organisations", "topics", "decisions"]) cpSync(join(CONTENT_DIR, shared), join(content, shared), { recursive: true });
      for (const file of imported(n).files) {
        mkdirSync(dirname(join(content, file.path)), { recursive: true });
        writeFileSync(join(content, file.path), file.content);
      }
      const { problems } = loadArchive({ projectRoot: dir, contentDir: content });
      const unmapped = new Set(imported(n).report.peopleToMap.map((p) => p.slug));
      const others = problems.filter((p) => {
        const person = /^unknown person ([a-z0-9-]+):/.exec(p.message)?.[1];
        return person === undefined || !unmapped.has(person);
      });
      expect(others.map(formatProblem)).toEqual([]);
    });
  }
});
