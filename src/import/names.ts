/**
 * Identifiers from printed names.
 *
 * The importer cannot know who "Cllr M Blakemore" is, so it writes a slug of the printed name with
 * honorifics, initials' dots, post-nominals and bracketed roles stripped (`m-blakemore`) and lists
 * it under "people to map" in the report. It never merges two printed forms into one person.
 */

import { slugWords } from "../model/slug.ts";

/** An identifier: lower-case letters, digits and single hyphens, apostrophes dropped, cut at a word. */
export function slugify(text: string, maxLength = 80): string {
  const base = slugWords(text, { dropApostrophes: true });
  if (base.length <= maxLength) return base;
  // Cut at a word boundary so file names stay readable.
  const cut = base.slice(0, maxLength + 1);
  const at = cut.lastIndexOf("-");
  return (at > 0 ? cut.slice(0, at) : cut.slice(0, maxLength)).replace(/-+$/g, "");
}

const HONORIFIC = /^(?:the\s+)?(?:rt\.?\s+hon\.?|councillor|cllr|mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|prof(?:essor)?|pcc)\.?(?=\s|$)\s*/i;
const POST_NOMINAL = /(?:,?\s+(?:OBE|MBE|CBE|KBE|DBE|QPM|KPM|JP|DL|KC|QC|MP))+\.?$/;

/** The name part of a printed name: no honorifics, roles in brackets or post-nominals. */
export function bareName(printed: string): string {
  let name = printed.replace(/\([^)]*\)/g, " ").replace(/\*+/g, "").replace(/\s+/g, " ").trim();
  name = name.replace(/[.,;:]+$/, "").trim();
  for (let previous = ""; previous !== name; ) {
    previous = name;
    name = name.replace(HONORIFIC, "").trim();
  }
  name = name.replace(POST_NOMINAL, "").trim();
  return name.replace(/[.,;:]+$/, "").trim();
}

/** `Cllr M Blakemore` → `m-blakemore`; `Mr. P M Hill OBE (Chairman)` → `p-m-hill`. */
export function personSlug(printed: string): string {
  return slugify(bareName(printed).replace(/\./g, " "));
}

/** An organisation's identifier: a slug of its printed name (`Swale Borough Council` → `swale-borough-council`). */
export function organisationSlug(printed: string): string {
  return slugify(printed.replace(/\*+/g, "").replace(/[.,;:]+$/, "").trim());
}

export interface BodyPattern {
  id: string;
  /** Printed names of the body, matched anywhere in a line. */
  pattern: RegExp;
}

/** The bodies whose papers the seeds hold; options can add others. */
export const KNOWN_BODIES: readonly BodyPattern[] = [
  { id: "kmpcp", pattern: /police\s+and\s+crime\s+panel/i },
  { id: "pdb", pattern: /performance\s*(?:and|&)\s*delivery\s+board|commissioner['’]s\s+governance\s+board/i },
];

/** The body a printed name refers to, or undefined when no pattern matches. */
export function bodyIdFor(text: string, bodies: readonly BodyPattern[]): string | undefined {
  return bodies.find((b) => b.pattern.test(text))?.id;
}

/** Decision codes as printed, `OPCC D.035.24` or `OPCC.D.034.23`, as identifiers `opcc-d-035-24`. */
export function decisionIds(text: string): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(/\bOPCC[ .]?D\.(\d{3})\.(\d{2})\b/g)) ids.push(`opcc-d-${m[1]}-${m[2]}`);
  return ids;
}
