/**
 * Dates as UK papers write them, always in Europe/London: "Thursday 10 October 2024", "10.00 am".
 * Content dates are calendar dates, so they are read in London time, never in the machine's zone.
 */
import { DateTime, IANAZone } from "luxon";

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

/**
 * A date a page is about to print. `npm run check` refuses every date luxon cannot read, so one
 * reaching a renderer is a bug: stop the build with the date named rather than print "Invalid DateTime".
 */
function printable(iso: string): DateTime {
  const date = londonDate(iso);
  if (!date.isValid) throw new Error(`internal error: cannot print the date ${JSON.stringify(iso)} (${date.invalidExplanation ?? date.invalidReason ?? "unreadable"}); npm run check should have refused it, so report this with the content that caused it`);
  return date;
}

/** "Thursday 10 October 2024"; partial dates give "October 2024" or "2024". */
export function longDate(iso: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  if (/^\d{4}-\d{2}$/.test(iso)) return once(formatted, `long ${iso}`, () => printable(`${iso}-01`).toFormat("LLLL yyyy"));
  return once(formatted, `long ${iso}`, () => printable(iso).toFormat("cccc d LLLL yyyy"));
}

/** "10 October 2024". */
export function shortDate(iso: string): string {
  if (/^\d{4}(-\d{2})?$/.test(iso)) return longDate(iso);
  return once(formatted, `short ${iso}`, () => printable(iso).toFormat("d LLLL yyyy"));
}

/** "02/10/2024": the day-first numeric form board action tables print. */
export function numericDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return longDate(iso);
  return printable(iso).toFormat("dd/LL/yyyy");
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
  const d = printable(iso.length === 7 ? `${iso}-01` : iso);
  const start = d.month >= 5 ? d.year : d.year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** The years a content date may fall in: a typo such as 0024 or 20245 is caught, not printed as 1924. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

/**
 * Why a date as written is refused. `problem` reads after the value it is about
 * (`"2024-02-31" is not a date that exists, as February 2024 has days 01 to 29`), `advice` says what to
 * write instead, so every caller can put the two together as `<value> <problem>: <advice>`.
 */
export interface Refusal {
  problem: string;
  advice: string;
}

/**
 * The date forms content may use, named as the schemas' `format`s name them: a full date, a
 * partial date (YYYY-MM-DD, YYYY-MM or YYYY) and an instant. ajv checks each with refusalOf, so
 * `npm run check`, the linker (through parseInstant) and PAPERS_NOW share one definition.
 */
export const DATE_FORMATS = ["date", "partial-date", "date-time"] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export function isDateFormat(name: string): name is DateFormat {
  return (DATE_FORMATS as readonly string[]).includes(name);
}

/** Why `text` is not a date of `format` the archive accepts, or undefined when it is one. */
export function refusalOf(format: DateFormat, text: string): Refusal | undefined {
  if (format === "date-time") return instantRefusal(text);
  return dateRefusal(text, format === "partial-date");
}

/**
 * An instant as content and PAPERS_NOW must write it: `YYYY-MM-DDTHH:MM:SS`, an optional fraction of
 * a second (`.fff`, 1 to 9 digits), and a zone (`Z` or `±HH:MM`). Stricter than RFC 3339 on purpose:
 * an embargo is only as safe as its parse, so a space for `T`, a lower-case `t` or `z`, a leap
 * second, a missing zone or a year outside FIRST_YEAR..LAST_YEAR is refused with the reason, never
 * read as "no embargo". Seconds are required so that what content writes is also an RFC 3339
 * date-time, as the open data publishes it (the open-data schemas use ajv-formats' date-time).
 */
export type InstantResult = { ok: true; value: DateTime } | { ok: false; reason: string };

export function parseInstant(text: string): InstantResult {
  const refusal = instantRefusal(text);
  if (refusal) return { ok: false, reason: `it ${refusal.problem}: ${refusal.advice}` };
  const value = DateTime.fromISO(text, { setZone: true });
  // Unreachable while instantRefusal is right; kept so that a gap between the two fails closed.
  if (!value.isValid) return { ok: false, reason: `it cannot be read (${value.invalidExplanation ?? "unknown reason"}): write it as ${INSTANT_EXAMPLE}` };
  return { ok: true, value };
}

const INSTANT_EXAMPLE = "2024-10-02T09:00:00+01:00";
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The calendar check every date goes through, whatever its form: a year in range, a month that
 * exists and a day that month has. The parts are as written (two or four digits).
 */
