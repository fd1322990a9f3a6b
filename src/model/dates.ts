/**
 * Dates as UK papers write them, always in Europe/London: "Thursday 10 October 2024", "10.00 am".
 * Content dates are calendar dates, so they are read in London time, never in the machine's zone.
 */
import { DateTime } from "luxon";

export const ZONE = "Europe/London";

// Pages print the same few thousand dates over and over, and luxon's zone arithmetic is slow
// (a tenth of render time for 2,000 papers, measured with bench/): each date is worked out once.
// DateTime values are immutable, so sharing them is safe.
const parsed = new Map<string, DateTime>();
const formatted = new Map<string, string>();

function once(cache: Map<string, string>, key: string, make: () => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function londonDate(iso: string): DateTime {
  let date = parsed.get(iso);
  if (!date) {
    date = DateTime.fromISO(iso, { zone: ZONE });
    parsed.set(iso, date);
  }
  return date;
}

/** "Thursday 10 October 2024"; partial dates give "October 2024" or "2024". */
export function longDate(iso: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  if (/^\d{4}-\d{2}$/.test(iso)) return once(formatted, `long ${iso}`, () => londonDate(`${iso}-01`).toFormat("LLLL yyyy"));
  return once(formatted, `long ${iso}`, () => londonDate(iso).toFormat("cccc d LLLL yyyy"));
}

/** "10 October 2024". */
export function shortDate(iso: string): string {
  if (/^\d{4}(-\d{2})?$/.test(iso)) return longDate(iso);
  return once(formatted, `short ${iso}`, () => londonDate(iso).toFormat("d LLLL yyyy"));
}

/** "02/10/2024": the day-first numeric form board action tables print. */
export function numericDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return longDate(iso);
  return londonDate(iso).toFormat("dd/LL/yyyy");
}

/** "10.00 am", "2.00 pm": the papers' own way of writing times. */
export function clockTime(time: string): string {
  const [h = 0, m = 0] = time.split(":").map(Number);
  const suffix = h < 12 ? "am" : "pm";
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}.${String(m).padStart(2, "0")} ${suffix}`;
}

/** The municipal year a date falls in: May to April, as councils count ("2024-25"). */
export function municipalYear(iso: string): string {
  const d = londonDate(iso.length === 7 ? `${iso}-01` : iso);
  const start = d.month >= 5 ? d.year : d.year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
