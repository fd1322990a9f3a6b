/**
 * Front matter checked against its schema, every error turned into a message that says what to
 * write instead, with the line of the field.
 */
import type { ErrorObject } from "ajv";
import { describeCharacter } from "./characters.ts";
import { PATTERN_KINDS, type PatternKind, writtenPatternProblem } from "./conventions.ts";
import { checkDateRules } from "./date-rules.ts";
import { isDateFormat, refusalOf } from "./dates.ts";
import type { FrontMatterOf } from "./front-matter-shapes.ts";
import type { ParsedFile } from "./front-matter.ts";
import type { Problem } from "./problems.ts";
import { CONTENT_TYPES, type ContentType, readSchema, validatorFor } from "./schemas.ts";
import { didYouMean } from "./suggest.ts";

/** What validation found: the type and, when the schema passed, the front matter typed by it. */
export interface Validated {
  type?: ContentType;
  data?: FrontMatterOf<ContentType>;
  problems: Problem[];
}

export function validateFrontMatter(file: string, parsed: ParsedFile, allowed: readonly ContentType[]): Validated {
  const type = parsed.data.type;
  if (typeof type !== "string" || !(CONTENT_TYPES as string[]).includes(type) || !allowed.includes(type as ContentType)) {
    const where = parsed.locate(["type"]);
    const here = allowed.length === 1 ? `type: ${allowed[0]}` : `one of ${allowed.join(", ")}`;
    // Own keys only: a type such as "constructor" must not find Object's.
    const home = typeof type === "string" && Object.hasOwn(HOME, type) ? HOME[type] : undefined;
    const message = type === undefined
      ? `missing field type: add a line type: ${allowed[0]}${allowed.length > 1 ? ` (here one of: ${allowed.join(", ")})` : ""}`
      : home
        ? `type ${JSON.stringify(type)} does not belong in this folder, which holds ${here}: move the file to ${home}, or write ${here}`
        : `type ${JSON.stringify(type)} is not a content type: write ${here}${didYouMean(String(type), allowed)}`;
    return { problems: [{ file, line: where?.line ?? 2, column: where?.column, field: "type", message }] };
  }
  const validate = validatorFor(type as ContentType);
  // Rules across fields (a meeting's date and time, a body's patterns and their examples) run only on front matter the schema accepted.
  if (validate(parsed.data)) return { type: type as ContentType, data: parsed.data, problems: [...checkDateRules(file, parsed, type as ContentType), ...checkPatterns(file, parsed, type as ContentType)] };
  return { type: type as ContentType, problems: schemaProblems(file, parsed, validate.errors ?? [], knownFields(validate.schema as Parameters<typeof knownFields>[0])) };
}

/**
 * A schema's errors as problems, each with its line and a sentence saying what to write: the same
 * messages for the site configuration (src/site/site-settings.ts) as for front matter.
 */
export function schemaProblems(file: string, parsed: Pick<ParsedFile, "locate">, errors: readonly ErrorObject[], topFields: readonly string[] = []): Problem[] {
  return dedupe(dropNoise([...errors]).map((error) => toProblem(file, parsed, error, topFields)));
}

/**
 * A body's declared patterns (`conventions:`), which a schema can say only are text: each must be a
 * regular expression the check can read, and its example a code it accepts, or every code of the
 * body would be refused (or let through) for a reason no message could name.
 */
function checkPatterns(file: string, parsed: ParsedFile, type: ContentType): Problem[] {
  if (type !== "body") return [];
  const conventions = parsed.data.conventions as Partial<Record<PatternKind, { pattern: string; example: string }>> | undefined;
  const problems: Problem[] = [];
  for (const kind of Object.keys(PATTERN_KINDS) as PatternKind[]) {
    const written = conventions?.[kind];
    const problem = written && writtenPatternProblem(written, kind, "front matter");
    if (!problem) continue;
    const field = ["conventions", kind, problem.field];
    const where = parsed.locate(field);
    problems.push({ file, line: where?.line, column: where?.column, field: field.join("."), message: problem.message });
  }
  return problems;
}

/** Where a file of each type goes, for a file found in the wrong folder. */
const HOME: Record<string, string> = {
  body: "content/bodies/", organisation: "content/organisations/", person: "content/people/", decision: "content/decisions/", topic: "content/topics/",
  meeting: "content/meetings/<body>-<YYYY-MM-DD>/meeting.md",
  ...Object.fromEntries(CONTENT_TYPES.filter((t) => !["body", "organisation", "person", "decision", "topic", "meeting"].includes(t)).map((t) => [t, "its meeting's folder, content/meetings/<body>-<YYYY-MM-DD>/ (or content/papers/ for a paper of no meeting)"])),
};

