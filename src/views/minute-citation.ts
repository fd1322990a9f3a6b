/**
 * How other pages cite a minute. A panel's minutes are numbered, and cited by their number
 * ("minute 113"). A board's notes number their items, not minutes, and some of their sections
 * have no number at all: a section of notes is cited by its heading as printed, with its item
 * number where it has one ("item 3, HMICFRS PEEL Report & Improvement Plan", "Slide 24 – VAWG
 * performance"), never as a "minute" the notes do not have.
 */
import { longDate } from "../model/dates.ts";
import type { Minute } from "../model/types.ts";

export interface CitationOptions {
  /** At the start of a sentence or a link of its own: "Minute 113", "Item 3, …". */
  start?: boolean;
  /** With the minute's title after its number, as a list of minutes shows it: "minute 113, Minutes of …". */
  titled?: boolean;
}

/**
 * The minute as other pages cite it (see the comment at the top). Minutes that print one number
 * twice (the 16 July 2024 minutes number two minutes 115, 116 and 117) are cited with their titles
 * too, so that no citation names two minutes.
 */
export function minuteCitation(minute: Minute, options: CitationOptions = {}): string {
  const number = minute.printedNumber;
  if (!number) return minute.title;
  const notes = minute.record.document.type === "notes";
  const word = notes ? "item" : "minute";
  const cited = `${options.start ? capitalised(word) : word} ${number}`;
  return notes || options.titled || numberRepeated(minute) ? `${cited}, ${minute.title}` : cited;
}

function numberRepeated(minute: Minute): boolean {
  return minute.record.minutes.some((other) => other !== minute && other.printedNumber === minute.printedNumber);
}

/**
 * The minute with the meeting it was taken at, as a link's words: "Minute 118 of Tuesday 16 July
 * 2024" ("Minute 115 of Tuesday 16 July 2024, Questions to the Commissioner" where the number is
 * printed twice), or, for notes, "Notes of Monday 31 October 2022, item 2, Notes of Previous
 * Meeting – 8 June 2022".
 */
export function minuteCitationOn(minute: Minute): string {
  const date = longDate(minute.record.meeting.date);
  if (minute.record.document.type === "notes") return `Notes of ${date}, ${minuteCitation(minute)}`;
  if (minute.printedNumber && numberRepeated(minute)) return `Minute ${minute.printedNumber} of ${date}, ${minute.title}`;
  return `${minuteCitation(minute, { start: true })} of ${date}`;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
