/**
 * Linking: validated files in, one graph out. Every reference (agenda item to paper, minute to
 * agenda item, resolution to the meeting it schedules, person to attendance) is resolved here,
 * once, into objects with back-references; one that resolves nowhere is a problem with its line.
 */
import { DateTime } from "luxon";
import { listValue } from "./attributes.ts";
import { type BodyMinute, type PreparedBody, prepareBody } from "./body.ts";
import type { Problem } from "./problems.ts";
import type { ContentFile } from "./read-content.ts";
import type * as M from "./types.ts";
import { Archive } from "./archive.ts";
import { ZONE } from "./dates.ts";
import { didYouMean } from "./suggest.ts";
import type { FmBody, FmDecision, FmDocument, FmMeeting, FmOrganisation, FmPerson, FmTopic } from "./front-matter-shapes.ts";
import { withhold, withholding } from "./withholding.ts";
import { followThrough } from "./follow-through.ts";

export interface LinkOptions {
  /** The build's clock, for embargoes. */
  now: DateTime;
  /** Identifiers of files that exist but failed validation: references to them are not reported twice. */
  failedIds: ReadonlySet<string>;
}

const ATTENDANCE_CATEGORY: Record<string, M.AttendanceCategory> = {
  present: "present",
  also_present: "also-present",
  in_attendance: "in-attendance",
  apologies: "apologies",
  substitutes: "substitute",
  attendees: "attendee",
};

