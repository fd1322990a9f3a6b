import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type AssetsOptions, assetsPlugin, type BrandPageData, type EleventyConfig } from "../../src/eleventy/assets-plugin.ts";
import { parseSiteSettings } from "../../src/site/site-settings.ts";

type AfterBuild = Parameters<EleventyConfig["on"]>[1];

/** An archive's folder holding `files`, with a site.json of `settings` (and the keys it must have). */
function archive(settings: object = {}, files: Record<string, Uint8Array | string> = {}): AssetsOptions["site"] {
  const root = outputDir();
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
  const text = JSON.stringify({ name: "Anyshire Scrutiny Panel papers", description: "Papers.", statementDate: "2025-01-15", ...settings });
  const { settings: read, problems } = parseSiteSettings("_data/site.json", text, { root });
  if (!read) throw new Error(JSON.stringify(problems));
  return { settings: read, archiveFolders: { root, siteFile: join(root, "_data/site.json") } };
}

/** Registers the plugin on a stand-in config; returns its `eleventy.after` handler and the layout's `brand`. */
function registered(site: AssetsOptions["site"] = archive()): { afterBuild: AfterBuild; brand: BrandPageData } {
  let handler: AfterBuild | undefined;
  let brand: BrandPageData | undefined;
  assetsPlugin(
    {
      on(eventName, callback) {
        expect(eventName).toBe("eleventy.after");
        handler = callback;
      },
      addGlobalData(name, data) {
        expect(name).toBe("brand");
        brand = (data as () => BrandPageData)();
      },
    },
    { site },
  );
  if (!handler || !brand) throw new Error("assetsPlugin registered no eleventy.after handler or no brand");
  return { afterBuild: handler, brand };
}
const afterBuildHandler = (site?: AssetsOptions["site"]) => registered(site).afterBuild;

const dirs: string[] = [];
function outputDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "assets-plugin-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The smallest PNG header imageSize reads: 8 bytes of signature, then IHDR with width and height. */
function png(width: number, height: number): Buffer {
  const header = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header);
  header.writeUInt32BE(13, 8);
  header.write("IHDR", 12, "latin1");
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  return header;
}

describe("assetsPlugin", () => {
  it("writes the stylesheet and the favicon after a build to disk", async () => {
    const out = outputDir();
    await afterBuildHandler()({ directories: { output: `${out}/` }, outputMode: "fs" });
    const css = readFileSync(join(out, "assets/archive.css"), "utf8");
    expect(css).toContain(".govuk-generic-header");
    const favicon = readFileSync(join(out, "assets/favicon.svg"), "utf8");
    expect(favicon).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it("makes the favicon from the brand colour and the site's initials, and tells the layout where it is", async () => {
    const out = outputDir();
    const { afterBuild, brand } = registered(archive({ colours: { brand: "#4c2c92" } }));
    expect(brand).toEqual({ themeColour: "#4c2c92", favicon: { href: "/assets/favicon.svg", type: "image/svg+xml" } });
    await afterBuild({ directories: { output: out }, outputMode: "fs" });
    const favicon = readFileSync(join(out, "assets/favicon.svg"), "utf8");
    expect(favicon).toContain('fill="#4c2c92"');
    expect(favicon).toMatch(/>AS<\/text>/);
  });

  it("publishes the favicon and the logo site.json names, as they are, with the logo's size and alternative text", async () => {
    const out = outputDir();
    const logo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 40"><rect width="80" height="40" fill="#fff"/></svg>';
    const site = archive({ favicon: "branding/icon.png", logo: { file: "branding/crest.png", alt: "Anyshire County Council" } }, { "branding/icon.png": png(32, 32), "branding/crest.png": png(160, 80), "branding/unused.svg": logo });
    const { afterBuild, brand } = registered(site);
    expect(brand).toEqual({
      themeColour: "#1d70b8",
      favicon: { href: "/assets/favicon.png", type: "image/png" },
      logo: { src: "/assets/logo.png", alt: "Anyshire County Council", width: 160, height: 80 },
    });
    await afterBuild({ directories: { output: out }, outputMode: "fs" });
    expect(readFileSync(join(out, "assets/favicon.png")).equals(png(32, 32))).toBe(true);
    expect(readFileSync(join(out, "assets/logo.png")).equals(png(160, 80))).toBe(true);
    expect(existsSync(join(out, "assets/favicon.svg"))).toBe(false);
  });

  it("compiles the stylesheet in the site's colours", async () => {
    const out = outputDir();
    await afterBuildHandler(archive({ colours: { brand: "#4c2c92", link: "#00703c", focus: "#ffbf47" } }))({ directories: { output: out }, outputMode: "fs" });
    const css = readFileSync(join(out, "assets/archive.css"), "utf8");
    // Matched as booleans: a failure would print the whole stylesheet.
    expect(css.includes(".govuk-generic-header{background-color:#4c2c92}")).toBe(true);
    expect(css.includes(".govuk-link:link{color:var(--govuk-link-colour, #00703c)}")).toBe(true);
    expect(css.includes("--govuk-focus-colour: #ffbf47;")).toBe(true);
    expect(/#1d70b8|#1a65a6|#ffdd00/.test(css)).toBe(false);
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
