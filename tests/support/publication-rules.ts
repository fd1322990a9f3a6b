/**
 * The fail-closed property's side of tests/model/property.test.ts: a content tree with a graph of
 * papers to withhold, edits of the fields that decide publication (`publish_from`, `exempt` on a
 * paper or an agenda item, `parent`), and an oracle, independent of the loader, that says which
 * papers must be withheld after an edit.
 *
 * The rule the oracle states: a paper is withheld when it is exempt (any `exempt:` on itself, or on
 * an agenda item that lists it), when its `publish_from` is after the build clock or cannot be read
 * as a date and time with its zone, when check reports a problem on a file whose publication
 * fields were edited, when its `parent:` names no paper that loaded (unknown, itself, something
 * else, a file that failed, a loop), or when its parent must be withheld.
 */
import { parse } from "yaml";
import { type Files, MINIMAL, meetingFile } from "./content-fixture.ts";
import type { Problem } from "../../src/model/problems.ts";
import type { PaperState, RecordRef } from "./withholding-worker.ts";
import { WITHHOLDING_NOW } from "./withholding-worker.ts";

export { WITHHOLDING_NOW };
export const NOW_MS = Date.parse(WITHHOLDING_NOW);

// --- a tree with a graph of papers

const paper = (lines: string[], body: string[]) => ["---", ...lines, "---", ...body, ""].join("\n");

/**
 * MINIMAL plus: a report with an appendix and a grand-appendix (file names sorting before their
 * parents'), an embargoed paper (after the clock), a paper at an exempt item and its appendix, a work
 * programme, a plan of no meeting, and a second meeting whose minutes carry every kind of record.
 */
export const PUBLICATION_GRAPH: Files = {
  ...MINIMAL,
  "organisations/test-council.md": "---\ntype: organisation\nname: Test Council\nkind: council\n---\n",
  "topics/road-safety.md": "---\ntype: topic\ntitle: Road safety\n---\nRoads.\n",
  "meetings/panel-2024-01-10/meeting.md": meetingFile([
    "        - code: A3",
    "          title: Findings",
    "          papers: [panel-2024-01-10/p-report]",
    "        - code: A4",
    "          title: Budget",
    "          papers: [panel-2024-01-10/e-embargo]",
    "        - code: A5",
    "          title: Work programme",
    "          papers: [panel-2024-01-10/w-programme]",
    "    - letter: B",
    "      title: Exempt items",
    "      part: exempt",
    "      items:",
    "        - code: B1",
    "          title: Custody contract",
    "          exempt: [3]",
    "          papers: [panel-2024-01-10/k-item-paper]",
  ]),
  "meetings/panel-2024-01-10/p-report.md": paper(
    ["type: report", "title: Findings report", "version: Findings version one", "header: { subject: Findings subject line }", "topics: [road-safety]", "lists:", "  - { key: findings, title: Findings listed, entries: [Findings entry one] }"],
    ["## Findings of the review", "", "The findings report says the junctions were resurfaced in the spring.", ""],
  ),
  "meetings/panel-2024-01-10/q-appendix.md": paper(
    ["type: appendix", "title: Findings appendix", "parent: panel-2024-01-10/p-report", "appendix: A"],
    ["## Appendix tables", "", "The appendix lists the resurfaced junctions one by one by ward.", ""],
  ),
  "meetings/panel-2024-01-10/c-grand.md": paper(
    ["type: appendix", "title: Findings grand-appendix", "parent: panel-2024-01-10/q-appendix", "appendix: B"],
    ["## Grand-appendix detail", "", "The grand-appendix gives the contractor's invoices for the junctions.", ""],
  ),
  "meetings/panel-2024-01-10/e-embargo.md": paper(
    ["type: report", "title: Budget proposal", "publish_from: 2025-06-01T09:00:00+01:00"],
    ["## Precept", "", "The budget proposal sets the precept increase at a figure not yet public.", ""],
  ),
  "meetings/panel-2024-01-10/k-item-paper.md": paper(
    ["type: report", "title: Custody contract award"],
    ["## Bids", "", "The custody contract bids were ranked on price and quality by the board.", ""],
  ),
  "meetings/panel-2024-01-10/d-item-appendix.md": paper(
    ["type: appendix", "title: Custody bids appendix", "parent: panel-2024-01-10/k-item-paper", "appendix: A"],
    ["## Scores", "", "The custody bids appendix lists each bidder's score out of one hundred.", ""],
  ),
  "meetings/panel-2024-01-10/w-programme.md": paper(
    [
      "type: work-programme",
      "title: Work programme",
      "entries:",
      "  - { meeting: panel-2024-02-14, title: Work programme entry on junction safety, source: Requested by the Panel for junctions, lead: Commissioner for junctions }",
      "standing:",
      "  - { kind: each-meeting, heading: Standing item heading for junctions, title: Standing questions on junctions }",
    ],
    ["The work programme text lists the business planned for the junctions.", ""],
  ),
  "papers/standalone-plan.md": paper(
    ["type: plan", "title: Standalone plan", "lists:", "  - { key: priorities, title: Plan priorities, entries: [Plan priority on junctions] }"],
    ["## Plan", "", "The standalone plan sets out the priorities for the junctions programme.", ""],
  ),
  "meetings/panel-2024-02-14/meeting.md": [
    "---",
    "type: meeting",
    "body: panel",
    "date: 2024-02-14",
    "status: held",
    "agenda:",
    "  sections:",
    "    - items:",
    "        - code: A1",
    "          title: Apologies",
    "        - code: A2",
    "          title: Declarations",
    "        - code: A3",
    "          title: Minutes of the last meeting",
    "          minutes_of: panel-2024-01-10",
    "          papers: [panel-2024-01-10/minutes]",
    "        - code: A4",
    "          title: Questions",
    "---",
    "Notice of the second meeting.",
    "",
  ].join("\n"),
  "meetings/panel-2024-02-14/minutes.md": [
    "---",
    "type: minutes",
    "title: Minutes of the second meeting",
    "attendance:",
    "  present:",
    "    - { person: ann-able, as_printed: Cllr A Able of the second meeting, group: Second meeting group }",
    "  apologies:",
    "    - { person: bob-baker, as_printed: Mr B Baker of the second meeting }",
    "actions:",
    "  - { text: Second meeting action on the junction survey, owner: Second meeting owner, status: open, minute: m2 }",
    "---",
    "## 1. Apologies {item=A1}",
    "",
    "1. Apologies were received from Mr Baker at the second meeting.",
    "",
    "## 2. Declarations {item=A2}",
    "",
    "::: declaration {person=bob-baker item=A2}",
    "Mr Baker declared an interest in the second meeting's junction item.",
    ":::",
    "",
    "## 3. Minutes {item=A3}",
    "",
    "::: resolved {does=approve approves=panel-2024-01-10}",
    "RESOLVED that the minutes of the first meeting are a correct record of it.",
    ":::",
    "",
    "## 4. Questions {item=A4 topics=road-safety}",
    "",
    "::: question {asker=ann-able council=test-council number=1}",
    "Cllr Able asked about the second meeting's junction survey results.",
    ":::",
    "",
    "::: answer",
    "The Commissioner answered that the junction survey would report in March.",
    ":::",
    "",
    "::: resolved {does=note follow_up=2025-03}",
    "RESOLVED that the junction survey answer be noted and followed up.",
    ":::",
    "",
  ].join("\n"),
};