export function linkArchive(files: readonly ContentFile[], options: LinkOptions): { archive: Archive; problems: Problem[] } {
  const problems: Problem[] = [];
  const archive = new Archive();
  archive.clock = options.now;
  // Bad-input fix: also holds meetings that fail to link (unknown or broken body), so their papers
  // and the links to them are not reported again as "no meeting.md" or "unknown meeting".
  const failedIds = new Set(options.failedIds);
  const fileOf = new Map<string, ContentFile>();
  const prepared = new Map<string, PreparedBody>();
  const pageAnchors = new Map<string, Map<string, M.Target>>();
  // Resolutions and work-programme entries are resolved after every anchor exists.
  const pendingResolutions: { resolution: M.Resolution; values: Map<string, string>; file: ContentFile; line: number }[] = [];
  const pendingEntries = new Map<M.WorkProgrammeEntry, { file: ContentFile; requestedBy?: string; field: (string | number)[] }>();

  const report = (file: ContentFile, message: string, field?: (string | number)[], line?: number) => {
    const where = field ? file.parsed.locate(field) : undefined;
    // Bad-input fix: a problem about the file as a whole points at line 1, so it reads content/x.md:1 like every other.
    problems.push({ file: file.path, line: line ?? where?.line ?? (field ? undefined : 1), column: line === undefined ? where?.column : undefined, field: field?.join("."), message });
  };
  const source = (file: ContentFile, field?: (string | number)[]): M.SourceRef => ({ file: file.path, line: (field && file.parsed.locate(field)?.line) || 1 });
  const register = (entity: M.Target & { id: string }, file: ContentFile) => {
    if (archive.byId.has(entity.id)) {
      report(file, `identifier ${entity.id} is already used by ${archive.byId.get(entity.id)?.source.file}: rename one of the two files`);
      return false;
    }
    archive.byId.set(entity.id, entity);
    fileOf.set(entity.id, file);
    return true;
  };

  /**
   * Resolves an identifier written in the content, reporting it where it was written: at a
   * front-matter field (a path) or at a line of the Markdown body (a number).
   */
  function lookup<K extends M.Target["kind"]>(file: ContentFile, id: string | undefined, kinds: readonly K[], where: (string | number)[] | number, what: string): Extract<M.Target, { kind: K }> | undefined {
    if (id === undefined) return undefined;
    const found = archive.byId.get(id);
    if (found && (kinds as readonly string[]).includes(found.kind)) return found as Extract<M.Target, { kind: K }>;
    if (failedIds.has(id)) return undefined;
    const suggestion = `${HINTS[what] ?? ""}${didYouMean(id, archive.idsOfKind(kinds as readonly string[]))}`;
    const message = found ? `${id} is a ${found.kind}, not a ${what}: name a ${what}${suggestion}` : `unknown ${what} ${id}: no file defines it${suggestion}`;
    if (typeof where === "number") report(file, message, undefined, where);
    else report(file, message, where);
    return undefined;
  }

  // 1. Entities without references of their own.
  for (const file of files) {
    const data = file.parsed.data;
    const id = file.placement.folder === "meetings" ? "" : file.placement.id;
    const description = file.parsed.body.trim();
    const base = { id, source: source(file) };
    switch (file.type) {
      case "body": {
        const d = data as unknown as FmBody;
        const body: M.Body = { ...base, kind: "body", url: `/bodies/${id}/`, name: d.name, shortName: d.short_name ?? d.name, bodyKind: d.kind, namesAsPrinted: d.names_as_printed ?? [], description, meetings: [], memberships: [] };
        if (register(body, file)) archive.bodies.push(body);
        break;
      }
      case "organisation": {
        const d = data as unknown as FmOrganisation;
        const organisation: M.Organisation = { ...base, kind: "organisation", url: `/organisations/${id}/`, name: d.name, organisationKind: d.kind, namesAsPrinted: d.names_as_printed ?? [], website: d.website, description, members: [], questions: [], roles: [] };
        if (register(organisation, file)) archive.organisations.push(organisation);
        break;
      }
      case "person": {
        const d = data as unknown as FmPerson;
        const person: M.Person = { ...base, kind: "person", url: `/people/${id}/`, name: d.name, honorific: d.honorific, postNominals: d.post_nominals ?? [], namesAsPrinted: d.names_as_printed ?? [], note: d.note, description, roles: [], memberships: [], attendance: [], questions: [], declarations: [], elections: [], authored: [] };
        if (register(person, file)) archive.people.push(person);
        break;
      }
      case "decision": {
        const d = data as unknown as FmDecision;
        const decision: M.Decision = { ...base, kind: "decision", url: `/decisions/${id}/`, code: d.code, codesAsPrinted: d.codes_as_printed ?? [d.code], title: d.title, date: d.date, status: d.status ?? "referenced", description, notedIn: [], agendaItems: [], resolutions: [] };
        if (register(decision, file)) archive.decisions.push(decision);
        break;
      }
      case "topic": {
        const d = data as unknown as FmTopic;
        const topic: M.Topic = { ...base, kind: "topic", url: `/topics/${id}/`, title: d.title, description, agendaItems: [], documents: [], minutes: [] };
        if (register(topic, file)) archive.topics.push(topic);
        break;
      }
      default:
        break;
    }
  }

  // 2. Meetings (their bodies exist now).
  for (const file of files) {
    if (file.type !== "meeting" || file.placement.folder !== "meetings") continue;
    const d = file.parsed.data as unknown as FmMeeting;
    const id = file.placement.meetingId;
    const body = lookup(file, d.body, ["body"], ["body"], "body");
    if (!body) {
      failedIds.add(id);
      continue;
    }
    const expected = `${d.body}-${d.date}`;
    if (id !== expected && !new RegExp(`^${expected}-\\d+$`).test(id)) {
      report(file, `folder ${id} does not match body ${d.body} and date ${d.date}: name the folder ${expected} (or ${expected}-2 for a second meeting that day)`, ["date"]);
    }
    const meeting: M.Meeting = {
      id, kind: "meeting", url: `/meetings/${id}/`, source: source(file), body, date: d.date, time: d.time, start: startOf(d.date, d.time), dateAsPrinted: d.date_as_printed, venue: d.venue,
      status: d.status, title: d.title, special: d.special ?? false, issued: d.issued, contacts: [], membership: [], previousMeetings: [],
      body_markdown: file.parsed.body, bodyLine: file.parsed.bodyLine, documents: [], plannedBusiness: [], followUpsDue: [], minutesTabledAt: [], mentionedIn: [],
    };
    if (register(meeting, file)) {
      archive.meetings.push(meeting);
      body.meetings.push(meeting);
    } else failedIds.add(id);
  }

  // 3. Documents (meetings exist now), and their bodies prepared.
  for (const file of files) {
    if (file.type === "meeting" || !isDocumentType(file.type)) continue;
    const d = file.parsed.data as unknown as FmDocument;
    let id: string;
    let url: string;
    let meeting: M.Meeting | undefined;
    if (file.placement.folder === "meetings") {
      id = `${file.placement.meetingId}/${file.placement.name}`;
      url = `/meetings/${file.placement.meetingId}/${file.placement.name}/`;
      const found = archive.byId.get(file.placement.meetingId);
      if (found?.kind === "meeting") meeting = found;
      else if (!failedIds.has(file.placement.meetingId)) {
        report(file, `this folder has no meeting.md: add content/meetings/${file.placement.meetingId}/meeting.md (type: meeting, body, date, status) before its papers`);
        continue;
      } else {
        failedIds.add(id);
        continue;
      }
    } else if (file.placement.folder === "papers") {
      id = file.placement.id;
      url = `/papers/${id}/`;
    } else continue;
    const withheld = withholding(d, options.now);
    const body = prepareBody(withheld ? "" : file.parsed.body, { minutes: d.type === "minutes" || d.type === "notes" });
    prepared.set(id, body);
    for (const p of body.problems) report(file, p.message, undefined, file.parsed.bodyLine + p.line);
    const status = d.status ?? "present";
    const document: M.Document = {
      id, kind: "document", url, source: source(file), type: d.type, title: d.title, meeting, header: d.header ?? {}, date: d.date, appendixLabel: d.appendix, appendices: [],
      period: d.period, series: d.series, version: d.version, topics: [], status, exempt: d.exempt ?? [], publishFrom: d.publish_from, withheld,
      ...documentText(file.parsed, body, withheld), tabledAt: [], planLists: withheld ? [] : (d.lists ?? []),
      mentionedIn: [],
    };
    if (!register(document, file)) continue;
    archive.documents.push(document);
    meeting?.documents.push(document);
    const anchors = new Map<string, M.Target>();
    for (const a of body.anchors) anchors.set(a, document);
    pageAnchors.set(id, anchors);
  }

  // 4. Agendas, memberships, signatories: references from meetings.
  for (const meeting of archive.meetings) {
    const file = fileOf.get(meeting.id) as ContentFile;
    const d = file.parsed.data as unknown as FmMeeting;
    const anchors = new Map<string, M.Target>();
    pageAnchors.set(meeting.id, anchors);
    if (d.signatory) meeting.signatory = { person: lookup(file, d.signatory.person, ["person"], ["signatory", "person"], "person"), asPrinted: d.signatory.as_printed };
    meeting.contacts = (d.contacts ?? []).map((c, i) => ({ person: lookup(file, c.person, ["person"], ["contacts", i, "person"], "person"), asPrinted: c.as_printed }));
    (d.membership ?? []).forEach((m, i) => {
      const person = lookup(file, m.person, ["person"], ["membership", i, "person"], "person");
      const representing = lookup(file, m.representing, ["organisation"], ["membership", i, "representing"], "organisation");
      const membership: M.Membership = { body: meeting.body, meeting, person, vacancy: m.vacancy ?? false, asPrinted: m.as_printed, role: m.role ?? "member", representing, representingAsPrinted: m.representing_as_printed };
      meeting.membership.push(membership);
      meeting.body.memberships.push(membership);
      person?.memberships.push(membership);
      representing?.members.push(membership);
    });
    if (d.next_meeting) {
      meeting.nextMeeting = lookup(file, d.next_meeting, ["meeting"], ["next_meeting"], "meeting");
      meeting.nextMeeting?.previousMeetings.push(meeting);
    }
    if (!d.agenda) continue;
    const agenda: M.Agenda = { meeting, inferred: d.agenda.inferred ?? false, sections: [], items: [] };
    meeting.agenda = agenda;
    d.agenda.sections.forEach((s, si) => {
      const section: M.AgendaSection = { letter: s.letter, title: s.title ?? "", part: s.part ?? "unrestricted", items: [] };
      agenda.sections.push(section);
      s.items.forEach((it, ii) => {
        const field = ["agenda", "sections", si, "items", ii];
        const anchor = `item-${it.code.toLowerCase()}`;
        if (anchors.has(anchor)) {
          report(file, `item ${it.code} appears twice on this agenda: give each item its own code`, [...field, "code"]);
          return;
        }
        const exempt = it.exempt ?? [];
        const item: M.AgendaItem = {
          kind: "agenda-item", id: `${meeting.id}#${anchor}`, anchor, url: `${meeting.url}#${anchor}`, meeting, section, code: it.code, title: it.title, pages: it.pages,
          papers: [], verbal: it.verbal ?? false, exempt, topics: [], decisions: [], note: it.note, source: source(file, [...field, "code"]), fulfils: [], minutes: [],
        };
        if (it.pages && it.pages.to < it.pages.from) report(file, `pages run from ${it.pages.from} to ${it.pages.to}: the last page must not come before the first`, [...field, "pages"]);
        anchors.set(anchor, item);
        section.items.push(item);
        agenda.items.push(item);
        item.minutesOf = lookup(file, it.minutes_of, ["meeting"], [...field, "minutes_of"], "meeting");
        item.minutesOf?.minutesTabledAt.push(item);
        (it.papers ?? []).forEach((paperId, pi) => {
          const paper = lookup(file, paperId, ["document"], [...field, "papers", pi], "paper");
          if (!paper) return;
          item.papers.push(paper);
          paper.tabledAt.push({ meeting, item });
        });
        (it.topics ?? []).forEach((t, ti) => {
          const topic = lookup(file, t, ["topic"], [...field, "topics", ti], "topic");
          if (topic) {
            item.topics.push(topic);
            topic.agendaItems.push(item);
          }
        });
        (it.decisions ?? []).forEach((code, di) => {
          const decision = lookup(file, code, ["decision"], [...field, "decisions", di], "decision");
          if (decision) {
            item.decisions.push(decision);
            decision.agendaItems.push(item);
          }
        });
        if (exempt.length > 0) {
          // An exempt item shows its title and paragraph only: papers listed under it are withheld too.
          for (const paper of item.papers) if (!paper.withheld) withhold(paper, "exempt", prepared);
        }
      });
    });
  }

  // 5. Documents' own references: authors, parents, topics, minutes structure, work programmes.
  for (const document of archive.documents) {
    const file = fileOf.get(document.id) as ContentFile;
    const d = file.parsed.data as unknown as FmDocument;
    document.author = lookup(file, d.author, ["person"], ["author"], "person");
    document.author?.authored.push(document);
    if (d.parent) {
      document.parent = lookup(file, d.parent, ["document"], ["parent"], "paper");
      if (document.parent === document) report(file, "a paper cannot be its own parent: name the paper this one is an appendix to", ["parent"]);
      else document.parent?.appendices.push(document);
    }
    (d.topics ?? []).forEach((t, i) => {
      const topic = lookup(file, t, ["topic"], ["topics", i], "topic");
      if (topic) {
        document.topics.push(topic);
        topic.documents.push(document);
      }
    });
    // A withheld paper's front matter is as private as its text: nothing of it is linked.
    if ((d.type === "minutes" || d.type === "notes") && document.meeting && !document.withheld) linkMinutes(document, document.meeting, file, d);
    if (d.type === "work-programme" && !document.withheld) linkWorkProgramme(document, file, d);
  }
  for (const document of archive.documents) {
    if (document.parent?.withheld && !document.withheld) withhold(document, document.parent.withheld, prepared);
  }

  // 6. Resolutions' references and `@` links, now that every anchor exists.
  for (const document of archive.documents) resolveBodyReferences(document);
  // Map.groupBy is not in Node 20.
  const pendingByMinute = new Map<M.Minute, typeof pendingResolutions>();
  for (const p of pendingResolutions) pendingByMinute.set(p.resolution.minute, [...(pendingByMinute.get(p.resolution.minute) ?? []), p]);
  for (const minute of archive.minutes) resolveMinuteReferences(minute);
  for (const entry of archive.workProgrammeEntries) resolveEntry(entry);
  for (const person of archive.people) linkRoles(person);

  followThrough(archive, options.now);
  archive.finish();
  return { archive, problems };

  function linkMinutes(document: M.Document, meeting: M.Meeting, file: ContentFile, d: FmDocument): void {
    if (meeting.minutes) {
      report(file, `meeting ${meeting.id} already has its minutes in ${meeting.minutes.source.file}: a meeting has one record; put other papers in files of type report`, ["type"]);
      return;
    }
    meeting.minutes = document;
    const record: M.MinutesRecord = { document, meeting, attendance: [], minutes: [], actions: [] };
    document.records = record;
    const anchors = pageAnchors.get(document.id) as Map<string, M.Target>;
    for (const [key, category] of Object.entries(ATTENDANCE_CATEGORY)) {
      const list = d.attendance?.[key as keyof NonNullable<FmDocument["attendance"]>] ?? [];
      list.forEach((a, i) => {
        const person = lookup(file, a.person, ["person"], ["attendance", key, i, "person"], "person");
        const substituteFor = lookup(file, a.for, ["person"], ["attendance", key, i, "for"], "person");
        if (!person) return;
        const attendance: M.Attendance = { meeting, person, asPrinted: a.as_printed, category, substituteFor, group: a.group };
        record.attendance.push(attendance);
        person.attendance.push(attendance);
      });
    }
    const body = prepared.get(document.id) as PreparedBody;
    body.minutes.forEach((raw, index) => {
      const minute = buildMinute(raw, index, record, file);
      record.minutes.push(minute);
      archive.minutes.push(minute);
      anchors.set(minute.anchor, minute);
      for (const r of minute.resolutions) anchors.set(r.anchor, r);
      for (const q of minute.questions) anchors.set(q.anchor, q);
      for (const dcl of minute.declarations) anchors.set(dcl.anchor, dcl);
    });
    (d.actions ?? []).forEach((a, i) => {
      const field = ["actions", i];
      // Headings in the notes may already use action-N ("Action" printed twice): take the next free.
      let anchor = `action-${i + 1}`;
      for (let n = 2; anchors.has(anchor); n++) anchor = `action-${i + 1}-${n}`;
      const raisedAt = a.raised_at ? lookup(file, a.raised_at, ["meeting"], [...field, "raised_at"], "meeting") : meeting;
      const dischargedAt = lookup(file, a.discharged_at, ["meeting"], [...field, "discharged_at"], "meeting");
      const minute = a.minute ? record.minutes.find((m) => m.anchor === a.minute) : undefined;
      if (a.minute && !minute) report(file, `no minute has the anchor ${a.minute} in this file: use one of ${record.minutes.map((m) => m.anchor).join(", ") || "(no minutes yet)"}`, [...field, "minute"]);
      if (a.status === "discharged" && !a.discharged_at && a.raised_at === undefined) {
        report(file, "a discharged action needs raised_at (the meeting that raised it) or discharged_at", [...field, "status"]);
      }
      // The notes' closing table lists the actions raised at this meeting, each with its anchor;
      // an earlier meeting's action reported here is found in the minute that reports it.
      const raisedHere = (raisedAt ?? meeting) === meeting;
      const url = raisedHere ? `${document.url}#${anchor}` : (minute?.url ?? document.url);
      const action: M.Action = {
        kind: "action", id: `${document.id}#${anchor}`, anchor, url, record, text: a.text, owner: a.owner, due: a.due, status: a.status,
        minute, raisedAt: raisedAt ?? meeting, dischargedAt, source: source(file, field),
      };
      record.actions.push(action);
      archive.actions.push(action);
      if (raisedHere) anchors.set(anchor, action);
    });
  }

  function buildMinute(raw: BodyMinute, index: number, record: M.MinutesRecord, file: ContentFile): M.Minute {
    const document = record.document;
    const line = file.parsed.bodyLine + raw.line;
    const minute: M.Minute = {
      kind: "minute", id: `${document.id}#${raw.anchor}`, anchor: raw.anchor, url: `${document.url}#${raw.anchor}`, record, seq: index + 1, printedNumber: raw.printedNumber,
      title: raw.title, itemCode: raw.values.get("item"), decisions: [], topics: [], resolutions: [], questions: [], declarations: [], source: { file: file.path, line },
    };
    if (minute.itemCode) {
      const agenda = record.meeting.agenda;
      const item = agenda?.items.find((it) => it.code === minute.itemCode);
      if (item) {
        minute.item = item;
        item.minutes.push(minute);
      } else if (!agenda) {
        report(file, `minute cites item ${minute.itemCode} but meeting ${record.meeting.id} has no agenda: add the agenda to its meeting.md (with inferred: true if it is rebuilt from the minutes)`, undefined, line);
      } else {
        report(file, `minute cites item ${minute.itemCode}, which is not on the agenda of ${record.meeting.id}: use one of ${agenda.items.map((it) => it.code).join(", ")}`, undefined, line);
      }
    }
    for (const code of listValue(raw.values.get("decisions"))) {
      const decision = lookup(file, code, ["decision"], line, "decision");
      if (decision) {
        minute.decisions.push(decision);
        decision.notedIn.push(minute);
      }
    }
    for (const t of listValue(raw.values.get("topics"))) {
      const topic = lookup(file, t, ["topic"], line, "topic");
      if (topic) {
        minute.topics.push(topic);
        topic.minutes.push(minute);
      }
    }
    let lastQuestion: M.Question | undefined;
    for (const block of raw.blocks) {
      const blockLine = file.parsed.bodyLine + block.line;
      const base = { id: `${document.id}#${block.anchor}`, anchor: block.anchor, url: `${document.url}#${block.anchor}`, minute, source: { file: file.path, line: blockLine } };
      if (block.name === "resolved") {
        const verbs = listValue(block.values.get("does"));
        const bad = verbs.filter((v) => !VERBS.includes(v as M.ResolutionVerb));
        if (bad.length) report(file, `does=${bad.join(" ")} is not a resolution verb: use ${VERBS.join(", ")}${didYouMean(bad[0] ?? "", VERBS)}`, undefined, blockLine);
        const resolution: M.Resolution = { ...base, kind: "resolution", text: block.markdown, verbs: verbs.filter((v): v is M.ResolutionVerb => VERBS.includes(v as M.ResolutionVerb)), followUps: [] };
        pendingResolutions.push({ resolution, values: block.values, file, line: blockLine });
        minute.resolutions.push(resolution);
        archive.resolutions.push(resolution);
      } else if (block.name === "question") {
        const asker = lookup(file, block.values.get("asker"), ["person"], blockLine, "person");
        if (!block.values.get("asker")) report(file, "::: question has no asker: add asker=<person> (the person who asked it) to its {…}", undefined, blockLine);
        const council = lookup(file, block.values.get("council"), ["organisation"], blockLine, "organisation");
        const numberText = block.values.get("number");
        const number = numberText === undefined ? undefined : Number(numberText);
        if (numberText !== undefined && !Number.isInteger(number)) report(file, `number=${numberText} is not a whole number: write the question's number as printed, e.g. number=3`, undefined, blockLine);
        if (!asker) continue;
        const question: M.Question = { ...base, kind: "question", asker, council, number: Number.isInteger(number) ? number : undefined, text: block.markdown };
        minute.questions.push(question);
        archive.questions.push(question);
        asker.questions.push(question);
        council?.questions.push(question);
        lastQuestion = question;
      } else if (block.name === "answer") {
        if (lastQuestion) lastQuestion.answer = block.markdown;
      } else if (block.name === "declaration") {
        const person = lookup(file, block.values.get("person"), ["person"], blockLine, "person");
        if (!block.values.get("person")) report(file, "::: declaration has no person: add person=<person> (who declared the interest) to its {…}", undefined, blockLine);
        if (!person) continue;
        const itemCode = block.values.get("item");
        const item = itemCode ? record.meeting.agenda?.items.find((it) => it.code === itemCode) : undefined;
        if (itemCode && !item) report(file, `declaration names item ${itemCode}, which is not on the agenda of ${record.meeting.id}: use one of ${record.meeting.agenda?.items.map((it) => it.code).join(", ") || "(no agenda)"}, or leave item= out`, undefined, blockLine);
        const declaration: M.Declaration = { ...base, kind: "declaration", person, itemCode, item, text: block.markdown };
        minute.declarations.push(declaration);
        archive.declarations.push(declaration);
        person.declarations.push(declaration);
      }
    }
    return minute;
  }

  function linkWorkProgramme(document: M.Document, file: ContentFile, d: FmDocument): void {
    const programme: M.WorkProgramme = { document, entries: [], standing: d.standing ?? [] };
    document.workProgramme = programme;
    const anchors = pageAnchors.get(document.id) as Map<string, M.Target>;
    (d.entries ?? []).forEach((e, i) => {
      const field = ["entries", i];
      const meeting = lookup(file, e.meeting, ["meeting"], [...field, "meeting"], "meeting");
      if (!meeting) return;
      const anchor = `entry-${i + 1}`;
      const entry: M.WorkProgrammeEntry = {
        kind: "work-programme-entry", id: `${document.id}#${anchor}`, anchor, url: `${document.url}#${anchor}`, programme, meeting, title: e.title, reason: e.source, lead: e.lead,
        topics: [], source: source(file, field),
      };
      (e.topics ?? []).forEach((t, ti) => {
        const topic = lookup(file, t, ["topic"], [...field, "topics", ti], "topic");
        if (topic) entry.topics.push(topic);
      });
      pendingEntries.set(entry, { file, requestedBy: e.requested_by, field });
      programme.entries.push(entry);
      archive.workProgrammeEntries.push(entry);
      meeting.plannedBusiness.push(entry);
      anchors.set(anchor, entry);
    });
  }

  /** `@id#anchor` → the thing it names, or undefined after reporting why not. */
  function resolveReference(file: ContentFile, target: string, anchor: string | undefined, line: number | undefined, field?: (string | number)[]): M.Target | undefined {
    const page = archive.byId.get(target);
    if (!page) {
      if (!failedIds.has(target)) report(file, `link to @${target} goes nowhere: no file defines ${target}${didYouMean(target, [...archive.byId.keys()])}`, field, line);
      return undefined;
    }
    if (anchor === undefined) return page;
    const anchors = pageAnchors.get(target);
    const found = anchors?.get(anchor);
    if (found) return found;
    if (!failedIds.has(target)) {
      const known = anchors ? [...anchors.keys()] : [];
      const some = known.length > 0 ? `; its anchors include ${known.slice(0, 8).map((a) => `#${a}`).join(", ")}` : "";
      report(file, `link to @${target}#${anchor} goes nowhere: ${target} has no anchor #${anchor}; link to one it has, or to the page itself with @${target}${didYouMean(anchor, known) || some}`, field, line);
    }
    return undefined;
  }

  function resolveBodyReferences(document: M.Document): void {
    const file = fileOf.get(document.id) as ContentFile;
    const body = prepared.get(document.id) as PreparedBody;
    for (const ref of body.references) {
      const target = resolveReference(file, ref.target, ref.anchor, file.parsed.bodyLine + ref.line);
      if (!target) continue;
      const minute = ref.minute !== undefined ? document.records?.minutes[ref.minute] : undefined;
      const mention: M.Mention = { from: document, minute, target, source: { file: file.path, line: file.parsed.bodyLine + ref.line } };
      const page = pageOf(target);
      if (page && page !== document && (page.kind === "meeting" || page.kind === "document")) page.mentionedIn.push(mention);
    }
  }

  function resolveMinuteReferences(minute: M.Minute): void {
    for (const pending of pendingByMinute.get(minute) ?? []) {
      const { resolution, values, file, line } = pending;
      resolution.approves = lookup(file, values.get("approves"), ["meeting"], line, "meeting");
      if (resolution.approves) {
        const record = resolution.approves.minutes?.records;
        if (record) record.approvedBy = resolution;
      }
      const elects = values.get("elects");
      if (elects) {
        const person = lookup(file, elects, ["person"], line, "person");
        const role = values.get("role") as M.RoleKind | undefined;
        if (!role || !ELECTED_ROLES.includes(role)) report(file, `elects= needs the role elected to: add role=${ELECTED_ROLES.join(" or role=")}`, undefined, line);
        else if (person) {
          resolution.elects = { person, role };
          person.elections.push(resolution);
        }
      } else if (values.has("role")) report(file, "role= without elects=: add elects=<person> (who was elected), or remove role=", undefined, line);
      for (const due of listValue(values.get("follow_up"))) {
        if (/^\d{4}-(0[1-9]|1[0-2])$/.test(due)) {
          resolution.followUps.push({ resolution, due, state: "due" });
          continue;
        }
        const meeting = lookup(file, due, ["meeting"], line, "meeting");
        if (meeting) {
          const followUp: M.FollowUp = { resolution, meeting, due: meeting.date, state: "due" };
          resolution.followUps.push(followUp);
          meeting.followUpsDue.push(followUp);
        }
      }
      resolution.decision = lookup(file, values.get("decision"), ["decision"], line, "decision");
      resolution.decision?.resolutions.push(resolution);
    }
  }

  function resolveEntry(entry: M.WorkProgrammeEntry): void {
    const pending = pendingEntries.get(entry);
    if (!pending?.requestedBy) return;
    const [target = "", anchor] = pending.requestedBy.slice(1).split("#");
    entry.requestedBy = resolveReference(pending.file, target, anchor || undefined, undefined, [...pending.field, "requested_by"]);
  }

  function linkRoles(person: M.Person): void {
    const file = fileOf.get(person.id) as ContentFile;
    const d = file.parsed.data as unknown as FmPerson;
    (d.roles ?? []).forEach((r, i) => {
      const organisation = lookup(file, r.organisation, ["organisation"], ["roles", i, "organisation"], "organisation");
      const body = lookup(file, r.body, ["body"], ["roles", i, "body"], "body");
      const role: M.Role = { role: r.role, person, organisation, body, asPrinted: r.as_printed, seen: r.seen ?? [], from: r.from, to: r.to };
      person.roles.push(role);
      organisation?.roles.push(role);
    });
  }
}


