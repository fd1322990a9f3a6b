/**
 * The JSON Schemas are the one definition of the content, so every field they define must be read
 * by the linker and documented in the content guide. The linker is run over a content tree that
 * writes every field at least once, with each file's front matter wrapped so that every field it
 * reads is recorded; a field written but never read fails here (as `host`, `maker` and a meeting's
 * `topics` once did, validated and documented but never shown). Every paper is published but one,
 * since what a withheld paper carries is, by design, never read.
 */
import { readFileSync, rmSync } from "node:fs";
import { DateTime } from "luxon";
import { afterAll, describe, expect, it } from "vitest";
import { linkArchive } from "../../src/model/link.ts";
import { type ContentFile, readContent } from "../../src/model/read-content.ts";
import { SCHEMA_FOR_TYPE } from "../../src/model/schemas.ts";
import { flattenSchema } from "../../tools/front-matter-types.ts";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";
import { PROJECT_ROOT } from "../support/paths.ts";

type Schema = Record<string, unknown>;

/** Every field path a schema defines: `agenda.sections[].items[].code`. */
function fieldPaths(node: Schema, prefix = "", out = new Set<string>()): Set<string> {
  for (const [key, child] of Object.entries((node.properties as Record<string, Schema> | undefined) ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.add(path);
    fieldPaths(child, path, out);
  }
  if (node.items && typeof node.items === "object") fieldPaths(node.items as Schema, `${prefix}[]`, out);
  for (const branch of ["oneOf", "anyOf", "allOf"].flatMap((k) => (node[k] as Schema[] | undefined) ?? [])) fieldPaths(branch, prefix, out);
  return out;
}

/** `value` wrapped so that every field read from it (at any depth) is added to `read`. */
function recording<T>(value: T, path: string, read: Set<string>): T {
  if (!value || typeof value !== "object") return value;
  return new Proxy(value as object, {
    get(target, key, receiver) {
      const found = Reflect.get(target, key, receiver);
      if (typeof key === "symbol") return found;
      const index = Array.isArray(target) && /^\d+$/.test(key);
      if (Array.isArray(target) ? !index : !Object.hasOwn(target, key)) return found;
      const at = index ? `${path}[]` : path ? `${path}.${key}` : key;
      read.add(at);
      return recording(found, at, read);
    },
  }) as T;
}

const meeting = (date: string, extra: string[]) => ["---", "type: meeting", "body: panel", `date: ${date}`, ...extra, "---", ""].join("\n");

/** MINIMAL, plus files that between them write every field of every schema, all published. */
const EVERY_FIELD = {
  ...MINIMAL,
  "bodies/panel.md": [
    "---", "type: body", "name: Test Panel", "short_name: Panel", "kind: panel", "host: county-council", "names_as_printed: [TEST PANEL]",
    "conventions:", "  item_code: { pattern: '[A-Z]\\d+', example: A1 }", "  minute_number: { pattern: '\\d+', example: '1' }", "  decision_code: { pattern: 'OPCC D\\.\\d{3}\\.\\d{2}', example: OPCC D.035.24 }",
    "---", "",
  ].join("\n"),
  "organisations/county-council.md": "---\ntype: organisation\nname: County Council\nkind: council\nnames_as_printed: [CC]\nwebsite: https://example.org/\n---\n",
  "people/bob-baker.md": [
    "---", "type: person", "name: Bob Baker", "honorific: Cllr", "post_nominals: [OBE]", "names_as_printed: [Cllr B Baker]", "note: Also printed as Bob Bakker.",
    "roles:", "  - { role: member, organisation: county-council, body: panel, as_printed: Member, seen: [2024-01-10], from: 2023-05, to: '2025' }", "---", "",
  ].join("\n"),
  "decisions/d-001-24.md": "---\ntype: decision\ncode: OPCC D.001.24\ncodes_as_printed: [D.001.24]\ntitle: A decision\nmaker: ann-able\ndate: 2024-01-02\nstatus: present\n---\n",
  "topics/roads.md": "---\ntype: topic\ntitle: Roads\n---\n",
  "meetings/panel-2023-12-01/meeting.md": meeting("2023-12-01", ["status: held"]),
  "meetings/panel-2023-12-01/minutes.md": "---\ntype: minutes\ntitle: Minutes of 1 December\n---\n## 1. Business\n\nText.\n",
  "meetings/panel-2024-01-10/meeting.md": meeting("2024-01-10", [
    'time: "10:00"', "date_as_printed: Wednesday 10 January 2024 at 10.00 am", "venue: Council Chamber", "status: held", "title: Annual meeting", "special: false", "issued: 2024-01-02",
    "signatory: { person: ann-able, as_printed: A Able }", "contacts: [{ person: bob-baker, as_printed: B Baker }]",
    "membership:", "  - { person: ann-able, as_printed: Cllr A Able, representing: county-council, representing_as_printed: CC, role: chair }", "  - { vacancy: true, as_printed: Vacancy }",
    "links: [{ text: Webcast, url: 'https://example.org/webcast/1' }]",
    "next_meeting: panel-2024-03-01", "topics: [roads]",
    "agenda:", "  inferred: false", "  sections:", "    - letter: A", "      title: Business", "      part: unrestricted", "      items:",
    "        - { code: A1, title: Apologies }",
    "        - { code: A2, title: A report, papers: [panel-2024-01-10/a2-report, panel-2024-01-10/programme, panel-2024-01-10/appendix], pages: { from: 1, to: 4 }, topics: [roads], decisions: [d-001-24], note: Deferred from December }",
    "        - { code: A3, title: Minutes, minutes_of: panel-2023-12-01, verbal: true }",
    "    - letter: B", "      title: Exempt", "      part: exempt", "      items:", "        - { code: B1, title: A contract, exempt: [3], papers: [panel-2024-01-10/b1-contract] }",
  ]),
  "meetings/panel-2024-03-01/meeting.md": meeting("2024-03-01", ["status: scheduled", "formerly: [panel-2024-02-28]"]),
  "meetings/panel-2024-01-10/a2-report.md": [
    "---", "type: report", "title: A report", "header: { from: Ann Able, by: Bob Baker, to: The Panel, subject: Roads, date: 10 January 2024 }", "author: ann-able", "date: 2024-01-02",
    "period: { from: 2023-04-01, to: 2024-03-31 }", "series: roads-reports", "version: Final", "topics: [roads]", "status: present", "publish_from: 2024-01-03T09:00:00Z",
    "lists:", "  - { key: priorities, title: Priorities, entries: [Fewer crashes] }", "---", "## Introduction", "", "The report text.", "",
  ].join("\n"),
  // The one paper withheld here: its own `exempt:` is read to withhold it.
  "meetings/panel-2024-01-10/b1-contract.md": "---\ntype: report\ntitle: A contract\nexempt: [3]\n---\nThe bids.\n",
  // A file published as a paper's appendix, described beside it; and one withheld by its own exempt:.
  "meetings/panel-2024-01-10/figures.csv": "Year,Crashes\n2023,12\n",
  "meetings/panel-2024-01-10/figures.csv.md": "---\ntype: file\ntitle: Crash figures\nparent: panel-2024-01-10/a2-report\nappendix: B\npublish_from: 2024-01-03T09:00:00Z\n---\n",
  "meetings/panel-2024-01-10/bids.csv": "Bidder,Price\n",
  "meetings/panel-2024-01-10/bids.csv.md": "---\ntype: file\ntitle: Bids\nparent: panel-2024-01-10/a2-report\nexempt: [3]\n---\n",
  "meetings/panel-2024-01-10/appendix.md": "---\ntype: appendix\ntitle: Appendix A\nappendix: A\nparent: panel-2024-01-10/a2-report\n---\nThe appendix.\n",
  "meetings/panel-2024-01-10/programme.md": [
    "---", "type: work-programme", "title: Work programme", "standing: [{ kind: each-meeting, heading: Standing items, title: Minutes of the last meeting }]",
    "entries:", "  - { meeting: panel-2024-03-01, title: Roads update, source: Requested by the Panel, lead: Ann Able, requested_by: '@panel-2024-01-10/minutes#m2', topics: [roads] }", "---", "",
  ].join("\n"),
  "meetings/panel-2024-01-10/minutes.md": [
    "---", "type: minutes", "title: Minutes of the meeting",
    "heading: { title: Test Panel, date_and_time: Wednesday 10 January 2024, venue: Council Chamber }",
    "attendance:",
    "  present: [{ person: ann-able, as_printed: Cllr A Able, for: bob-baker, group: Conservative }]",
    "  also_present: [{ person: bob-baker, as_printed: Cllr B Baker, for: ann-able, group: Labour }]",
    "  in_attendance: [{ person: bob-baker, as_printed: B Baker, for: ann-able, group: Officers }]",
    "  apologies: [{ person: bob-baker, as_printed: Cllr B Baker, for: ann-able, group: Labour }]",
    "  substitutes: [{ person: bob-baker, as_printed: Cllr B Baker, for: ann-able, group: Labour }]",
    "  attendees: [{ person: ann-able, as_printed: Ann Able, for: bob-baker, group: Board }]",
    "actions:", "  - { text: Send the figures, owner: Ann Able, due: 2024-02, status: discharged, minute: m2, raised_at: panel-2024-01-10, discharged_at: panel-2024-03-01 }",
    "---", "## 1. Apologies {item=A1}", "", "None.", "", "## 2. A report {item=A2}", "", "::: resolved {does=note}", "RESOLVED that the report be noted.", ":::", "",
  ].join("\n"),
};

/** Fields read before the linker: `type:` decides which schema a file is checked against. */
const READ_BY_THE_LOADER = new Set(["type"]);

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe("every field the schemas define", () => {
  const root = writeContent(EVERY_FIELD);
  roots.push(root);
  const read = readContent(`${root}/content`, root);
  const reads = new Map<string, Set<string>>();
  const files = read.files.map((file): ContentFile => {
    const schema = SCHEMA_FOR_TYPE[file.type];
    const seen = reads.get(schema) ?? new Set<string>();
    reads.set(schema, seen);
    // The wrapped front matter is the same object to the linker, so the file keeps its type.
    return { ...file, data: recording(file.data, "", seen) } as ContentFile;
  });
  const linked = linkArchive(files, { now: DateTime.fromISO("2024-06-01T00:00:00Z"), failedIds: read.failedIds, attachments: read.attachments });
  const schemas = [...new Set(Object.values(SCHEMA_FOR_TYPE))];

  it("is written by the fixture, which loads with no problem", () => {
    expect([...read.problems, ...linked.problems].map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([]);
    expect(linked.archive.documents.filter((d) => d.withheld).map((d) => d.id)).toEqual(["panel-2024-01-10/b1-contract"]);
  });

  // The fields every document shares (document.schema.json) are written once, on a paper, and
  // count as read for minutes and work programmes too.
  const shared = fieldPaths(flattenSchema("document"));
  const documentSchemas = new Set<string>(["paper", "minutes", "work-programme"]);
  const sharedReads = [...documentSchemas].flatMap((schema) => [...(reads.get(schema) ?? [])].filter((path) => shared.has(path) || [...shared].some((f) => path.startsWith(`${f}.`) || path.startsWith(`${f}[]`))));

  it.each(schemas)("of %s is read by the linker", (schema) => {
    const seen = new Set([...(reads.get(schema) ?? []), ...(documentSchemas.has(schema) ? sharedReads : [])]);
    const all = fieldPaths(flattenSchema(schema));
    // A field the linker keeps whole (a paper's header lines, a period) counts for the fields in it:
    // one that was read while nothing inside it was.
    const takenWhole = (field: string) => seen.has(field) && ![...seen].some((s) => s.startsWith(`${field}.`) || s.startsWith(`${field}[]`));
    const unread = [...all].filter((path) => !READ_BY_THE_LOADER.has(path) && !seen.has(path) && !ancestorsOf(path).some(takenWhole));
    expect(unread, `fields of ${schema} that no content in this test writes, or that the linker never reads`).toEqual([]);
  });

  it.each(schemas)("of %s is documented in the content guide", (schema) => {
    const guide = readFileSync(`${PROJECT_ROOT}/docs/content-guide.md`, "utf8");
    const names = new Set([...fieldPaths(flattenSchema(schema))].map((path) => path.split(/\.|\[\]/).filter(Boolean).pop() ?? path));
    const undocumented = [...names].filter((name) => !new RegExp(`(\`|\\b)${name}(:|\`|=)`).test(guide));
    expect(undocumented, `fields of ${schema} the content guide never names`).toEqual([]);
  });
});

/** `a.b[].c` → `a.b[]`, `a.b`, `a`. */
function ancestorsOf(path: string): string[] {
  const ancestors: string[] = [];
  for (let at = path.replace(/(\.[^.[\]]+|\[\])$/, ""); at !== "" && at !== ancestors[ancestors.length - 1]; at = at.replace(/(\.[^.[\]]+|\[\])$/, "")) ancestors.push(at);
  return ancestors;
}
