/**
 * The synthetic archive: N papers in the shapes the seeds show (meetings with agendas and
 * membership lists, minutes of 20-60 KB with attendance, resolutions, declarations and questions,
 * reports of 5-100 KB with appendices, links between them), written as content/ Markdown that
 * `loadArchive` accepts. The same N always gives the same bytes: every file draws from its own
 * PRNG stream, seeded by its identifier.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Prng, seedOf } from "./prng.ts";
import { heapsVocabulary, syntheticWord, Vocabulary } from "./words.ts";

const AREAS = [
  "Avon and Somerset", "Bedfordshire", "Cambridgeshire", "Cheshire", "Cleveland", "Cumbria", "Derbyshire", "Devon and Cornwall", "Dorset", "Durham",
  "Dyfed-Powys", "Essex", "Gloucestershire", "Gwent", "Hampshire", "Hertfordshire", "Humberside", "Kent and Medway", "Lancashire", "Leicestershire",
  "Lincolnshire", "Merseyside", "Norfolk", "North Wales", "North Yorkshire", "Northamptonshire", "Northumbria", "Nottinghamshire", "South Wales", "South Yorkshire",
  "Staffordshire", "Suffolk", "Surrey", "Sussex", "Thames Valley", "Warwickshire", "West Mercia", "West Midlands", "West Yorkshire", "Wiltshire", "Cleveland and Durham",
];
const FIRST = ["Alan", "Amira", "Ann", "Ben", "Carol", "Chris", "David", "Elaine", "Fay", "Gurvinder", "Habib", "Ian", "Jenny", "Joel", "Jordan", "Karen", "Lauren", "Lesley", "Mark", "Matthew", "Mike", "Nancy", "Pat", "Perry", "Peter", "Priya", "Richard", "Rob", "Sarah", "Shane", "Stuart", "Teresa", "Tim", "Yusuf"];
const LAST = ["Able", "Birch", "Bolton", "Chittenden", "Clark", "Cole", "Currie", "Drysdale", "Feacey", "Game", "Gooch", "Harper", "Hill", "Hollingsbee", "Jeffery", "Keers", "Makinson", "Meade", "Murray", "Nolan", "Okafor", "Palmer", "Patel", "Peake", "Phillips", "Romagnuolo", "Sandher", "Scott", "Smith", "Taylor", "Warne", "Wells", "Zosseder"];
const TOPICS = ["Budget and Precept", "Neighbourhood Policing", "Violence Against Women and Girls", "Victim Services", "Road Safety", "Mental Health", "Force Control Room", "Complaints", "Criminal Justice System", "Shoplifting", "Police Cadets", "Rural Crime", "Serious Violence", "Drugs and County Lines", "Anti-social Behaviour", "Fraud", "Estates", "Workforce", "Inspection", "Annual Report"];
const MONTHS = [2, 3, 6, 7, 10, 12];
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MEMBERS = 15;
const COUNCILS = 10;
/** A body's membership is elected for four years: people come and go, as in the real papers. */
const TERM_YEARS = 4;
/** The last year with meetings; a generated archive runs back from here. */
const LAST_YEAR = 2025;

export interface GenerateOptions {
  papers: number;
  /** The project root to write into: files go under `<root>/content/`. */
  root: string;
}

export interface GenerateResult {
  papers: number;
  meetings: number;
  bodies: number;
  people: number;
  files: number;
  bytes: number;
}

interface BodyPlan {
  id: string;
  name: string;
  area: string;
  index: number;
  meetings: number;
}

interface MeetingPlan {
  body: BodyPlan;
  index: number;
  id: string;
  date: string;
  reports: number;
  /** Appendices per report (0 or 1). */
  appendices: boolean[];
  withMinutes: boolean;
}

