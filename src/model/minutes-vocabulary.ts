/**
 * The words minutes are written with: what a resolution does (`does=`), the roles a resolution can
 * elect to, and the attendance lists of a record's front matter with the category each gives.
 */
import type { AttendanceCategory, RoleKind } from "./types.ts";

export const RESOLUTION_VERBS = ["note", "agree", "approve", "elect", "request", "consider", "comment", "support", "recommend"] as const;

export function isResolutionVerb(word: string): word is (typeof RESOLUTION_VERBS)[number] {
  return (RESOLUTION_VERBS as readonly string[]).includes(word);
}

export const ELECTED_ROLES: readonly RoleKind[] = ["chair", "vice-chair"];

/** Front-matter attendance lists, in the order the papers print them. */
export const ATTENDANCE_LISTS = {
  present: "present",
  also_present: "also-present",
  in_attendance: "in-attendance",
  apologies: "apologies",
  substitutes: "substitute",
  attendees: "attendee",
} as const satisfies Record<string, AttendanceCategory>;
