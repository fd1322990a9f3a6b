/**
 * Identifiers from printed names.
 *
 * The importer cannot know who "Cllr M Blakemore" is, so it writes a slug of the printed name with
 * honorifics, initials' dots, post-nominals and bracketed roles stripped (`m-blakemore`) and lists
 * it under "people to map" in the report. It never merges two printed forms into one person.
 *
 * Bodies it can know: an archive's content/bodies/ gives each body's identifier and the names its
 * papers print, so a document's body is the one whose name it prints (or the one given with
 * `--body`). The Kent Panel's and Board's names are built in only as a fallback, reported as a guess.
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
  /** A printed name of the body, matched anywhere in a line. */
  pattern: RegExp;
}

/** A body of the archive as its file gives it: content/bodies/<id>.md's `name`, `short_name` and `names_as_printed`. */
export interface ArchiveBody {
  id: string;
  name: string;
  short_name?: string;
  names_as_printed?: readonly string[];
}

/**
 * The bodies whose papers the seeds hold (the Kent archive's). Only a fallback: an archive's own
 * content/bodies/ names its bodies, and these are used only when it has none, or none of them is
 * printed in the source; the report then says the body was guessed.
 */
export const KNOWN_BODIES: readonly BodyPattern[] = [
  { id: "kmpcp", pattern: /police\s+and\s+crime\s+panel/i },
  { id: "pdb", pattern: /performance\s*(?:and|&)\s*delivery\s+board|commissioner['’]s\s+governance\s+board/i },
];

/**
 * The names documents are matched against, and the body given with `--body`: when given, every
 * document is that body's, whatever name it prints (the names still say which lines are the
 * body's name, not text).
 */
export interface BodyNames {
  patterns: readonly BodyPattern[];
  given?: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A printed name as a pattern: any spacing, "and" or "&", either apostrophe, any case (an acronym such as "PCP" only in capitals), whole words only. */
export function namePattern(name: string): RegExp {
  const words = name.trim().split(/\s+/).map((word) => (/^(?:and|&)$/i.test(word) ? "(?:and|&)" : escapeRegExp(word).replace(/['’]/g, "['’]")));
  // An acronym in lower case is more often some other word than the body ("osc" in a file name).
  const acronym = /^[A-Z]{2,6}$/.test(name.trim());
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join("\\s+")}(?![\\p{L}\\p{N}])`, acronym ? "u" : "iu");
}

/**
 * One pattern for each name of each body, the longest name first, so that a body's full name wins
 * over another body's shorter one ("Kent and Medway Police and Crime Panel" before a "Police and
 * Crime Panel").
 */
export function bodyPatternsOf(bodies: readonly ArchiveBody[]): BodyPattern[] {
  const named = bodies.flatMap((body) => [body.name, body.short_name, ...(body.names_as_printed ?? [])].filter((n): n is string => typeof n === "string" && n.trim() !== "").map((name) => ({ id: body.id, name })));
  return named.sort((a, b) => b.name.length - a.name.length).map(({ id, name }) => ({ id, pattern: namePattern(name) }));
}

/** Whether `text` prints a body's name. */
export function namesABody(text: string, names: BodyNames): boolean {
  return names.patterns.some((b) => b.pattern.test(text));
}

/** The body a printed name refers to (the one given with `--body`, if any), or undefined when no name matches. */
export function bodyIdFor(text: string, names: BodyNames): string | undefined {
  return names.given ?? names.patterns.find((b) => b.pattern.test(text))?.id;
}

/** "the meeting", "the last meeting": a name that means the document's own body, not another's. */
export function isOwnMeeting(printed: string): boolean {
  return /^(?:the\s+)?(?:last\s+|previous\s+)?meeting$/i.test(printed.trim());
}

/** Decision codes as printed, `OPCC D.035.24` or `OPCC.D.034.23`, as identifiers `opcc-d-035-24`. */
export function decisionIds(text: string): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(/\bOPCC[ .]?D\.(\d{3})\.(\d{2})\b/g)) ids.push(`opcc-d-${m[1]}-${m[2]}`);
  return ids;
}
