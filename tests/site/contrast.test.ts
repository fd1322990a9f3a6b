/**
 * WCAG 2.x contrast, as the brand colours are checked with it: known pairs, the rounding that
 * never lets a failing ratio show as a pass, and the colour a refusal offers instead.
 */
import { describe, expect, it } from "vitest";
import { brandContrast, contrastRefusal, GOVUK_COLOURS } from "../../src/site/brand-colours.ts";
import { mix } from "../../src/site/colour.ts";
import { contrastRatio, formatRatio, relativeLuminance, TEXT_CONTRAST_MINIMUM } from "../../src/site/contrast.ts";

describe("contrast", () => {
  it("gives the relative luminance of black, white and a grey as WCAG defines it", () => {
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#ffffff")).toBe(1);
    // sRGB 0x77 linearises to 0.1845 on each channel.
    expect(relativeLuminance("#777777")).toBeCloseTo(0.1845, 4);
  });

  it("gives known pairs their ratio, whichever colour is first", () => {
    expect(formatRatio(contrastRatio("#ffffff", "#1d70b8"))).toBe("5.17:1");
    expect(formatRatio(contrastRatio("#1d70b8", "#ffffff"))).toBe("5.17:1");
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 10);
    expect(contrastRatio("#0b4f5c", "#0b4f5c")).toBe(1);
    expect(formatRatio(contrastRatio("#ffffff", "#0b4f5c"))).toBe("9.18:1");
    expect(formatRatio(contrastRatio("#0b0c0c", "#ffdd00"))).toBe("14.55:1");
  });

  it("finds white text on yellow failing, and black text on it passing", () => {
    expect(contrastRatio("#ffffff", "#ffdd00")).toBeLessThan(TEXT_CONTRAST_MINIMUM);
    expect(contrastRefusal("brand", "#ffdd00")).toMatch(/^"#ffdd00" has a contrast of 1\.35:1 with the header's white text/);
    expect(contrastRefusal("focus", "#ffdd00")).toBeUndefined();
  });

  it("never shows a failing ratio rounded up to the minimum", () => {
    // #767676 on white is 4.54:1, the lightest grey that passes; #777777 is 4.48:1.
    expect(formatRatio(contrastRatio("#ffffff", "#767676"))).toBe("4.54:1");
    expect(formatRatio(4.4999)).toBe("4.49:1");
    expect(formatRatio(4.496)).toBe("4.49:1");
    expect(formatRatio(4.5)).toBe("4.50:1");
    expect(formatRatio(7.005)).toBe("7.01:1");
  });
});

describe("the brand colours' contrast", () => {
  it("passes govuk-frontend's own colours, each against what it is drawn with", () => {
    for (const name of ["brand", "link", "focus"] as const) expect(contrastRefusal(name, GOVUK_COLOURS[name]), name).toBeUndefined();
    expect(brandContrast("brand", "#0b4f5c")).toBeGreaterThan(9);
    // The focus colour is checked against govuk-frontend's black, not against white.
    expect(brandContrast("focus", "#ffdd00")).toBeCloseTo(contrastRatio("#ffdd00", "#0b0c0c"), 10);
  });

  it("refuses a colour that fails, saying the ratio, the minimum and a colour of its hue that passes", () => {
    const refusal = contrastRefusal("link", "#5694ca") ?? "";
    expect(refusal).toMatch(/^"#5694ca" has a contrast of 3\.\d\d:1 with the white page behind links, and WCAG 2\.2 AA asks for at least 4\.5:1: choose a darker colour; "(#[0-9a-f]{6})" \(yours, darker\) passes with 4\.\d\d:1, as does GOV\.UK's "#1a65a6"$/);
    // The least darkening that passes, in steps of 1 %: 17 % of black; 16 % fails.
    expect(/"(#[0-9a-f]{6})" \(yours/.exec(refusal)?.[1]).toBe(mix("#000000", "#5694ca", 0.17));
    expect(brandContrast("link", mix("#000000", "#5694ca", 0.17))).toBeGreaterThanOrEqual(TEXT_CONTRAST_MINIMUM);
    expect(brandContrast("link", mix("#000000", "#5694ca", 0.16))).toBeLessThan(TEXT_CONTRAST_MINIMUM);
    const focus = contrastRefusal("focus", "#1d70b8") ?? "";
    expect(focus).toMatch(/with the black text and underline govuk-frontend draws on it .*: choose a lighter colour; "#[0-9a-f]{6}" \(yours, lighter\) passes .*, as does GOV\.UK's "#ffdd00"$/);
  });
});
