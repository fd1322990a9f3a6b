/**
 * Follow-through: whether what a resolution scheduled, or a work programme planned, happened, as
 * far as the archive shows and no further.
 *
 * A follow-up ("a further update at the December 2024 meeting") is matched to the work-programme
 * entry that plans it (the entry's `requested_by` names the minute, or failing that they share a
 * topic) and to the agenda item of the target meeting that took it. Matching an agenda item uses
 * the entry's or minute's topics and the words of its title, never the item code, which means
 * something else at every meeting.
 */
import type { DateTime } from "luxon";
import { londonDate } from "./dates.ts";
import type { Archive } from "./archive.ts";
import type { AgendaItem, Meeting, Minute, Topic, WorkProgrammeEntry } from "./types.ts";

/**
 * Where a follow-up, or planned business, stands at the build's clock, saying only what the papers
 * say: `taken` (an agenda item, or a minute, of the target meeting took it); `planned` (its meeting
 * or month is still to come and a work programme plans it); `due` (still to come, not yet on a work
 * programme in the archive); `overdue` (its date has passed, the archive holds that meeting's agenda
 * as issued AND its minutes, and the business is in neither); `not-known` (its date has passed and
 * the archive does not hold both: no papers of the meeting, only some of them, or a month with no
 * meeting named). Never overdue from the clock alone.
 */
export type FollowThroughState = "taken" | "planned" | "due" | "overdue" | "not-known";

export function followThrough(archive: Archive, now: DateTime): void {
  for (const entry of archive.workProgrammeEntries) {
    entry.takenAt = findItem(entry.meeting.agenda?.items ?? [], entry.title, entry.topics) ?? findMinute(entry.meeting, entry.title, entry.topics)?.item;
    entry.takenAt?.fulfils.push(entry);
  }
  for (const resolution of archive.resolutions) {
    for (const followUp of resolution.followUps) {
      followUp.entry = followUp.meeting ? findEntry(followUp.meeting.plannedBusiness, resolution.minute) : undefined;
      const items = followUp.meeting?.agenda?.items ?? [];
      const { title, topics } = resolution.minute;
      followUp.takenAt = followUp.entry?.takenAt ?? findItem(items, title, topics);
      // Not on the agenda: the minutes of that meeting may still record it.
      const minute = followUp.takenAt || !followUp.meeting ? undefined : findMinute(followUp.meeting, title, topics);
      followUp.takenAt ??= minute?.item;
      followUp.takenAt?.fulfils.push(followUp);
      followUp.state = followThroughState({ meeting: followUp.meeting, due: followUp.due, taken: followUp.takenAt !== undefined || minute !== undefined, planned: followUp.entry !== undefined }, now);
    }
  }
}

/** What the rule needs to know of a follow-up or planned business (see FollowThroughState). */
export interface FollowThroughFacts {
  /** The meeting it is due at, when the papers name one. */
  meeting?: Meeting;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: when it is due. */
  due: string;
  /** An agenda item or minute of that meeting took it. */
  taken: boolean;
  /** A work programme in the archive plans it. */
  planned: boolean;
}

export function followThroughState(facts: FollowThroughFacts, now: DateTime): FollowThroughState {
  if (facts.taken) return "taken";
  if (dueEnd(facts.due) >= now) return facts.planned ? "planned" : "due";
  return facts.meeting && holdsAgendaAndMinutes(facts.meeting) ? "overdue" : "not-known";
}

/** The same rule at the build's date in London (YYYY-MM-DD), as the views have it. */
export function followThroughStateOn(facts: FollowThroughFacts, today: string): FollowThroughState {
  return followThroughState(facts, londonDate(today).startOf("day"));
}

/**
 * Whether the archive holds the agenda of a meeting as issued (not rebuilt from its minutes) and
 * its minutes or notes with their records: only then can it say business was not taken.
 */
export function holdsAgendaAndMinutes(meeting: Meeting): boolean {
  const minutes = meeting.minutes;
  return meeting.agenda !== undefined && !meeting.agenda.inferred && minutes?.status === "present" && minutes.withheld === undefined && minutes.records !== undefined;
}

/** A minute of the meeting's minutes that took the business, by topic or title. */
function findMinute(meeting: Meeting, title: string, topics: readonly Topic[]): Minute | undefined {
  const minutes = meeting.minutes?.withheld ? [] : (meeting.minutes?.records?.minutes ?? []);
  return minutes.find((m) => sharesTopic(m.topics, topics)) ?? minutes.find((m) => similarTitles(m.title, title));
}

/** The end of the day or month a follow-up is due by, in London. */
function dueEnd(due: string): DateTime {
  if (/^\d{4}$/.test(due)) return londonDate(`${due}-12-31`).endOf("day");
  if (/^\d{4}-\d{2}$/.test(due)) return londonDate(`${due}-01`).endOf("month");
  return londonDate(due).endOf("day");
}

function findEntry(entries: readonly WorkProgrammeEntry[], minute: Minute): WorkProgrammeEntry | undefined {
  const asked = entries.find((e) => e.requestedBy === minute || (e.requestedBy?.kind === "resolution" && e.requestedBy.minute === minute));
  if (asked) return asked;
  return entries.find((e) => sharesTopic(e.topics, minute.topics) || similarTitles(e.title, minute.title));
}

function findItem(items: readonly AgendaItem[], title: string, topics: readonly Topic[]): AgendaItem | undefined {
  return items.find((item) => sharesTopic(item.topics, topics)) ?? items.find((item) => similarTitles(item.title, title));
}

function sharesTopic(a: readonly Topic[], b: readonly Topic[]): boolean {
  return a.some((t) => b.includes(t));
}

const STOP_WORDS = new Set(["the", "and", "of", "for", "to", "a", "an", "on", "in", "update", "report", "verbal", "review", "meeting", "panel", "commissioner", "commissioner's"]);

/**
 * At least two significant words in common, or, when either title has only one, that one: "Road
 * Safety - update" and "Road Safety report"; "Annual Report of the Commissioner" and "Annual Report
 * of the Police and Crime Commissioner 2025/26", whichever is given first (the same business must
 * not be "taken" one way round and "overdue" the other). A title with no significant word ("A
 * report", "Verbal update") is like no other: it says nothing of what business it took.
 */
export function similarTitles(a: string, b: string): boolean {
  const words = (text: string) => new Set(text.toLowerCase().split(/[^a-z0-9']+/).filter((w) => w.length > 2 && !STOP_WORDS.has(w)));
  const left = words(a);
  const right = words(b);
  if (left.size === 0 || right.size === 0) return false;
  let shared = 0;
  for (const word of right) if (left.has(word)) shared++;
  return shared >= Math.min(2, left.size, right.size);
}
