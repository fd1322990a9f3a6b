/**
 * Follow-through: whether what a resolution scheduled, or a work programme planned, happened.
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
import type { AgendaItem, FollowUp, Minute, Topic, WorkProgrammeEntry } from "./types.ts";

export function followThrough(archive: Archive, now: DateTime): void {
  for (const entry of archive.workProgrammeEntries) {
    entry.takenAt = findItem(entry.meeting.agenda?.items ?? [], entry.title, entry.topics);
    entry.takenAt?.fulfils.push(entry);
  }
  for (const resolution of archive.resolutions) {
    for (const followUp of resolution.followUps) {
      followUp.entry = followUp.meeting ? findEntry(followUp.meeting.plannedBusiness, resolution.minute) : undefined;
      const items = followUp.meeting?.agenda?.items ?? [];
      followUp.takenAt = followUp.entry?.takenAt ?? findItem(items, resolution.minute.title, resolution.minute.topics);
      followUp.takenAt?.fulfils.push(followUp);
      followUp.state = stateOf(followUp, now);
    }
  }
}

function stateOf(followUp: FollowUp, now: DateTime): FollowUp["state"] {
  if (followUp.takenAt) return "taken";
  if (dueEnd(followUp.due) < now) return "overdue";
  return followUp.entry ? "planned" : "due";
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

/** At least two significant words in common: "Road Safety - update" and "Road Safety report". */
export function similarTitles(a: string, b: string): boolean {
  const words = (text: string) => new Set(text.toLowerCase().split(/[^a-z0-9']+/).filter((w) => w.length > 2 && !STOP_WORDS.has(w)));
  const left = words(a);
  let shared = 0;
  for (const word of words(b)) if (left.has(word)) shared++;
  return shared >= Math.min(2, left.size);
}
