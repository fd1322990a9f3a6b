/**
 * The site's brand from its site.json: the favicon made from the brand colour and the archive's
 * initials, the colours the stylesheet is compiled with, and the favicon and logo files, checked
 * where they are named.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/model/problems.ts";
import { GOVUK_COLOURS, stylePalette } from "../../src/site/brand-colours.ts";
import { faviconText, siteBrand } from "../../src/site/brand.ts";
import { faviconInitials, faviconSvg } from "../../src/site/favicon.ts";
import { parseSiteSettings, readSiteSchema, requireSiteSettings } from "../../src/site/site-settings.ts";
import { PROJECT_ROOT } from "../support/paths.ts";

const MINIMAL = { name: "Anyshire Scrutiny Panel papers", description: "Published papers of the Anyshire Scrutiny Panel.", statementDate: "2025-01-15" };
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The favicon the shipped archive had as a file (src/assets/favicon.svg) before it was made from site.json. */
const KENT_FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="4" fill="#0b4f5c"/><text x="16" y="22" fill="#fff" font-family="Arial,Helvetica,sans-serif" font-size="15" font-weight="700" text-anchor="middle">KM</text></svg>\n';

describe("the favicon made from the configuration", () => {
  it("takes the initials of the first two words of the name that begin with a capital", () => {
    expect(faviconInitials("Kent and Medway Police and Crime Panel papers")).toBe("KM");
    expect(faviconInitials("Anyshire Scrutiny Panel papers")).toBe("AS");
    expect(faviconInitials("Overview and Scrutiny Committee papers")).toBe("OS");
    expect(faviconInitials("The Anyshire Panel papers")).toBe("AP");
    expect(faviconInitials("Ynys Môn Scrutiny papers")).toBe("YM");
    expect(faviconInitials("Anyshire")).toBe("A");
    expect(faviconInitials("2030 Panel")).toBe("2P");
    expect(faviconInitials("papers of a panel")).toBe("P");
    expect(faviconInitials("…")).toBe("");
  });

  it("takes faviconText over the initials", () => {
    expect(faviconText({ name: "Anyshire Scrutiny Panel papers" })).toBe("AS");
    expect(faviconText({ name: "Anyshire Scrutiny Panel papers", faviconText: "Ay" })).toBe("Ay");
  });

  it("draws them in white on the brand colour, escaped, and the shipped archive's is the KM it had", () => {
    const kent = requireSiteSettings(join(PROJECT_ROOT, "_data/site.json"), PROJECT_ROOT);
    expect(siteBrand(kent, PROJECT_ROOT).favicon.bytes.toString("utf8")).toBe(KENT_FAVICON);
    // One letter alone is larger.
    expect(faviconSvg("#4c2c92", "A")).toContain('fill="#4c2c92"/><text x="16" y="23" fill="#fff" font-family="Arial,Helvetica,sans-serif" font-size="20"');
    expect(faviconSvg("#4c2c92", "A&")).toContain(">A&amp;</text>");
    expect(faviconSvg("#1d70b8", "")).not.toContain("<text");
  });
});

describe("the stylesheet's colours", () => {
  it("default to govuk-frontend's own, the schema's defaults", () => {
    const colours = (readSiteSchema().properties as Record<string, { properties: Record<string, { default: string }> }>).colours?.properties ?? {};
    expect({ brand: colours.brand?.default, link: colours.link?.default, focus: colours.focus?.default }).toEqual({ brand: GOVUK_COLOURS.brand, link: GOVUK_COLOURS.link, focus: GOVUK_COLOURS.focus });
  });

  it("derive the brand's tints as the shipped archive's stylesheet wrote them, and keep GOV.UK's own for GOV.UK's colours", () => {
    expect(stylePalette({ brand: "#0b4f5c", link: "#1a65a6", focus: "#ffdd00" })).toEqual({ brand: "#0b4f5c", tint: "#f0f4f5", border: "#85a7ae", link: "#1a65a6", linkHover: "#0f385c", focus: "#ffdd00" });
    expect(stylePalette({ brand: "#1D70B8", link: "#1a65a6", focus: "#ffdd00" })).toEqual({ brand: "#1d70b8", tint: "#f4f8fb", border: "#8eb8dc", link: "#1a65a6", linkHover: "#0f385c", focus: "#ffdd00" });
    expect(stylePalette({ brand: "#4c2c92", link: "#00703c", focus: "#ffbf47" })).toMatchObject({ tint: "#f4f2f8", linkHover: "#00381e" });
  });
});

