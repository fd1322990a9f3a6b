/**
 * The typed graph of the archive: what the loader builds from `content/` and every view reads.
 *
 * Entities refer to each other by object, not by identifier, and carry their back-references, so a
 * view never searches for related things. Printed numbers and titles are kept exactly as printed;
 * identity comes from `id` (and `anchor` for parts of a page), never from a printed number.
 */
import type { BodyConventions } from "./conventions.ts";
import type { DocumentType } from "./document-types.ts";
import type { FileExtension } from "./file-types.ts";
import type { FmBody, FmMeeting, FmOrganisation, FmPerson } from "./front-matter-types.generated.ts";
import type { RESOLUTION_VERBS } from "./minutes-vocabulary.ts";

export type { DocumentType };

/** Where a thing came from, for error messages and for the reader's "source" notes. */
export interface SourceRef {
  /** Path relative to the project root, with forward slashes: `content/meetings/…/minutes.md`. */
  file: string;
  /** 1-based line in that file. */
  line: number;
}

/** A date, possibly partial ("February 2025"), as an ISO prefix: `2025`, `2025-02` or `2025-02-14`. */
export type PartialDate = string;

// The content's vocabularies, as the JSON Schemas define them (one definition, no copy here). Roles
// and kinds of organisation are identifiers: the built-in ones (conventions.ts) and the site's own.
export type BodyKind = FmBody["kind"];
export type OrganisationKind = FmOrganisation["kind"];
export type MeetingStatus = FmMeeting["status"];
export type RoleKind = NonNullable<FmPerson["roles"]>[number]["role"];
export type AttendanceCategory =
  | "present"
  | "also-present"
  | "in-attendance"
  | "apologies"
  | "substitute"
  | "attendee";
export type ResolutionVerb = (typeof RESOLUTION_VERBS)[number];

/** A heading inside a paper, for its contents list and for deep links. */
export interface Heading {
  level: number;
  text: string;
  anchor: string;
}

/** Anything that has a page of its own. */
export interface Page {
  id: string;
  url: string;
  source: SourceRef;
}

export interface Body extends Page {
  kind: "body";
  name: string;
  shortName: string;
  bodyKind: BodyKind;
  host?: Organisation;
  namesAsPrinted: string[];
  description: string;
  /** How its papers print item codes, minute numbers and decision codes (its file's `conventions:`, or the defaults). */
  conventions: BodyConventions;
  meetings: Meeting[];
  /** Memberships derived from agenda membership lists and elections. */
  memberships: Membership[];
}

export interface Organisation extends Page {
  kind: "organisation";
  name: string;
  organisationKind: OrganisationKind;
  namesAsPrinted: string[];
  website?: string;
  description: string;
  /** Back-references. */
  members: Membership[];
  questions: Question[];
  roles: Role[];
}

export interface Role {
  role: RoleKind;
  person: Person;
  organisation?: Organisation;
  body?: Body;
  asPrinted?: string;
  seen: PartialDate[];
  from?: PartialDate;
  to?: PartialDate;
}

export interface Person extends Page {
  kind: "person";
  name: string;
  honorific?: string;
  postNominals: string[];
  namesAsPrinted: string[];
  note?: string;
  description: string;
  roles: Role[];
  /** Back-references, filled by the linker. */
  memberships: Membership[];
  attendance: Attendance[];
  questions: Question[];
  declarations: Declaration[];
  elections: Resolution[];
  authored: Document[];
}

/** A seat on a body as a membership list printed on one agenda shows it. */
export interface Membership {
  body: Body;
  meeting: Meeting;
  person?: Person;
  vacancy: boolean;
  asPrinted?: string;
  role: RoleKind;
  representing?: Organisation;
  representingAsPrinted?: string;
}

