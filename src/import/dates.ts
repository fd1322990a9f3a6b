/**
 * Dates and times as the papers print them ("Thursday, 10th October, 2024, at 10.00 am",
 * "Tuesday, 16 July 2024", "02/10/2024"), read into ISO forms. Anything not read stays as printed.
 */
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";

const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s*,?\\s+${MONTH}\\s*,?\\s+(\\d{4})\\b`, "i");
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, "i");
const NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.toLowerCase()) + 1;
}

function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The first full date printed in `text` as YYYY-MM-DD, or undefined. */
export function findDate(text: string): string | undefined {
  const m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const day = Number(m[1]);
    const month = monthNumber(m[2] ?? "");
    const year = Number(m[3]);
    if (validDay(year, month, day)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  const n = NUMERIC.exec(text);
  if (n) {
    // The papers print numeric dates day first (02/10/2024 is 2 October).
    const day = Number(n[1]);
    const month = Number(n[2]);
    const year = Number(n[3]);
    if (validDay(year, month, day)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  return undefined;
}

/** A month and year ("December 2024") as YYYY-MM, or undefined. */
export function findMonth(text: string): string | undefined {
  const m = MONTH_YEAR.exec(text);
  return m ? `${m[2]}-${pad(monthNumber(m[1] ?? ""))}` : undefined;
}

/** True when the whole text is one date, perhaps with a weekday ("Wednesday, 2 October 2024"). */
export function isDateLine(text: string): boolean {
  const t = text.replace(/\*+/g, "").trim();
  return new RegExp(`^(?:[A-Z][a-z]+day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}\\.?$`, "i").test(t);
}

/** "at 10.00 am" → "10:00"; "2.00 pm" → "14:00". */
export function findTime(text: string): string | undefined {
  const m = /\b(\d{1,2})[.:](\d{2})\s*(am|pm|a\.m\.|p\.m\.)/i.exec(text);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const pm = (m[3] ?? "").toLowerCase().startsWith("p");
  if (hour === 12) hour = pm ? 12 : 0;
  else if (pm) hour += 12;
  if (hour > 23 || minute > 59) return undefined;
  return `${pad(hour)}:${pad(minute)}`;
}
