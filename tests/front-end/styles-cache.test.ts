/** The compiled stylesheet is reused between builds only while nothing it was compiled from changes. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cachedStyles, keepStyles } from "../../src/render/styles-cache.ts";
import { compileStyles } from "../../src/render/styles.ts";
import { stylePalette } from "../../src/site/brand-colours.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "styles-cache-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the stylesheet cache", () => {
  it("gives back the CSS while every input is unchanged, and nothing once one changes", () => {
    const cache = join(dir, "cache", "styles.json");
    const a = join(dir, "a.scss");
    const b = join(dir, "b.scss");
    writeFileSync(a, "$x: 1;");
    writeFileSync(b, "p { margin: 0 }");
    keepStyles(cache, "k1", [a, b], "p{margin:0}");
    expect(cachedStyles(cache, "k1")).toBe("p{margin:0}");
    expect(cachedStyles(cache, "k2")).toBeUndefined();
    writeFileSync(b, "p { margin: 1px }");
    expect(cachedStyles(cache, "k1")).toBeUndefined();
  });

  it("misses when an input is gone or the cache file is damaged", () => {
    const cache = join(dir, "styles.json");
    const a = join(dir, "a.scss");
    writeFileSync(a, "$x: 1;");
    keepStyles(cache, "k", [a], "css");
    rmSync(a);
    expect(cachedStyles(cache, "k")).toBeUndefined();
    writeFileSync(cache, "{ not json");
    expect(cachedStyles(cache, "k")).toBeUndefined();
    expect(cachedStyles(join(dir, "absent.json"), "k")).toBeUndefined();
  });

  it("serves the same CSS as a fresh compile of the archive's Sass", () => {
    const cache = join(dir, "archive.json");
    const fresh = compileStyles().css;
    expect(compileStyles({ cacheFile: cache }).css).toBe(fresh);
    const kept = JSON.parse(readFileSync(cache, "utf8")) as { css: string; inputs: Record<string, string> };
    expect(kept.css).toBe(fresh);
    expect(Object.keys(kept.inputs).some((file) => file.includes("govuk-frontend"))).toBe(true);
    // Mark the kept copy: the next compile returns it, so it was served from the cache.
    writeFileSync(cache, JSON.stringify({ ...kept, css: `${fresh}/*kept*/` }));
    expect(compileStyles({ cacheFile: cache }).css).toBe(`${fresh}/*kept*/`);
  });

  it("never serves one site's colours to another: the colours are part of what it keys on", () => {
    const cache = join(dir, "archive.json");
    const purple = compileStyles({ cacheFile: cache, palette: stylePalette({ brand: "#4c2c92", link: "#1a65a6", focus: "#ffdd00" }) }).css;
    expect(purple.includes(".govuk-generic-header{background-color:#4c2c92}")).toBe(true);
    const green = compileStyles({ cacheFile: cache, palette: stylePalette({ brand: "#00703c", link: "#1a65a6", focus: "#ffdd00" }) }).css;
    expect(green.includes(".govuk-generic-header{background-color:#00703c}")).toBe(true);
    expect(green.includes("#4c2c92")).toBe(false);
  });
});