const VERBS: M.ResolutionVerb[] = ["note", "agree", "approve", "elect", "request", "consider", "comment", "support", "recommend"];
const ELECTED_ROLES: M.RoleKind[] = ["chair", "vice-chair"];
const HINTS: Record<string, string> = {
  person: " (people are files in content/people/<id>.md)",
  organisation: " (organisations are files in content/organisations/<id>.md)",
  body: " (bodies are files in content/bodies/<id>.md)",
  meeting: " (a meeting is a folder content/meetings/<id>/ with meeting.md; for one the papers only mention, add a meeting.md with status: referenced)",
  paper: " (a paper is a file in its meeting's folder; for one the papers only mention, add a file with status: referenced)",
  topic: " (topics are files in content/topics/<id>.md)",
  decision: " (decisions are files in content/decisions/<id>.md)",
};

function isDocumentType(type: string): type is M.DocumentType {
  return ["minutes", "notes", "report", "appendix", "work-programme", "annual-report", "candidate-pack", "plan", "letter", "other"].includes(type);
}

/** The page a target lives on. */
export function pageOf(target: M.Target): M.Meeting | M.Document | M.Target | undefined {
  switch (target.kind) {
    case "agenda-item":
      return target.meeting;
    case "minute":
      return target.record.document;
    case "resolution":
    case "question":
    case "declaration":
      return target.minute.record.document;
    case "action":
      return target.record.document;
    case "work-programme-entry":
      return target.programme.document;
    default:
      return target;
  }
}

function startOf(date: string, time: string | undefined): string | undefined {
  if (!time) return undefined;
  return DateTime.fromISO(`${date}T${time}`, { zone: ZONE }).toISO() ?? undefined;
}

/**
 * What a paper's text gives its document: the text, the line it starts on, its headings and its
 * length. A withheld paper (`withheld` says why) keeps none of it. The dev server's quick preview makes the same fields
 * from an edited text (src/dev/quick-preview.ts).
 */
export function documentText(parsed: { body: string; bodyLine: number }, body: PreparedBody, withheld: string | undefined): Pick<M.Document, "markdown" | "bodyLine" | "headings" | "words"> {
  return { markdown: withheld ? "" : parsed.body, bodyLine: parsed.bodyLine, headings: withheld ? [] : body.headings, words: withheld ? 0 : countWords(parsed.body) };
}

/** Words in a paper's text, for listings ("2,300 words"). */
function countWords(text: string): number {
  const m = text.match(/[A-Za-z0-9£%'’-]+/g);
  return m ? m.length : 0;
}

