/**
 * Dates fail closed: an instant (publish_from, PAPERS_NOW), a date and a partial date are each
 * accepted only in the forms docs/content-guide.md lists, as real calendar dates from 1900 to 2200,
 * and a meeting time the clocks skip or repeat in London is refused. What is refused says why and
 * what to write; a date that slips past check stops the renderers instead of printing "Invalid DateTime".
 */
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { meetingTimeMessage } from "../../src/model/date-rules.ts";
import { FIRST_YEAR, LAST_YEAR, londonClock, longDate, numericDate, parseInstant, refusalOf, shortDate } from "../../src/model/dates.ts";
import { buildClock } from "../../src/model/load.ts";
import { validatorFor } from "../../src/model/schemas.ts";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";
import { runCommand } from "../workflow/cli.ts";

/** The reason parseInstant gives for `text`, or "accepted". */
function reasonFor(text: string): string {
  const result = parseInstant(text);
  return result.ok ? "accepted" : result.reason;
}

describe("parseInstant: the one definition of an instant", () => {
  it("accepts YYYY-MM-DDTHH:MM:SS, an optional fraction, and Z or ±HH:MM, as the instant written", () => {
    const cases: [string, string][] = [
      ["2024-10-02T09:00:00+01:00", "2024-10-02T08:00:00.000Z"],
      ["2024-01-09T09:00:00Z", "2024-01-09T09:00:00.000Z"],
      ["2024-01-09T09:00:00-05:30", "2024-01-09T14:30:00.000Z"],
      ["2024-01-09T09:00:00.5+00:00", "2024-01-09T09:00:00.500Z"],
      [`${FIRST_YEAR}-01-01T00:00:00Z`, "1900-01-01T00:00:00.000Z"],
      [`${LAST_YEAR}-12-31T23:59:59Z`, "2200-12-31T23:59:59.000Z"],
    ];
    for (const [text, utc] of cases) {
      const result = parseInstant(text);
      expect(result.ok, text).toBe(true);
      if (result.ok) expect(result.value.toUTC().toISO(), text).toBe(utc);
    }
    // RFC 3339 (and ajv-formats) allow these; an embargo must not hang on them.
    for (const text of ["2030-01-01 09:00:00Z", "2030-01-01t09:00:00z", "2030-12-31T23:59:60Z", "2030-01-01T09:00Z"]) expect(parseInstant(text).ok, text).toBe(false);
  });

  it("refuses a space for T, a leap second, lower case and a zone without its colon, with the value put right", () => {
    expect(reasonFor("2030-01-01 09:00:00Z")).toBe("it has a space between the date and the time: write it as 2030-01-01T09:00:00Z");
    expect(reasonFor("2030-12-31T23:59:60Z")).toBe("it has second 60: write seconds from 00 to 59, e.g. 23:59:59");
    expect(reasonFor("2030-01-01t09:00:00z")).toBe("it has a lower-case t and a lower-case z: write it as 2030-01-01T09:00:00Z");
    expect(reasonFor("2030-01-01T09:00:00+0100")).toBe("it has a zone written +0100, without its colon: write it as 2030-01-01T09:00:00+01:00");
    expect(reasonFor("2030-01-01T09:00Z")).toBe("it has no seconds: write it as 2030-01-01T09:00:00Z");
  });

  it("refuses a missing zone, suggesting London's offset on that day", () => {
    expect(reasonFor("2024-10-02T09:00:00")).toMatch(/^it has no time zone: write it as 2024-10-02T09:00:00\+01:00, as London is on British Summer Time that day/);
    expect(reasonFor("2024-01-10T09:00:00")).toBe("it has no time zone: write it as 2024-01-10T09:00:00+00:00, as London is on Greenwich Mean Time that day");
    expect(reasonFor("2024-10-02T09:00")).toMatch(/^it has no seconds and no time zone: write it as 2024-10-02T09:00:00\+01:00/);
    // 01:30 on the day the clocks go forward is no London time: no offset to suggest.
    expect(reasonFor("2025-03-30T01:30:00")).toMatch(/^it has no time zone: write the date, T, the time with seconds and the zone/);
    expect(reasonFor("2024-10-02")).toBe("it has no time: write the date, T, the time with seconds and the zone, e.g. 2024-10-02T09:00:00+01:00");
  });

  it("refuses impossible dates, times, years and offsets, saying which", () => {
    expect(reasonFor("2024-02-30T09:00:00Z")).toBe("it is not a date that exists, as February 2024 has days 01 to 29: check the day and month");
    expect(reasonFor("0024-10-02T09:00:00Z")).toBe("it has the year 0024, outside 1900 to 2200: write the year in full, e.g. 2024");
    expect(reasonFor("2024-10-02T25:00:00+01:00")).toBe("it has the time 25:00, which is not on the 24-hour clock: write a time from 00:00 to 23:59");
    expect(reasonFor("2024-10-02T09:00:00+15:00")).toBe("it has +15:00, which is not a time zone offset: write +01:00 in British Summer Time, or +00:00 or Z in winter");
    expect(reasonFor("next Tuesday")).toMatch(/^it is not a date and time: write YYYY-MM-DDTHH:MM:SS and the zone, e\.g\. 2024-10-02T09:00:00\+01:00/);
  });
});