/**
 * oneOf/if branches repeat what their own sub-errors say better; drop the wrappers. Except where
 * every branch of a oneOf names the fields it requires (a member is a person or a vacancy): the
 * branches' own errors contradict each other, so the oneOf speaks for them all.
 */
function dropNoise(errors: ErrorObject[]): ErrorObject[] {
  const speaking = errors.filter((e) => (e.keyword === "oneOf" || e.keyword === "anyOf") && alternatives(e) !== undefined);
  const spokenFor = (e: ErrorObject) => speaking.some((w) => w !== e && e.schemaPath.startsWith(`${w.schemaPath}/`));
  const kept = errors.filter((e) => !spokenFor(e) && (speaking.includes(e) || (e.keyword !== "oneOf" && e.keyword !== "anyOf" && e.keyword !== "if" && e.keyword !== "not") || errors.length === 1));
  return kept.length > 0 ? kept : errors;
}

/** "person: or vacancy:" when each branch of a oneOf requires its own fields. */
function alternatives(error: ErrorObject): string | undefined {
  const branches = Array.isArray(error.schema) ? (error.schema as { required?: string[] }[]) : [];
  if (branches.length < 2 || branches.some((b) => !b.required?.length)) return undefined;
  return branches.map((b) => (b.required ?? []).map((name) => `${name}:`).join(" and ")).join(" or ");
}

/**
 * Characters pasted into a field name that hide which field it is: quotes (curly from Word, or
 * straight), invisible and direction characters, spaces other than the ordinary one. Ordinary
 * spaces are left alone: "meeting date" is a misspelling to suggest a fix for, not a stray.
 */
const STRAY_IN_NAME = /["'`\u00a0\u00ab\u00bb\u2000-\u200f\u2018-\u201f\u202a-\u202f\u2060\u2066-\u2069\u3000\ufeff\u061c\u180e]/g;

/**
 * The fields a schema allows: its own, and those of the schema its `$ref` names. A paper's schema
 * adds to document.schema.json (with unevaluatedProperties), so its own properties are only `type`.
 */
function knownFields(schema: { properties?: Record<string, unknown>; $ref?: string }, depth = 0): string[] {
  const own = Object.keys(schema.properties ?? {});
  const referred = /^([a-z-]+)\.schema\.json$/.exec(schema.$ref ?? "")?.[1];
  if (referred === undefined || depth > 3) return own;
  return [...new Set([...knownFields(readSchema(referred) as typeof schema, depth + 1), ...own])];
}

/**
 * An unknown field, named as written. When its name is a field's name with stray characters in it
 * (`“title”`, a byte-order mark before `title`), the officer sees the name they meant, so the
 * message names the characters, which may be invisible, and says to retype the name.
 */
function unknownField(name: string, known: readonly string[]): string {
  const fields = known.length ? ` (fields here: ${known.join(", ")})` : "";
  const stray = [...new Set(name.match(STRAY_IN_NAME) ?? [])];
  const meant = name.replace(STRAY_IN_NAME, "");
  if (stray.length === 0 || meant === "") return `unknown field ${name}: remove it${didYouMean(name, known)}${fields}`;
  const named = `${stray.length === 1 ? "a stray character" : "stray characters"}, ${stray.map(describeCharacter).join(" and ")}`;
  if (known.includes(meant)) return `the field name ${name} holds ${named}, so it is not read as ${meant}: retype the field name as ${meant}`;
  return `unknown field ${name}, which holds ${named}: retype the field name without ${stray.length === 1 ? "it" : "them"}, or remove the field${didYouMean(meant, known)}${fields}`;
}

/** The key of `data` that is `name` with stray characters in it, if there is one. */
function writtenWithStrays(name: string, data: unknown): string | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  return Object.keys(data).find((key) => key !== name && key.replace(STRAY_IN_NAME, "") === name);
}

/**
 * `topFields`: the fields of the file itself (its first level). One of them found indented under
 * another field is not unknown: it is in the wrong place, and "remove it" would lose it (an
 * exemption, say), so the message says to move it.
 */