export interface Decision extends Page {
  kind: "decision";
  code: string;
  codesAsPrinted: string[];
  title: string;
  maker?: Person;
  date?: PartialDate;
  status: "present" | "referenced";
  description: string;
  /** Minutes that noted it. */
  notedIn: Minute[];
  /** Agenda items about it (a confirmation hearing that follows a decision). */
  agendaItems: AgendaItem[];
  /** Resolutions that cite it. */
  resolutions: Resolution[];
}

export interface Topic extends Page {
  kind: "topic";
  title: string;
  description: string;
  /** Meetings tagged with the topic as a whole. */
  meetings: Meeting[];
  agendaItems: AgendaItem[];
  documents: Document[];
  minutes: Minute[];
}

export interface Meeting extends Page {
  kind: "meeting";
  body: Body;
  date: string;
  time?: string;
  /** ISO date-time with offset in Europe/London, when the time is known. */
  start?: string;
  dateAsPrinted?: string;
  venue?: string;
  status: MeetingStatus;
  title?: string;
  special: boolean;
  issued?: string;
  signatory?: { person?: Person; asPrinted: string };
  contacts: { person?: Person; asPrinted: string }[];
  membership: Membership[];
  /** Links to its webcast and other documents published elsewhere, as its `links:` gives them. */
  links: MeetingLink[];
  agenda?: Agenda;
  nextMeeting?: Meeting;
  previousMeetings: Meeting[];
  /** Identifiers it had before (`formerly:`), oldest first: moved to another date, its folder renamed. */
  formerly: string[];
  /** Topics the meeting as a whole is tagged with (its own `topics:`), beside its items'. */
  topics: Topic[];
  /** The text below the meeting's front matter (the summons, or a note on the meeting), as Markdown. */
  summons: string;
  bodyLine: number;
  /** The minutes or notes that record this meeting, if the archive holds or references them. */
  minutes?: Document;
  /** Every document that belongs to this meeting's folder. */
  documents: Document[];
  /** Work-programme entries that plan business for this meeting. */
  plannedBusiness: WorkProgrammeEntry[];
  /** Resolutions elsewhere that scheduled a follow-up at this meeting. */
  followUpsDue: FollowUp[];
  /** Agenda items elsewhere whose papers are the minutes of this meeting. */
  minutesTabledAt: AgendaItem[];
  /** Places in other papers that mention this meeting. */
  mentionedIn: Mention[];
}

/** A link a meeting's front matter gives to something published elsewhere: its words and its https address. */
export interface MeetingLink {
  text: string;
  url: string;
}

export interface Agenda {
  meeting: Meeting;
  inferred: boolean;
  sections: AgendaSection[];
  items: AgendaItem[];
}

export interface AgendaSection {
  letter?: string;
  title: string;
  part: "unrestricted" | "exempt";
  items: AgendaItem[];
}

export interface AgendaItem {
  kind: "agenda-item";
  id: string;
  anchor: string;
  url: string;
  meeting: Meeting;
  section: AgendaSection;
  code: string;
  title: string;
  pages?: { from: number; to: number };
  papers: Document[];
  /** Files published with the papers (a PDF, a spreadsheet) that the item lists in `papers:`. */
  files: ArchiveFile[];
  verbal: boolean;
  /** Paragraph numbers of Part 1 of Schedule 12A; empty when not exempt. */
  exempt: number[];
  minutesOf?: Meeting;
  topics: Topic[];
  decisions: Decision[];
  note?: string;
  source: SourceRef;
  /** Derived: follow-ups and planned business this item took. */
  fulfils: (FollowUp | WorkProgrammeEntry)[];
  /** Back-references: the minutes that took this item. */
  minutes: Minute[];
}

/** Where a paper was tabled. */
export interface Tabling {
  meeting: Meeting;
  item: AgendaItem;
}

