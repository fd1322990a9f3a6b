/**
 * The brand colour as site.json gives it: `colours.brand`, or `themeColour`, its former name, in a
 * file written before `colours` existed; and each configured colour's contrast, refused where it
 * fails WCAG 2.2 AA. Pure.
 */
import { type BrandColours, type ColourName, contrastRefusal } from "./brand-colours.ts";
import { normalHex } from "./colour.ts";
import type { SettingProblem } from "./setting-problem.ts";

/** The parts of site.json this reads, as the schema has checked them (`colours` with its defaults). */
interface ColourSettings {
  themeColour?: string;
  colours: BrandColours;
}

/** Which colours the file itself sets, read before the schema's defaults fill in the rest. */
export function coloursGiven(data: unknown): ReadonlySet<ColourName> {
  const colours = (data as { colours?: unknown } | null)?.colours;
  if (typeof colours !== "object" || colours === null) return new Set();
  return new Set((["brand", "link", "focus"] as const).filter((name) => Object.hasOwn(colours, name)));
}

/** `colours` with the brand colour `themeColour` gives when the file sets no `colours.brand`. */
export function resolvedColours(settings: ColourSettings, given: ReadonlySet<ColourName>): BrandColours {
  const brand = !given.has("brand") && settings.themeColour !== undefined ? settings.themeColour : settings.colours.brand;
  return { brand: normalHex(brand), link: normalHex(settings.colours.link), focus: normalHex(settings.colours.focus) };
}

/**
 * Each colour the file sets whose contrast fails, at the key that sets it, and a `themeColour`
 * that contradicts `colours.brand`. GOV.UK's defaults pass and are not checked again.
 */
export function colourProblems(settings: ColourSettings, given: ReadonlySet<ColourName>): SettingProblem[] {
  const problems: SettingProblem[] = [];
  const theme = settings.themeColour;
  if (theme !== undefined && given.has("brand") && normalHex(theme) !== normalHex(settings.colours.brand)) {
    problems.push({
      path: ["themeColour"],
      message: `${JSON.stringify(theme)} is not the brand colour, ${JSON.stringify(settings.colours.brand)}: themeColour is colours.brand's former name, and colours.brand now colours the header and the browser's toolbar both; remove themeColour`,
    });
  }
  const colours = resolvedColours(settings, given);
  for (const name of ["brand", "link", "focus"] as const) {
    const path = keyOf(name, given, theme);
    if (path === undefined) continue;
    const refusal = contrastRefusal(name, colours[name]);
    if (refusal) problems.push({ path, message: refusal });
  }
  return problems;
}

/** The key that sets colour `name`: undefined for GOV.UK's default, which the file does not set. */
function keyOf(name: ColourName, given: ReadonlySet<ColourName>, themeColour: string | undefined): readonly string[] | undefined {
  if (given.has(name)) return ["colours", name];
  if (name === "brand" && themeColour !== undefined) return ["themeColour"];
  return undefined;
}