function toProblem(file: string, parsed: Pick<ParsedFile, "locate">, error: ErrorObject, topFields: readonly string[]): Problem {
  const path = error.instancePath.split("/").slice(1).map((step) => (/^\d+$/.test(step) ? Number(step) : step.replace(/~1/g, "/").replace(/~0/g, "~")));
  const fieldPath = [...path];
  let key = false;
  if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") {
    const extra = String((error.params as { additionalProperty?: string; unevaluatedProperty?: string }).additionalProperty ?? (error.params as { unevaluatedProperty?: string }).unevaluatedProperty);
    fieldPath.push(extra);
    key = true;
  }
  if (error.keyword === "required") {
    const missing = String((error.params as { missingProperty: string }).missingProperty);
    // “title”: is not missing so much as mistyped: said once, where it is written, not also as missing.
    const written = writtenWithStrays(missing, error.data);
    if (written !== undefined) {
      const at = parsed.locate([...path, written], true);
      return { file, line: at?.line, column: at?.column, field: [...path, written].join("."), message: unknownField(written, [missing]) };
    }
    fieldPath.push(missing);
  }
  const where = parsed.locate(key ? fieldPath : path, key);
  const name = fieldPath[fieldPath.length - 1];
  const parent = path[path.length - 1];
  if (key && typeof name === "string" && typeof parent === "string" && topFields.includes(name)) {
    return { file, line: where?.line, column: where?.column, field: fieldPath.join("."), message: `${name} is indented under ${parent}:, where it is not a field: it is a field of the file itself, so move it out, to the start of its line with no spaces before it (as type: is written)` };
  }
  return { file, line: where?.line, column: where?.column, field: fieldPath.join(".") || undefined, message: explain(error) };
}

type SchemaLike = {
  description?: string;
  examples?: unknown[];
  properties?: Record<string, SchemaLike>;
  items?: SchemaLike;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
};

/** A sentence an officer can act on, built from the schema's own descriptions and examples. */
function explain(error: ErrorObject): string {
  const schema = (error.parentSchema ?? {}) as SchemaLike;
  const example = schema.examples?.[0] !== undefined ? `, for example ${JSON.stringify(schema.examples[0])}` : "";
  // "text" says nothing that "must be text" has not.
  const what = schema.description && schema.description !== "text" ? ` (${schema.description})` : "";
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required": {
      const name = String(params.missingProperty);
      const described = schema.properties?.[name]?.description;
      return `missing field ${name}: add ${name}:${described ? ` (${described})` : ""}`;
    }
    case "additionalProperties":
    case "unevaluatedProperties": {
      const name = String(params.additionalProperty ?? params.unevaluatedProperty);
      return unknownField(name, knownFields(schema));
    }
    case "enum":
      return `${JSON.stringify(error.data)} is not allowed here: write one of ${(params.allowedValues as unknown[]).map(String).join(", ")}${didYouMean(String(error.data), (params.allowedValues as unknown[]).map(String))}`;
    case "const":
      return `must be ${JSON.stringify(params.allowedValue)}, not ${JSON.stringify(error.data)}: write ${String(params.allowedValue)}`;
    case "type":
    {
      // One value where a list belongs: "write it as a list, e.g. [3]" only when [3] is a list the
      // schema takes; `exempt: true` wrapped as [true] would be refused in turn.
      if (params.type === "array" && isScalar(error.data) && !fitsAsItem(error.data, schema.items)) return `must be a list, not ${describe(error.data)}: ${listAdvice(schema, fieldName(error))}`;
      const advice = typeAdvice(String(params.type), error.data);
      return `must be ${article(String(params.type))}, not ${describe(error.data)}${what}: ${advice}${advice.includes("e.g.") ? "" : example}`;
    }
    case "format":
      return formatMessage(String(params.format), error.data, what, example);
    case "pattern":
      return `${JSON.stringify(error.data)} is not in the right form: write ${schema.description ?? `text matching ${String(params.pattern)}`}${example}`;
    case "minItems":
      return `must list at least ${String(params.limit)} item${params.limit === 1 ? "" : "s"}${what}: add ${params.limit === 1 ? "one" : "them"}${example}, or remove the field`;
    case "minLength":
      return `must not be empty${what}: write the text as printed, or remove the field`;
    case "minimum":
    case "maximum": {
      const range = schema.minimum !== undefined && schema.maximum !== undefined ? `a number from ${schema.minimum} to ${schema.maximum}` : `${error.keyword === "minimum" ? "at least" : "at most"} ${String(params.limit)}`;
      return `must be ${error.keyword === "minimum" ? "at least" : "at most"} ${String(params.limit)}, not ${JSON.stringify(error.data)}${what}: write ${range}`;
    }
    case "oneOf":
    case "anyOf": {
      const ways = alternatives(error);
      if (ways) return `write either ${ways} here, one of them and not both`;
      return `${error.message ?? "is not valid"}${what}: see docs/content-guide.md for how to write this field`;
    }
    case "false schema":
      return "is not allowed here: remove it";
    default:
      return `${error.message ?? "is not valid"}${what}: see docs/content-guide.md for how to write this field`;
  }
}

