/**
 * What the search page filters, sorts and shows for a page, as layouts/macros/search-tags.njk
 * writes it for Pagefind: the type filter and its label, the result's title, the body, the year
 * filter and date sort, the topics, whether the archive holds what the page is about, and a
 * decision's code as a search for it finds it. A page that search does not index has none.
 */
import { decisionCode } from "../assets/search.js";
import { isRecordType } from "../model/document-types.ts";
import { longDate, shortDate } from "../model/dates.ts";
import type { Body, Decision, Document, Meeting, Organisation, Person, Topic } from "../model/types.ts";
import { DOCUMENT_TYPE_LABELS, PAGE_KIND_LABELS } from "../render/labels.ts";
import { meetingTitle, decisionTitle } from "./page-titles.ts";

export interface SearchTags {
  /** The type filter's value: a document type, or a page kind ("agenda", "person"…). */
  type: string;
  typeLabel: string;
  title: string;
  body?: { id: string; name: string };
  /** ISO date, possibly partial: the date sort key. */
  date?: string;
  /** The year filter's value. */
  year?: string;
  /** The date as a result shows it. */
  dateText?: string;
  /** Topic ids, each once, in the order first met. */
  topics: string[];
  /**
   * False for a page about a paper the archive lists but does not hold (a paper or decision
   * notice only referenced): its record is tagged so that the search page ranks it below the
   * records of what the archive holds.
   */
  held: boolean;
  /**
   * A decision's page: its code's key (src/assets/search.js `decisionCode`: "d03524" for OPCC
   * D.035.24), the `decision` filter by which a search for the code finds the page and shows it first.
   */
  decision?: string;
}

export type Searchable = Body | Decision | Document | Meeting | Organisation | Person | Topic;

export function searchTagsOf(page: Searchable): SearchTags | undefined {
  switch (page.kind) {
    case "document":
      return tags(page.type, DOCUMENT_TYPE_LABELS[page.type], documentName(page), {
        body: page.meeting?.body,
        date: page.meeting ? page.meeting.date : page.date,
        topics: [...page.topics, ...page.tabledAt.flatMap((t) => t.item.topics), ...(page.records?.minutes.flatMap((m) => m.topics) ?? [])],
        held: page.status === "present",
      });
    case "meeting":
      return isIndexed(page) ? tags("agenda", PAGE_KIND_LABELS.agenda, meetingTitle(page), { body: page.body, date: page.date, topics: [...page.topics, ...(page.agenda?.items.flatMap((i) => i.topics) ?? [])] }) : undefined;
    case "decision":
      return { ...decisionDates(page, tags("decision", PAGE_KIND_LABELS.decision, decisionTitle(page), { date: page.date ?? page.notedIn[0]?.record.meeting.date, held: page.status === "present" })), decision: decisionCode(page.code)?.key };
    case "person":
      return tags("person", PAGE_KIND_LABELS.person, page.name, {});
    case "organisation":
      return tags("organisation", PAGE_KIND_LABELS.organisation, page.name, {});
    case "topic":
      return tags("topic", PAGE_KIND_LABELS.topic, page.title, {});
    case "body":
      return tags("body", PAGE_KIND_LABELS.body, page.name, { body: page });
  }
}

/**
 * What a result found in a paper says it is in: the paper's title, but for minutes and notes,
 * which print a whole sentence as their title ("MINUTES of a meeting of … held in the Council
 * Chamber …"), their type and date: "Minutes, 16 July 2024", as their page's caption names them.
 */
export function documentName(paper: Document): string {
  return isRecordType(paper.type) && paper.meeting ? `${DOCUMENT_TYPE_LABELS[paper.type]}, ${shortDate(paper.meeting.date)}` : paper.title;
}

/** A meeting page search indexes: one with an agenda, or with text of its own (a summons or a note). */
export function isIndexed(meeting: Meeting): boolean {
  return meeting.agenda !== undefined || meeting.summons.trim() !== "";
}

/**
 * A decision with no date of its own is sorted and filtered by the meeting that noted it, and its
 * result says so ("noted 16 July 2024"): the date is not when it was made, which the papers do not give.
 */
function decisionDates(decision: Decision, tagged: SearchTags): SearchTags {
  if (decision.date || !tagged.date) return tagged;
  return { ...tagged, dateText: `noted ${longDate(tagged.date)}` };
}

function tags(type: string, typeLabel: string, title: string, about: { body?: Body; date?: string; topics?: readonly Topic[]; held?: boolean }): SearchTags {
  const { body, date } = about;
  return {
    type,
    typeLabel,
    title,
    body: body ? { id: body.id, name: body.name } : undefined,
    date: date || undefined,
    year: date ? date.slice(0, 4) : undefined,
    dateText: date ? longDate(date) : undefined,
    topics: [...new Set((about.topics ?? []).map((t) => t.id))],
    held: about.held ?? true,
  };
}
