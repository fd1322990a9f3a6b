/**
 * How an archive's papers print their codes and numbers, and the roles and kinds of organisation
 * its content may name. Each has a default that fits the shipped archive and most agendas, and a
 * body (in its file's `conventions:`) or the site (`_data/site.json`) may declare its own: councils
 * print item 4(a), minute OSC/23/25 and key decision KD/2025/014 where the Kent panel printed A4,
 * 113 and OPCC D.035.24.
 *
 * A pattern is a JavaScript regular expression (with the `u` flag, as JSON Schema's `pattern`) that
 * the whole code must match: `^` and `$` are implied, so `\d+` refuses `A4` rather than finding its 4.
 */
import { slugWords } from "./slug.ts";

/** A pattern and an example of a code it accepts, as a body file or the site configuration writes them. */
export interface WrittenPattern {
  pattern: string;
  example: string;
}

/** A code pattern ready to test codes with, and where it was declared (for messages). */
export interface CodePattern extends WrittenPattern {
  /** The whole-code test: the pattern between `^(?:` and `)$`. */
  test: RegExp;
  /** The file and field that declared it (`content/bodies/osc.md`, `conventions.item_code`); none for a default. */
  declaredIn?: { file: string; field: string };
}

/** A body's minute numbers: the pattern of a number, and whether a full stop must follow it. */
export interface MinuteNumbering extends CodePattern {
  /** The default numbering reads `## 113. Title` only, so that a heading such as `## 2024 budget` is no minute 2024. */
  fullStop: "required" | "optional";
}

/** What one body's papers print, the defaults filled in. */
export interface BodyConventions {
  itemCode: CodePattern;
  minuteNumber: MinuteNumbering;
  /** Stricter than the schema's: only where the body declares one. */
  decisionCode?: CodePattern;
}

/** What `_data/site.json` adds to the content model: roles, kinds of organisation and a decision code pattern. */
export interface SiteConventions {
  /** Roles beyond the built-in ones, and other words for built-in ones: identifier → label. */
  roles: ReadonlyMap<string, string>;
  /** Kinds of organisation beyond the built-in ones, and other words for built-in ones: identifier → label. */
  organisationKinds: ReadonlyMap<string, string>;
  decisionCode?: CodePattern;
  /**
   * Set when `_data/site.json` is there but cannot be read (empty, not JSON: site-file.ts): which
   * roles and kinds it declares is unknown, so none the content uses is refused for want of them,
   * and the file's own problem is the one reported.
   */
  unread?: true;
}

/** The words an archive names roles and kinds with beyond (or over) the built-in labels. */
export type Vocabulary = Pick<SiteConventions, "roles" | "organisationKinds">;

/** Roles every archive knows (labels: src/render/labels.ts); `_data/site.json` `roles` adds more. */
export const BUILT_IN_ROLES = [
  "member", "chair", "vice-chair", "independent-member", "co-opted-member", "substitute",
  "commissioner", "chief-executive", "chief-finance-officer", "chief-constable",
  "temporary-chief-constable", "deputy-chief-constable", "deputy-chief-officer", "officer",
  "leader", "deputy-leader", "cabinet-member", "portfolio-holder", "mayor",
  "chief-fire-officer", "deputy-chief-fire-officer",
] as const;

export type BuiltInRole = (typeof BUILT_IN_ROLES)[number];

/** Kinds of organisation every archive knows (labels: src/render/labels.ts); `organisationKinds` adds more. */
export const BUILT_IN_ORGANISATION_KINDS = ["council", "cabinet", "police", "fire-and-rescue", "oversight", "political-group", "company", "charity", "government", "other"] as const;

export type BuiltInOrganisationKind = (typeof BUILT_IN_ORGANISATION_KINDS)[number];

/**
 * The item codes agendas print: an optional letter or two for the section (A4, B3), a number, more
 * numbers after dots (7.1, 7.1.2), an optional letter (4a) and a part in brackets (4(a), B3(i)).
 */
export const DEFAULT_ITEM_CODE: CodePattern = codePattern({
  pattern: String.raw`[A-Z]{0,2}\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?(?:\((?:[a-z]{1,5}|\d{1,2})\))?`,
  example: "A4",
});

/** The item codes DEFAULT_ITEM_CODE accepts, as messages list them. */
export const DEFAULT_ITEM_CODE_EXAMPLES = "A4, 4, 4a, 4(a), 7.1 or B3(i)";

/** `## 113. Title`: a number, perhaps a letter after it (113A), then a full stop. */
export const DEFAULT_MINUTE_NUMBER: MinuteNumbering = { ...codePattern({ pattern: String.raw`\d+[A-Za-z]?`, example: "113" }), fullStop: "required" };

/** The longest minute number read from a heading: numbers are short, and a body's own pattern is tested on no more. */
const LONGEST_NUMBER = 40;

export const DEFAULT_BODY_CONVENTIONS: BodyConventions = { itemCode: DEFAULT_ITEM_CODE, minuteNumber: DEFAULT_MINUTE_NUMBER };

export const NO_SITE_CONVENTIONS: SiteConventions = { roles: new Map(), organisationKinds: new Map() };

/** What a site file that cannot be read declares: nothing known, so nothing is checked against it. */
export const UNREAD_SITE_CONVENTIONS: SiteConventions = { roles: new Map(), organisationKinds: new Map(), unread: true };

/** Why `pattern` cannot be used, in the JavaScript engine's words ("Unterminated group"); undefined when it can. */
export function patternError(pattern: string): string | undefined {
  try {
    new RegExp(pattern, "u");
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // "Invalid regular expression: /x(/u: Unterminated group": the reason is after the pattern.
    return message.slice(message.lastIndexOf(": ") + 2) || message;
  }
}

