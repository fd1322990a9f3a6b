/**
 * The site configuration, `_data/site.json` in the archive's folder: read, checked against
 * site.schema.json with the messages content gets (`_data/site.json:4:3 unknown field
 * contactEmial: remove it; did you mean contactEmail? …`), and completed with the schema's
 * defaults. `check` reports its problems with the content's, and a build does not start while one
 * remains, so a missing `statementDate` is a line naming the key, not a template error.
 * docs/configuration.md lists every key.
 */
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { writtenPatternProblem } from "../model/conventions.ts";
import { DATE_FORMATS, refusalOf } from "../model/dates.ts";
import { ContentError, formatProblem, type Problem, sortProblems } from "../model/problems.ts";
import { schemaProblems } from "../model/validate.ts";
import type { BrandColours } from "./brand-colours.ts";
import { brandFileProblems } from "./brand-files.ts";
import { colourProblems, coloursGiven, resolvedColours } from "./brand-settings.ts";
import type { SettingProblem } from "./setting-problem.ts";
import { urlProblems } from "./site-address.ts";
import type { SiteFile } from "./site-settings.generated.ts";

export type { SiteFile };

/** The keys site.schema.json gives a default: present in every file once it has been read. */
export const DEFAULTED_KEYS = ["url", "knownIssues", "nonCompliances", "maxFileSizeMB", "licence", "exemptInformation", "colours"] as const;

/**
 * `_data/site.json` as a build uses it: validated, with every default filled in, and `colours`
 * complete: the brand colour is `themeColour` where the file gives no `colours.brand`.
 */
export type SiteSettings = Readonly<Omit<SiteFile, "colours"> & Required<Pick<SiteFile, Exclude<(typeof DEFAULTED_KEYS)[number], "colours">>> & { colours: BrandColours }>;

export const SITE_SCHEMA_FILE = new URL("./site.schema.json", import.meta.url);

export function readSiteSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(SITE_SCHEMA_FILE, "utf8")) as Record<string, unknown>;
}

export interface SiteSettingsResult {
  /** Present when there is no problem. */
  settings?: SiteSettings;
  problems: Problem[];
}

/**
 * Reads and checks `siteFile`, and the files it names in the archive's folder `root`; messages name
 * it relative to `root`, as content files are.
 */
export function readSiteSettings(siteFile: string, root: string): SiteSettingsResult {
  const file = shownPath(siteFile, root);
  if (!existsSync(siteFile)) {
    return { problems: [{ file, message: `site configuration not found: run npx panel-papers init to write one, or write ${file} with at least "name", "description" and "statementDate" (see docs/configuration.md)` }] };
  }
  return parseSiteSettings(file, readFileSync(siteFile, "utf8"), { root });
}

/** Reads and checks `siteFile`, throwing every problem at once, as `check` prints them. */
export function requireSiteSettings(siteFile: string, root: string): SiteSettings {
  const { settings, problems } = readSiteSettings(siteFile, root);
  if (settings) return settings;
  const error = new ContentError(problems);
  error.message = `${problems.length} problem${problems.length === 1 ? "" : "s"} in the site configuration:\n${problems.map(formatProblem).join("\n")}`;
  throw error;
}

/**
 * The settings `text` (the file `file`) holds, or every problem with it. With `root`, the archive's
 * folder, the image files it names are checked there too.
 */