// --- edits

export type Field = "publish_from" | "exempt" | "parent";

/** `publish_from` values as written in YAML, around the clock (2025-01-01T00:00:00Z). */
export const PUBLISH_FROM_VALUES: readonly string[] = [
  // readable, after the clock
  "2030-01-01T09:00:00Z",
  "2030-06-01T09:00:00+01:00",
  "2030-01-01T09:00:00-05:00",
  "2030-01-01T09:00:00.123456789Z",
  '"2030-01-01T09:00:00Z"',
  "2025-01-01T00:00:00.001Z",
  "2024-12-31T19:00:01-05:00",
  "2025-01-01T01:00:00.001+01:00",
  "2030-01-01T09:00:00Z # an embargo",
  // readable, at or before the clock
  "2025-01-01T00:00:00Z",
  "2025-01-01T01:00:00+01:00",
  "2024-12-31T19:00:00-05:00",
  "2020-01-01T09:00:00Z",
  "2024-12-31T23:59:59.999Z",
  // a space for T, no zone, no seconds, no time
  "2030-01-01 09:00:00Z",
  "2020-01-01 09:00:00Z",
  "2030-01-01T09:00:00",
  "2020-01-01T09:00:00",
  "2030-01-01T09:00Z",
  "2020-01-01T09:00Z",
  "2030-01-01",
  "2020-01-01",
  // second 60, hour 24, days and months that do not exist
  "2030-06-30T23:59:60Z",
  "2016-12-31T23:59:60Z",
  "2030-01-01T24:00:00Z",
  "2030-02-30T09:00:00Z",
  "2019-02-29T09:00:00Z",
  "2030-13-01T09:00:00Z",
  // far future, far past, years out of range
  "9999-12-31T23:59:59Z",
  "2999-01-01T00:00:00Z",
  "2201-01-01T00:00:00Z",
  "0024-01-01T09:00:00Z",
  "1899-12-31T09:00:00Z",
  "+275760-09-13T00:00:00Z",
  // zones and separators written otherwise
  "2030-01-01t09:00:00z",
  "2020-01-01t09:00:00z",
  "2030-01-01T09:00:00+0100",
  "2020-01-01T09:00:00+0100",
  "2030-01-01T09:00:00+01",
  "2030-01-01T09:00:00+25:00",
  "2020-01-01T09:00:00+14:30",
  "2030-01-01T09:00:00,5Z",
  "2020-01-01T09:00:00.Z",
  '"2030-01-01T09:00:00Z "',
  '" 2020-01-01T09:00:00Z"',
  '"\\u00a02020-01-01T09:00:00Z"',
  "２０２０-01-01T09:00:00Z",
  // not a date at all
  "next tuesday",
  '""',
  "",
  "~",
  "2030",
  "[2030-01-01T09:00:00Z]",
  "{ at: 2030-01-01T09:00:00Z }",
  "true",
];

