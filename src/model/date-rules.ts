/**
 * Date rules a JSON Schema cannot state, run on front matter the schema has accepted.
 *
 * A meeting's `date` and `time` are a London wall-clock reading. On the day the clocks go forward
 * an hour of readings never happens, and on the day they go back an hour happens twice: such a
 * time names no single instant, so the meeting page (which prints the time as written) and the
 * calendar feed (which needs an instant) would disagree. Check refuses it on the `time` field.
 */
import { dayMonthYear, londonClock } from "./dates.ts";
import type { ParsedFile } from "./front-matter.ts";
import type { Problem } from "./problems.ts";
import type { ContentType } from "./schemas.ts";

export function checkDateRules(file: string, parsed: ParsedFile, type: ContentType): Problem[] {
  if (type !== "meeting") return [];
  const { date, time } = parsed.data;
  if (typeof date !== "string" || typeof time !== "string") return [];
  const message = meetingTimeMessage(date, time);
  if (message === undefined) return [];
  const where = parsed.locate(["time"]);
  return [{ file, line: where?.line, column: where?.column, field: "time", message }];
}

/** What is wrong with a meeting's time on its date in London, or undefined when it is one instant. */
export function meetingTimeMessage(date: string, time: string): string | undefined {
  const clock = londonClock(date, time);
  const when = `${time} on ${dayMonthYear(date)}`;
  switch (clock.kind) {
    case "once":
      return undefined;
    case "skipped":
      return `${when} does not exist in London: the clocks go forward from ${clock.from} to ${clock.to}; write the time as printed after the change, e.g. ${clock.after}`;
    case "repeated":
      return `${when} occurs twice in London, as the clocks go back from ${clock.from} to ${clock.to}, so it names no one time: check the time on the agenda, and if the meeting really starts in that hour, remove the time: line and give the time in date_as_printed`;
  }
}