export function parseSiteSettings(file: string, text: string, options: { root?: string } = {}): SiteSettingsResult {
  // Editors on Windows may start the file with a byte-order mark, which JSON.parse refuses.
  const source = text.replace(/^\ufeff/, "");
  if (source.trim() === "") return { problems: [{ file, line: 1, message: 'file is empty: write the site\'s configuration in it, at least { "name": …, "description": …, "statementDate": … } (see docs/configuration.md)' }] };
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return { problems: [notJson(file, source, error)] };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { problems: [{ file, line: 1, message: 'must be one set of keys in { }, e.g. { "name": "Anyshire Scrutiny Panel papers", "description": "…", "statementDate": "2025-01-15" }' }] };
  }
  const validate = siteValidator();
  const given = coloursGiven(data);
  const locate = locator(source);
  // The validator fills in the schema's defaults as it goes (useDefaults).
  if (validate(data)) {
    const valid = data as SiteSettings;
    const located = (problem: SettingProblem): Problem => ({ file, ...locate(problem.path), field: problem.path.join("."), message: problem.message });
    const brand = [...colourProblems(valid, given), ...(options.root === undefined ? [] : brandFileProblems(valid, options.root))].map(located);
    const problems = [...patternProblems(file, valid, locate), ...urlProblems(valid).map(located), ...brand];
    if (problems.length > 0) return { problems: sortProblems(problems) };
    return { settings: Object.freeze({ ...valid, colours: Object.freeze(resolvedColours(valid, given)) }), problems: [] };
  }
  const errors = validate.errors ?? [];
  // Missing keys, values of the wrong type and identifiers that are no identifiers (the keys of
  // "roles") are said in JSON's terms; the shared messages say how to write them in YAML front
  // matter. The rest read the same in both.
  const inJson = (e: ErrorObject) => e.keyword === "required" || e.keyword === "type" || e.keyword === "propertyNames" || e.propertyName !== undefined;
  const own = errors.filter(inJson).flatMap((e) => (e.keyword === "type" ? [wrongType(file, e, locate)] : e.keyword === "required" ? [missingKey(file, e, locate)] : badIdentifier(file, e, locate)));
  return { problems: sortProblems([...own, ...schemaProblems(file, { locate }, errors.filter((e) => !inJson(e)))]) };
}

/** The decision code pattern, which the schema can say only is text: a regular expression its example matches. */
function patternProblems(file: string, settings: SiteSettings, locate: Locate): Problem[] {
  const problem = settings.decisionCode && writtenPatternProblem(settings.decisionCode, "decision_code", "JSON");
  if (!problem) return [];
  const at = locate(["decisionCode", problem.field]);
  return [{ file, line: at?.line, column: at?.column, field: `decisionCode.${problem.field}`, message: problem.message }];
}

let compiled: ValidateFunction | undefined;

function siteValidator(): ValidateFunction {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, useDefaults: true });
  // ajv-formats' default export is typed for CommonJS; the call is the documented one.
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  // The archive's own date rules (dates.ts), as content's dates are checked (src/model/schemas.ts).
  for (const format of DATE_FORMATS) ajv.addFormat(format, { type: "string", validate: (text: string) => refusalOf(format, text) === undefined });
  compiled = ajv.compile(readSiteSchema());
  return compiled;
}

/**
 * A missing required key, with how to write it in JSON (the shared message says how in YAML): at
 * line 1 for a key of the file, at the key it belongs in (`logo`) for one inside it.
 */
function missingKey(file: string, error: ErrorObject, locate: Locate): Problem {
  const name = String((error.params as { missingProperty: string }).missingProperty);
  const within = error.instancePath.split("/").slice(1);
  const schema = (error.parentSchema as { properties?: Record<string, { description?: string; examples?: unknown[] }> } | undefined)?.properties?.[name];
  const example = schema?.examples?.[0] !== undefined ? JSON.stringify(schema.examples[0]) : "…";
  const at = within.length === 0 ? { line: 1 } : (locate(within, true) ?? { line: 1 });
  const where = within.length === 0 ? "" : ` in ${within.join(".")}`;
  return { file, ...at, field: [...within, name].join("."), message: `missing field ${name}: add "${name}": ${example}${where}${schema?.description ? ` (${schema.description})` : ""}` };
}

/**
 * A key of "roles" or "organisationKinds" that is no identifier: said once, at the key, with the
 * identifier it could be. ajv reports it twice (the name's pattern, and propertyNames around it).
 */
