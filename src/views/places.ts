/**
 * The site's fixed pages in one list: each one's title, address and the page above it. The
 * navigation, the registers page, the home page's links, every page's title and every breadcrumb
 * trail read their words and addresses from here, so a register is renamed or moved in one place.
 */

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
  { key: "decisions", title: "Decisions of the Commissioner", short: "Decisions", url: "/decisions/", parent: "home" },
  { key: "questions", title: "Questions to the Commissioner", url: "/registers/questions/", parent: "registers" },
  { key: "declarations", title: "Declarations of interest", url: "/registers/declarations/", parent: "registers" },
  { key: "actions", title: "Actions", url: "/registers/actions/", parent: "registers" },
  { key: "workProgramme", title: "Work programme", url: "/registers/work-programme/", parent: "registers" },
  { key: "recommendations", title: "Panel recommendations and requests", url: "/registers/recommendations/", parent: "registers" },
  { key: "people", title: "People", url: "/people/", parent: "home" },
  { key: "organisations", title: "Organisations", url: "/organisations/", parent: "home" },
  { key: "topics", title: "Topics", url: "/topics/", parent: "home" },
  { key: "search", title: "Search the papers", short: "Search", url: "/search/", parent: "home" },
  { key: "subscribe", title: "Subscribe", url: "/subscribe/", parent: "home" },
  { key: "data", title: "Open data", url: "/data/", parent: "home" },
] as const;

export type PlaceKey = (typeof LIST)[number]["key"];

/** Every fixed page by key: `places.resolutions.title`, `places.registers.url`. */
export const PLACES: Readonly<Record<PlaceKey, Place>> = Object.fromEntries(LIST.map((p) => [p.key, { kind: "place", ...p }])) as Record<PlaceKey, Place>;

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
