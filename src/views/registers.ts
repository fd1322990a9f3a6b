/**
 * The registers page's list: each register's title and address (./places.ts), what it gathers and
 * how many entries it holds; and that list as the rows of `govukSummaryList`, each key a link.
 */
import type { Archive } from "../model/archive.ts";
import type { Resolution } from "../model/types.ts";
import { asksForSomething, type Place, type PlaceKey, REGISTERS, type RegisterKey, recordCount } from "./places.ts";
import { linkHtml } from "./link.ts";
import type { GovukSummaryRow } from "./summary-list.ts";

export interface RegisterSummary {
  title: string;
  url: string;
  description: string;
  count: number;
}

/** What each register gathers; how many it holds is counted where the site decides to make it (./places.ts). */
const ABOUT: Readonly<Record<RegisterKey, string>> = {
  resolutions: "Every resolution, what it did and any follow-up it scheduled.",
  decisions: "Decisions by code, with the minutes that noted them.",
  questions: "Who asked what, for which council, and the answer.",
  declarations: "Interests members declared, by meeting and item.",
  actions: "Actions from meeting notes: raised at, owner, due date, status.",
  workProgramme: "Business planned for coming meetings, linked to what asked for it and what became of it.",
  recommendations: "What was asked for or recommended, and what followed.",
  people: "Members, officers and attendees, with every form of their names.",
  topics: "Subjects that run across meetings and years.",
};

/** The registers the site makes (`made`, ./places.ts `madePlaces`), titled as `places` titles them. */
export function registers(archive: Archive, places: Readonly<Record<PlaceKey, Place>>, made: ReadonlySet<PlaceKey>): RegisterSummary[] {
  return REGISTERS.filter((key) => made.has(key)).map((key) => ({ title: places[key].title, url: places[key].url, description: ABOUT[key], count: recordCount(archive, key) ?? 0 }));
}

/** The registers as summary-list rows: the title links to the register; the value says what it holds. */
export function registerRows(list: readonly RegisterSummary[]): GovukSummaryRow[] {
  return list.map((r) => ({ key: { html: linkHtml({ text: r.title, href: r.url }) }, value: { text: `${r.description} (${entries(r.count)})` } }));
}

function entries(count: number): string {
  return `${count} entr${count === 1 ? "y" : "ies"}`;
}

/** The recommendations register: resolutions that asked something of someone, in order. */
export function recommendations(archive: Archive): Resolution[] {
  return archive.resolutions.filter(asksForSomething);
}

export { asksForSomething };
