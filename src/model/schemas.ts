/**
 * The JSON Schemas of the content model, compiled once.
 *
 * Schemas are data files (src/model/schemas/*.schema.json) so other tools, and the open-data
 * pages, can use them as they are. Draft 2020-12, all errors at once.
 */
import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import type { FrontMatterOf } from "./front-matter-shapes.ts";
import addFormats from "ajv-formats";
import { DATE_FORMATS, refusalOf } from "./dates.ts";

export const SCHEMA_DIR = new URL("./schemas/", import.meta.url);

/** The schema each front-matter `type:` is checked against. */
export const SCHEMA_FOR_TYPE = {
  body: "body",
  organisation: "organisation",
  person: "person",
  decision: "decision",
  topic: "topic",
  meeting: "meeting",
  minutes: "minutes",
  notes: "minutes",
  "work-programme": "work-programme",
  report: "paper",
  appendix: "paper",
  "annual-report": "paper",
  "candidate-pack": "paper",
  plan: "paper",
  letter: "paper",
  other: "paper",
  file: "file",
} as const;

export type ContentType = keyof typeof SCHEMA_FOR_TYPE;
export const CONTENT_TYPES = Object.keys(SCHEMA_FOR_TYPE) as ContentType[];

export const SCHEMA_NAMES = [
  "common", "body", "organisation", "person", "decision", "topic", "meeting", "document", "paper", "minutes", "work-programme", "file",
] as const;

export function readSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`${name}.schema.json`, SCHEMA_DIR), "utf8")) as Record<string, unknown>;
}

let compiled: Map<string, ValidateFunction> | undefined;

/** One validator per schema, built on first use and shared (compiling is the slow part). */
/**
 * The validator of `type`'s schema. Its guard gives the front matter the type generated from that
 * same schema (front-matter-types.generated.ts), so validated data is typed without a cast.
 */
export function validatorFor<T extends ContentType>(type: T): ValidateFunction<FrontMatterOf<T>> {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
    // ajv-formats' default export is typed for CommonJS; the call is the documented one.
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    // ajv-formats' date and date-time follow RFC 3339, which lets through what must fail here: a
    // space for T, second 60, year 0024 (then printed as 1924). These replace them with the
    // archive's own definition (dates.ts), shared with the linker and PAPERS_NOW; partial-date is ours.
    for (const format of DATE_FORMATS) ajv.addFormat(format, { type: "string", validate: (text: string) => refusalOf(format, text) === undefined });
    for (const name of SCHEMA_NAMES) ajv.addSchema(readSchema(name), `${name}.schema.json`);
    compiled = new Map();
    for (const name of new Set(Object.values(SCHEMA_FOR_TYPE))) {
      const validate = ajv.getSchema(`${name}.schema.json`);
      if (!validate) throw new Error(`schema ${name} did not compile`);
      compiled.set(name, validate);
    }
  }
  const validate = compiled.get(SCHEMA_FOR_TYPE[type]);
  if (!validate) throw new Error(`no schema for ${type}`);
  return validate as ValidateFunction<FrontMatterOf<T>>;
}
