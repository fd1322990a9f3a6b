/**
 * The service navigation's items for a page, in the shape govuk-frontend's `govukServiceNavigation`
 * takes: the section's own page is `current` (aria-current="page"), any other page in the section
 * is `active` (aria-current="true"), and a page in no section marks nothing. Only the sections the
 * site makes are listed (`sections`, from ./places.ts `madePlaces`): no entry leads to an empty list.
 */
import { PLACES, SECTIONS, type Section, shortName } from "./places.ts";

export interface NavigationItem {
  href: string;
  text: string;
  active: boolean;
  current: boolean;
}

export function serviceNavigation(pageUrl: string, section?: string, sections: readonly Section[] = SECTIONS): NavigationItem[] {
  return sections.map((key) => {
    const place = PLACES[key];
    const current = pageUrl === place.url;
    return { href: place.url, text: shortName(place), current, active: !current && section === key };
  });
}