describe("dates and partial dates: real days from 1900 to 2200", () => {
  it("knows leap years and month lengths, in both forms", () => {
    for (const format of ["date", "partial-date"] as const) {
      for (const text of ["2024-02-29", "2000-02-29", "2023-04-30", "1900-01-01", "2200-12-31"]) expect(refusalOf(format, text), `${format} ${text}`).toBeUndefined();
      expect(refusalOf(format, "2023-02-29")?.problem).toBe("is not a date that exists, as February 2023 has days 01 to 28");
      expect(refusalOf(format, "1900-02-29")?.problem).toBe("is not a date that exists, as February 1900 has days 01 to 28");
      expect(refusalOf(format, "2024-04-31")?.problem).toBe("is not a date that exists, as April 2024 has days 01 to 30");
      expect(refusalOf(format, "2024-02-31")?.problem).toBe("is not a date that exists, as February 2024 has days 01 to 29");
      expect(refusalOf(format, "2024-13-01")?.problem).toBe("is not a date that exists, as there is no month 13");
      expect(refusalOf(format, "0024-05-01")).toEqual({ problem: "has the year 0024, outside 1900 to 2200", advice: "write the year in full, e.g. 2024" });
      expect(refusalOf(format, "2201-01-01")?.advice).toBe("check the year: dates here run from 1900 to 2200");
    }
  });

  it("takes YYYY-MM and YYYY as partial dates only, within the years", () => {
    expect(refusalOf("partial-date", "2025-02")).toBeUndefined();
    expect(refusalOf("partial-date", "2025")).toBeUndefined();
    expect(refusalOf("partial-date", "0000-06")?.problem).toBe("has the year 0000, outside 1900 to 2200");
    expect(refusalOf("partial-date", "2024-00")?.problem).toBe("is not a date that exists, as there is no month 00");
    expect(refusalOf("date", "2025-02")?.advice).toBe("write it as YYYY-MM-DD, e.g. 2024-10-10");
    expect(refusalOf("partial-date", "Feb 2025")?.advice).toBe("write it as YYYY-MM-DD, or YYYY-MM or YYYY when the papers give no more, e.g. 2025-02");
  });

  it("turns a day-first date round in its advice", () => {
    expect(refusalOf("date", "10/01/2024")).toEqual({ problem: "is not a date", advice: "write it as YYYY-MM-DD, here 2024-01-10" });
  });

  it("is what the content schemas check, for every date field", () => {
    const report = validatorFor("report");
    const base = { type: "report", title: "A report" };
    expect(report({ ...base, publish_from: "2030-01-01T09:00:00Z", date: "2024-02-29", period: { from: "2024-04", to: "2025" } })).toBe(true);
    expect(report({ ...base, publish_from: "2030-01-01 09:00:00Z" })).toBe(false);
    expect(report({ ...base, publish_from: "2030-12-31T23:59:60Z" })).toBe(false);
    expect(report({ ...base, date: "0024-01-10" })).toBe(false);
    expect(report({ ...base, period: { from: "2024-02-31", to: "2024-03" } })).toBe(false);
    expect(validatorFor("decision")({ type: "decision", code: "OPCC D.001.24", title: "A decision", date: "0000-06" })).toBe(false);
    expect(validatorFor("person")({ type: "person", name: "Bob Baker", roles: [{ role: "officer", seen: ["2023-02-29"] }] })).toBe(false);
    expect(validatorFor("meeting")({ type: "meeting", body: "panel", date: "2024-01-10", issued: "1899-12-31", status: "held" })).toBe(false);
    const minutes = { type: "minutes", title: "Minutes", actions: [{ text: "Do it", status: "open", due: "2024-02-30" }] };
    expect(validatorFor("minutes")(minutes)).toBe(false);
  });
});

