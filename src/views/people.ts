/**
 * A person's post, as the people directory shows it beside their name: their first recorded role
 * and its organisation, else their latest membership and whom it represented.
 */
import type { Vocabulary } from "../model/conventions.ts";
import type { Person } from "../model/types.ts";
import { roleLabel } from "../render/labels.ts";

/** `vocabulary`: the archive's, whose words for roles the site may give (`archive.vocabulary`). */
export function personPost(person: Person, vocabulary: Vocabulary): string {
  const role = person.roles[0];
  if (role) return [roleLabel(role.role, vocabulary), role.organisation?.name].filter(Boolean).join(", ");
  const membership = person.memberships[person.memberships.length - 1];
  if (membership) return [roleLabel(membership.role, vocabulary), membership.representing?.name].filter(Boolean).join(", ");
  return "";
}