describe("the favicon and logo files site.json names", () => {
  /** An archive's folder holding `files`; the problems `_data/site.json` with `settings` has there. */
  function problems(settings: object, files: Record<string, string | Buffer> = {}): string[] {
    const root = mkdtempSync(join(tmpdir(), "papers-brand-"));
    for (const [path, bytes] of Object.entries(files)) {
      mkdirSync(join(root, path, ".."), { recursive: true });
      writeFileSync(join(root, path), bytes);
    }
    return parseSiteSettings("_data/site.json", json({ ...MINIMAL, ...settings }), { root }).problems.map(formatProblem);
  }
  const SVG = '<?xml version="1.0"?>\n<!-- made by hand -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>\n';
  const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(25)]);

  it("accepts an SVG or PNG file in the archive's folder", () => {
    expect(problems({ favicon: "branding/icon.svg", logo: { file: "branding/logo.png", alt: "Anyshire County Council" } }, { "branding/icon.svg": SVG, "branding/logo.png": PNG })).toEqual([]);
  });

  it("refuses a file that is not there, at the key naming it", () => {
    expect(problems({ favicon: "branding/icon.svg" })).toEqual([
      '_data/site.json:5:14 "branding/icon.svg" is not there: no file branding/icon.svg in the archive\'s folder; check its name and folder (they are case-sensitive), or copy the file there (favicon)',
    ]);
    expect(problems({ logo: { file: "logo.png", alt: "Anyshire County Council" } })).toEqual([expect.stringMatching(/^_data\/site\.json:6:13 "logo\.png" is not there: .* \(logo\.file\)$/)]);
  });

  it("refuses a file of another type, by its name or by its content", () => {
    expect(problems({ favicon: "branding/icon.jpg" }, { "branding/icon.jpg": "x" })).toEqual([expect.stringMatching(/^_data\/site\.json:5:14 "branding\/icon\.jpg" is not in the right form: write the path of the site's icon from the archive's folder, an SVG or PNG file \(\.svg or \.png\)/)]);
    expect(problems({ favicon: "icon.png" }, { "icon.png": SVG })).toEqual([expect.stringMatching(/^_data\/site\.json:5:14 "icon\.png": its content is not a PNG image, whatever its name says; save it as a PNG image, or as an SVG image named \.svg \(favicon\)$/)]);
    expect(problems({ favicon: "icon.svg" }, { "icon.svg": PNG })).toEqual([expect.stringMatching(/^_data\/site\.json:5:14 "icon\.svg": its content is not an SVG image \(it does not start with <svg\)/)]);
  });

  it("refuses an SVG with script in it, a folder, and a file outside the archive's folder", () => {
    expect(problems({ favicon: "icon.svg" }, { "icon.svg": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>' })).toEqual([expect.stringMatching(/"icon\.svg": the SVG holds script .* save the image without them/)]);
    expect(problems({ favicon: "branding/logo.svg" }, { "branding/logo.svg/x.svg": SVG })).toEqual([expect.stringMatching(/"branding\/logo\.svg" is a folder, not a file/)]);
    expect(problems({ favicon: "../icon.svg" })).toEqual([expect.stringMatching(/"\.\.\/icon\.svg" is not in the archive's folder: copy the file into it \(e\.g\. into branding\/\) and give its path from there, e\.g\. "branding\/icon\.svg" \(favicon\)$/)]);
  });

  it("asks for the logo's alternative text", () => {
    expect(problems({ logo: { file: "logo.png" } }, { "logo.png": PNG })).toEqual([
      '_data/site.json:5:3 missing field alt: add "alt": "Anyshire County Council" in logo (what the logo says, for those who cannot see it, e.g. the name of the organisation it is the logo of) (logo.alt)',
    ]);
  });
});
