/**
 * A person's attendance counted per municipal year, newest first, and that count as the head and
 * rows govuk-frontend's `govukTable` takes (the year a row header, the counts numeric).
 */
import { municipalYear } from "../model/dates.ts";
import type { Person } from "../model/types.ts";

export interface AttendanceYear {
  year: string;
  present: number;
  apologies: number;
  substitute: number;
  /** Also present, in attendance, or a board attendee: there in another capacity. */
  other: number;
}

export function attendanceByYear(person: Person): AttendanceYear[] {
  const years = new Map<string, AttendanceYear>();
  for (const a of person.attendance) {
    const year = municipalYear(a.meeting.date);
    const row = years.get(year) ?? { year, present: 0, apologies: 0, substitute: 0, other: 0 };
    if (a.category === "present" && !a.substituteFor) row.present++;
    else if (a.category === "apologies") row.apologies++;
    else if (a.category === "substitute" || a.substituteFor) row.substitute++;
    else row.other++;
    years.set(year, row);
  }
  return [...years.values()].sort((a, b) => b.year.localeCompare(a.year));
}

interface TableCell {
  text: string;
  format?: "numeric";
}

export interface GovukTableBody {
  head: TableCell[];
  rows: TableCell[][];
}

export function attendanceYearTable(person: Person): GovukTableBody {
  const count = (n: number): TableCell => ({ text: String(n), format: "numeric" });
  return {
    head: [{ text: "Municipal year" }, ...["Present", "Apologies", "As substitute", "Other"].map((text): TableCell => ({ text, format: "numeric" }))],
    rows: attendanceByYear(person).map((y) => [{ text: y.year }, count(y.present), count(y.apologies), count(y.substitute), count(y.other)]),
  };
}