export interface Document extends Page {
  kind: "document";
  type: DocumentType;
  title: string;
  /** The meeting whose folder holds it, if any. */
  meeting?: Meeting;
  header: Record<string, string>;
  author?: Person;
  date?: string;
  parent?: Document;
  appendixLabel?: string;
  appendices: Document[];
  /** Files that are its appendices (their description's `parent:`). */
  files: ArchiveFile[];
  period?: { from: string; to: string };
  series?: string;
  version?: string;
  topics: Topic[];
  status: "present" | "referenced";
  exempt: number[];
  publishFrom?: string;
  /**
   * Why the paper's text is kept out of every output, when it is: exempt under Schedule 12A, or
   * under embargo at the build's clock. Its `markdown` is then empty.
   */
  withheld?: "exempt" | "embargo";
  markdown: string;
  /** 1-based line in the file where the Markdown body starts. */
  bodyLine: number;
  headings: Heading[];
  tabledAt: Tabling[];
  /** For minutes and notes. */
  records?: MinutesRecord;
  /** For work programmes. */
  workProgramme?: WorkProgramme;
  /** For plans: structured lists from front matter. */
  planLists: { key: string; title: string; entries: string[] }[];
  mentionedIn: Mention[];
  /** Word count of the body, for listings. */
  words: number;
}

export interface MinutesRecord {
  document: Document;
  meeting: Meeting;
  attendance: Attendance[];
  minutes: Minute[];
  actions: Action[];
  /** The minute of a later meeting that approved these minutes, if any. */
  approvedBy?: Resolution;
  /** A board's notes: the heading block they open with, as printed (Title, Date & time, Venue). */
  heading: NotesHeading;
}

/** The heading block of a board's notes, each line as printed; a line the notes do not print is absent. */
export interface NotesHeading {
  title?: string;
  dateAndTime?: string;
  venue?: string;
}

export interface Attendance {
  meeting: Meeting;
  person: Person;
  asPrinted: string;
  category: AttendanceCategory;
  substituteFor?: Person;
  group?: string;
}

export interface Minute {
  kind: "minute";
  id: string;
  anchor: string;
  url: string;
  record: MinutesRecord;
  /** 1-based order within the minutes. */
  seq: number;
  printedNumber?: string;
  title: string;
  itemCode?: string;
  item?: AgendaItem;
  decisions: Decision[];
  topics: Topic[];
  resolutions: Resolution[];
  questions: Question[];
  declarations: Declaration[];
  /** The areas for improvement the minute sets out (`::: afi`), in order. */
  areasForImprovement: AreaForImprovement[];
  source: SourceRef;
}

/** An area for improvement an inspection named, as the notes print it (src/model/areas-for-improvement.ts). */
export interface AreaForImprovement {
  kind: "area-for-improvement";
  id: string;
  anchor: string;
  url: string;
  minute: Minute;
  /** The number as printed: "4". */
  number: string;
  /** Markdown, as printed, label included: "AFI 4 – The force needs …". */
  text: string;
  /** The anchor of the heading it sits under: its minute's, or a sub-heading's (a slide's). */
  under: string;
  source: SourceRef;
}

export interface FollowUp {
  resolution: Resolution;
  /** The meeting it is due at, when the papers name a date. */
  meeting?: Meeting;
  /** `YYYY-MM` or `YYYY-MM-DD`: when it is due. */
  due: PartialDate;
  /** Derived: the work-programme entry that plans it. */
  entry?: WorkProgrammeEntry;
  /** Derived: the agenda item that took it, when the archive holds that agenda. */
  takenAt?: AgendaItem;
  /**
   * Derived at the build's clock (src/model/follow-through.ts): `taken` (an agenda item or minute
   * took it), `planned` (still to come, on a work programme), `due` (still to come), `overdue`
   * (past, and the archive holds that meeting's agenda AND minutes without it) or `not-known`
   * (past, and the archive does not hold both).
   */
  state: "taken" | "planned" | "due" | "overdue" | "not-known";
}

export interface Resolution {
  kind: "resolution";
  id: string;
  anchor: string;
  url: string;
  minute: Minute;
  /** Markdown, as printed. */
  text: string;
  verbs: ResolutionVerb[];
  approves?: Meeting;
  elects?: { person: Person; role: RoleKind };
  followUps: FollowUp[];
  decision?: Decision;
  source: SourceRef;
}

