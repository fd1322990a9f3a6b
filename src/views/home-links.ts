/** The home page's "Find" links: search, the registers and the directories the site makes, named as their pages are. */
import type { Link } from "./link.ts";
import type { Place, PlaceKey } from "./places.ts";

const FIND: readonly { key: PlaceKey; text?: string }[] = [
  { key: "search" },
  { key: "registers", text: "Registers: resolutions, questions, declarations, actions, work programme" },
  { key: "people" },
  { key: "organisations" },
  { key: "topics" },
  { key: "decisions" },
];

export function findLinks(places: Readonly<Record<PlaceKey, Place>>, made: ReadonlySet<PlaceKey>): Link[] {
  return FIND.filter(({ key }) => made.has(key)).map(({ key, text }) => ({ text: text ?? places[key].title, href: places[key].url }));
}