describe("a meeting's time on the days the clocks change", () => {
  it("refuses a time the clocks skip, giving the time after the change", () => {
    expect(londonClock("2025-03-30", "01:30")).toEqual({ kind: "skipped", from: "01:00", to: "02:00", after: "02:30" });
    expect(meetingTimeMessage("2025-03-30", "01:30")).toBe("01:30 on 30 March 2025 does not exist in London: the clocks go forward from 01:00 to 02:00; write the time as printed after the change, e.g. 02:30");
    expect(meetingTimeMessage("2024-03-31", "01:00")).toMatch(/^01:00 on 31 March 2024 does not exist in London/);
    expect(meetingTimeMessage("2025-03-30", "00:59")).toBeUndefined();
    expect(meetingTimeMessage("2025-03-30", "02:00")).toBeUndefined();
  });

  it("refuses a time that happens twice, and says what to write", () => {
    expect(londonClock("2025-10-26", "01:30")).toEqual({ kind: "repeated", from: "02:00", to: "01:00" });
    expect(meetingTimeMessage("2025-10-26", "01:30")).toMatch(/^01:30 on 26 October 2025 occurs twice in London, as the clocks go back from 02:00 to 01:00.*: check the time on the agenda/);
    expect(meetingTimeMessage("2025-10-26", "00:59")).toBeUndefined();
    expect(meetingTimeMessage("2025-10-26", "02:00")).toBeUndefined();
  });

  it("leaves every other time alone, with London's offset", () => {
    expect(londonClock("2024-07-16", "10:00")).toEqual({ kind: "once", offset: "+01:00" });
    expect(londonClock("2024-01-10", "10:00")).toEqual({ kind: "once", offset: "+00:00" });
  });
});

describe("PAPERS_NOW", () => {
  it("must carry its zone: without one it would mean different instants on different machines", () => {
    expect(() => buildClock({ PAPERS_NOW: "2024-10-02T09:00:00" })).toThrow(
      "PAPERS_NOW=2024-10-02T09:00:00 is not a date and time the build can use, as it has no time zone: write e.g. PAPERS_NOW=2024-10-02T09:00:00+01:00",
    );
    expect(() => buildClock({ PAPERS_NOW: "2024-10-02 09:00:00Z" })).toThrow(/as it has a space between the date and the time: write e\.g\. PAPERS_NOW=/);
    expect(() => buildClock({ PAPERS_NOW: "2024-02-30T09:00:00Z" })).toThrow(/as it is not a date that exists, as February 2024 has days 01 to 29: write e\.g\./);
    expect(buildClock({ PAPERS_NOW: "2024-10-02T09:00:00+01:00" }).toUTC().toISO()).toBe("2024-10-02T08:00:00.000Z");
  });

  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it("without a zone stops npm run check with one line, exit code 1", () => {
    const root = writeContent(MINIMAL);
    roots.push(root);
    const run = runCommand("check", [], root, { PAPERS_NOW: "2024-10-02T09:00:00" });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr.trim()).toBe(
      "error: PAPERS_NOW=2024-10-02T09:00:00 is not a date and time the build can use, as it has no time zone: write e.g. PAPERS_NOW=2024-10-02T09:00:00+01:00 (YYYY-MM-DDTHH:MM:SS and the zone: +01:00 in British Summer Time, Z in winter or for UTC)",
    );
    expect(run.stdout).toBe("");
  });
});

describe("the renderers", () => {
  it("stop with the date named rather than print Invalid DateTime", () => {
    expect(() => longDate("2024-02-31")).toThrow(/internal error: cannot print the date "2024-02-31"/);
    expect(() => shortDate("2024-02-31")).toThrow(/internal error: cannot print the date "2024-02-31"/);
    expect(() => numericDate("2024-02-31")).toThrow(/internal error/);
    expect(() => longDate("2024-13")).toThrow(/internal error: cannot print the date "2024-13-01"/);
    expect(longDate("2024-02-29")).toBe("Thursday 29 February 2024");
  });
});