/** The dates' own reason (dates.ts decides what a date is, so it also says what is wrong with one). */
function formatMessage(format: string, data: unknown, what: string, example: string): string {
  const refusal = isDateFormat(format) && typeof data === "string" ? refusalOf(format, data) : undefined;
  if (refusal) return `${JSON.stringify(data)} ${refusal.problem}: ${refusal.advice}`;
  return `${JSON.stringify(data)} is not a valid ${format}${what}${example}`;
}

function isScalar(data: unknown): data is string | number | boolean {
  return typeof data === "string" || typeof data === "number" || typeof data === "boolean";
}

/**
 * Whether `data`, put in brackets, would be a list the schema takes: by the items' own type,
 * range, length, pattern or values. Items given only by a reference ($ref: an id, a person as
 * printed) are text or fields, never true or false, so a boolean fits only items typed boolean.
 */
function fitsAsItem(data: string | number | boolean, items: SchemaLike | undefined): boolean {
  const types = items?.type === undefined ? [] : [items.type].flat();
  if (typeof data === "boolean") return types.includes("boolean");
  if (!items) return true;
  if (items.enum) return items.enum.includes(data);
  if (types.length > 0 && !types.some((t) => (t === "integer" ? Number.isInteger(data) : t === "number" ? typeof data === "number" : typeof data === t))) return false;
  if (typeof data === "number") return (items.minimum === undefined || data >= items.minimum) && (items.maximum === undefined || data <= items.maximum);
  if (items.minLength !== undefined && data.length < items.minLength) return false;
  return items.pattern === undefined || new RegExp(items.pattern, "u").test(data);
}

/** The field a value belongs to: the last name in its path (`exempt` of an agenda item too). */
function fieldName(error: ErrorObject): string {
  return error.instancePath.split("/").filter((step) => step !== "" && !/^\d+$/.test(step)).pop() ?? "";
}

/**
 * What to write for a list when the value given cannot be one of its items: what the items are,
 * from the schema's description, and an example from its examples (or the description's "e.g.
 * [...]"), written as the whole line: "write the paragraph numbers (1 to 7) of Part 1 of Schedule
 * 12A to the Local Government Act 1972 in [ ], e.g. exempt: [3]".
 */
function listAdvice(schema: SchemaLike, field: string): string {
  const [what = "", given] = (schema.description ?? "").split(/(?:^|,? )e\.g\. /);
  const first = schema.examples?.[0];
  const example = Array.isArray(first) ? `[${first.map(String).join(", ")}]` : given?.startsWith("[") ? given : undefined;
  const items = what && what !== "text" ? what : "the items";
  return `write ${items} in [ ]${example ? `, e.g. ${field ? `${field}: ` : ""}${example}` : ", or one a line starting with -"}`;
}

/** What to write instead of a value of the wrong type: mostly a matter of quotes, brackets or indentation. */
function typeAdvice(expected: string, data: unknown): string {
  const empty = data === null;
  switch (expected) {
    case "string":
      if (empty) return "write the text after the colon, or remove the field";
      if (typeof data === "number" || typeof data === "boolean") return `put it in quotes, e.g. "${String(data)}"`;
      return "write it as one line of text, in quotes if it contains a colon, [ or {";
    case "array":
      if (empty) return "write the items after the colon in [ ], or one a line below it starting with -, or remove the field";
      if (typeof data === "object") return "write the items in [ ], or one a line starting with -";
      return `write it as a list, e.g. [${String(data)}], or one item a line starting with -`;
    case "object":
      if (empty) return "write its fields indented below it, or remove the field";
      return "write its fields indented below it, one a line as name: value";
    case "boolean":
      return "write true or false";
    case "integer":
    case "number":
      return typeof data === "string" && /^\d+$/.test(data) ? `remove the quotes: ${data}` : "write a whole number, e.g. 3";
    default:
      return `write ${article(expected)}`;
  }
}

function article(type: string): string {
  return { string: "text", integer: "a whole number", number: "a number", boolean: "true or false", array: "a list", object: "a set of fields (name: value)", null: "empty" }[type] ?? type;
}

function describe(data: unknown): string {
  if (data === null) return "empty";
  if (Array.isArray(data)) return "a list";
  if (typeof data === "object") return "a set of fields";
  return `${typeof data === "string" ? "text" : typeof data} ${JSON.stringify(data)}`;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}|${p.field}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