function badIdentifier(file: string, error: ErrorObject, locate: Locate): Problem[] {
  if (error.keyword === "propertyNames") return [];
  const name = String(error.propertyName);
  const path = [...pathOf(error), name];
  const at = locate(path, true);
  const slug = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  const instead = slug ? `, e.g. "${slug}"` : "";
  return [{ file, line: at?.line, column: at?.column, field: path.join("."), message: `${JSON.stringify(name)} is not an identifier: write lower-case letters, digits and single hyphens${instead}, and the words pages show after the colon` }];
}

/** An error's place in the file as a path of keys and indexes. */
function pathOf(error: ErrorObject): (string | number)[] {
  return error.instancePath.split("/").slice(1).map((step) => (/^\d+$/.test(step) ? Number(step) : step.replace(/~1/g, "/").replace(/~0/g, "~")));
}

/** A value of the wrong type, and how to write it in JSON. */
function wrongType(file: string, error: ErrorObject, locate: Locate): Problem {
  const path = error.instancePath.split("/").slice(1).map((step) => (/^\d+$/.test(step) ? Number(step) : step));
  const at = locate(path);
  const { description: described, examples } = (error.parentSchema as { description?: string; examples?: unknown[] } | undefined) ?? {};
  const what = described ? ` (${described})` : "";
  const given = typeof error.data === "string" ? `text ${JSON.stringify(error.data)}` : error.data === null ? "null" : Array.isArray(error.data) ? "a list" : typeof error.data === "object" ? "a set of keys" : `${typeof error.data} ${JSON.stringify(error.data)}`;
  const expected = String((error.params as { type: string }).type);
  const advice =
    expected === "array"
      ? `write it in [ ], each entry in "double quotes"${typeof error.data === "string" ? `, e.g. [${JSON.stringify(error.data)}]` : ""}`
      : expected === "object"
        ? `write it in { }, each entry as "name": value${examples?.[0] !== undefined ? `, e.g. ${JSON.stringify(examples[0])}` : ""}`
        : expected === "number" || expected === "integer"
          ? `write the number without quotes${typeof examples?.[0] === "number" ? `, e.g. ${examples[0]}` : ""}`
          : expected === "boolean"
            ? "write true or false, without quotes"
            : `write it in "double quotes"${typeof error.data === "number" || typeof error.data === "boolean" ? `, e.g. "${String(error.data)}"` : ""}`;
  const noun = expected === "array" ? "a list" : expected === "string" ? "text" : expected === "object" ? "a set of keys" : expected;
  return { file, line: at?.line, column: at?.column, field: path.join(".") || undefined, message: `must be ${noun}, not ${given}${what}: ${advice}` };
}

/** JSON.parse's complaint, at its line and column, with what usually causes it. */
function notJson(file: string, source: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  // V8 names the offset ("… in JSON at position 57"; Node 22 adds the line and column too).
  const at = /at position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : /end of JSON input/.test(message) ? source.length : undefined;
  const reason = message.replace(/,? *(?:in JSON )?at position \d+.*$/s, "").replace(/ in JSON$/, "");
  const where = offset === undefined ? { line: 1 } : lineAndColumn(source, offset);
  return { file, ...where, message: `is not valid JSON (${reason}): write every key and every text in "double quotes", with a comma between two entries and none after the last` };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/**
 * Finds the line and column of a key or its value. JSON is YAML, so the yaml package's parser,
 * which keeps every node's position, reads it; where it cannot, messages go without a line.
 */
type Locate = (path: readonly (string | number)[], key?: boolean) => { line: number; column: number } | undefined;

function locator(source: string): Locate {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, logLevel: "silent" });
  return (path, key = false) => {
    if (doc.errors.length > 0) return undefined;
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === step);
        if (!pair) return undefined;
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node) && typeof step === "number") {
        keyNode = undefined;
        node = node.items[step];
      } else return undefined;
    }
    const target = (key && keyNode ? keyNode : node) as { range?: [number, number, number] } | undefined;
    const offset = target?.range?.[0];
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
}

/** How messages name the file: relative to the archive's folder, with forward slashes. */
function shownPath(file: string, root: string): string {
  const rel = relative(root, file);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : file;
}
