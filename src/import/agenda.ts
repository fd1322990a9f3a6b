/**
 * The agenda (summons): the meeting's date, time and venue, the membership list, the lettered
 * sections and their items with page ranges (titles and page ranges wrapped over lines; items
 * numbered without letters as in 2019; items listed ("- A1 Apologies") or printed as lines of
 * their own ("A1 Apologies for Absence", "A1. …", "A1 - …"), the signatory and the issue date.
 * Lines it does not recognise stay in the agenda's text; those among the items are reported.
 */
import { findDate, findTime, isDateLine } from "./dates.ts";
import { cleanInline } from "./inline.ts";
import { isBlank, plain, type SourceLine } from "./lines.ts";
import { type BodyNames, bodyIdFor, isOwnMeeting, namesABody, organisationSlug, personSlug } from "./names.ts";
import type { ReportLog } from "./report.ts";

export type MemberRole = "member" | "chair" | "vice-chair" | "independent-member" | "co-opted-member";

export interface MembershipEntry {
  person?: string;
  vacancy?: true;
  as_printed?: string;
  representing?: string;
  representing_as_printed?: string;
  role: MemberRole;
}

export interface AgendaItem {
  code: string;
  title: string;
  line: number;
  pages?: { from: number; to: number };
  verbal?: true;
  minutes_of?: string;
  papers: string[];
}

export interface AgendaSection {
  letter?: string;
  title?: string;
  part: "unrestricted" | "exempt";
  line: number;
  items: AgendaItem[];
}

export interface PersonAsPrinted {
  person: string;
  as_printed: string;
}

export interface AgendaParse {
  body?: string;
  bodyAsPrinted?: string;
  date?: string;
  time?: string;
  dateAsPrinted?: string;
  venue?: string;
  issued?: string;
  signatory?: PersonAsPrinted;
  contacts: PersonAsPrinted[];
  membership: MembershipEntry[];
  sections: AgendaSection[];
  /** The summons text: the agenda's own words that are not structure. */
  text: SourceLine[];
}

const SECTION = /^([A-Z])\s*[-–]\s*(.+)$/;
/** An item as a list entry: "- A1 Apologies", "- 4 Safer in Kent Plan". */
const LISTED_ITEM = /^\s*[-*]\s+([A-Z]?\d{1,2}[a-z]?)\s+(.+)$/;
/**
 * An item as a line of its own, as council systems print them: "A1 Apologies for Absence", "A1.
 * Apologies", "A1 - Apologies". Only a letter and number, and a title that starts with a capital:
 * a bare number could be a wrapped title's "10 October 2024 (Pages 3 - 8)", and "M1 2AB" a
 * postcode in the signature.
 */
const CODED_ITEM = /^([A-Z]\d{1,2}[a-z]?)(?:\.|\s+[-–])?\s+([A-Z].*)$/;
const PAGES = /\s*\(Pages?\s+(\d+)(?:\s*[-–]\s*(\d+))?\)\s*$/i;
const PHONE = /^[\d\s/]{9,}$/;
const SUMMONS = /meeting of the (.+?) will be held (?:in|at) the (.+?) on (.+?)(?: when\b|$)/i;

function membershipRow(line: SourceLine, log: ReportLog): MembershipEntry | undefined {
  const [name = "", represents = ""] = line.text.split("\t").map((c) => c.trim());
  if (name === "") return undefined;
  const repr = represents.replace(/\s+/g, " ");
  const coopted = /^Co-opted member\s*(?:[-–]\s*(.+))?$/i.exec(repr);
  const independent = /^Independent Member$/i.test(repr);
  let role: MemberRole = coopted ? "co-opted-member" : independent ? "independent-member" : "member";
  if (/\(Vice[- ]Chair(?:man)?\)/i.test(name)) role = "vice-chair";
  else if (/\(Chair(?:man)?\)/i.test(name)) role = "chair";
  const entry: MembershipEntry = { role };
  if (/^VACANCY$/i.test(name)) entry.vacancy = true;
  else {
    entry.person = personSlug(name);
    entry.as_printed = name;
    log.person(line.no, name, entry.person, "agenda membership");
  }
  const organisation = coopted ? coopted[1] : independent ? undefined : repr;
  if (organisation) entry.representing = organisationSlug(organisation);
  if (repr !== "") entry.representing_as_printed = repr;
  if (role === "chair" || role === "vice-chair") log.guess(line.no, `role: ${role}`, `"${name}" is marked as such in the membership list`);
  return entry;
}

