/**
 * Front matter checked against its schema, every error turned into a message that says what to
 * write instead, with the line of the field.
 */
import type { ErrorObject } from "ajv";
import type { ParsedFile } from "./front-matter.ts";
import type { Problem } from "./problems.ts";
import { CONTENT_TYPES, type ContentType, validatorFor } from "./schemas.ts";
import { didYouMean } from "./suggest.ts";

export function validateFrontMatter(file: string, parsed: ParsedFile, allowed: readonly ContentType[]): { type?: ContentType; problems: Problem[] } {
  const type = parsed.data.type;
  if (typeof type !== "string" || !(CONTENT_TYPES as string[]).includes(type) || !allowed.includes(type as ContentType)) {
    const where = parsed.locate(["type"]);
    const message = type === undefined
      ? `missing field type: add a line type: ${allowed[0]} (here one of: ${allowed.join(", ")})`
      : `type ${JSON.stringify(type)} does not belong here: write one of ${allowed.join(", ")}${didYouMean(String(type), allowed)}`;
    return { problems: [{ file, line: where?.line ?? 2, column: where?.column, field: "type", message }] };
  }
  const validate = validatorFor(type as ContentType);
  if (validate(parsed.data)) return { type: type as ContentType, problems: [] };
  const problems = dropNoise(validate.errors ?? []).map((error) => toProblem(file, parsed, error));
  return { type: type as ContentType, problems: dedupe(problems) };
}

/** oneOf/if branches repeat what their own sub-errors say better; drop the wrappers. */
function dropNoise(errors: ErrorObject[]): ErrorObject[] {
  const kept = errors.filter((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf" && e.keyword !== "if" && e.keyword !== "not" || errors.length === 1);
  return kept.length > 0 ? kept : errors;
}

function toProblem(file: string, parsed: ParsedFile, error: ErrorObject): Problem {
  const path = error.instancePath.split("/").slice(1).map((step) => (/^\d+$/.test(step) ? Number(step) : step.replace(/~1/g, "/").replace(/~0/g, "~")));
  const fieldPath = [...path];
  let key = false;
  if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") {
    const extra = String((error.params as { additionalProperty?: string; unevaluatedProperty?: string }).additionalProperty ?? (error.params as { unevaluatedProperty?: string }).unevaluatedProperty);
    fieldPath.push(extra);
    key = true;
  }
  if (error.keyword === "required") fieldPath.push(String((error.params as { missingProperty: string }).missingProperty));
  const where = parsed.locate(key ? fieldPath : path, key);
  return { file, line: where?.line, column: where?.column, field: fieldPath.join(".") || undefined, message: explain(error) };
}

type SchemaLike = { description?: string; examples?: unknown[]; properties?: Record<string, SchemaLike>; enum?: unknown[]; const?: unknown; pattern?: string };

/** A sentence an officer can act on, built from the schema's own descriptions and examples. */
function explain(error: ErrorObject): string {
  const schema = (error.parentSchema ?? {}) as SchemaLike;
  const example = schema.examples?.[0] !== undefined ? `, for example ${JSON.stringify(schema.examples[0])}` : "";
  const what = schema.description ? ` (${schema.description})` : "";
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
      const known = Object.keys(schema.properties ?? {});
      return `unknown field ${name}: remove it${didYouMean(name, known)}${known.length ? ` (fields here: ${known.join(", ")})` : ""}`;
    }
    case "enum":
      return `${JSON.stringify(error.data)} is not allowed here: write one of ${(params.allowedValues as unknown[]).map(String).join(", ")}${didYouMean(String(error.data), (params.allowedValues as unknown[]).map(String))}`;
    case "const":
      return `must be ${JSON.stringify(params.allowedValue)}, not ${JSON.stringify(error.data)}`;
    case "type":
      return `must be ${article(String(params.type))}, not ${describe(error.data)}${what}${example}`;
    case "format":
      return formatMessage(String(params.format), error.data, what, example);
    case "pattern":
      return `${JSON.stringify(error.data)} is not in the right form: write ${schema.description ?? `text matching ${String(params.pattern)}`}${example}`;
    case "minItems":
      return `must list at least ${String(params.limit)} item(s)${what}${example}`;
    case "minLength":
      return `must not be empty${what}`;
    case "minimum":
    case "maximum":
      return `must be ${error.keyword === "minimum" ? "at least" : "at most"} ${String(params.limit)}, not ${JSON.stringify(error.data)}${what}`;
    default:
      return `${error.message ?? "is not valid"}${what}`;
  }
}

function formatMessage(format: string, data: unknown, what: string, example: string): string {
  if (format === "date") {
    return /^\d{4}-\d{2}-\d{2}$/.test(String(data))
      ? `${JSON.stringify(data)} is not a date that exists: check the day and month${example}`
      : `${JSON.stringify(data)} is not a date: write it as YYYY-MM-DD${example}`;
  }
  if (format === "date-time") {
    return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(String(data))
      ? `${JSON.stringify(data)} has no time zone: add it, e.g. +01:00 in British Summer Time, +00:00 or Z in winter${example}`
      : `${JSON.stringify(data)} is not a date and time: write YYYY-MM-DDTHH:MM:SS with its zone${example}`;
  }
  return `${JSON.stringify(data)} is not a valid ${format}${what}${example}`;
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
