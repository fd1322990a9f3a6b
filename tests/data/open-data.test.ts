/**
 * The open data of the shipped archive, as the built site serves it: every JSON file valid
 * against its published schema (ajv, draft 2020-12, the schemas as served), counts equal to the
 * archive's, every CSV register readable by csv-parse with one row per record, and the Open data
 * page listing them all with their schemas and licence.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATASETS } from "../../src/data-export/datasets.ts";
import { plainText } from "../../src/data-export/plain-text.ts";
import { exporter } from "../../src/data-export/records.ts";
import type { Archive } from "../../src/model/archive.ts";
import { type BuiltSite, buildContent } from "../support/build-fixture.ts";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";
import { loadValidArchive } from "../support/load-content.ts";
import { loadPage, siteFiles } from "../support/site-files.ts";

let site: BuiltSite;
let files: Set<string>;
const savedSiteUrl = process.env.SITE_URL;

beforeAll(async () => {
  // Addresses in the data are then the local server's, whatever the caller's environment says (given
  // explicitly: a build given none warns, and in CI is refused).
  process.env.SITE_URL = "http://localhost:8080/";
  site = await buildContent();
  files = new Set(siteFiles(site.outputDir));
});

afterAll(() => {
  if (savedSiteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = savedSiteUrl;
});

const read = (path: string) => readFileSync(join(site.outputDir, path), "utf8");
const json = (path: string) => JSON.parse(read(path)) as { schema: string; count: number; items: Record<string, unknown>[]; licence: { name: string } };

/** How many records each dataset must hold, counted from the archive itself. */
function expectedCount(name: string, a: Archive): number {
  const counts: Record<string, number> = {
    bodies: a.bodies.length,
    organisations: a.organisations.length,
    people: a.people.length,
    topics: a.topics.length,
    meetings: a.meetings.length,
    "agenda-items": a.meetings.reduce((n, m) => n + (m.agenda?.items.length ?? 0), 0),
    documents: a.documents.length,
    files: a.files.length,
    minutes: a.minutes.length,
    resolutions: a.resolutions.length,
    decisions: a.decisions.length,
    questions: a.questions.length,
    declarations: a.declarations.length,
    actions: a.actions.length,
    "work-programme": a.workProgrammeEntries.length,
    memberships: a.meetings.reduce((n, m) => n + m.membership.length, 0),
    attendance: a.meetings.reduce((n, m) => n + (m.minutes?.records?.attendance.length ?? 0), 0),
  };
  const count = counts[name];
  if (count === undefined) throw new Error(`no expected count for dataset ${name}`);
  return count;
}

