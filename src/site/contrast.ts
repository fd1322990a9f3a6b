/**
 * WCAG 2.x contrast: the relative luminance of a colour and the ratio of two, as success
 * criterion 1.4.3 (Contrast, Minimum) defines them: at least 4.5:1 for text. Pure.
 */
import { parseHex } from "./colour.ts";

/** WCAG 2.2 AA's least contrast for text of ordinary size (1.4.3). */
export const TEXT_CONTRAST_MINIMUM = 4.5;

/** The relative luminance of `#rrggbb`, 0 (black) to 1 (white), with WCAG's sRGB linearisation. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, 1 to 21, the same whichever is given first. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * "5.17:1": rounded to two decimals, as contrast checkers print it, but never up to the minimum:
 * WCAG's threshold admits no rounding, so a ratio of 4.499, which fails, shows as 4.49:1.
 */
export function formatRatio(ratio: number, minimum: number = TEXT_CONTRAST_MINIMUM): string {
  const rounded = Math.round(ratio * 100) / 100;
  const shown = ratio < minimum && rounded >= minimum ? Math.floor(ratio * 100) / 100 : rounded;
  return `${shown.toFixed(2)}:1`;
}
