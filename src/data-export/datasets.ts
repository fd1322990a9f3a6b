/**
 * The open-data catalogue: every dataset the site publishes, its file names, its schema and, for
 * the registers, its CSV columns. The writer, the Open data page and the tests all read this.
 */
import type { Archive } from "../model/archive.ts";
import { hasPage } from "../views/published.ts";
import { plainText } from "./plain-text.ts";
import { allAttendance, allMemberships, type Exporter, type JsonRecord } from "./records.ts";

/** What a CSV cell may need beyond its JSON record: the meeting a record names, with its body. */
export interface CsvContext {
  meeting: (id: string) => { id: string; date: string; body: { id: string; name: string } } | undefined;
}

export interface CsvColumn {
  header: string;
  /** The cell, from the dataset's JSON record (and, for the meeting columns, the archive). */
  value: (record: JsonRecord, context: CsvContext) => string | number | boolean | undefined;
}

/** A context that knows no meeting: the meeting columns are left empty. */
export const NO_CSV_CONTEXT: CsvContext = { meeting: () => undefined };

export function csvContext(archive: Archive): CsvContext {
  return { meeting: (id) => archive.get(id, "meeting") };
}

export interface Dataset {
  /** File stem: /data/<name>.json, /data/<name>.csv, /data/schemas/<name>.schema.json. */
  name: string;
  title: string;
  description: string;
  records: (archive: Archive, x: Exporter) => JsonRecord[];
  /** Registers also come as CSV, one row per record. */
  csv?: CsvColumn[];
}

/** The licence open data is published under when the site's configuration names none. */
export const LICENCE = {
  name: "Open Government Licence v3.0",
  url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
} as const;

export const dataPath = (name: string, ext: "json" | "csv") => `/data/${name}.${ext}`;
export const schemaPath = (name: string) => `/data/schemas/${name}.schema.json`;

const col = (header: string, key = header): CsvColumn => ({ header, value: (r) => cell(r[key]) });
const sub = (header: string, key: string, field: string): CsvColumn => ({ header, value: (r) => cell((r[key] as JsonRecord | undefined)?.[field]) });

/** A Markdown field as plain text: a spreadsheet shows the words, not the marks. */
const words = (header: string, key = header): CsvColumn => ({ header, value: (r) => (typeof r[key] === "string" ? plainText(r[key]) : cell(r[key])) });

/**
 * The columns every register of records made at a meeting starts with, so a row read on its own
 * says when and where: the meeting's date, the body's name as the archive shows it and its
 * identifier, and the meeting's identifier (`key` names the record's field holding it).
 */
const atMeeting = (key = "meeting"): CsvColumn[] => {
  const of = (r: JsonRecord, c: CsvContext) => (typeof r[key] === "string" ? c.meeting(r[key]) : undefined);
  return [
    { header: "date", value: (r, c) => of(r, c)?.date },
    { header: "body", value: (r, c) => of(r, c)?.body.name },
    { header: "body_id", value: (r, c) => of(r, c)?.body.id },
    { header: "meeting", value: (r, c) => of(r, c)?.id ?? cell(r[key]) },
  ];
};

/**
 * A person's roles in one cell, each post once ("chief-executive at opcc-kent"): a post the papers
 * print in several forms or over several periods is several records in the JSON, where the form
 * and the dates tell them apart, but one post in the cell.
 */
function rolesAt(roles: readonly JsonRecord[]): string[] {
  return [...new Set(roles.map((role) => [role.role, role.organisation ?? role.body].filter(Boolean).join(" at ")))];
}

/** Lists become "a; b"; absent values become empty cells. */
function cell(value: unknown): string | number | boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join("; ");
  if (typeof value === "object") return JSON.stringify(value);
  return value as string | number | boolean;
}

