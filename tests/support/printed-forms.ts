/**
 * The fields whose values claim to be what the papers print (`as_printed`, `names_as_printed`, a
 * title "as the paper prints it", a header line "as printed"), found from the JSON Schemas so that
 * a new printed field is checked as soon as a schema defines it; and the source texts, normalised
 * so that a printed form is found in them whatever the conversion did to line wraps and markup.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SCHEMA_FOR_TYPE } from "../../src/model/schemas.ts";
import { flattenSchema } from "../../tools/front-matter-types.ts";
import { SEEDS_DIR } from "./paths.ts";

type Schema = Record<string, unknown>;

/** A value found at a printed field of one file's front matter. */
export interface PrintedForm {
  /** The field's path in the front matter, with indexes: `membership[3].as_printed`. */
  path: string;
  value: string;
}

/** A field claims to be printed when its name says so, or its schema's description does. */
function isPrintedField(key: string, schema: Schema): boolean {
  return key.endsWith("as_printed") || /\bprint(?:ed|s)\b/.test(String(schema.description ?? ""));
}

/**
 * Free text: a string with no pattern, format or list of values. An identifier (`person:`), a role
 * or a date inside a printed block (a membership row, a paper's header) is the archive's own
 * reading of what is printed, not a printed form.
 */
function isFreeText(schema: Schema): boolean {
  return schema.type === "string" && schema.pattern === undefined && schema.format === undefined && schema.enum === undefined && schema.const === undefined;
}

/** The schema a content file's `type:` is checked against, flattened (every `$ref` resolved). */
export function schemaOfType(type: string): Schema | undefined {
  const name = (SCHEMA_FOR_TYPE as Record<string, string>)[type];
  return name ? (flattenSchema(name) as Schema) : undefined;
}

/** Every printed field the schema defines, as `agenda.sections[].items[].title`. */
export function printedFieldPaths(schema: Schema, prefix = "", printed = false, out = new Set<string>()): Set<string> {
  if (printed && isFreeText(schema)) out.add(prefix);
  for (const [key, child] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})) {
    printedFieldPaths(child, prefix ? `${prefix}.${key}` : key, printed || isPrintedField(key, child), out);
  }
  if (schema.items && typeof schema.items === "object") printedFieldPaths(schema.items as Schema, `${prefix}[]`, printed, out);
  return out;
}

/** The strings at printed fields of `data`, walked along `schema`. */
export function printedForms(data: unknown, schema: Schema, path = "", printed = false): PrintedForm[] {
  if (typeof data === "string") return printed && isFreeText(schema) ? [{ path, value: data }] : [];
  if (Array.isArray(data)) {
    const items = (schema.items as Schema | undefined) ?? {};
    return data.flatMap((item, i) => printedForms(item, items, `${path}[${i}]`, printed));
  }
  if (!data || typeof data !== "object") return [];
  const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
  return Object.entries(data).flatMap(([key, value]) => {
    const child = properties[key] ?? {};
    return printedForms(value, child, path ? `${path}.${key}` : key, printed || isPrintedField(key, child));
  });
}

/** Lines that are page furniture, not text: a pack's page numbers and its blank pages. */
const FURNITURE = /^[ \t]*(?:Page \d+|This page is intentionally left blank)[ \t]*$/gm;

/**
 * A source text as its printed forms are looked for in it: Markdown and HTML markup out (the seeds
 * carry `**bold**`, `\_`, `<b>`), page furniture out, a word hyphenated across a line break joined
 * as one ("over-\npopulation", in the hard-wrapped board notes), and white space folded to one
 * space within a line and one line break between lines, since a title printed over several lines
 * ("Candidate Pack / Chief of Staff …") is written on one, with a comma or colon where it broke.
 */
export function normaliseSource(text: string): string {
  return text
    .replace(FURNITURE, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\\([_()*[\]#.-])/g, "$1")
    // Bold run straight into the next word is a flattened table's cell boundary ("…(November 2019)****6 February 2020").
    .replace(/(?<=\S)\*+(?=[\p{L}\p{N}])/gu, "\n")
    .replace(/\*+/g, "")
    .replace(/(\S-)[ \t]*\n[ \t]*(?=\S)/g, "$1")
    .replace(/[ \t]*\n\s*/g, "\n")
    .replace(/ +/g, " ")
    .trim();
}

/** Where a whole printed unit (a title) may end: the line, or before a page or item reference or punctuation. */
const END = String.raw`(?=$|\n|\t| ?\(|[,.;:'"’”)])`;

/**
 * A printed form as a pattern over a normalised source: its words in order, any white space
 * matching any, and a comma or colon after a word matching a line break in the source.
 */
export function formPattern(form: string, whole = false): RegExp {
  const words = form.replace(/\*+/g, "").trim().split(/\s+/);
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // A phrase from running text ("the report that was submitted …") is a title with a capital.
  const first = words[0] ?? "";
  const initial = /^\p{L}/u.test(first) ? `[${first[0]?.toUpperCase()}${first[0]?.toLowerCase()}]` : "";
  if (initial) words[0] = first.slice(1);
  const pattern = words.map((word, i) => {
    if (i === words.length - 1) return literal(word);
    const joint = /^(.*[^,:])([,:])$/.exec(word);
    return joint ? `${literal(joint[1] ?? "")}(?:${joint[2]}\\s+|\\n)` : `${literal(word)}\\s+`;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])${initial}${pattern.join("")}${whole ? END : "(?![\\p{L}\\p{N}])"}`, "u");
}

/** The source texts in `sources/seeds/`, each normalised, by file name. */
export function sourceTexts(dir = SEEDS_DIR): Map<string, string> {
  const texts = new Map<string, string>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) texts.set(name, normaliseSource(readFileSync(join(dir, name), "utf8")));
  return texts;
}

/** The source files that print `form` (normalised alike); empty when none does. */
export function printedIn(form: string, sources: ReadonlyMap<string, string>, whole = false): string[] {
  const pattern = formPattern(form, whole);
  return [...sources].filter(([, text]) => pattern.test(text)).map(([name]) => name);
}

/** Titles and header lines are whole units: one that stops short of its printed end is not what was printed. */
function isWholeUnit(path: string): boolean {
  return !/as_printed(?:\[\d+\])?$/.test(path);
}

/** A content file's front matter, by its path. */
export interface FrontMatterFile {
  path: string;
  data: Record<string, unknown>;
}

/** Every printed form in `files` that no source prints, as `path field "value"`. */
export function unprintedForms(files: readonly FrontMatterFile[], sources: ReadonlyMap<string, string>): string[] {
  const missing: string[] = [];
  for (const file of files) {
    const schema = schemaOfType(String(file.data.type));
    if (!schema) continue;
    for (const form of printedForms(file.data, schema)) {
      if (printedIn(form.value, sources, isWholeUnit(form.path)).length === 0) missing.push(`${file.path} ${form.path} ${JSON.stringify(form.value)}`);
    }
  }
  return missing;
}
