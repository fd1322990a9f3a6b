/**
 * The site's fixed pages in one list: each one's title, address and the page above it. The
 * navigation, the registers page, the home page's links, every page's title and every breadcrumb
 * trail read their words and addresses from here, so a register is renamed or moved in one place.
 * Two titles name the office the bodies scrutinise, in the archive's own words (site.json
 * `scrutinee`: "Decisions of the Commissioner"); an archive that names none gets plain ones.
 */
import type { Archive } from "../model/archive.ts";

export interface Place {
  kind: "place";
  key: PlaceKey;
  /** The page's own heading and title. */
  title: string;
  /** What navigation and breadcrumbs call it, where that is shorter than the title. */
  short?: string;
  url: string;
  /** The page above it in the breadcrumb trail; only the home page has none. */
  parent?: PlaceKey;
}

const LIST = [
  { key: "home", title: "Home", url: "/" },
  { key: "meetings", title: "Meetings", url: "/meetings/", parent: "home" },
  { key: "registers", title: "Registers", url: "/registers/", parent: "home" },
  { key: "resolutions", title: "Resolutions", url: "/registers/resolutions/", parent: "registers" },
  { key: "decisions", title: "Decisions", url: "/decisions/", parent: "home" },
  { key: "questions", title: "Questions", url: "/registers/questions/", parent: "registers" },
  { key: "declarations", title: "Declarations of interest", url: "/registers/declarations/", parent: "registers" },
  { key: "actions", title: "Actions", url: "/registers/actions/", parent: "registers" },
  { key: "workProgramme", title: "Work programme", url: "/registers/work-programme/", parent: "registers" },
  { key: "recommendations", title: "Recommendations and requests", url: "/registers/recommendations/", parent: "registers" },
  { key: "people", title: "People", url: "/people/", parent: "home" },
  { key: "organisations", title: "Organisations", url: "/organisations/", parent: "home" },
  { key: "topics", title: "Topics", url: "/topics/", parent: "home" },
  { key: "search", title: "Search the papers", short: "Search", url: "/search/", parent: "home" },
  { key: "subscribe", title: "Subscribe", url: "/subscribe/", parent: "home" },
  { key: "data", title: "Open data", url: "/data/", parent: "home" },
] as const;

export type PlaceKey = (typeof LIST)[number]["key"];

/** A resolution that asked something of someone, recommended, or scheduled a follow-up. */
export function asksForSomething(resolution: Archive["resolutions"][number]): boolean {
  return resolution.verbs.includes("request") || resolution.verbs.includes("recommend") || resolution.followUps.length > 0;
}

/** Every fixed page by key, with the plain titles: `PLACES.resolutions.url`. */
export const PLACES: Readonly<Record<PlaceKey, Place>> = Object.fromEntries(LIST.map((p) => [p.key, { kind: "place", ...p }])) as Record<PlaceKey, Place>;

/** The office the archive's bodies scrutinise, as site.json names it. */
export interface Scrutinee {
  /** "Police and Crime Commissioner". */
  title: string;
  /** "Commissioner". */
  short: string;
}

/**
 * The fixed pages titled in the archive's words: with a scrutinee, "Decisions of the
 * Commissioner" (navigation and breadcrumbs keep "Decisions") and "Questions to the Commissioner".
 */
export function placesFor(scrutinee: Scrutinee | undefined): Readonly<Record<PlaceKey, Place>> {
  if (!scrutinee) return PLACES;
  return Object.freeze({
    ...PLACES,
    decisions: { ...PLACES.decisions, title: `Decisions of the ${scrutinee.short}`, short: PLACES.decisions.title },
    questions: { ...PLACES.questions, title: `Questions to the ${scrutinee.short}` },
  });
}

/** The pages that list records, each made only when the archive holds a record for it. */
const RECORDS: Readonly<Partial<Record<PlaceKey, (archive: Archive) => number>>> = {
  resolutions: (a) => a.resolutions.length,
  decisions: (a) => a.decisions.length,
  questions: (a) => a.questions.length,
  declarations: (a) => a.declarations.length,
  actions: (a) => a.actions.length,
  workProgramme: (a) => a.workProgrammeEntries.length,
  recommendations: (a) => a.resolutions.filter(asksForSomething).length,
  people: (a) => a.people.length,
  organisations: (a) => a.organisations.length,
  topics: (a) => a.topics.length,
};

/** How many records the page at `key` lists; undefined for a page that lists none (home, search…). */
export function recordCount(archive: Archive, key: PlaceKey): number | undefined {
  return RECORDS[key]?.(archive);
}

/**
 * Which fixed pages the site makes: every page that lists no kind of record, and each that does
 * only when the archive holds one, so that no navigation entry or link leads to an empty list. The
 * registers page is made when one of its registers is.
 */
export function madePlaces(archive: Archive): ReadonlySet<PlaceKey> {
  const made = new Set<PlaceKey>(LIST.map((p) => p.key).filter((key) => (recordCount(archive, key) ?? 1) > 0));
  if (!REGISTERS.some((key) => made.has(key))) made.delete("registers");
  return made;
}

/** The sections the service navigation lists, in order; a page names its section by the same key. */
export const SECTIONS = ["meetings", "registers", "people", "topics", "search"] as const satisfies readonly PlaceKey[];

export type Section = (typeof SECTIONS)[number];

/** The registers page's list, in order: each gathers one kind of record from every meeting. */
export const REGISTERS = ["resolutions", "decisions", "questions", "declarations", "actions", "workProgramme", "recommendations", "people", "topics"] as const satisfies readonly PlaceKey[];

export type RegisterKey = (typeof REGISTERS)[number];

/** The name a link to the place shows in navigation and breadcrumbs. */
export function shortName(place: Place): string {
  return place.short ?? place.title;
}