function calendarRefusal(year: string, month?: string, day?: string): Refusal | undefined {
  const y = Number(year);
  if (y < FIRST_YEAR || y > LAST_YEAR) {
    const advice = /^00\d\d$/.test(year) ? `write the year in full, e.g. 20${year.slice(2)}` : `check the year: dates here run from ${FIRST_YEAR} to ${LAST_YEAR}`;
    return { problem: `has the year ${year}, outside ${FIRST_YEAR} to ${LAST_YEAR}`, advice };
  }
  if (month === undefined) return undefined;
  const m = Number(month);
  if (m < 1 || m > 12) return { problem: `is not a date that exists, as there is no month ${month}`, advice: "check the day and month, and write the month from 01 to 12" };
  if (day === undefined) return undefined;
  const d = Number(day);
  const last = daysInMonth(y, m);
  if (d < 1 || d > last) return { problem: `is not a date that exists, as ${MONTH_NAMES[m - 1]} ${year} has days 01 to ${last}`, advice: "check the day and month" };
  return undefined;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** 10/01/2024 or 10.1.2024: the day-first forms papers print, which we can turn round for the officer. */
const DAY_FIRST = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;

function dateRefusal(text: string, partial: boolean): Refusal | undefined {
  const m = (partial ? PARTIAL_DATE : FULL_DATE).exec(text);
  if (m) return calendarRefusal(m[1] ?? "", m[2], m[3]);
  const dayFirst = DAY_FIRST.exec(text);
  const turned = dayFirst ? `${dayFirst[3]}-${(dayFirst[2] ?? "").padStart(2, "0")}-${(dayFirst[1] ?? "").padStart(2, "0")}` : undefined;
  if (turned && !dateRefusal(turned, false)) return { problem: "is not a date", advice: `write it as YYYY-MM-DD, here ${turned}` };
  return {
    problem: "is not a date",
    advice: partial ? "write it as YYYY-MM-DD, or YYYY-MM or YYYY when the papers give no more, e.g. 2025-02" : "write it as YYYY-MM-DD, e.g. 2024-10-10",
  };
}

/**
 * Near misses of an instant, taken apart so that each fault can be named and the whole put right:
 * a space or lower-case t between date and time, no seconds, no zone or one written +0100 or z.
 */
const NEAR_INSTANT = /^(\d{4})-(\d{2})-(\d{2})([Tt ])(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})?$/;

function instantRefusal(text: string): Refusal | undefined {
  const m = NEAR_INSTANT.exec(text);
  if (!m) return instantShapeRefusal(text);
  const [, year = "", month = "", day = "", separator = "", hour = "", minute = "", second, fraction = "", zone] = m;
  const wrong = calendarRefusal(year, month, day) ?? clockRefusal(hour, minute, second) ?? (zone ? offsetRefusal(zone) : undefined);
  if (wrong) return wrong;
  const faults: string[] = [];
  if (separator === " ") faults.push("a space between the date and the time");
  if (separator === "t") faults.push("a lower-case t");
  if (second === undefined) faults.push("no seconds");
  if (zone === undefined) faults.push("no time zone");
  else if (zone === "z") faults.push("a lower-case z");
  else if (zone !== "Z" && !zone.includes(":")) faults.push(`a zone written ${zone}, without its colon`);
  if (faults.length === 0) return undefined;
  const date = `${year}-${month}-${day}`;
  const clock = `${hour}:${minute}:${second ?? "00"}${fraction}`;
  const guessed = zone === undefined ? londonOffset(date, `${hour}:${minute}`) : undefined;
  const fixedZone = zone === undefined ? guessed : zone === "z" ? "Z" : zone.includes(":") || zone === "Z" ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const problem = `has ${listed(faults)}`;
  if (fixedZone === undefined) return { problem, advice: `write the date, T, the time with seconds and the zone (+01:00 in British Summer Time, +00:00 or Z in winter), e.g. ${INSTANT_EXAMPLE}` };
  const fixed = `${date}T${clock}${fixedZone}`;
  // A time without a zone is almost always London time, so the advice gives London's offset that day.
  const london = guessed === undefined ? "" : guessed === "+01:00" ? ", as London is on British Summer Time that day (or end it with Z if the time is UTC)" : ", as London is on Greenwich Mean Time that day";
  return { problem, advice: `write it as ${fixed}${london}` };
}