export const DATASETS: readonly Dataset[] = [
  { name: "bodies", title: "Bodies", description: "The panels, boards and committees whose papers the archive holds.", records: (a, x) => a.bodies.map(x.body) },
  { name: "organisations", title: "Organisations", description: "Councils, forces, political groups and others the papers name.", records: (a, x) => a.organisations.map(x.organisation) },
  {
    name: "people",
    title: "People",
    description: "Everyone the papers name, with every form of name they print and the posts they held.",
    records: (a, x) => a.people.map(x.person),
    csv: [col("id"), col("url"), col("name"), col("honorific"), col("post_nominals"), col("names_as_printed"), { header: "roles", value: (r) => cell(rolesAt((r.roles as JsonRecord[]) ?? [])) }],
  },
  { name: "topics", title: "Topics", description: "Subjects that run across meetings, and the meetings, items, papers and minutes tagged with them.", records: (a, x) => a.topics.map(x.topic) },
  { name: "meetings", title: "Meetings", description: "Every meeting the archive knows of: held, scheduled, cancelled, or only mentioned in the papers.", records: (a, x) => a.meetings.map(x.meeting) },
  { name: "agenda-items", title: "Agenda items", description: "Every item on every agenda, with the papers tabled at it and the minutes that took it.", records: (a, x) => a.meetings.flatMap((m) => m.agenda?.items ?? []).map(x.agendaItem) },
  { name: "documents", title: "Papers", description: "Every paper, minutes and set of notes: metadata and where each was tabled. Withheld papers appear by title and reason only.", records: (a, x) => a.documents.map(x.document) },
  {
    name: "files",
    title: "Files",
    description: "Every file published with the papers (PDFs, spreadsheets, images): its type, size and pages, and where it was tabled. Withheld files appear by title and reason only.",
    records: (a, x) => a.files.map(x.file),
    csv: [col("id"), col("url"), col("name"), col("title"), col("type"), col("bytes"), col("pages"), col("text_layer"), col("meeting"), col("parent"), col("appendix"), col("tabled_at"), col("withheld")],
  },
  { name: "minutes", title: "Minutes", description: "Every minute of every set of minutes or notes, with the agenda item it took.", records: (a, x) => a.minutes.map(x.minute) },
  {
    name: "resolutions",
    title: "Resolutions",
    description: "Everything resolved, as printed, with what it approved, elected or scheduled.",
    records: (a, x) => a.resolutions.map(x.resolution),
    csv: [...atMeeting(), col("id"), col("url"), col("minute"), col("verbs"), words("text"), col("approves"), sub("elects_person", "elects", "person"), sub("elects_role", "elects", "role"), { header: "follow_ups", value: (r) => cell(((r.follow_ups as JsonRecord[]) ?? []).map((f) => f.meeting ?? f.due)) }, col("decision")],
  },
  {
    name: "decisions",
    title: "Decisions",
    description: "Formal decisions the papers cite, by their code, and the minutes that noted them.",
    records: (a, x) => a.decisions.map(x.decision),
    csv: [col("id"), col("url"), col("code"), col("title"), col("maker"), col("date"), col("status"), col("noted_in"), col("resolutions")],
  },
  {
    name: "questions",
    title: "Questions",
    description: "Questions asked at meetings, who asked them, and the answers as minuted.",
    records: (a, x) => a.questions.map(x.question),
    csv: [...atMeeting(), col("id"), col("url"), col("minute"), col("number"), col("asker"), col("council"), words("text"), words("answer")],
  },
  {
    name: "declarations",
    title: "Declarations of interest",
    description: "Declarations of interest made at meetings, as minuted.",
    records: (a, x) => a.declarations.map(x.declaration),
    csv: [...atMeeting(), col("id"), col("url"), col("minute"), col("person"), col("item_code"), col("item"), words("text")],
  },
  {
    name: "actions",
    title: "Actions",
    description: "Actions recorded in meeting notes, their owners, due dates and whether they were discharged.",
    records: (a, x) => a.actions.filter((e) => hasPage(e.record.document)).map(x.action),
    csv: [...atMeeting(), col("id"), col("url"), words("text"), col("owner"), col("due"), col("status"), col("minute"), col("raised_at"), col("discharged_at")],
  },
  {
    name: "work-programme",
    title: "Work programme",
    description: "Business planned for future meetings, from the work programmes, and the agenda item that took it.",
    records: (a, x) => a.workProgrammeEntries.filter((e) => hasPage(e.programme.document)).map(x.workProgrammeEntry),
    csv: [...atMeeting(), col("id"), col("url"), col("programme"), col("title"), col("reason"), col("lead"), col("requested_by"), col("taken_at")],
  },
  { name: "memberships", title: "Memberships", description: "Seats on each body, as the membership list printed on each agenda shows them.", records: (a, x) => allMemberships(a).map(x.membership) },
  {
    name: "attendance",
    title: "Attendance",
    description: "Who was present, also present, in attendance, sent apologies or substituted, at each meeting, from its minutes or notes.",
    records: (a, x) => allAttendance(a).map(x.attendance),
    csv: [...atMeeting(), col("person"), col("as_printed"), col("category"), col("substitute_for"), col("group")],
  },
];