/** The code and the title's first line of an item starting at `line`, in either form, or undefined. */
function itemStart(line: SourceLine): { code: string; title: string } | undefined {
  const listed = LISTED_ITEM.exec(line.text);
  if (listed) return { code: listed[1] ?? "", title: listed[2] ?? "" };
  const coded = CODED_ITEM.exec(plain(line.text));
  return coded ? { code: coded[1] ?? "", title: coded[2] ?? "" } : undefined;
}

/** An item from its lines: a title and page range wrapped over lines are read as one ("… Chief Executive -" / "Confirmation Hearing (Pages 11 - 30)"). */
function itemOf(code: string, titleLines: SourceLine[], bodies: BodyNames, ownBody: string | undefined, log: ReportLog): AgendaItem {
  const first = titleLines[0] as SourceLine;
  let title = cleanInline(titleLines.map((l) => l.text.trim()).join(" ")).text.replace(/\s+/g, " ").trim();
  const item: AgendaItem = { code, title, line: first.no, papers: [] };
  const pages = PAGES.exec(title);
  if (pages) {
    const from = Number(pages[1]);
    item.pages = { from, to: pages[2] === undefined ? from : Number(pages[2]) };
    title = title.slice(0, pages.index).trim();
  }
  item.title = title;
  if (titleLines.length > 1) log.repair(first.no, "agenda item", `item ${code}: title and page range read across ${titleLines.length} lines`);
  if (/^Verbal\b/i.test(title)) item.verbal = true;
  const minutes = /^Minutes of (?:the )?(.+?)\s+(?:meetings?\s+)?held on (.+)$/i.exec(title);
  if (minutes) {
    // "Minutes of the meeting held on …" names no body: the agenda's own meeting's.
    const body = bodyIdFor(minutes[1] ?? "", bodies) ?? (isOwnMeeting(minutes[1] ?? "") ? ownBody : undefined);
    const date = findDate(minutes[2] ?? "");
    if (body && date) {
      item.minutes_of = `${body}-${date}`;
      log.guess(first.no, `minutes_of: ${item.minutes_of}`, `from the item title "${title}"`);
    } else {
      log.unplaced(first.no, title, `item ${code} takes minutes, but ${body ? "the date" : "the body"} could not be read from its title`);
    }
  }
  return item;
}

function signatoryFrom(lines: readonly SourceLine[], log: ReportLog): PersonAsPrinted | undefined {
  const first = lines[0];
  if (!first) return undefined;
  const name = (first.text.split(",")[0] ?? "").trim();
  const asPrinted = lines.map((l) => l.text.trim()).join(", ");
  if (lines.length > 1) log.guess(first.no, `signatory as_printed "${asPrinted}"`, "the signature's lines joined with commas");
  const person = personSlug(name);
  log.person(first.no, name, person, "agenda signatory");
  return { person, as_printed: asPrinted };
}

function contactsFrom(line: SourceLine, log: ReportLog): PersonAsPrinted[] {
  const m = /asked to contact (.+?) on ([\d\s/]+)\.?$/i.exec(plain(line.text));
  if (!m) return [];
  const names = (m[1] ?? "").split("/").map((n) => n.trim()).filter(Boolean);
  if (names.length === 1) {
    const person = personSlug(names[0] ?? "");
    log.person(line.no, names[0] ?? "", person, "agenda contact");
    return [{ person, as_printed: `${names[0]} on ${(m[2] ?? "").trim()}` }];
  }
  log.guess(line.no, `contacts ${names.join(", ")}`, "several names share one contact line; each is listed by name only");
  return names.map((name) => {
    const person = personSlug(name);
    log.person(line.no, name, person, "agenda contact");
    return { person, as_printed: name };
  });
}