describe("the JSON exports", () => {
  it("cover every entity kind the issue names", () => {
    const names = DATASETS.map((d) => d.name);
    for (const kind of ["bodies", "meetings", "agenda-items", "documents", "minutes", "resolutions", "decisions", "questions", "declarations", "actions", "work-programme", "people", "memberships", "attendance"]) {
      expect(names, kind).toContain(kind);
      expect(files.has(`/data/${kind}.json`), kind).toBe(true);
    }
  });

  it("are each valid against their published draft 2020-12 schema, as served from /data/schemas/", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const schemaFiles = [...files].filter((f) => f.startsWith("/data/schemas/"));
    for (const file of schemaFiles) {
      const schema = JSON.parse(read(file));
      expect(schema.$schema, file).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema.$id, file).toBe(`http://localhost:8080${file}`);
      ajv.addSchema(schema);
    }
    for (const dataset of DATASETS) {
      const data = json(`/data/${dataset.name}.json`);
      expect(data.schema).toBe(`http://localhost:8080/data/schemas/${dataset.name}.schema.json`);
      const validate = ajv.getSchema(data.schema);
      expect(validate, dataset.name).toBeDefined();
      const valid = validate?.(data);
      expect(valid ? [] : validate?.errors?.slice(0, 5), dataset.name).toEqual([]);
    }
  });

  it("hold as many records as the archive, with the licence", () => {
    for (const dataset of DATASETS) {
      const data = json(`/data/${dataset.name}.json`);
      expect(data.items.length, dataset.name).toBe(expectedCount(dataset.name, site.archive));
      expect(data.count, dataset.name).toBe(data.items.length);
      expect(data.licence.name).toBe("Open Government Licence v3.0");
    }
  });

  it("give every record's page as an absolute address that the site has", () => {
    for (const dataset of DATASETS) {
      for (const item of json(`/data/${dataset.name}.json`).items) {
        if (typeof item.url !== "string") continue;
        const path = new URL(item.url).pathname;
        expect(files.has(path.endsWith("/") ? `${path}index.html` : path), `${dataset.name}: ${item.url}`).toBe(true);
      }
    }
  });

  it("refer to each other by identifier: a resolution's minute is in the minutes file", () => {
    const minutes = new Set(json("/data/minutes.json").items.map((m) => m.id));
    for (const resolution of json("/data/resolutions.json").items) expect(minutes.has(resolution.minute), String(resolution.id)).toBe(true);
    // Minute 113 of 16 July 2024 approved the minutes of 6 February 2024.
    const approval = json("/data/resolutions.json").items.find((r) => r.approves === "kmpcp-2024-02-06");
    expect(approval?.minute).toBe("kmpcp-2024-07-16/minutes#m113");
  });

  it("link bodies to their hosts, decisions to their makers, and meetings and topics both ways", () => {
    const bodies = json("/data/bodies.json").items;
    expect(bodies.find((b) => b.id === "kmpcp")?.host).toBe("kent-county-council");
    for (const decision of json("/data/decisions.json").items) expect(decision.maker, String(decision.id)).toBe("matthew-scott");
    const topicsOf = new Map(site.archive.meetings.map((m) => [m.id, m.topics.map((t) => t.id)]));
    for (const meeting of json("/data/meetings.json").items) expect(meeting.topics, String(meeting.id)).toEqual(topicsOf.get(String(meeting.id)));
    const meetingsOf = new Map(site.archive.topics.map((t) => [t.id, t.meetings.map((m) => m.id)]));
    for (const topic of json("/data/topics.json").items) expect(topic.meetings, String(topic.id)).toEqual(meetingsOf.get(String(topic.id)));
  });

  it("export a meeting's own topics, and a topic's meetings", () => {
    // No shipped meeting is tagged as a whole, so a small archive shows the two fields filled.
    const archive = loadValidArchive(writeContent({ ...MINIMAL, "topics/policing.md": "---\ntype: topic\ntitle: Policing\n---\n", "meetings/panel-2024-01-10/meeting.md": String(MINIMAL["meetings/panel-2024-01-10/meeting.md"]).replace("status: held\n", "status: held\ntopics: [policing]\n") }));
    const x = exporter({ archive, siteUrl: "http://localhost:8080/" });
    expect(archive.meetings.map(x.meeting).map((m) => m.topics)).toEqual([["policing"]]);
    expect(archive.topics.map(x.topic).map((t) => t.meetings)).toEqual([["panel-2024-01-10"]]);
  });

  it("keep stub meetings and papers, with their status", () => {
    const meetings = json("/data/meetings.json").items;
    expect(meetings.some((m) => m.status === "referenced")).toBe(true);
    expect(json("/data/documents.json").items.some((d) => d.status === "referenced")).toBe(true);
  });
});

