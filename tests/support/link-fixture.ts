/**
 * In-memory content for unit tests of the linker's passes (src/model/link/): files made as
 * read-content makes them, from a path under content/ and a text, and a context run through the
 * passes up to the one under test. No disk: each test builds the few files it needs.
 */
import { DateTime } from "luxon";
import { expect } from "vitest";
import type { SiteConventions } from "../../src/model/conventions.ts";
import { parseContentFile } from "../../src/model/front-matter.ts";
import type { FrontMatterOf } from "../../src/model/front-matter-shapes.ts";
import { linkAgendas } from "../../src/model/link/agendas.ts";
import { LinkContext } from "../../src/model/link/context.ts";
import { linkDocuments } from "../../src/model/link/documents.ts";
import { linkEntities } from "../../src/model/link/entities.ts";
import { linkMeetings } from "../../src/model/link/meetings.ts";
import { linkRecords } from "../../src/model/link/records.ts";
import { linkReferences } from "../../src/model/link/references.ts";
import { withholdOverGraph } from "../../src/model/link/withholding.ts";
import type { Problem } from "../../src/model/problems.ts";
import type { ContentFile, Placement } from "../../src/model/read-content.ts";
import type { ContentType } from "../../src/model/schemas.ts";
import type * as M from "../../src/model/types.ts";

/** The build's clock in these tests. */
export const NOW = DateTime.fromISO("2024-06-01T12:00:00Z", { setZone: true });

/**
 * Whether each file's front matter is checked against its schema, so that a test never feeds a pass
 * content read-content would refuse. Off by default: compiling the schemas costs each test file
 * about 200 ms, most of this folder's own time. Run `LINK_FIXTURE_CHECK=1 npx vitest run
 * tests/model/link` after writing or changing a test's content.
 */
const CHECK = process.env.LINK_FIXTURE_CHECK === "1";
/** Imported only when checking: read-content, the schema validator and their dependencies are slow to load. */
const checks = CHECK ? { ...(await import("../../src/model/validate.ts")), ...(await import("../../src/model/read-content.ts")) } : undefined;

const FOLDERS: readonly string[] = ["bodies", "organisations", "people", "decisions", "topics", "papers"];

/**
 * Where read-content places `content/<path>` (`meetings/<meeting>/<name>.md`, or `<folder>/<id>.md`):
 * worked out here, as read-content's placementOf would load the schema validator; with
 * LINK_FIXTURE_CHECK=1, compared with it.
 */
function placementOf(path: string): Placement {
  const parts = path.replace(/\.md$/, "").split("/");
  const [folder = "", first = "", second = ""] = parts;
  let placement: Placement | undefined;
  if (folder === "meetings" && parts.length === 3) placement = { folder, meetingId: first, name: second };
  else if (FOLDERS.includes(folder) && parts.length === 2) placement = { folder: folder as Exclude<Placement["folder"], "meetings">, id: first };
  const real = checks?.placementOf(path);
  if (!placement || (real !== undefined && JSON.stringify(real) !== JSON.stringify(placement))) {
    throw new Error(`content/${path} is not a place read-content reads a file from${typeof real === "string" ? `: ${real}` : ""}`);
  }
  return placement;
}

/**
 * A file as read-content makes it from `content/<path>`: a line `---`, the `fields` (one a line,
 * from line 2), a line `---`, then `text` (which starts on line fields.length + 3). With
 * LINK_FIXTURE_CHECK=1 its front matter must pass its schema, unless `unchecked`: for what the
 * schema refuses but a pass still guards against.
 */
export function contentFile(path: string, fields: readonly string[], text = "", options: { unchecked?: boolean } = {}): ContentFile {
  const placement = placementOf(path);
  const full = `content/${path}`;
  const parsed = parseContentFile(full, ["---", ...fields, "---", text].join("\n"));
  if (!parsed.ok) throw new Error(`${full}: ${parsed.problems.map((p) => p.message).join("; ")}`);
  const type = parsed.file.data.type as ContentType;
  if (typeof type !== "string") throw new Error(`${full} has no type:`);
  if (checks && !options.unchecked) {
    const checked = checks.validateFrontMatter(full, parsed.file, [type]);
    if (checked.problems.length > 0) throw new Error(`${full} is not valid content: ${checked.problems.map((p) => `${p.line}: ${p.message}`).join("; ")}`);
  }
  // As read-content's typedFile asserts the pair once validation has checked it (here, with
  // LINK_FIXTURE_CHECK=1); without it, the test's own content is trusted to fit its type.
  const data = parsed.file.data as unknown as FrontMatterOf<ContentType>;
  return { path: full, placement, parsed: parsed.file, type, data } as ContentFile;
}

/** `defaults` whose field is not set by a line of `more`, then `more`: top-level fields only. */
function withDefaults(defaults: readonly string[], more: readonly string[]): string[] {
  const key = (line: string) => /^([a-z_]+):/.exec(line)?.[1];
  const set = new Set(more.map(key).filter((k) => k !== undefined));
  return [...defaults.filter((line) => !set.has(key(line) ?? "")), ...more];
}

/** "ann-able" → "Ann Able". */
const nameOf = (id: string) => id.split("-").map((w) => (w[0] ?? "").toUpperCase() + w.slice(1)).join(" ");

