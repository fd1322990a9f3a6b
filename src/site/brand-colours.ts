/**
 * The body's colours (site.json `colours`): the header's, the links' and the keyboard focus's,
 * each checked for the contrast WCAG 2.2 AA asks of text against what govuk-frontend draws with
 * it, and the palette the stylesheet is compiled with. Unset, each is govuk-frontend's own, so a
 * body that sets nothing gets GOV.UK's colours. Pure.
 */
import { BLACK, mix, normalHex, WHITE } from "./colour.ts";
import { contrastRatio, formatRatio, TEXT_CONTRAST_MINIMUM } from "./contrast.ts";

export type ColourName = "brand" | "link" | "focus";

/** The three colours a site.json may set, resolved: every one present, in lower case. */
export type BrandColours = Readonly<Record<ColourName, string>>;

/**
 * govuk-frontend 6's own colours (settings/_colours-functional.scss and its palette): blue for the
 * header, its 10 % shade for links, yellow for focus; and what it derives from them that the
 * archive's stylesheet sets too, so that GOV.UK's colours stay exactly GOV.UK's.
 */
export const GOVUK_COLOURS = {
  brand: "#1d70b8",
  link: "#1a65a6",
  focus: "#ffdd00",
  /** The template's and the service navigation's background: blue tint-95. */
  tint: "#f4f8fb",
  /** Hovered links: blue shade-50. */
  linkHover: "#0f385c",
  /** govuk-frontend's black, the focus state's text and underline (`focus-text`). */
  focusText: "#0b0c0c",
  /** The header's text (`inverse-text`). */
  headerText: WHITE,
  /** The page behind the text (`body-background`). */
  page: WHITE,
} as const;

/** What each colour is drawn with, so what it must contrast with, and which way to move it. */
const CONTRAST_RULES: Readonly<Record<ColourName, { against: string; what: string; move: "darker" | "lighter" }>> = {
  brand: { against: GOVUK_COLOURS.headerText, what: "the header's white text", move: "darker" },
  link: { against: GOVUK_COLOURS.page, what: "the white page behind links", move: "darker" },
  focus: { against: GOVUK_COLOURS.focusText, what: "the black text and underline govuk-frontend draws on it when a link or button has keyboard focus", move: "lighter" },
};

/** `colour`'s contrast with what it is drawn with, as `name`. */
export function brandContrast(name: ColourName, colour: string): number {
  return contrastRatio(colour, CONTRAST_RULES[name].against);
}

/**
 * Why `colour` cannot be the `name` colour, saying the ratio, the minimum and a colour of its hue
 * that passes; undefined when it passes.
 */
export function contrastRefusal(name: ColourName, colour: string): string | undefined {
  const ratio = brandContrast(name, colour);
  if (ratio >= TEXT_CONTRAST_MINIMUM) return undefined;
  const rule = CONTRAST_RULES[name];
  const passing = nearestPassing(name, colour);
  const govuk = GOVUK_COLOURS[name];
  return (
    `${JSON.stringify(colour)} has a contrast of ${formatRatio(ratio)} with ${rule.what}, and WCAG 2.2 AA asks for at least ${TEXT_CONTRAST_MINIMUM}:1: ` +
    `choose a ${rule.move} colour; ${JSON.stringify(passing)} (yours, ${rule.move}) passes with ${formatRatio(brandContrast(name, passing))}, as does GOV.UK's ${JSON.stringify(govuk)}`
  );
}

/** The least change of `colour` towards black (or white) that passes, in steps of 1 %. */
function nearestPassing(name: ColourName, colour: string): string {
  const towards = CONTRAST_RULES[name].move === "darker" ? BLACK : WHITE;
  for (let step = 1; step <= 100; step++) {
    const moved = mix(towards, colour, step / 100);
    if (brandContrast(name, moved) >= TEXT_CONTRAST_MINIMUM) return moved;
  }
  return towards;
}

/**
 * The colours the stylesheet is compiled with (src/styles/_brand.scss): the three configured and
 * the pale and middle tints of the brand colour, and the links' hover colour, derived from them as
 * govuk-frontend derives its own. GOV.UK's own colours keep GOV.UK's own derived colours.
 */
export interface StylePalette {
  /** The header, the footer's top border, the marks beside resolutions and notes. */
  brand: string;
  /** 6 % of the brand colour on white: the template, footer and service navigation's background. */
  tint: string;
  /** 50 % of the brand colour on white: the border under the service navigation. */
  border: string;
  link: string;
  /** The link colour half mixed with black. */
  linkHover: string;
  focus: string;
}

export function stylePalette(colours: BrandColours): StylePalette {
  const brand = normalHex(colours.brand);
  const link = normalHex(colours.link);
  return {
    brand,
    tint: brand === GOVUK_COLOURS.brand ? GOVUK_COLOURS.tint : mix(brand, WHITE, 0.06),
    border: mix(brand, WHITE, 0.5),
    link,
    linkHover: link === GOVUK_COLOURS.link ? GOVUK_COLOURS.linkHover : mix(link, BLACK, 0.5),
    focus: normalHex(colours.focus),
  };
}
