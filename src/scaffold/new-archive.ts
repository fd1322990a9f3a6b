/**
 * `panel-papers init`: the files of a new archive for one body, made from the request (a pure
 * function: the command line checks the folder and writes them). The body's file, the site
 * configuration with its defaults, a README for officers, .gitignore and the publishing workflow;
 * the scripts the archive's package.json needs are in package-scripts.ts. The archive builds as
 * written, before any meeting exists.
 */
import { readFileSync } from "node:fs";
import { readSchema } from "../model/schemas.ts";
import { slugWords } from "../model/slug.ts";
import { didYouMean } from "../model/suggest.ts";
import { contrastRefusal } from "../site/brand-colours.ts";
import { readSiteSchema } from "../site/site-settings.ts";
import { frontMatter } from "./meeting-file.ts";

export interface NewArchiveRequest {
  body?: string;
  name?: string;
  colour?: string;
  kind?: string;
}

/** A file of the new archive: its path relative to the archive's folder, and its text. */
export interface ArchiveFile {
  path: string;
  text: string;
}

/** What the files name: the generator's npm package, and the day the archive was made. */
export interface ArchiveContext {
  packageName: string;
  /** YYYY-MM-DD, Europe/London: the accessibility statement's first date. */
  today: string;
}

const DEFAULT_KIND = "panel";

/** The site schema's colours: each one's pattern and default. */
type ColourSchemas = Record<"brand" | "link" | "focus", { pattern: string; default: string }>;

/** The body schema's kinds, the slug and colour patterns: the schemas decide what init accepts. */
function rules(): { kinds: string[]; slug: RegExp; colour: RegExp; colours: ColourSchemas } {
  const body = readSchema("body") as { properties: { kind: { enum: string[] } } };
  const common = readSchema("common") as { $defs: { slug: { pattern: string } } };
  const site = readSiteSchema() as { properties: { colours: { properties: ColourSchemas } } };
  const colours = site.properties.colours.properties;
  return { kinds: body.properties.kind.enum, slug: new RegExp(common.$defs.slug.pattern), colour: new RegExp(colours.brand.pattern), colours };
}

/** Every problem with the request, each saying what to write instead. */
export function newArchiveErrors(request: NewArchiveRequest): string[] {
  const { kinds, slug, colour } = rules();
  const errors: string[] = [];
  const example = request.name ? slugWords(request.name, { dropApostrophes: true }) : "";
  const suggestion = example && slug.test(example) ? example : "anyshire-panel";
  if (request.body === undefined || request.body === "") errors.push(`--body is missing: give the body's identifier, in lower-case letters, digits and single hyphens, e.g. --body ${suggestion}`);
  else if (!slug.test(request.body)) {
    const fixed = slugWords(request.body, { dropApostrophes: true });
    errors.push(`--body ${JSON.stringify(request.body)} is not an identifier: write lower-case letters, digits and single hyphens, e.g. --body ${fixed && slug.test(fixed) ? fixed : suggestion}`);
  }
  if (request.name === undefined || request.name.trim() === "") errors.push('--name is missing: give the body\'s full name in quotes, e.g. --name "Anyshire Scrutiny Panel"');
  else if (/[\r\n]/.test(request.name)) errors.push("--name holds a line break: give the body's name on one line");
  if (request.colour !== undefined && !colour.test(request.colour)) {
    errors.push(`--colour ${JSON.stringify(request.colour)} is not a colour: write # and six hexadecimal digits (#rrggbb), in quotes, e.g. --colour "#1d70b8"`);
  } else if (request.colour !== undefined) {
    // The header's colour, behind its white text: refused as `check` would refuse it in site.json.
    const refusal = contrastRefusal("brand", request.colour);
    if (refusal) errors.push(`--colour ${refusal}`);
  }
  if (request.kind !== undefined && !kinds.includes(request.kind)) {
    errors.push(`--kind ${JSON.stringify(request.kind)} is not a kind of body: write one of ${kinds.join(", ")}${didYouMean(request.kind, kinds)}`);
  }
  return errors;
}

/** The new archive's files, for a request `newArchiveErrors` found nothing wrong with. */
export function newArchiveFiles(request: NewArchiveRequest, context: ArchiveContext): ArchiveFile[] {
  const errors = newArchiveErrors(request);
  if (errors.length > 0) throw new Error(errors.join("\n"));
  const body = request.body as string;
  const name = (request.name as string).trim();
  const kind = request.kind ?? DEFAULT_KIND;
  return [
    { path: `content/bodies/${body}.md`, text: frontMatter({ type: "body", name, kind }, "Made by panel-papers init. docs/content-guide.md describes the other fields (short_name, host, names_as_printed); a paragraph on the body may follow the closing ---.") },
    { path: "_data/site.json", text: siteJson(name, request.colour?.toLowerCase(), context.today) },
    { path: "README.md", text: fill(template("README.md"), { name, body, package: context.packageName }) },
    { path: ".gitignore", text: template("gitignore") },
    { path: ".github/workflows/publish.yml", text: template("publish.yml") },
  ];
}

/**
 * The site configuration: what the archive's name gives, and the schema's defaults written out so
 * the officer sees them. Keys only the body can know (its contact, its publisher, how accessible
 * the site is) are left for the officer to add: the site says it does not know them meanwhile.
 */
function siteJson(name: string, colour: string | undefined, today: string): string {
  const the = /^the\s/i.test(name) ? "" : "the ";
  const defaults = readSiteSchema().properties as Record<string, { default?: unknown }>;
  const { colours } = rules();
  const settings = {
    name: `${name} papers`,
    description: `Published papers of ${the}${name}.`,
    url: defaults.url?.default,
    colours: { brand: colour ?? colours.brand.default, link: colours.link.default, focus: colours.focus.default },
    statementDate: today,
    knownIssues: defaults.knownIssues?.default,
    nonCompliances: defaults.nonCompliances?.default,
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}

function template(name: string): string {
  return readFileSync(new URL(`./templates/${name}`, import.meta.url), "utf8");
}

/** `{{key}}` in `text` replaced by `values[key]`. */
function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (all, key: string) => values[key] ?? all);
}