interface ReportRef {
  id: string;
  slug: string;
  title: string;
  topic: string;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
const q = (text: string) => JSON.stringify(text);

/** How many meetings of which shape make exactly N papers (minutes, reports and appendices). */
export function planMeetings(papers: number): { bodies: BodyPlan[]; meetings: MeetingPlan[] } {
  const rng = new Prng(seedOf(`plan-${papers}`));
  const shapes: Omit<MeetingPlan, "body" | "index" | "id" | "date">[] = [];
  let left = papers;
  while (left > 0) {
    const withMinutes = true;
    left -= 1;
    const reports = Math.min(left, rng.int(2, 5));
    left -= reports;
    const appendices: boolean[] = [];
    for (let r = 0; r < reports; r++) {
      const has = left > 0 && rng.chance(0.3);
      appendices.push(has);
      if (has) left -= 1;
    }
    shapes.push({ reports, appendices, withMinutes });
  }
  // About 20 years of six meetings a year per body: more papers means more bodies, as in a
  // county's committees or all the police and crime panels in one archive.
  const bodyCount = Math.max(1, Math.min(AREAS.length, Math.ceil(shapes.length / 120)));
  const bodies: BodyPlan[] = [];
  for (let b = 0; b < bodyCount; b++) {
    const area = AREAS[b] as string;
    bodies.push({ id: `${slug(area)}-pcp`, name: `${area} Police and Crime Panel`, area, index: b, meetings: 0 });
  }
  const meetings: MeetingPlan[] = shapes.map((shape, k) => {
    const body = bodies[k % bodyCount] as BodyPlan;
    const index = body.meetings++;
    return { ...shape, body, index, id: "", date: "" };
  });
  for (const meeting of meetings) {
    meeting.date = meetingDate(meeting.body, meeting.index);
    meeting.id = `${meeting.body.id}-${meeting.date}`;
  }
  return { bodies, meetings };
}

function firstYear(body: BodyPlan): number {
  return LAST_YEAR - Math.ceil(Math.max(body.meetings, 1) / MONTHS.length) + 1;
}

/** The i-th meeting of a body: six a year, on different days for different bodies. */
function meetingDate(body: BodyPlan, index: number): string {
  const year = firstYear(body) + Math.floor(index / MONTHS.length);
  const month = MONTHS[index % MONTHS.length] as number;
  const day = 3 + ((body.index * 7 + index * 5) % 24);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function termOf(body: BodyPlan, date: string): number {
  return Math.floor((Number(date.slice(0, 4)) - firstYear(body)) / TERM_YEARS);
}

interface Person {
  id: string;
  name: string;
  printed: string;
}

function member(body: BodyPlan, term: number, seat: number): Person {
  const rng = new Prng(seedOf(`${body.id}-${term}-${seat}`));
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  return { id: `${slug(`${first} ${last}`)}-${body.index}-${term}-${seat}`, name: `${first} ${last}`, printed: `Cllr ${first.charAt(0)} ${last}` };
}

function officer(body: BodyPlan, post: number): Person & { role: string } {
  const roles = ["Scrutiny Research Officer", "Police and Crime Commissioner", "Chief Executive"];
  const rng = new Prng(seedOf(`${body.id}-officer-${post}`));
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  return { id: `${slug(`${first} ${last}`)}-${body.index}-o${post}`, name: `${first} ${last}`, printed: `${first.charAt(0)} ${last} (${roles[post]})`, role: roles[post] as string };
}

function councilId(body: BodyPlan, seat: number): string {
  return `${body.id}-council-${(seat % COUNCILS) + 1}`;
}

function longDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

class Writer {
  files = 0;
  bytes = 0;
  constructor(private readonly content: string) {}

  write(path: string, text: string): void {
    const full = join(this.content, path);
    mkdirSync(join(full, ".."), { recursive: true });
    writeFileSync(full, text);
    this.files++;
    this.bytes += Buffer.byteLength(text);
  }
}

/** About 2,700 words a paper (18 KB of text at 6.6 bytes a word). */
const WORDS_PER_PAPER = 2_700;

function vocabularyFor(papers: number): Vocabulary {
  return new Vocabulary(heapsVocabulary(papers * WORDS_PER_PAPER));
}

export function generateArchive(options: GenerateOptions): GenerateResult {
  const vocabulary = vocabularyFor(options.papers);
  const { bodies, meetings } = planMeetings(options.papers);
  const out = new Writer(join(options.root, "content"));
  let people = 0;
  for (const topic of TOPICS) out.write(`topics/${slug(topic)}.md`, `---\ntype: topic\ntitle: ${q(topic)}\n---\nPapers and minutes about ${topic.toLowerCase()}.\n`);
  for (const body of bodies) {
    out.write(`bodies/${body.id}.md`, `---\ntype: body\nname: ${q(body.name)}\nshort_name: Police and Crime Panel\nkind: panel\nnames_as_printed:\n  - ${q(body.name.toUpperCase())}\n---\nThe panel that scrutinises the ${body.area} Police and Crime Commissioner.\n`);
    for (let c = 0; c < COUNCILS; c++) {
      const name = `${body.area} ${syntheticWord(body.index * COUNCILS + c)} Borough Council`.replace(/\b\w/g, (s) => s.toUpperCase());
      out.write(`organisations/${councilId(body, c)}.md`, `---\ntype: organisation\nname: ${q(name)}\nkind: council\n---\n`);
    }
    const terms = termOf(body, meetingDate(body, Math.max(body.meetings, 1) - 1)) + 2;
    for (let t = 0; t < terms; t++) {
      for (let s = 0; s < MEMBERS; s++) {
        const p = member(body, t, s);
        out.write(`people/${p.id}.md`, `---\ntype: person\nname: ${q(p.name)}\nnames_as_printed:\n  - ${q(p.printed)}\n---\n`);
        people++;
      }
    }
    for (let o = 0; o < 3; o++) {
      const p = officer(body, o);
      out.write(`people/${p.id}.md`, `---\ntype: person\nname: ${q(p.name)}\nnames_as_printed:\n  - ${q(p.printed)}\n---\n`);
      people++;
    }
  }
  const previous = new Map<string, { meeting: MeetingPlan; reports: ReportRef[] }>();
  for (const meeting of meetings) {
    const before = previous.get(meeting.body.id);
    const reports = writeMeeting(out, vocabulary, meeting, before);
    previous.set(meeting.body.id, { meeting, reports });
  }
  return { papers: options.papers, meetings: meetings.length, bodies: bodies.length, people, files: out.files, bytes: out.bytes };
}

/**
 * One more meeting of the first body after everything generated for N papers: what an officer
 * adds when a meeting's papers are published. Returns the paths written (relative to content/).
 */
export function addMeeting(options: GenerateOptions): { id: string; papers: number } {
  const vocabulary = vocabularyFor(options.papers);
  const { meetings } = planMeetings(options.papers);
  const firstBody = meetings[0]?.body;
  if (!firstBody) throw new Error("no meetings to follow");
  const own = meetings.filter((m) => m.body === firstBody);
  const last = own[own.length - 1] as MeetingPlan;
  const extra: MeetingPlan = { body: firstBody, index: last.index + 1, id: "", date: "", reports: 4, appendices: [true, false, false, false], withMinutes: true };
  // Keep the date inside the last year's six meetings: the 7th slot would fall in the next year.
  extra.date = meetingDate(firstBody, last.index).replace(/-(\d\d)$/, (_m, d: string) => `-${String(Math.min(28, Number(d) + 14)).padStart(2, "0")}`);
  extra.date = extra.date === last.date ? `${extra.date.slice(0, 8)}28` : extra.date;
  extra.id = `${firstBody.id}-${extra.date}`;
  const out = new Writer(join(options.root, "content"));
  // The previous meeting's report list is only used for links; rebuild it as the generator did.
  const lastReports = reportRefs(vocabulary, last);
  writeMeeting(out, vocabulary, extra, { meeting: last, reports: lastReports });
  return { id: extra.id, papers: 1 + extra.reports + 1 };
}

function reportRefs(vocabulary: Vocabulary, meeting: MeetingPlan): ReportRef[] {
  const rng = new Prng(seedOf(`${meeting.id}-reports`));
  const refs: ReportRef[] = [];
  const used = new Set<string>();
  for (let r = 0; r < meeting.reports; r++) {
    const title = vocabulary.title(rng);
    let name = `b${r + 1}-${slug(title) || "report"}`;
    if (used.has(name)) name = `${name}-${r + 1}`;
    used.add(name);
    refs.push({ id: `${meeting.id}/${name}`, slug: name, title, topic: slug(rng.pick(TOPICS)) });
  }
  return refs;
}

function writeMeeting(out: Writer, vocabulary: Vocabulary, meeting: MeetingPlan, before: { meeting: MeetingPlan; reports: ReportRef[] } | undefined): ReportRef[] {
  const { body, id, date } = meeting;
  const rng = new Prng(seedOf(id));
  const reports = reportRefs(vocabulary, meeting);
  const term = termOf(body, date);
  const members = Array.from({ length: MEMBERS }, (_, s) => member(body, term, s));
  const officers = [0, 1, 2].map((o) => officer(body, o));
  const appendixIds = reports.map((r, i) => (meeting.appendices[i] ? `${meeting.id}/${r.slug}-appendix-a` : undefined));

  // meeting.md: the agenda, its membership list and the summons as printed.
  const fm: string[] = ["---", "type: meeting", `body: ${body.id}`, `date: ${date}`, 'time: "10:00"', `date_as_printed: ${q(longDate(date))}`, `venue: ${q(`Council Chamber, ${body.area} County Hall`)}`, "status: held", `issued: ${date}`];
  fm.push(`signatory: { person: ${officers[0]?.id}, as_printed: ${q(officers[0]?.printed ?? "")} }`);
  fm.push("membership:");
  members.forEach((m, s) => {
    fm.push(`  - person: ${m.id}`, `    as_printed: ${q(`Councillor ${m.name}`)}`, `    representing: ${councilId(body, s)}`, `    role: ${s === 0 ? "chair" : s === 1 ? "vice-chair" : "member"}`);
  });
  fm.push("agenda:", "  inferred: false", "  sections:", "    - letter: A", "      title: Committee Business", "      part: unrestricted", "      items:");
  fm.push("        - code: A1", "          title: Apologies and Substitutes", "        - code: A2", "          title: Declarations of Interests by Members in Items on the Agenda for this Meeting");
  if (before) {
    fm.push("        - code: A3", `          title: ${q(`Minutes of the meeting held on ${longDate(before.meeting.date)}`)}`, `          papers: [${before.meeting.id}/minutes]`, `          minutes_of: ${before.meeting.id}`);
  }
  if (reports.length > 0) {
    fm.push("    - letter: B", "      title: Reports", "      part: unrestricted", "      items:");
    reports.forEach((r, i) => {
      const papers = [r.id, appendixIds[i]].filter(Boolean).join(", ");
      fm.push(`        - code: B${i + 1}`, `          title: ${q(r.title)}`, `          papers: [${papers}]`, `          topics: [${r.topic}]`);
    });
  }
  fm.push("    - letter: C", "      title: Questions", "      part: unrestricted", "      items:", "        - code: C1", "          title: Questions to the Commissioner", "          verbal: true", "---");
  const summons = [`Dear Panel Member`, "", `Notice is hereby given that a meeting of the **${body.name.toUpperCase()}** will be held in the Council Chamber on **${longDate(date)}, at 10.00 am** when the following business will be transacted.`, "", vocabulary.paragraph(rng, 3), ""];
  out.write(`meetings/${id}/meeting.md`, `${fm.join("\n")}\n${summons.join("\n")}\n`);

  reports.forEach((r, i) => {
    const prior = before?.reports[i];
    out.write(`meetings/${id}/${r.slug}.md`, report(vocabulary, r, date, reportSize(rng), prior));
    const appendix = appendixIds[i];
    if (appendix) {
      const text = prose(vocabulary, new Prng(seedOf(appendix)), 5_000 + rng.int(0, 25_000), 1);
      out.write(`meetings/${id}/${r.slug}-appendix-a.md`, `---\ntype: appendix\ntitle: ${q(`${r.title} - Appendix A`)}\nparent: ${r.id}\nappendix: A\ndate: ${date}\ntopics: [${r.topic}]\n---\n${text}`);
    }
  });
  if (meeting.withMinutes) out.write(`meetings/${id}/minutes.md`, minutes(vocabulary, meeting, reports, members, officers, before?.meeting));
  return reports;
}

/** Reports are mostly short, a few very long: 5 KB to 100 KB, skewed towards the short end. */
function reportSize(rng: Prng): number {
  return Math.round(5_000 + 95_000 * rng.next() ** 16);
}

function report(vocabulary: Vocabulary, ref: ReportRef, date: string, size: number, prior: ReportRef | undefined): string {
  const rng = new Prng(seedOf(ref.id));
  const fm = ["---", "type: report", `title: ${q(ref.title)}`, "header:", `  subject: ${q(ref.title)}`, `  date: ${q(longDate(date))}`, `date: ${date}`, `topics: [${ref.topic}]`, "---"];
  const lead = prior ? `Further to the [report to the previous meeting](@${prior.id}), this paper gives an update. ${vocabulary.sentence(rng)}\n\n` : "";
  return `${fm.join("\n")}\n${lead}${prose(vocabulary, rng, size, 1)}`;
}

/** Headed sections of numbered paragraphs, with the odd list and table, to about `size` bytes. */
function prose(vocabulary: Vocabulary, rng: Prng, size: number, start: number): string {
  const parts: string[] = [];
  let length = 0;
  let n = start;
  const headings = ["Introduction", "Background", "Performance", "Finance", "Risks", "Next steps", "Conclusion"];
  let h = 0;
  while (length < size) {
    const heading = h < headings.length ? headings[h] : vocabulary.title(rng);
    h++;
    const block: string[] = [`## ${heading}`, ""];
    const paragraphs = rng.int(3, 8);
    for (let i = 0; i < paragraphs; i++) block.push(`${n++}. ${vocabulary.paragraph(rng)}`);
    if (rng.chance(0.3)) {
      block.push("");
      for (let i = rng.int(3, 6); i > 0; i--) block.push(`   - ${vocabulary.sentence(rng, 4, 12)}`);
    }
    if (rng.chance(0.15)) {
      block.push("", "| Measure | 2023/24 | 2024/25 | Change |", "|---|---|---|---|");
      for (let i = rng.int(3, 8); i > 0; i--) block.push(`| ${vocabulary.title(rng)} | ${rng.int(100, 9999)} | ${rng.int(100, 9999)} | ${rng.int(-30, 30)}% |`);
    }
    const text = `${block.join("\n")}\n\n`;
    parts.push(text);
    length += text.length;
  }
  return parts.join("");
}

function minutes(vocabulary: Vocabulary, meeting: MeetingPlan, reports: ReportRef[], members: Person[], officers: Person[], before: MeetingPlan | undefined): string {
  const rng = new Prng(seedOf(`${meeting.id}/minutes`));
  const size = rng.int(20_000, 60_000);
  const present = members.filter(() => rng.chance(0.8));
  const absent = members.filter((m) => !present.includes(m));
  const fm = ["---", "type: minutes", `title: ${q(`MINUTES of a meeting of the ${meeting.body.name} held on ${longDate(meeting.date)}.`)}`, "attendance:", "  present:"];
  for (const p of present) fm.push(`    - { person: ${p.id}, as_printed: ${q(p.printed)} }`);
  fm.push("  also_present:", `    - { person: ${officers[1]?.id}, as_printed: ${q(officers[1]?.printed ?? "")} }`, "  in_attendance:", `    - { person: ${officers[0]?.id}, as_printed: ${q(officers[0]?.printed ?? "")} }`);
  if (absent.length > 0) {
    fm.push("  apologies:");
    for (const p of absent) fm.push(`    - { person: ${p.id}, as_printed: ${q(p.printed)} }`);
  }
  fm.push("---");
  let number = meeting.index * 10 + 1;
  const items: { heading: string; body: string[]; tail: string[] }[] = [];
  items.push({ heading: `## ${number++}. Apologies and Substitutes {item=A1}`, body: [`1. Apologies were received from ${absent.map((p) => p.printed).join(", ") || "no Members"}.`], tail: [] });
  const declarer = present[0];
  items.push({
    heading: `## ${number++}. Declarations of Interests by Members in Items on the Agenda for this Meeting {item=A2}`,
    body: declarer && rng.chance(0.4) ? [`::: declaration {person=${declarer.id}}`, `1. ${declarer.printed} declared that ${vocabulary.sentence(rng, 6, 14).toLowerCase()}`, ":::"] : ["1. There were no declarations of interest."],
    tail: [],
  });
  if (before) {
    items.push({
      heading: `## ${number++}. Minutes of the meeting held on ${longDate(before.date)} {item=A3}`,
      body: [`::: resolved {does=approve approves=${before.id}}`, `RESOLVED that the [minutes of the meeting held on ${longDate(before.date)}](@${before.id}/minutes) are correctly recorded and that they be signed by the Chair.`, ":::"],
      tail: [],
    });
  }
  const reportItems = reports.map((r, i) => {
    const item = { heading: `## ${number++}. ${r.title} {item=B${i + 1} topics=${r.topic}}`, body: [`1. The Panel considered [the report](@${r.id}).`], tail: ["", `::: resolved {does="note comment"}`, `RESOLVED that the report be noted and ${vocabulary.sentence(rng, 5, 12).toLowerCase()}`, ":::"] };
    items.push(item);
    return item;
  });
  const asker = present[1] ?? present[0];
  const questions = {
    heading: `## ${number++}. Questions to the Commissioner {item=C1}`,
    body: asker
      ? [`::: question {asker=${asker.id}}`, `${asker.printed} asked: ${vocabulary.sentence(rng)}`, ":::", "", "::: answer", `The Commissioner replied that ${vocabulary.paragraph(rng, 2).toLowerCase()}`, ":::"]
      : ["1. No questions had been received."],
    tail: [],
  };
  items.push(questions);
  // Fill the report items (or the questions, when there are none) with discussion to the size.
  const fill = reportItems.length > 0 ? reportItems : [questions];
  let length = items.reduce((n, it) => n + it.heading.length + it.body.join("\n").length, 0);
  let k = 0;
  while (length < size) {
    const item = fill[k % fill.length] as (typeof items)[number];
    const paragraph = `${item.body.length + 1}. ${vocabulary.paragraph(rng)}`;
    item.body.push(paragraph);
    length += paragraph.length + 1;
    k++;
  }
  const text = items.map((it) => [it.heading, "", ...it.body, ...it.tail, ""].join("\n")).join("\n");
  return `${fm.join("\n")}\n${text}`;
}
