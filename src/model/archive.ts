/**
 * The linked archive: every entity, in a stable order, and an index by identifier.
 *
 * It is a class (not a plain object) so that Eleventy treats it as one opaque value and never
 * tries to deep-merge its cyclic references into the data cascade.
 */
import { DateTime } from "luxon";
import { NO_SITE_CONVENTIONS, type Vocabulary } from "./conventions.ts";
import type * as M from "./types.ts";

export class Archive {
  /**
   * @param clock The build's clock the archive was loaded at: embargoes, follow-ups and the printed
   * build date all use it, so it is fixed when the archive is made.
   * @param vocabulary The roles and kinds of organisation the site names beyond (or over) the
   * built-in ones, with their labels: what the content was checked against, and what pages call them.
   */
  constructor(
    readonly clock: DateTime = DateTime.now(),
    readonly vocabulary: Vocabulary = NO_SITE_CONVENTIONS,
  ) {}

  readonly bodies: M.Body[] = [];
  readonly organisations: M.Organisation[] = [];
  readonly people: M.Person[] = [];
  readonly decisions: M.Decision[] = [];
  readonly topics: M.Topic[] = [];
  readonly meetings: M.Meeting[] = [];
  readonly documents: M.Document[] = [];
  readonly minutes: M.Minute[] = [];
  readonly resolutions: M.Resolution[] = [];
  readonly questions: M.Question[] = [];
  readonly declarations: M.Declaration[] = [];
  readonly actions: M.Action[] = [];
  readonly workProgrammeEntries: M.WorkProgrammeEntry[] = [];
  /** Files published with the papers, and withheld ones whose title an agenda shows. */
  readonly files: M.ArchiveFile[] = [];
  readonly fileById = new Map<string, M.ArchiveFile>();
  readonly byId = new Map<string, M.Target>();

  idsOfKind(kinds: readonly string[]): string[] {
    const ids: string[] = [];
    for (const [id, target] of this.byId) if (kinds.includes(target.kind)) ids.push(id);
    return ids;
  }

  get<K extends M.Target["kind"]>(id: string, kind: K): Extract<M.Target, { kind: K }> | undefined {
    const found = this.byId.get(id);
    return found?.kind === kind ? (found as Extract<M.Target, { kind: K }>) : undefined;
  }

  /** Sorts everything into reading order once linking is done, so every view agrees. */
  finish(): void {
    const byDate = (a: M.Meeting, b: M.Meeting) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
    this.meetings.sort(byDate);
    for (const body of this.bodies) body.meetings.sort(byDate);
    const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => a.name.localeCompare(b.name, "en-GB") || a.id.localeCompare(b.id);
    this.people.sort((a, b) => surname(a.name).localeCompare(surname(b.name), "en-GB") || byName(a, b));
    this.organisations.sort(byName);
    this.bodies.sort(byName);
    this.topics.sort((a, b) => a.title.localeCompare(b.title, "en-GB"));
    this.decisions.sort((a, b) => a.code.localeCompare(b.code));
    const meetingDate = (m: M.Minute) => m.record.meeting.date;
    const byMinute = (a: M.Minute, b: M.Minute) => meetingDate(a).localeCompare(meetingDate(b)) || a.record.meeting.id.localeCompare(b.record.meeting.id) || a.seq - b.seq;
    this.minutes.sort(byMinute);
    const byParent = <T extends { minute: M.Minute; id: string }>(a: T, b: T) => byMinute(a.minute, b.minute) || a.id.localeCompare(b.id, "en", { numeric: true });
    this.resolutions.sort(byParent);
    this.questions.sort(byParent);
    this.declarations.sort(byParent);
    this.documents.sort((a, b) => (a.meeting?.date ?? a.date ?? "").localeCompare(b.meeting?.date ?? b.date ?? "") || a.id.localeCompare(b.id));
    for (const person of this.people) person.attendance.sort((a, b) => a.meeting.date.localeCompare(b.meeting.date));
    for (const topic of this.topics) {
      topic.agendaItems.sort((a, b) => byDate(a.meeting, b.meeting));
      topic.minutes.sort(byMinute);
    }
  }

  counts(): Record<"meetings" | "documents" | "minutes" | "resolutions" | "people", number> {
    return { meetings: this.meetings.length, documents: this.documents.length, minutes: this.minutes.length, resolutions: this.resolutions.length, people: this.people.length };
  }
}

function surname(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts[parts.length - 1] ?? name;
}