export interface Question {
  kind: "question";
  id: string;
  anchor: string;
  url: string;
  minute: Minute;
  number?: number;
  asker: Person;
  council?: Organisation;
  /** Markdown, as printed, including the attribution line. */
  text: string;
  answer?: string;
  source: SourceRef;
}

export interface Declaration {
  kind: "declaration";
  id: string;
  anchor: string;
  url: string;
  minute: Minute;
  person: Person;
  itemCode?: string;
  item?: AgendaItem;
  text: string;
  source: SourceRef;
}

export interface Action {
  kind: "action";
  id: string;
  anchor: string;
  url: string;
  record: MinutesRecord;
  text: string;
  owner?: string;
  due?: string;
  status: "open" | "discharged";
  minute?: Minute;
  raisedAt: Meeting;
  dischargedAt?: Meeting;
  source: SourceRef;
}

export interface WorkProgramme {
  document: Document;
  entries: WorkProgrammeEntry[];
  standing: { kind: string; heading?: string; title: string }[];
}

export interface WorkProgrammeEntry {
  kind: "work-programme-entry";
  id: string;
  anchor: string;
  url: string;
  programme: WorkProgramme;
  meeting: Meeting;
  title: string;
  /** The Source/Reason column as printed ("Requested by the Panel"). */
  reason?: string;
  lead?: string;
  /** The minute (or paper) that asked for it, where the papers show it. */
  requestedBy?: Target;
  topics: Topic[];
  /** Derived: the agenda item of the target meeting that took it, when the archive holds it. */
  takenAt?: AgendaItem;
  source: SourceRef;
}

/**
 * A file published with the papers: a PDF, a spreadsheet, an image, in a meeting's folder or in
 * papers/. It has no page: it is copied to the site at `url` and listed, with its type, size and
 * pages, where the papers name it. Withheld as a paper is (src/model/link/files.ts), when it keeps
 * only its description's title or its file name.
 */
export interface ArchiveFile {
  kind: "file";
  /** `<meeting>/<file name>` (`kmpcp-2024-10-10/annual-report-2023-24.pdf`), or the file name in papers/. */
  id: string;
  /** The file name, with its extension. */
  name: string;
  extension: FileExtension;
  /** Its address on the site: beside its meeting's page (`/meetings/<meeting>/<file name>`) or in `/papers/`. */
  url: string;
  meeting?: Meeting;
  /** From its description (`<file name>.md`), else the PDF's own title; undefined when neither gives one. */
  title?: string;
  /** Size in bytes. */
  bytes: number;
  /** A PDF's number of pages. */
  pages?: number;
  /** A PDF with no text layer (a scan): a screen reader cannot read it, and search cannot find its words. */
  imageOnly: boolean;
  /** An image's size in pixels. */
  image?: { width: number; height: number };
  parent?: Document;
  appendixLabel?: string;
  tabledAt: Tabling[];
  /** Papers whose text links to it or shows it. */
  usedBy: Document[];
  exempt: number[];
  publishFrom?: string;
  /** Why it is kept out of every output, when it is: it is then never copied and its text never read. */
  withheld?: "exempt" | "embargo";
  /** The file itself, for messages. */
  source: SourceRef;
  /** Where the file is on disk (absolute), for the build to copy; empty when withheld. */
  diskPath: string;
}

/** A place in the archive a reference can point at. */
export type Target =
  | Body
  | Organisation
  | Person
  | Decision
  | Topic
  | Meeting
  | Document
  | AgendaItem
  | Minute
  | Resolution
  | Question
  | Declaration
  | Action
  | WorkProgrammeEntry;

/** A link in one paper's text to another part of the archive. */
export interface Mention {
  from: Document | Meeting;
  /** The minute the link sits in, when it sits in one. */
  minute?: Minute;
  target: Target;
  source: SourceRef;
}