/** Where an archive's site configuration is, under its folder (src/site/config.ts names it from here). */
export const SITE_FILE = "_data/site.json";

/** What a pattern is for: its name in messages, and a pattern of that kind with the codes it accepts. */
export const PATTERN_KINDS = {
  item_code: { what: "item codes", pattern: String.raw`^\d+(\([a-z]\))?$`, accepts: "4 and 4(a)" },
  minute_number: { what: "minute numbers", pattern: String.raw`OSC/\d{2}/\d+`, accepts: "OSC/23/25" },
  decision_code: { what: "decision codes", pattern: String.raw`KD/\d{4}/\d{3}`, accepts: "KD/2025/014" },
} as const;

export type PatternKind = keyof typeof PATTERN_KINDS;

/**
 * What is wrong with a written pattern and its example, at which of the two, with what to write
 * instead; undefined when nothing is. `written` says how the file quotes a backslash: YAML front
 * matter in single quotes, JSON doubled.
 */
export function writtenPatternProblem(written: WrittenPattern, kind: PatternKind, writtenIn: "front matter" | "JSON"): { field: "pattern" | "example"; message: string } | undefined {
  const { what, pattern, accepts } = PATTERN_KINDS[kind];
  const error = patternError(written.pattern);
  // Quoted as the file writes it: front matter in single quotes, backslashes single; JSON doubled.
  const quoted = (text: string) => (writtenIn === "JSON" ? JSON.stringify(text) : `'${text}'`);
  if (error !== undefined) {
    return { field: "pattern", message: `${quoted(written.pattern)} is not a regular expression the check can read (${error}): write the form of the ${what} as a JavaScript regular expression, e.g. ${quoted(pattern)} for ${accepts}` };
  }
  if (!codePattern(written).test.test(written.example)) {
    return { field: "example", message: `example ${JSON.stringify(written.example)} does not match the pattern ${written.pattern}: write one of the ${what} as the papers print it, which the pattern accepts, or correct the pattern` };
  }
  return undefined;
}

/** A written pattern ready to use; the caller has checked it with writtenPatternProblem. */
export function codePattern(written: WrittenPattern, declaredIn?: CodePattern["declaredIn"]): CodePattern {
  return { pattern: written.pattern, example: written.example, test: new RegExp(`^(?:${written.pattern})$`, "u"), declaredIn };
}

/** A body's own minute numbering: its pattern, the full stop after the number optional. */
export function minuteNumbering(written: WrittenPattern, declaredIn: CodePattern["declaredIn"]): MinuteNumbering {
  return { ...codePattern(written, declaredIn), fullStop: "optional" };
}

/**
 * A minute heading's printed number and title (`113. Title`, `OSC/23/25 Title`), or undefined for
 * a heading that does not start with a number of this form.
 */
export function splitMinuteNumber(heading: string, numbering: MinuteNumbering): { number: string; title: string } | undefined {
  const parts = /^(\S+)\s+(\S.*)$/s.exec(heading);
  if (!parts) return undefined;
  const [, token = "", title = ""] = parts;
  const stopped = token.endsWith(".");
  if (numbering.fullStop === "required" && !stopped) return undefined;
  const number = stopped ? token.slice(0, -1) : token;
  if (number === "" || number.length > LONGEST_NUMBER || !numbering.test.test(number)) return undefined;
  return { number, title };
}

/**
 * The anchor of a minute numbered `number`: `m` and the number as it always was for a number of
 * digits (`m113`, `m113a`), and `m-` and its words for any other (`OSC/23/25` → `m-osc-23-25`),
 * so that no anchor runs a letter into a digit unreadably. Undefined for a number with no letter
 * or digit in it.
 */
export function minuteAnchor(number: string): string | undefined {
  const slug = slugWords(number);
  if (slug === "") return undefined;
  return /^\d[a-z0-9]*$/.test(slug) ? `m${slug}` : `m-${slug}`;
}

/** The anchor of agenda item `code` on its meeting's page: `item-a4`, `item-4a` for 4(a), `item-7-1` for 7.1. */
export function itemAnchor(code: string): string {
  return `item-${slugWords(code.replace(/[()]/g, "")) || "code"}`;
}

/**
 * The roles, kinds and decision code pattern `_data/site.json` declares, read leniently: the site
 * check (src/site/site-settings.ts) reports what is wrong with the file, and the content is
 * checked meanwhile with what can be read of it, so one mistake there does not refuse every
 * role of the content as well.
 */
/** The conventions in site settings' keys (validated or not): what is not of the right shape is left out. */
export function siteConventionsOf(settings: { roles?: unknown; organisationKinds?: unknown; decisionCode?: unknown }, file: string): SiteConventions {
  const decision = settings.decisionCode;
  const written = isRecord(decision) && typeof decision.pattern === "string" && typeof decision.example === "string" ? { pattern: decision.pattern, example: decision.example } : undefined;
  return {
    roles: labelsOf(settings.roles),
    organisationKinds: labelsOf(settings.organisationKinds),
    decisionCode: written && writtenPatternProblem(written, "decision_code", "JSON") === undefined ? codePattern(written, { file, field: "decisionCode" }) : undefined,
  };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function labelsOf(value: unknown): ReadonlyMap<string, string> {
  if (!isRecord(value)) return new Map();
  return new Map(Object.entries(value).filter((entry): entry is [string, string] => SLUG.test(entry[0]) && typeof entry[1] === "string" && entry[1].trim() !== ""));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
