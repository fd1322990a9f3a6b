/**
 * A person's attendance at each body counted per municipal year, newest first, within the time
 * counted (./attendance-record.ts): present at how many of the meetings whose attendance the
 * archive holds, apologies, not recorded at all, and how many meetings' attendance it does not
 * hold; and those counts as the head and rows govuk-frontend's `govukTable` takes, one table per
 * body (the year a row header, the counts numeric).
 */
import { municipalYear } from "../model/dates.ts";
import type { Meeting, Person } from "../model/types.ts";
import { attendanceRecord, type BodyAttendance } from "./attendance-record.ts";

export interface AttendanceYear {
  year: string;
  /** Meetings of the year whose attendance the archive holds. */
  counted: number;
  /** Of those: recorded there, in any capacity but apologies. */
  present: number;
  apologies: number;
  /** Of those: not in the attendance list at all. */
  notRecorded: number;
  /** Meetings of the year whose attendance the archive does not hold. */
  notHeld: number;
}

export function attendanceByYear(record: BodyAttendance): AttendanceYear[] {
  const years = new Map<string, AttendanceYear>();
  const yearOf = (meeting: Meeting) => {
    const year = municipalYear(meeting.date);
    const row = years.get(year) ?? { year, counted: 0, present: 0, apologies: 0, notRecorded: 0, notHeld: 0 };
    years.set(year, row);
    return row;
  };
  for (const meeting of record.counted) {
    const row = yearOf(meeting);
    row.counted++;
    if (record.present.includes(meeting)) row.present++;
    else if (record.apologies.includes(meeting)) row.apologies++;
    else row.notRecorded++;
  }
  for (const meeting of record.notHeld) yearOf(meeting).notHeld++;
  return [...years.values()].sort((a, b) => b.year.localeCompare(a.year));
}

interface TableCell {
  text: string;
  format?: "numeric";
}

export interface GovukTableBody {
  caption: string;
  head: TableCell[];
  rows: TableCell[][];
}

/** One table per body the person sat on or attended, at the build's date `today`. */
export function attendanceYearTables(person: Person, today: string): GovukTableBody[] {
  const count = (text: string): TableCell => ({ text, format: "numeric" });
  return attendanceRecord(person, today).map((record) => ({
    caption: `${record.body.name}: attendance by municipal year (May to April)`,
    head: [{ text: "Municipal year" }, ...["Present", "Apologies", "Not recorded", "Attendance not held"].map((text): TableCell => ({ text, format: "numeric" }))],
    rows: attendanceByYear(record).map((y) => [
      { text: y.year },
      count(y.counted > 0 ? `${y.present} of ${y.counted}` : "–"),
      count(String(y.apologies)),
      count(String(y.notRecorded)),
      count(String(y.notHeld)),
    ]),
  }));
}
