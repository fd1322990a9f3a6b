/**
 * Colours as site.json writes them (`#rrggbb`), and the one operation the brand needs on them:
 * mixing two, as govuk-frontend's palette makes its tints and shades (a tint is the colour mixed
 * with white, a shade with black). Pure.
 */

/** Red, green and blue, each 0 to 255. */
export type Rgb = readonly [number, number, number];

export const WHITE = "#ffffff";
export const BLACK = "#000000";

/** `#0b4f5c` → [11, 79, 92]. The schema has checked the form; anything else throws. */
export function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [Number.parseInt(match[1] as string, 16), Number.parseInt(match[2] as string, 16), Number.parseInt(match[3] as string, 16)];
}

/** [11, 79, 92] → `#0b4f5c`, each channel rounded to the nearest whole number (half up). */
export function formatHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(Math.min(255, Math.max(0, channel))).toString(16).padStart(2, "0")).join("")}`;
}

/** `weight` (0 to 1) of `colour` and the rest of `base`: mix("#0b4f5c", WHITE, 0.06) is a 6 % tint. */
export function mix(colour: string, base: string, weight: number): string {
  const [r1, g1, b1] = parseHex(colour);
  const [r2, g2, b2] = parseHex(base);
  const at = (x: number, y: number) => x * weight + y * (1 - weight);
  return formatHex([at(r1, r2), at(g1, g2), at(b1, b2)]);
}

/** Lower case, as the CSS and the favicon print it, so "#0B4F5C" and "#0b4f5c" are one colour. */
export function normalHex(hex: string): string {
  return formatHex(parseHex(hex));
}
