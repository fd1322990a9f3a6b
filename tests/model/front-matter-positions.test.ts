/**
 * A parsed file's table of positions (front-matter.ts `positions`, which parse-cache.ts keeps
 * between runs) answers every lookup as the parsed document itself does: for every content file
 * shipped and every bad-input fixture that parses, each field and item, by name and by value, a
 * step past the end, a list index given as text and a field name given as a number.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { locatorOf, parseContentFile } from "../../src/model/front-matter.ts";
import { CONTENT_DIR, PROJECT_ROOT } from "../support/paths.ts";

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

/** Every path into `data`, as validation and the linker name them: names for fields, numbers for items. */
function pathsOf(data: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(data)) return [...here, ...data.flatMap((item, index) => pathsOf(item, [...prefix, index]))];
  if (data && typeof data === "object") return [...here, ...Object.entries(data).flatMap(([name, value]) => pathsOf(value, [...prefix, name]))];
  return here;
}

/** The lookups to compare: each path, one step past it, and its numbers written as text (and back). */
function lookups(path: (string | number)[]): (string | number)[][] {
  return [path, [...path, "missing"], [...path, 0], path.map(String), path.map((part) => (/^\d+$/.test(String(part)) ? Number(part) : part))];
}

const files = [...markdownFiles(CONTENT_DIR), ...markdownFiles(join(PROJECT_ROOT, "tests/fixtures/bad-input"))];

describe("a parsed file's table of positions", () => {
  it("covers the shipped content and the bad-input fixtures", () => {
    expect(files.length).toBeGreaterThan(200);
  });

  it("answers every lookup as the parsed document does", () => {
    let compared = 0;
    for (const file of files) {
      const parsed = parseContentFile(relative(PROJECT_ROOT, file), readFileSync(file, "utf8"));
      if (!parsed.ok) continue;
      const fromTable = locatorOf(parsed.file.positions());
      for (const path of pathsOf(parsed.file.data).flatMap(lookups)) {
        for (const key of [false, true]) {
          expect(fromTable(path, key), `${file} ${JSON.stringify(path)} ${key}`).toEqual(parsed.file.locate(path, key));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});
