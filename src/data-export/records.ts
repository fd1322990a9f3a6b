/**
 * The archive's entities as open-data records: plain JSON, snake_case like the content's own
 * front matter, every reference an identifier, every page an absolute address. The shapes are
 * described by the export schemas in ./schemas (tests validate every record against them).
 *
 * Withheld papers and files (exempt, or under embargo at the build's clock) appear only as their
 * agenda shows them: where they were tabled, which appendix, and why they are withheld. Nothing
 * they say themselves leaves the archive (their title, text, header or contents), nor their
 * identifier, which is their file's name; they have no address because they have no page, and the
 * lists of papers (a meeting's, an item's, a paper's appendices) name published papers only.
 */
import type { Archive } from "../model/archive.ts";
import { FILE_TYPES } from "../model/file-types.ts";
import type * as M from "../model/types.ts";
import { addressOf, withheldNote } from "../render/paper-html.ts";
import { absoluteUrl } from "../feeds/site-url.ts";
import { minuteCitation } from "../views/minute-citation.ts";
import { hasPage, withPages } from "../views/published.ts";

export type JsonRecord = Record<string, unknown>;

export interface ExportContext {
  archive: Archive;
  /** Absolute base address, with a trailing slash. */
  siteUrl: string;
}

/** Drops undefined fields, so a record carries only what the archive knows. */
function record(fields: Record<string, unknown>): JsonRecord {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

export function exporter(context: ExportContext) {
  const { archive, siteUrl } = context;
  const url = (path: string) => absoluteUrl(siteUrl, path);
  /**
   * Markdown as printed, with links into the archive (`@id#anchor`) made absolute addresses; a link
   * to a withheld paper becomes its words and why, as on the page.
   */
  const text = (markdown: string) =>
    markdown
      .replace(/\[([^\]]*)\]\(\s*(@[^\s)]+)\s*\)/g, (all, words: string, ref: string) => {
        const why = withheldNote(archive, ref);
        return why ? `${words} (${why})` : all;
      })
      .replace(/\]\(\s*(@[^\s)]+)/g, (_all, ref: string) => `](${url(addressOf(archive, ref))}`)
      .trim();

  return {
    body: (b: M.Body) =>
      record({ id: b.id, url: url(b.url), name: b.name, short_name: b.shortName, kind: b.bodyKind, host: b.host?.id, names_as_printed: b.namesAsPrinted, description: text(b.description), meetings: ids(b.meetings) }),

    organisation: (o: M.Organisation) =>
      record({ id: o.id, url: url(o.url), name: o.name, kind: o.organisationKind, names_as_printed: o.namesAsPrinted, website: o.website, description: text(o.description) }),

    topic: (t: M.Topic) =>
      record({ id: t.id, url: url(t.url), title: t.title, description: text(t.description), meetings: ids(t.meetings), agenda_items: ids(t.agendaItems), documents: ids(withPages(t.documents)), minutes: ids(t.minutes) }),

    person: (p: M.Person) =>
      record({
        id: p.id, url: url(p.url), name: p.name, honorific: p.honorific, post_nominals: p.postNominals, names_as_printed: p.namesAsPrinted, note: p.note,
        roles: p.roles.map((r) => record({ role: r.role, organisation: r.organisation?.id, body: r.body?.id, as_printed: r.asPrinted, seen: r.seen, from: r.from, to: r.to })),
      }),

    decision: (d: M.Decision) =>
      record({
        id: d.id, url: url(d.url), code: d.code, codes_as_printed: d.codesAsPrinted, title: d.title, maker: d.maker?.id, date: d.date, status: d.status,
        description: text(d.description), noted_in: ids(d.notedIn), resolutions: ids(d.resolutions),
      }),

    meeting: (m: M.Meeting) =>
      record({
        id: m.id, url: url(m.url), body: m.body.id, date: m.date, time: m.time, start: m.start, date_as_printed: m.dateAsPrinted, venue: m.venue, status: m.status,
        title: m.title, special: m.special, issued: m.issued, agenda_inferred: m.agenda?.inferred, agenda_items: ids(m.agenda?.items ?? []),
        documents: ids(withPages(m.documents)), minutes: m.minutes?.id, links: m.links.length > 0 ? m.links.map((l) => ({ text: l.text, url: l.url })) : undefined,
        next_meeting: m.nextMeeting?.id, formerly: m.formerly.length > 0 ? m.formerly : undefined, previous_meetings: ids(m.previousMeetings), topics: ids(m.topics),
      }),

    /** A file published with the papers; a withheld one by where it was tabled and why only, as its agenda shows it. */
    file: (f: M.ArchiveFile) =>
      f.withheld
        ? record({ withheld: f.withheld, exempt: f.exempt.length > 0 ? f.exempt : undefined, meeting: f.meeting?.id, appendix: f.parent ? f.appendixLabel : undefined, tabled_at: f.tabledAt.map((t) => t.item.id) })
        : record({
            id: f.id, name: f.name, title: f.title, url: url(f.url), type: f.extension, media_type: FILE_TYPES[f.extension].mediaType, bytes: f.bytes, pages: f.pages,
            text_layer: f.extension === "pdf" ? !f.imageOnly : undefined, width: f.image?.width, height: f.image?.height, meeting: f.meeting?.id, parent: f.parent?.id,
            appendix: f.appendixLabel, tabled_at: f.tabledAt.map((t) => t.item.id), linked_from: ids(withPages(f.usedBy)),
          }),

    agendaItem: (i: M.AgendaItem) =>
      record({
        id: i.id, url: url(i.url), meeting: i.meeting.id, section: record({ letter: i.section.letter, title: i.section.title || undefined, part: i.section.part }),
        code: i.code, title: i.title, pages: i.pages, papers: ids(withPages(i.papers)), verbal: i.verbal, exempt: i.exempt, minutes_of: i.minutesOf?.id,
        topics: ids(i.topics), note: i.note, minutes: ids(i.minutes),
      }),

    document: (d: M.Document) =>
      d.withheld
        ? record({ type: d.type, meeting: d.meeting?.id, appendix: d.parent ? d.appendixLabel : undefined, status: d.status, withheld: d.withheld, exempt: d.exempt, tabled_at: d.tabledAt.map(tabling) })
        : record({
            id: d.id, url: url(d.url), type: d.type, title: d.title, meeting: d.meeting?.id, status: d.status, header: d.header, author: d.author?.id, date: d.date,
            parent: d.parent?.id, appendix: d.appendixLabel, appendices: ids(withPages(d.appendices)), period: d.period, series: d.series, version: d.version,
            topics: ids(d.topics), publish_from: d.publishFrom, tabled_at: d.tabledAt.map(tabling), words: d.words,
            approved_by: d.records?.approvedBy?.id,
          }),

    minute: (m: M.Minute) =>
      record({
        id: m.id, url: url(m.url), document: m.record.document.id, meeting: m.record.meeting.id, seq: m.seq, printed_number: m.printedNumber, title: m.title, cited_as: minuteCitation(m),
        item_code: m.itemCode, item: m.item?.id, decisions: ids(m.decisions), topics: ids(m.topics), resolutions: ids(m.resolutions), questions: ids(m.questions),
        declarations: ids(m.declarations),
      }),

    resolution: (r: M.Resolution) =>
      record({
        id: r.id, url: url(r.url), minute: r.minute.id, meeting: r.minute.record.meeting.id, text: text(r.text), verbs: r.verbs, approves: r.approves?.id,
        elects: r.elects ? { person: r.elects.person.id, role: r.elects.role } : undefined,
        follow_ups: r.followUps.map((f) => record({ meeting: f.meeting?.id, due: f.due })), decision: r.decision?.id,
      }),

    question: (q: M.Question) =>
      record({
        id: q.id, url: url(q.url), minute: q.minute.id, meeting: q.minute.record.meeting.id, number: q.number, asker: q.asker.id, council: q.council?.id,
        text: text(q.text), answer: q.answer === undefined ? undefined : text(q.answer),
      }),

    declaration: (d: M.Declaration) =>
      record({ id: d.id, url: url(d.url), minute: d.minute.id, meeting: d.minute.record.meeting.id, person: d.person.id, item_code: d.itemCode, item: d.item?.id, text: text(d.text) }),

    action: (a: M.Action) =>
      record({
        id: a.id, url: url(a.url), document: a.record.document.id, meeting: a.record.meeting.id, text: text(a.text), owner: a.owner, due: a.due, status: a.status,
        minute: a.minute?.id, raised_at: a.raisedAt.id, discharged_at: a.dischargedAt?.id,
      }),

    workProgrammeEntry: (e: M.WorkProgrammeEntry) =>
      record({
        id: e.id, url: url(e.url), programme: e.programme.document.id, meeting: e.meeting.id, title: e.title, reason: e.reason, lead: e.lead,
        requested_by: e.requestedBy?.id, topics: ids(e.topics), taken_at: e.takenAt?.id,
      }),

    membership: (m: M.Membership) =>
      record({
        body: m.body.id, meeting: m.meeting.id, date: m.meeting.date, person: m.person?.id, vacancy: m.vacancy, as_printed: m.asPrinted, role: m.role,
        representing: m.representing?.id, representing_as_printed: m.representingAsPrinted,
      }),

    attendance: (a: M.Attendance) =>
      record({
        meeting: a.meeting.id, date: a.meeting.date, document: a.meeting.minutes?.id, person: a.person.id, as_printed: a.asPrinted, category: a.category,
        substitute_for: a.substituteFor?.id, group: a.group,
      }),
  };
}

function tabling(t: M.Tabling): JsonRecord {
  return { meeting: t.meeting.id, item: t.item.id };
}

export type Exporter = ReturnType<typeof exporter>;

/** Every membership on every agenda, in meeting order. */
export function allMemberships(archive: Archive): M.Membership[] {
  return archive.meetings.flatMap((m) => m.membership);
}

/** Every attendance record in every set of minutes or notes (not withheld ones), in meeting order. */
export function allAttendance(archive: Archive): M.Attendance[] {
  return archive.meetings.flatMap((m) => (m.minutes && hasPage(m.minutes) ? (m.minutes.records?.attendance ?? []) : []));
}
