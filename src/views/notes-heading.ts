/**
 * The heading block a board's notes open with, line by line as printed ("Title: …", "Date & time:
 * …", "Venue: …"). Who attended and who sent apologies, which the block goes on to list, are the
 * page's attendance.
 */
import type { NotesHeading } from "../model/types.ts";

export interface HeadingLine {
  label: string;
  value: string;
}

/** The labels as the notes print them, in the order they print them. */
const LABELS: [keyof NotesHeading, string][] = [
  ["title", "Title"],
  ["dateAndTime", "Date & time"],
  ["venue", "Venue"],
];

export function notesHeadingLines(heading: NotesHeading | undefined): HeadingLine[] {
  return LABELS.flatMap(([key, label]) => {
    const value = heading?.[key];
    return value ? [{ label, value }] : [];
  });
}