/** Reads an agenda document. */
export function readAgenda(lines: readonly SourceLine[], bodies: BodyNames, log: ReportLog): AgendaParse {
  const agenda: AgendaParse = { contacts: [], membership: [], sections: [], text: [] };
  let mode: "summons" | "membership" | "items" | "closing" = "summons";
  let part: AgendaSection["part"] = "unrestricted";
  let section: AgendaSection | undefined;
  const closing: SourceLine[] = [];
  const structural = new Set<number>();
  let bodyLine: number | undefined;
  const ownBody = (): string | undefined => bodies.given ?? (agenda.bodyAsPrinted === undefined ? undefined : bodyIdFor(agenda.bodyAsPrinted, bodies));

  const sectionFor = (line: number): AgendaSection => {
    if (!section || section.part !== part) {
      section = { part, line, items: [] };
      agenda.sections.push(section);
    }
    return section;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const text = plain(line.text);
    if (isBlank(line)) continue;
    if (text === "AGENDA") continue;
    if (agenda.bodyAsPrinted === undefined && text === text.toUpperCase() && namesABody(text, bodies)) {
      agenda.bodyAsPrinted = text;
      bodyLine = line.no;
      continue;
    }
    if (/^Membership$/i.test(text)) {
      mode = "membership";
      continue;
    }
    if (mode === "membership" && line.text.includes("\t")) {
      const entry = membershipRow(line, log);
      if (entry) agenda.membership.push(entry);
      continue;
    }
    if (/^UNRESTRICTED ITEMS$/i.test(text)) {
      mode = "items";
      part = "unrestricted";
      continue;
    }
    if (/^EXEMPT ITEMS$/i.test(text)) {
      mode = "closing";
      part = "exempt";
      continue;
    }
    const summons = SUMMONS.exec(text);
    if (summons) {
      if (agenda.bodyAsPrinted === undefined) {
        agenda.bodyAsPrinted = summons[1];
        bodyLine = line.no;
      }
      agenda.venue = summons[2]?.trim();
      agenda.dateAsPrinted = summons[3]?.trim().replace(/,$/, "");
      agenda.date = findDate(summons[3] ?? "");
      agenda.time = findTime(summons[3] ?? "");
    }
    if (/asked to contact/i.test(text)) agenda.contacts.push(...contactsFrom(line, log));
    if (mode === "items" || mode === "closing") {
      const heading = SECTION.exec(text);
      const item = itemStart(line);
      if (heading && !item) {
        section = { letter: heading[1], title: (heading[2] ?? "").trim(), part, line: line.no, items: [] };
        agenda.sections.push(section);
        structural.add(line.no);
        continue;
      }
      if (item) {
        const titleLines = [{ no: line.no, text: item.title }];
        while (i + 1 < lines.length && !isBlank(lines[i + 1]) && !itemStart(lines[i + 1] as SourceLine) && !SECTION.test(plain((lines[i + 1] as SourceLine).text))) {
          i++;
          titleLines.push(lines[i] as SourceLine);
        }
        sectionFor(line.no).items.push(itemOf(item.code, titleLines, bodies, ownBody(), log));
        continue;
      }
    }
    if (mode === "closing" && !/^\(.*\)$/.test(text)) {
      closing.push(line);
      continue;
    }
    if (mode === "items" && !/^\(.*\)$/.test(text)) log.unplaced(line.no, line.text, "line among the agenda items is neither a section nor an item; kept in the agenda's text");
    // Each kept line is a paragraph of its own, as printed.
    agenda.text.push({ no: line.no, text: "" }, line);
  }

  // After the exempt items: the signature (name, post, telephone) and the date of issue.
  const signature: SourceLine[] = [];
  for (const line of closing) {
    const text = plain(line.text);
    if (isDateLine(text)) agenda.issued = findDate(text);
    else if (PHONE.test(text)) log.repair(line.no, "agenda", `signatory's telephone number "${text}" not kept in the front matter`);
    else signature.push({ no: line.no, text });
  }
  if (signature.length > 0) agenda.signatory = signatoryFrom(signature, log);
  agenda.body = ownBody();
  log.body(bodyLine ?? lines[0]?.no ?? 0, "agenda", agenda.body, agenda.bodyAsPrinted);
  if (!agenda.date) log.unplaced(lines[0]?.no ?? 0, lines[0]?.text ?? "", "agenda: the meeting's date could not be read from the summons");
  return agenda;
}
