/**
 * A person's post, as the people directory shows it beside their name: their latest recorded role
 * and its organisation (the one the papers show last: a Temporary Chief Constable later printed as
 * Chief Constable is listed as Chief Constable), else their latest membership and whom it represented.
 */
import type { Vocabulary } from "../model/conventions.ts";
import type { Person, Role } from "../model/types.ts";
import { roleLabel } from "../render/labels.ts";

/** `vocabulary`: the archive's, whose words for roles the site may give (`archive.vocabulary`). */
export function personPost(person: Person, vocabulary: Vocabulary): string {
  const role = latestRole(person.roles);
  if (role) return [roleLabel(role.role, vocabulary), role.organisation?.name].filter(Boolean).join(", ");
  const membership = person.memberships[person.memberships.length - 1];
  if (membership) return [roleLabel(membership.role, vocabulary), membership.representing?.name].filter(Boolean).join(", ");
  return "";
}

/** The role the papers show last: by its latest date (its end, else the last date it was seen, else its start); of roles with none, or equal, the one listed last. */
function latestRole(roles: readonly Role[]): Role | undefined {
  const lastDate = (role: Role) => role.to ?? [...role.seen].sort().at(-1) ?? role.from ?? "";
  return roles.reduce<Role | undefined>((latest, role) => (latest === undefined || lastDate(role) >= lastDate(latest) ? role : latest), undefined);
}
