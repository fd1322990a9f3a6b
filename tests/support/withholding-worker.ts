/**
 * Runs `loadArchive` in a worker thread, as load-worker.ts does, and answers with what the
 * fail-closed property of tests/model/property.test.ts checks: each paper's withholding and what
 * it still carries, and every record the archive holds with the paper it came from. Reads the
 * archive defensively (optional chaining throughout) so a change of shape in the model is a failed
 * assertion, not a crashed worker.
 */
import { parentPort } from "node:worker_threads";
import { DateTime } from "luxon";
import { loadArchive } from "../../src/model/load.ts";
import type { Problem } from "../../src/model/problems.ts";

/** The build clock of every load: publish_from values in the property are set around it. */
export const WITHHOLDING_NOW = "2025-01-01T00:00:00Z";

export interface WithholdingRequest {
  id: number;
  projectRoot: string;
}

/** One paper as the archive holds it. */
export interface PaperState {
  id: string;
  withheld?: string;
  markdown: string;
  headings: number;
  words: number;
  planLists: number;
  /** Minutes, attendance and actions of its minutes record, if it has one. */
  records: number;
  /** Entries and standing items of its work programme, if it has one. */
  entries: number;
  /** Front matter beyond what the agenda shows: header lines, date, period, series, version, author, topics. */
  frontMatter: string[];
}

/** A record somewhere in the archive, with the paper it came from. */
export interface RecordRef {
  /** Where it was found, e.g. "archive.resolutions" or "person.questions". */
  where: string;
  /** The paper it came from. */
  owner: string;
  text: string;
  /** true for the archive's own lists, false for back-references on other things. */
  primary: boolean;
}

export type WithholdingReply =
  | { id: number; ok: true; problems: Problem[]; papers: PaperState[]; records: RecordRef[] }
  | { id: number; ok: false; error: string };

// The archive's shapes are read loosely on purpose (see above).
// biome-ignore lint/suspicious/noExplicitAny: see above
type Loose = any;

const NOW = DateTime.fromISO(WITHHOLDING_NOW, { setZone: true });

const list = (value: unknown): Loose[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string => (typeof value === "string" ? value : "");

function paperState(d: Loose): PaperState {
  const frontMatter: string[] = [];
  const header = d.header && typeof d.header === "object" ? Object.keys(d.header) : [];
  if (header.length > 0) frontMatter.push(`header (${header.join(", ")})`);
  for (const key of ["date", "period", "series", "version"]) if (d[key] !== undefined && d[key] !== null && d[key] !== "") frontMatter.push(key);
  if (d.author) frontMatter.push("author");
  if (list(d.topics).length > 0) frontMatter.push("topics");
  const record = d.records;
  return {
    id: str(d.id),
    withheld: d.withheld ? String(d.withheld) : undefined,
    markdown: str(d.markdown),
    headings: list(d.headings).length,
    words: typeof d.words === "number" ? d.words : 0,
    planLists: list(d.planLists).length,
    records: record ? list(record.minutes).length + list(record.attendance).length + list(record.actions).length : 0,
    entries: d.workProgramme ? list(d.workProgramme.entries).length + list(d.workProgramme.standing).length : 0,
    frontMatter,
  };
}

function collectRecords(archive: Loose): RecordRef[] {
  const out: RecordRef[] = [];
  const add = (where: string, primary: boolean, owner: Loose, ...texts: unknown[]) =>
    out.push({ where, primary, owner: str(owner?.id) || "(no paper)", text: texts.map(str).filter(Boolean).join(" | ") });
  const ofMinute = (m: Loose) => m?.record?.document;
  const ofBlock = (b: Loose) => ofMinute(b?.minute);
  for (const m of list(archive.minutes)) add("archive.minutes", true, ofMinute(m), m.title);
  for (const r of list(archive.resolutions)) add("archive.resolutions", true, ofBlock(r), r.text);
  for (const q of list(archive.questions)) add("archive.questions", true, ofBlock(q), q.text, q.answer);
  for (const d of list(archive.declarations)) add("archive.declarations", true, ofBlock(d), d.text);
  for (const a of list(archive.actions)) add("archive.actions", true, a?.record?.document, a.text, a.owner);
  for (const e of list(archive.workProgrammeEntries)) add("archive.workProgrammeEntries", true, e?.programme?.document, e.title, e.reason, e.lead);

  for (const p of list(archive.people)) {
    for (const a of list(p.attendance)) add("person.attendance", false, a?.meeting?.minutes ?? { id: `${str(a?.meeting?.id)} (minutes unknown)` }, a.asPrinted, a.group);
    for (const q of list(p.questions)) add("person.questions", false, ofBlock(q), q.text, q.answer);
    for (const d of list(p.declarations)) add("person.declarations", false, ofBlock(d), d.text);
    for (const r of list(p.elections)) add("person.elections", false, ofBlock(r), r.text);
    for (const d of list(p.authored)) if (d?.withheld) add("person.authored", false, d, d.title);
  }
  for (const o of list(archive.organisations)) for (const q of list(o.questions)) add("organisation.questions", false, ofBlock(q), q.text, q.answer);
  for (const t of list(archive.topics)) {
    for (const m of list(t.minutes)) add("topic.minutes", false, ofMinute(m), m.title);
    for (const d of list(t.documents)) if (d?.withheld) add("topic.documents", false, d, d.title);
  }
  for (const d of list(archive.decisions)) {
    for (const m of list(d.notedIn)) add("decision.notedIn", false, ofMinute(m), m.title);
    for (const r of list(d.resolutions)) add("decision.resolutions", false, ofBlock(r), r.text);
  }
  for (const m of list(archive.meetings)) {
    for (const e of list(m.plannedBusiness)) add("meeting.plannedBusiness", false, e?.programme?.document, e.title, e.reason, e.lead);
    for (const f of list(m.followUpsDue)) add("meeting.followUpsDue", false, ofBlock(f?.resolution), f?.resolution?.text);
    for (const mention of list(m.mentionedIn)) add("meeting.mentionedIn", false, mention?.from, mention?.from?.title);
    for (const item of list(m.agenda?.items)) for (const minute of list(item.minutes)) add("agendaItem.minutes", false, ofMinute(minute), minute.title);
  }
  for (const d of list(archive.documents)) {
    for (const mention of list(d.mentionedIn)) add("document.mentionedIn", false, mention?.from, mention?.from?.title);
    const approvedBy = d.records?.approvedBy;
    if (approvedBy) add("minutes.approvedBy", false, ofBlock(approvedBy), approvedBy.text);
  }
  return out;
}

parentPort?.on("message", (request: WithholdingRequest) => {
  let reply: WithholdingReply;
  try {
    const { archive, problems } = loadArchive({ projectRoot: request.projectRoot, now: NOW });
    const loose = archive as Loose;
    reply = { id: request.id, ok: true, problems, papers: list(loose.documents).map(paperState), records: collectRecords(loose) };
  } catch (error) {
    reply = { id: request.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
