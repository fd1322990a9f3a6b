/**
 * A person's post, as the people directory shows it beside their name: their first recorded role
 * and its organisation, else their latest membership and whom it represented.
 */
import type { Person } from "../model/types.ts";
import { labelOf } from "../render/labels.ts";

export function personPost(person: Person): string {
  const role = person.roles[0];
  if (role) return [labelOf(role.role), role.organisation?.name].filter(Boolean).join(", ");
  const membership = person.memberships[person.memberships.length - 1];
  if (membership) return [labelOf(membership.role), membership.representing?.name].filter(Boolean).join(", ");
  return "";
}
