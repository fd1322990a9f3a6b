/**
 * Work programmes ("Future Work Programme – 10 October 2024", "Forward work programme (November
 * 2019)"): the meeting-date headings, the Item / Source / Lead rows under each, and the standing
 * items ("Standard item at each meeting", "Items to note at each meeting").
 */
import { findDate, isDateLine } from "./dates.ts";
import { cleanInline } from "./inline.ts";
import { isBlank, plain, type SourceLine } from "./lines.ts";
import type { ReportLog } from "./report.ts";

export interface WorkProgrammeEntry {
  meeting: string;
  title: string;
  source?: string;
  lead?: string;
  line: number;
}

export interface StandingItem {
  kind: "each-meeting" | "note-each-meeting";
  heading: string;
  title: string;
  line: number;
}

export interface WorkProgrammeParse {
  title: string;
  line: number;
  date?: string;
  entries: WorkProgrammeEntry[];
  standing: StandingItem[];
  /** Lines that are none of the above, kept as the paper's text. */
  text: SourceLine[];
}

const STANDING: readonly [RegExp, StandingItem["kind"]][] = [
  [/^Standard items? at each meeting:?$/i, "each-meeting"],
  [/^Items? to note at each meeting:?$/i, "note-each-meeting"],
];

/** Reads a work programme; `body` is the body whose meetings the dates name. */
export function readWorkProgramme(lines: readonly SourceLine[], body: string | undefined, log: ReportLog): WorkProgrammeParse {
  const titleIndex = lines.findIndex((l) => !isBlank(l));
  const titleLine = lines[titleIndex] as SourceLine;
  const title = cleanInline(plain(titleLine.text)).text;
  const parse: WorkProgrammeParse = { title, line: titleLine.no, entries: [], standing: [], text: [] };
  const asAt = findDate(title);
  if (asAt) parse.date = asAt;
  let meeting: string | undefined;
  let standing: { kind: StandingItem["kind"]; heading: string } | undefined;
  for (const line of lines.slice(titleIndex + 1)) {
    if (isBlank(line)) continue;
    const text = plain(line.text);
    if (isDateLine(text)) {
      const date = findDate(text);
      meeting = body && date ? `${body}-${date}` : undefined;
      standing = undefined;
      if (!meeting) log.unplaced(line.no, text, "work programme: the meeting of this date heading could not be named (body unknown)");
      continue;
    }
    const heading = STANDING.find(([pattern]) => pattern.test(text));
    if (heading) {
      standing = { kind: heading[1], heading: text.replace(/:$/, "") };
      continue;
    }
    if (line.text.includes("\t")) {
      const [item = "", source = "", lead = ""] = line.text.split("\t").map((c) => cleanInline(c.trim()).text);
      if (!meeting) {
        log.unplaced(line.no, line.text, "work programme row before any meeting date; kept as text");
        parse.text.push(line);
        continue;
      }
      const entry: WorkProgrammeEntry = { meeting, title: item, line: line.no };
      if (source !== "") entry.source = source;
      if (lead !== "") entry.lead = lead;
      parse.entries.push(entry);
      continue;
    }
    if (standing) {
      parse.standing.push({ kind: standing.kind, heading: standing.heading, title: cleanInline(text).text, line: line.no });
      continue;
    }
    log.unplaced(line.no, line.text, "work programme line is not a date, a row or a standing item; kept as text");
    parse.text.push(line);
  }
  if (parse.entries.length === 0) log.unplaced(titleLine.no, title, "work programme: no entries found");
  return parse;
}
