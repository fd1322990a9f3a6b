/**
 * The examples messages give of an identifier. The package serves every body that installs it, so
 * an example is either made from what the user wrote (`Carol Cole.md` → `carol-cole`,
 * `NWOSC 16-12-2026` → `nwosc-2026-12-16`) or names the one made-up body all messages and schemas
 * use: the Anyshire Scrutiny Panel (`anyshire-panel`), of Anyshire County Council, with a member
 * Jane Smith. Never an identifier of the archive this package ships with.
 */
import { slugWords } from "./slug.ts";

/** One made-up identifier of each kind, for when nothing the user wrote gives one. */
export const EXAMPLE_ID = {
  body: "anyshire-panel",
  meeting: "anyshire-panel-2025-01-15",
  person: "jane-smith",
  organisation: "anyshire-county-council",
  decision: "kd-2025-014",
  topic: "road-safety",
  paper: "annual-report-2024-25",
  meetingPaper: "b1-complaints-report",
} as const;

/** `name` as an identifier (lower case, accents and apostrophes dropped, words joined by single hyphens), or `fallback` if it has no letter or digit. */
export function identifierFrom(name: string, fallback: string): string {
  return slugWords(name, { dropApostrophes: true }) || fallback;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const FULL_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function month(word: string): number | undefined {
  if (/^\d{1,2}$/.test(word)) return Number(word);
  const index = Math.max(MONTHS.indexOf(word), FULL_MONTHS.indexOf(word), word === "sept" ? 8 : -1);
  return index === -1 ? undefined : index + 1;
}

/** YYYY-MM-DD, if the day, month and year make a real date. */
function isoDate(year: string, monthWord: string, day: string): string | undefined {
  const m = month(monthWord);
  const d = Number(day);
  const y = Number(year);
  if (m === undefined || m < 1 || m > 12 || d < 1) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * A meeting folder's name as the archive names meeting folders, `<body>-<YYYY-MM-DD>`, made from a
 * name that is not an identifier: a date at its end written as the papers write dates (`16-12-2026`,
 * `16.12.2026`, `16 December 2026`, `2026-12-16`), with a second meeting's `-2` after it, is turned
 * round to YYYY-MM-DD after the words before it (`NWOSC 16-12-2026` → `nwosc-2026-12-16`). A name
 * with no such date is only made an identifier (`Panel-2024-02-01` → `panel-2024-02-01`); a name
 * with no words before its date, or with no letter or digit, gives the made-up example.
 */
export function meetingFolderFrom(name: string): string {
  const slug = slugWords(name, { dropApostrophes: true });
  const dayFirst = /^(.+?)-(\d{1,2})-?(?:st|nd|rd|th)?-([a-z]+|\d{1,2})-(\d{4})(-\d{1,2})?$/.exec(slug);
  const yearFirst = /^(.+?)-(\d{4})-(\d{1,2})-(\d{1,2})(-\d{1,2})?$/.exec(slug);
  const [words, date, second] = dayFirst
    ? [dayFirst[1], isoDate(dayFirst[4] ?? "", dayFirst[3] ?? "", dayFirst[2] ?? ""), dayFirst[5]]
    : yearFirst
      ? [yearFirst[1], isoDate(yearFirst[2] ?? "", yearFirst[3] ?? "", yearFirst[4] ?? ""), yearFirst[5]]
      : [undefined, undefined, undefined];
  if (words && date && /[a-z]/.test(words)) return `${words}-${date}${second ?? ""}`;
  return slug && !/^[\d-]+$/.test(slug) ? slug : EXAMPLE_ID.meeting;
}

/** Why a meeting's folder name is refused, with the name to give it instead. */
export function meetingFolderMessage(name: string): string {
  return `folder name ${name} is not an identifier: use lower-case letters, digits and hyphens, naming a meeting's folder <body>-<YYYY-MM-DD>, e.g. ${meetingFolderFrom(name)}`;
}