/** A value that is not even near an instant: a date alone, or something else. */
function instantShapeRefusal(text: string): Refusal {
  const date = FULL_DATE.exec(text);
  if (date && !calendarRefusal(date[1] ?? "", date[2], date[3])) {
    const zone = londonOffset(text, "09:00") ?? "+00:00";
    return { problem: "has no time", advice: `write the date, T, the time with seconds and the zone, e.g. ${text}T09:00:00${zone}` };
  }
  return { problem: "is not a date and time", advice: `write YYYY-MM-DDTHH:MM:SS and the zone, e.g. ${INSTANT_EXAMPLE} (+01:00 in British Summer Time, +00:00 or Z in winter)` };
}

function clockRefusal(hour: string, minute: string, second: string | undefined): Refusal | undefined {
  if (Number(hour) > 23 || Number(minute) > 59) return { problem: `has the time ${hour}:${minute}, which is not on the 24-hour clock`, advice: "write a time from 00:00 to 23:59" };
  // A leap second (:60) is real in UTC, but luxon cannot read it, and an embargo must not hang on it.
  if (second !== undefined && Number(second) > 59) return { problem: `has second ${second}`, advice: `write seconds from 00 to 59, e.g. ${hour}:${minute}:59` };
  return undefined;
}

function offsetRefusal(zone: string): Refusal | undefined {
  if (zone === "Z" || zone === "z") return undefined;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(-2));
  // Offsets in use run from -12:00 to +14:00; anything past 14 hours is a typo.
  if (minutes > 59 || hours * 60 + minutes > 14 * 60) return { problem: `has ${zone}, which is not a time zone offset`, advice: "write +01:00 in British Summer Time, or +00:00 or Z in winter" };
  return undefined;
}

/** "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * A London wall-clock time on a date, as meetings give it. On the day the clocks go forward an hour
 * of wall-clock times never happens ("skipped"); on the day they go back an hour happens twice
 * ("repeated"). Either way the time names no single instant, so the page and the calendar would
 * disagree: check refuses it (see date-rules.ts).
 */
export type LondonClock =
  | { kind: "once"; offset: string }
  | { kind: "skipped"; from: string; to: string; after: string }
  | { kind: "repeated"; from: string; to: string };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const LONDON = IANAZone.create(ZONE);

/** `date` is YYYY-MM-DD and `time` HH:MM, both valid (the schema has checked them). */
export function londonClock(date: string, time: string): LondonClock {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  // The wall-clock reading as if it were UTC: an instant t shows it in London when t + offset(t) = wall.
  const wall = DateTime.utc(year, month, day, hour, minute).toMillis();
  const before = LONDON.offset(wall - DAY);
  const after = LONDON.offset(wall + DAY);
  const fits = [...new Set([before, after])].filter((offset) => LONDON.offset(wall - offset * MINUTE) === offset);
  const [only] = fits;
  if (fits.length === 1 && only !== undefined) return { kind: "once", offset: offsetText(only) };
  const change = changeBetween(wall - DAY, wall + DAY, after);
  const from = wallText(change + before * MINUTE);
  const to = wallText(change + after * MINUTE);
  if (fits.length === 0) return { kind: "skipped", from, to, after: wallText(wall + (after - before) * MINUTE) };
  return { kind: "repeated", from, to };
}

/** London's offset at a wall-clock time, when that time happens exactly once. */
function londonOffset(date: string, time: string): string | undefined {
  const clock = londonClock(date, time);
  return clock.kind === "once" ? clock.offset : undefined;
}

/** The first instant, to the minute, after `lo` at which London's offset is `offset` (binary search). */
function changeBetween(lo: number, hi: number, offset: number): number {
  let low = lo;
  let high = hi;
  while (high - low > MINUTE) {
    const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (LONDON.offset(mid) === offset) high = mid;
    else low = mid;
  }
  return high;
}

function wallText(millis: number): string {
  return DateTime.fromMillis(millis, { zone: "utc" }).toFormat("HH:mm");
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const size = Math.abs(minutes);
  return `${sign}${String(Math.floor(size / 60)).padStart(2, "0")}:${String(size % 60).padStart(2, "0")}`;
}

/** "30 March 2025", spelt out here rather than by luxon so that messages do not depend on the machine's locale. */
export function dayMonthYear(date: string): string {
  const [year = "", month = "", day = ""] = date.split("-");
  return `${Number(day)} ${MONTH_NAMES[Number(month) - 1] ?? month} ${year}`;
}
