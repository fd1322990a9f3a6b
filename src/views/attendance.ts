/**
 * Attendance laid out as the minutes print it: one line per category ("Present: A, B and C"),
 * names in printed order; a board's attendees under the headings they are grouped by.
 */
import type { Attendance, AttendanceCategory, MinutesRecord } from "../model/types.ts";

export interface AttendanceLine {
  category: AttendanceCategory;
  label: string;
  groups: { group?: string; people: Attendance[] }[];
}

const ORDER: [AttendanceCategory, string][] = [
  ["present", "Present"],
  ["also-present", "Also present"],
  ["in-attendance", "In attendance"],
  ["substitute", "Substitutes"],
  ["attendee", "Attendees"],
  ["apologies", "Apologies"],
];

export function attendanceLines(record: MinutesRecord): AttendanceLine[] {
  const lines: AttendanceLine[] = [];
  for (const [category, label] of ORDER) {
    const people = record.attendance.filter((a) => a.category === category);
    if (people.length === 0) continue;
    const groups: AttendanceLine["groups"] = [];
    for (const a of people) {
      const last = groups[groups.length - 1];
      if (last && last.group === a.group) last.people.push(a);
      else groups.push({ group: a.group, people: [a] });
    }
    lines.push({ category, label, groups });
  }
  return lines;
}
