import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { assetsPlugin, type EleventyConfig } from "../../src/eleventy/assets-plugin.ts";

type AfterBuild = Parameters<EleventyConfig["on"]>[1];

/** Registers the plugin on a stand-in config and returns its `eleventy.after` handler. */
function afterBuildHandler(): AfterBuild {
  let handler: AfterBuild | undefined;
  assetsPlugin({
    on(eventName, callback) {
      expect(eventName).toBe("eleventy.after");
      handler = callback;
    },
  });
  if (!handler) throw new Error("assetsPlugin registered no eleventy.after handler");
  return handler;
}

const dirs: string[] = [];
function outputDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "assets-plugin-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("assetsPlugin", () => {
  it("writes the stylesheet and the favicon after a build to disk", async () => {
    const out = outputDir();
    await afterBuildHandler()({ directories: { output: `${out}/` }, outputMode: "fs" });
    const css = readFileSync(join(out, "assets/archive.css"), "utf8");
    expect(css).toContain(".govuk-generic-header");
    const favicon = readFileSync(join(out, "assets/favicon.svg"), "utf8");
    expect(favicon).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it("writes the navigation's module and govuk-frontend's component it imports, which need nothing else", async () => {
    const out = outputDir();
    await afterBuildHandler()({ directories: { output: `${out}/` }, outputMode: "fs" });
    const navigation = readFileSync(join(out, "assets/navigation.js"), "utf8");
    // Nothing imported up front; the component only when a narrow screen needs it.
    expect(navigation).not.toMatch(/^import /m);
    const imports = [...navigation.matchAll(/\bimport\("(.+?)"\)/g)].map((m) => m[1]);
    expect(imports).toEqual(["./govuk-service-navigation.js"]);
    const component = readFileSync(join(out, "assets/govuk-service-navigation.js"), "utf8");
    expect(component).toMatch(/^export \{ ServiceNavigation \};$/m);
    expect(component).not.toMatch(/^import /m);
    // Its source map is where its last line says.
    const map = /sourceMappingURL=(\S+)/.exec(component)?.[1] ?? "";
    expect(JSON.parse(readFileSync(join(out, "assets", map), "utf8")).file).toBe("service-navigation.bundle.mjs");
  });

  it("writes nothing for an in-memory build (toJSON)", async () => {
    const out = outputDir();
    await afterBuildHandler()({ directories: { output: `${out}/` }, outputMode: "json" });
    expect(existsSync(join(out, "assets"))).toBe(false);
  });
});
