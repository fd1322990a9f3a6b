/** The home page's "Find" links: search, the registers and the directories, named as their pages are. */
import { PLACES } from "./places.ts";
import type { Link } from "./link.ts";

export function findLinks(): Link[] {
  const link = (key: keyof typeof PLACES, text = PLACES[key].title) => ({ text, href: PLACES[key].url });
  return [
    link("search"),
    link("registers", "Registers: resolutions, questions, declarations, actions, work programme"),
    link("people"),
    link("organisations"),
    link("topics"),
    link("decisions"),
  ];
}