export const body = (id = "panel", more: string[] = [], text = "") => contentFile(`bodies/${id}.md`, withDefaults(["type: body", `name: ${nameOf(id)}`, "kind: panel"], more), text);
export const person = (id: string, more: string[] = [], text = "") => contentFile(`people/${id}.md`, withDefaults(["type: person", `name: ${nameOf(id)}`], more), text);
export const organisation = (id: string, more: string[] = [], text = "") => contentFile(`organisations/${id}.md`, withDefaults(["type: organisation", `name: ${nameOf(id)}`, "kind: council"], more), text);
export const topic = (id: string, more: string[] = [], text = "") => contentFile(`topics/${id}.md`, withDefaults(["type: topic", `title: ${nameOf(id)}`], more), text);
/** A decision: its code read from an id `opcc-d-035-24` as OPCC D.035.24. */
export const decision = (id: string, more: string[] = [], text = "") => contentFile(`decisions/${id}.md`, withDefaults(["type: decision", `code: ${codeOf(id)}`, `title: ${nameOf(id)}`], more), text);
const codeOf = (id: string) => id.replace(/^([a-z]+)-d-(\d{3})-(\d{2})$/, (_, office: string, n: string, year: string) => `${office.toUpperCase()} D.${n}.${year}`);

/**
 * `content/meetings/<id>/meeting.md`, its body and date read from the id (`panel-2024-01-10`):
 * lines 2 to 5 are type, body, date and status; `more` starts on line 6.
 */
export function meeting(id: string, more: string[] = [], text = ""): ContentFile {
  const m = /^(.+)-(\d{4}-\d{2}-\d{2})(?:-\d+)?$/.exec(id);
  if (!m) throw new Error(`${id} is not <body>-<YYYY-MM-DD>`);
  return contentFile(`meetings/${id}/meeting.md`, withDefaults(["type: meeting", `body: ${m[1]}`, `date: ${m[2]}`, "status: held"], more), text);
}

/**
 * A paper: `<meeting>/<name>` in its meeting's folder, or `<name>` in papers/. `type: report` and a
 * title made from its name come first, each unless `more` sets it; then `more`. So with neither in
 * `more`, type is line 2, title line 3, and `more` starts on line 4.
 */
export function paper(id: string, more: string[] = [], text = "", options: { unchecked?: boolean } = {}): ContentFile {
  const [folder, name] = id.includes("/") ? id.split("/") : [undefined, id];
  const path = folder ? `meetings/${folder}/${name}.md` : `papers/${name}.md`;
  return contentFile(path, withDefaults(["type: report", `title: ${nameOf(name ?? id)}`], more), text, options);
}

/** The agenda lines of a meeting.md: one section A (with `sectionFields` after its letter), items written one a line. */
export function agenda(items: string[], sectionFields: string[] = []): string[] {
  return ["agenda:", "  sections:", "    - letter: A", ...sectionFields.map((f) => `      ${f}`), "      items:", ...items.map((it) => `        - ${it}`)];
}

export const PASSES = ["entities", "meetings", "documents", "agendas", "withholding", "records", "references"] as const;
export type PassName = (typeof PASSES)[number];

export interface LinkTestOptions {
  now?: DateTime;
  /** The site's roles, kinds of organisation and decision code pattern (`_data/site.json`). */
  site?: SiteConventions;
  failedIds?: Iterable<string>;
  namedByFailedMeetings?: ReadonlySet<string>;
}

/** A new context with `files` run through the passes, in link.ts's order, up to and including `last`. */
export function linkThrough(last: PassName, files: readonly ContentFile[], options: LinkTestOptions = {}): LinkContext {
  const ctx = new LinkContext(options.now ?? NOW, new Set(options.failedIds ?? []), options.site);
  const run: Record<PassName, () => void> = {
    entities: () => linkEntities(ctx, files),
    meetings: () => linkMeetings(ctx, files),
    documents: () => linkDocuments(ctx, files),
    agendas: () => linkAgendas(ctx),
    withholding: () => withholdOverGraph(ctx, options.namedByFailedMeetings ?? new Set()),
    records: () => linkRecords(ctx),
    references: () => linkReferences(ctx, files),
  };
  for (const pass of PASSES) {
    run[pass]();
    if (pass === last) break;
  }
  return ctx;
}

/** What a test compares of a problem or notice: file, line, field and message (the column is the parser's). */
export function reported(problems: readonly Problem[]): { file: string; line?: number; field?: string; message: string }[] {
  return problems.map((p) => ({ file: p.file, line: p.line, field: p.field, message: p.message }));
}

/** The entity registered under `id`, which must be of `kind`. */
export function get<K extends M.Target["kind"]>(ctx: LinkContext, id: string, kind: K): Extract<M.Target, { kind: K }> {
  const found = ctx.archive.get(id, kind);
  expect(found, `${kind} ${id}`).toBeDefined();
  return found as Extract<M.Target, { kind: K }>;
}

/** The common cast of a test: a panel, two people, an organisation, a topic and a decision. */
export function cast(): ContentFile[] {
  return [body("panel"), person("ann-able"), person("bob-baker"), organisation("swale-council"), topic("road-safety"), decision("opcc-d-001-24")];
}