export const EXEMPT_VALUES: readonly string[] = [
  "[3]",
  "[1, 7]",
  "[1, 2, 3, 4, 5, 6, 7]",
  "[3, 3]",
  "[]",
  "[0]",
  "[8]",
  "[-1]",
  "[3.5]",
  '["3"]',
  "[null]",
  '"3"',
  '"[3]"',
  "3",
  "0",
  "",
  "~",
  "true",
  "false",
  "{}",
];

/** `parent` values that are neither the paper itself nor another paper of the tree. */
export const PARENT_VALUES: readonly string[] = ["nope", "panel-2024-01-10/nope", "kmpcp-2024-07-16/nope", "", '""', '"panel-2024-01-10/"', "PANEL-2024-01-10/A2-REPORT", "true", "[]"];

export type ParentChoice = { kind: "self" } | { kind: "paper"; index: number } | { kind: "meeting" } | { kind: "person" } | { kind: "raw"; index: number };

export type Edit =
  | { on: "paper"; file: number; field: "publish_from" | "exempt"; value: number | null }
  | { on: "paper"; file: number; field: "parent"; parent: ParentChoice | null }
  | { on: "item"; file: number; item: number; value: number | null };

/** The paper's identifier, from its path under content/; undefined for anything else. */
export function paperId(path: string): string | undefined {
  const inMeeting = /^meetings\/([^/]+)\/([^/]+)\.md$/.exec(path);
  if (inMeeting) return inMeeting[2] === "meeting" ? undefined : `${inMeeting[1]}/${inMeeting[2]}`;
  const alone = /^papers\/([^/]+)\.md$/.exec(path);
  return alone?.[1];
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** A file's front matter as YAML 1.2 reads it (as the loader does); undefined when it cannot be read. */
export function frontMatterOf(text: string): Record<string, unknown> | undefined {
  const m = FRONT_MATTER.exec(text);
  if (!m) return undefined;
  try {
    const data = parse(m[1] ?? "", { uniqueKeys: true }) as unknown;
    return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Sets (or, with null, removes) a top-level field of the front matter, written as `raw` YAML. */
export function setField(text: string, key: string, raw: string | null): string {
  const lines = text.split("\n");
  const close = lines.indexOf("---", 1);
  if (lines[0] !== "---" || close === -1) return text;
  const kept: string[] = [];
  for (let i = 1; i < close; i++) {
    const line = lines[i] as string;
    if (line.startsWith(`${key}:`)) {
      // Drop the field and any lines that continue it (indented, or list items).
      while (i + 1 < close && /^(\s|-\s)/.test(lines[i + 1] as string)) i++;
      continue;
    }
    kept.push(line);
  }
  if (raw !== null) kept.push(raw === "" ? `${key}:` : `${key}: ${raw}`);
  return ["---", ...kept, ...lines.slice(close)].join("\n");
}

/** The lines that start agenda items (`- code: X`) in a meeting.md. */
export function itemStarts(text: string): number[] {
  const starts: number[] = [];
  text.split("\n").forEach((line, i) => {
    if (/^\s*- code:/.test(line)) starts.push(i);
  });
  return starts;
}

/** Sets (or removes) `exempt:` on the `item`-th agenda item of a meeting.md. */
export function setItemExempt(text: string, item: number, raw: string | null): string {
  const starts = itemStarts(text);
  if (starts.length === 0) return text;
  const start = starts[item % starts.length] as number;
  const lines = text.split("\n");
  const dash = (lines[start] as string).indexOf("-");
  const indent = " ".repeat(dash + 2);
  let end = start + 1;
  const inItem = (line: string) => line.startsWith(indent) && !/^---/.test(line);
  while (end < lines.length && inItem(lines[end] as string)) end++;
  const body = lines.slice(start + 1, end);
  const kept: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const line = body[i] as string;
    if (line.startsWith(`${indent}exempt:`)) {
      while (i + 1 < body.length && (body[i + 1] as string).startsWith(`${indent} `)) i++;
      continue;
    }
    kept.push(line);
  }
  if (raw !== null) kept.unshift(raw === "" ? `${indent}exempt:` : `${indent}exempt: ${raw}`);
  return [...lines.slice(0, start + 1), ...kept, ...lines.slice(end)].join("\n");
}

// --- the oracle

/**
 * An instant from a `publish_from` value, read generously (RFC 3339 and ISO 8601 spellings: T, t or
 * a space; seconds and fraction optional; Z, z, ±HH, ±HHMM or ±HH:MM), in milliseconds; undefined
 * when it is not a date and time with a zone. Second 60 is read as the next second.
 */
export function instantOf(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)$/.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (days === undefined || day < 1 || day > days || hour > 23 || minute > 59 || second > 60) return undefined;
  const zone = m[8] as string;
  let offset = 0;
  if (zone !== "Z" && zone !== "z") {
    const hh = Number(zone.slice(1, 3));
    const mm = zone.length > 3 ? Number(zone.slice(-2)) : 0;
    if (hh > 23 || mm > 59) return undefined;
    offset = (zone.startsWith("-") ? -1 : 1) * (hh * 60 + mm) * 60_000;
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  const fraction = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  const ms = date.getTime() + fraction - offset;
  return Number.isFinite(ms) ? ms : undefined;
}

export interface TreeState {
  /** Every file's current text, by path under content/. */
  texts: ReadonlyMap<string, string>;
  /** Paths whose publication fields were edited in this run. */
  edited: ReadonlySet<string>;
}

/** Papers the rule withholds, each with why, from the files alone and the problems check reported. */
export function mustWithhold(state: TreeState, problems: readonly Problem[], loaded: ReadonlySet<string>): Map<string, string> {
  const fm = new Map<string, Record<string, unknown> | undefined>();
  const pathOf = new Map<string, string>();
  for (const [path, text] of state.texts) {
    const id = paperId(path);
    if (id) {
      pathOf.set(id, path);
      fm.set(id, frontMatterOf(text));
    }
  }
  const problemFiles = new Set(problems.map((p) => p.file.replace(/^content\//, "")));
  const own = new Map<string, string>();
  const note = (id: string, why: string) => {
    if (!own.has(id)) own.set(id, why);
  };
  for (const [id, data] of fm) {
    const path = pathOf.get(id) as string;
    if (state.edited.has(path) && problemFiles.has(path)) note(id, "check reported a problem on its edited file");
    if (!data) continue;
    if (Object.hasOwn(data, "exempt")) note(id, `exempt: ${JSON.stringify(data.exempt)}`);
    if (Object.hasOwn(data, "publish_from")) {
      const at = instantOf(data.publish_from);
      if (at === undefined) note(id, `publish_from ${JSON.stringify(data.publish_from)} is not a date and time with a zone`);
      else if (at > NOW_MS) note(id, `publish_from ${JSON.stringify(data.publish_from)} is after the clock`);
    }
  }
  for (const [path, text] of state.texts) {
    if (!path.endsWith("/meeting.md")) continue;
    const data = frontMatterOf(text) as { agenda?: { sections?: { items?: { code?: unknown; exempt?: unknown; papers?: unknown }[] }[] } } | undefined;
    for (const section of Array.isArray(data?.agenda?.sections) ? data.agenda.sections : []) {
      for (const item of Array.isArray(section?.items) ? section.items : []) {
        if (!item || typeof item !== "object" || !Object.hasOwn(item, "exempt")) continue;
        for (const paper of Array.isArray(item.papers) ? item.papers : []) {
          if (typeof paper === "string") note(paper, `tabled at item ${String(item.code)} of ${path}, which has exempt: ${JSON.stringify(item.exempt)}`);
        }
      }
    }
  }
  const result = new Map<string, string>();
  const reason = (id: string, chain: string[]): string | undefined => {
    const mine = own.get(id);
    if (mine) return mine;
    const data = fm.get(id);
    if (!data || !Object.hasOwn(data, "parent")) return undefined;
    const parent = data.parent;
    if (typeof parent !== "string") return `parent: ${JSON.stringify(parent)} is not a paper's identifier`;
    if (parent === id) return "parent: names the paper itself";
    if (chain.includes(parent)) return `parent: lines loop (${[...chain, id, parent].join(" → ")})`;
    if (!fm.has(parent)) return `parent: ${parent} names no paper of the tree`;
    if (!loaded.has(parent)) return `parent: ${parent} failed to load`;
    const above = reason(parent, [...chain, id]);
    return above === undefined ? undefined : `below ${parent} (${above})`;
  };
  for (const id of fm.keys()) {
    const why = reason(id, []);
    if (why !== undefined) result.set(id, why);
  }
  return result;
}

/** Lines of a paper's text long enough, and found in no other file of the tree, to recognise it by. */
export function distinctiveLines(files: ReadonlyMap<string, string>): Map<string, string[]> {
  const bodyLines = new Map<string, string[]>();
  const count = new Map<string, number>();
  for (const [path, text] of files) {
    const id = paperId(path);
    const m = FRONT_MATTER.exec(text);
    const body = m ? text.slice(m[0].length) : text;
    const lines = [...new Set(body.split("\n").map((l) => l.replace(/^(#+|\d+\.|-|\|)\s*/, "").replace(/\s*\{[^{}]*\}\s*$/, "").trim()))].filter((l) => l.length >= 30 && !l.startsWith(":::") && !l.startsWith("|"));
    // Front matter's own text (attendance, actions, entries) too: every quoted or plain value of 25+ characters.
    const values = m ? [...(m[1] ?? "").matchAll(/(?:as_printed|text|owner|title|source|lead|heading|subject|version|group): ([^,}\n]{25,})/g)].map((v) => (v[1] ?? "").trim()) : [];
    for (const l of new Set([...lines, ...values])) count.set(l, (count.get(l) ?? 0) + 1);
    if (id) bodyLines.set(id, [...lines, ...values]);
  }
  const out = new Map<string, string[]>();
  for (const [id, lines] of bodyLines) out.set(id, lines.filter((l) => count.get(l) === 1).slice(0, 40));
  return out;
}

/** What a withheld paper must not keep or leave behind: the property's core, as the brief states it. */
export function coreViolations(required: ReadonlyMap<string, string>, papers: readonly PaperState[], records: readonly RecordRef[], lines: ReadonlyMap<string, string[]>): string[] {
  const out: string[] = [];
  const byId = new Map(papers.map((p) => [p.id, p]));
  for (const [id, why] of required) {
    const p = byId.get(id);
    if (!p) continue;
    if (!p.withheld) out.push(`${id} is published, but must be withheld: ${why}`);
    if (p.markdown !== "") out.push(`${id} keeps its markdown (${p.markdown.length} characters), but must be withheld: ${why}`);
    if (p.headings > 0) out.push(`${id} keeps ${p.headings} headings, but must be withheld: ${why}`);
  }
  for (const r of records) {
    if (!r.primary) continue;
    const why = required.get(r.owner);
    if (why) out.push(`${r.where} holds a record of ${r.owner} ("${r.text.slice(0, 70)}"), which must be withheld: ${why}`);
  }
  for (const [id, why] of required) {
    for (const line of lines.get(id) ?? []) {
      const r = records.find((x) => x.primary && x.owner !== id && x.text.includes(line));
      if (r) out.push(`${r.where} (of ${r.owner}) holds text of ${id} ("${line.slice(0, 50)}"), which must be withheld: ${why}`);
    }
  }
  return out;
}

/** The rest of what a withheld paper carries: its counts, front matter beyond its title, and back-references elsewhere. */
export function carriedViolations(required: ReadonlyMap<string, string>, papers: readonly PaperState[], records: readonly RecordRef[]): string[] {
  const out: string[] = [];
  const byId = new Map(papers.map((p) => [p.id, p]));
  for (const [id, why] of required) {
    const p = byId.get(id);
    if (!p) continue;
    const kept = [
      p.words > 0 ? `a word count of ${p.words}` : "",
      p.planLists > 0 ? `${p.planLists} plan lists` : "",
      p.records > 0 ? `${p.records} minutes, attendance and actions` : "",
      p.entries > 0 ? `${p.entries} work-programme entries and standing items` : "",
      ...p.frontMatter,
    ].filter(Boolean);
    if (kept.length > 0) out.push(`${id} keeps ${kept.join(", ")}, but must be withheld: ${why}`);
  }
  for (const r of records) {
    if (r.primary) continue;
    const why = required.get(r.owner);
    if (why) out.push(`${r.where} holds ${r.owner} ("${r.text.slice(0, 70)}"), which must be withheld: ${why}`);
  }
  return out;
}