describe("the CSV registers", () => {
  const REGISTERS = ["resolutions", "decisions", "questions", "declarations", "actions", "work-programme", "people", "attendance"];

  it("are read by csv-parse with one row per record of the register", () => {
    for (const name of REGISTERS) {
      expect(files.has(`/data/${name}.csv`), name).toBe(true);
      const rows = parse(read(`/data/${name}.csv`), { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
      expect(rows.length, name).toBe(expectedCount(name, site.archive));
      expect(rows.length, name).toBe(json(`/data/${name}.json`).items.length);
    }
  });

  it("name each of a person's posts once in their roles cell, however many forms the papers print it in", () => {
    const rows = parse(read("/data/people.csv"), { bom: true, columns: true }) as Record<string, string>[];
    const people = json("/data/people.json").items as { id: string; roles: { role: string }[] }[];
    // Someone the papers show in one post under several printed forms: several records, one post.
    const repeated = people.find((p) => p.roles.length > new Set(p.roles.map((r) => r.role)).size);
    expect(repeated).toBeDefined();
    for (const row of rows) {
      const posts = row.roles ? row.roles.split("; ") : [];
      expect(new Set(posts).size, row.id).toBe(posts.length);
    }
  });

  it("keep multi-line text whole, as plain text, in the same order as the JSON", () => {
    const rows = parse(read("/data/resolutions.csv"), { bom: true, columns: true }) as Record<string, string>[];
    const items = json("/data/resolutions.json").items;
    rows.forEach((row, i) => {
      expect(row.id).toBe(items[i]?.id);
      expect(row.text).toBe(plainText(String(items[i]?.text)));
    });
    const attendance = parse(read("/data/attendance.csv"), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(attendance[0] ?? {})).toEqual(["date", "body", "body_id", "meeting", "person", "as_printed", "category", "substitute_for", "group"]);
  });
});

describe("the CSV registers, opened in a spreadsheet", () => {
  /** Registers of things done or said at a meeting: each row says when and where. */
  const AT_MEETINGS = ["resolutions", "questions", "declarations", "actions", "work-programme", "attendance"];
  const CSVS = DATASETS.filter((d) => d.csv).map((d) => d.name);
  const rowsOf = (name: string) => parse(read(`/data/${name}.csv`), { bom: true, columns: true }) as Record<string, string>[];

  it("end their header row and their last row in CRLF, as RFC 4180 specifies (tests/data/csv-line-endings.test.ts: every row)", () => {
    for (const name of CSVS) {
      const text = read(`/data/${name}.csv`);
      expect(text, name).toMatch(/^\uFEFF[^\r\n]*\r\n/);
      expect(text.endsWith("\r\n"), name).toBe(true);
    }
  });

  it("start with a UTF-8 byte-order mark, so Excel reads £ and curly quotes as printed", () => {
    expect(CSVS.length).toBeGreaterThanOrEqual(8);
    for (const name of CSVS) {
      const bytes = readFileSync(join(site.outputDir, `/data/${name}.csv`));
      expect([...bytes.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      // Only one: the header row starts right after it.
      expect(bytes.subarray(3, 6).equals(Buffer.from([0xef, 0xbb, 0xbf])), name).toBe(false);
    }
  });

  it("give every row of a meeting's register its date, body and meeting, as the meetings file has them", () => {
    const meetings = new Map(json("/data/meetings.json").items.map((m) => [String(m.id), m]));
    const bodies = new Map(json("/data/bodies.json").items.map((b) => [String(b.id), b]));
    for (const name of AT_MEETINGS) {
      const rows = rowsOf(name);
      expect(rows.length, name).toBeGreaterThan(0);
      expect(Object.keys(rows[0] ?? {}).slice(0, 4), name).toEqual(["date", "body", "body_id", "meeting"]);
      for (const row of rows) {
        const meeting = meetings.get(row.meeting ?? "");
        expect(meeting, `${name}: ${row.meeting}`).toBeDefined();
        expect(row.date, `${name}: ${row.meeting}`).toBe(meeting?.date);
        expect(row.date, `${name}: ${row.meeting}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(row.body_id, `${name}: ${row.meeting}`).toBe(meeting?.body);
        expect(row.body, `${name}: ${row.meeting}`).toBe(bodies.get(String(meeting?.body))?.name);
      }
    }
  });

  it("say of the resolutions of 16 July 2024 that the Kent and Medway Police and Crime Panel made them that day", () => {
    const rows = rowsOf("resolutions").filter((r) => r.meeting === "kmpcp-2024-07-16");
    const items = json("/data/resolutions.json").items.filter((r) => r.meeting === "kmpcp-2024-07-16");
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBe(items.length);
    for (const row of rows) {
      expect(row.date).toBe("2024-07-16");
      expect(row.body).toBe("Kent and Medway Police and Crime Panel");
      expect(row.body_id).toBe("kmpcp");
    }
    // Minute 114: bold marks and a link into the archive, as the page shows them.
    expect(rows.map((r) => r.text)).toContain("RESOLVED: To note the report and agree to a further update at the December 2024 meeting.");
    expect(items.map((r) => r.text)).toContain("RESOLVED: To **note** the report and **agree** to a further update at the [December 2024 meeting](http://localhost:8080/meetings/kmpcp-2024-12-18/).");
  });

  it("hold no Markdown: no ** and no link syntax in any cell of any CSV", () => {
    for (const name of CSVS) {
      for (const row of rowsOf(name)) {
        for (const [column, value] of Object.entries(row)) {
          expect(value.includes("**"), `${name}.${column}: ${value}`).toBe(false);
          expect(value.includes("]("), `${name}.${column}: ${value}`).toBe(false);
        }
      }
    }
  });

  it("keep the Markdown in the JSON, whose schemas say so", () => {
    expect(json("/data/resolutions.json").items.some((r) => String(r.text).includes("**"))).toBe(true);
  });
});

describe("the Open data page", () => {
  it("lists every dataset with its JSON, CSV for registers, and schema, all of which exist", () => {
    const $ = loadPage(site.outputDir, "/data/");
    const hrefs = new Set($("main a").map((_, a) => $(a).attr("href")).get());
    for (const dataset of DATASETS) {
      expect(hrefs.has(`/data/${dataset.name}.json`), dataset.name).toBe(true);
      expect(hrefs.has(`/data/schemas/${dataset.name}.schema.json`), dataset.name).toBe(true);
      if (dataset.csv) expect(hrefs.has(`/data/${dataset.name}.csv`), dataset.name).toBe(true);
    }
    for (const href of hrefs) if (href?.startsWith("/data/")) expect(files.has(href.endsWith("/") ? `${href}index.html` : href), href).toBe(true);
  });

  it("names the Open Government Licence v3.0", () => {
    const $ = loadPage(site.outputDir, "/data/");
    const licence = $('main a[rel="license"]');
    expect(licence.text()).toBe("Open Government Licence v3.0");
    expect(licence.attr("href")).toBe("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
  });
});
