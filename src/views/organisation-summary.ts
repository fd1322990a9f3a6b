/** The key facts of an organisation, as the rows of its page's summary list, and the posts held in it. */
import type { Vocabulary } from "../model/conventions.ts";
import type { Organisation, Role } from "../model/types.ts";
import { organisationKindLabel } from "../render/labels.ts";
import { listRow, row, type SummaryRow } from "./summary-list.ts";

/** `vocabulary`: the archive's, whose words for kinds of organisation the site may give (`archive.vocabulary`). */
export function organisationSummary(organisation: Organisation, vocabulary: Vocabulary): SummaryRow[] {
  return [
    row("Kind", organisationKindLabel(organisation.organisationKind, vocabulary)),
    row("Website", organisation.website, organisation.website),
    listRow("Also printed as", organisation.namesAsPrinted.map((text) => ({ text }))),
  ];
}

/**
 * The posts the papers show people holding in the organisation, each person's post once: the
 * papers may print one post in several forms (a person's page lists each), which are one post here.
 */
export function organisationPosts(organisation: Organisation): Role[] {
  const seen = new Set<string>();
  return organisation.roles.filter((role) => {
    const key = `${role.person.id}\0${role.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
