/**
 * Pass 2, meetings (src/model/link/meetings.ts): one meeting per folder, under its body. A meeting
 * that cannot be linked is remembered as failed, so its papers are not reported again as orphans.
 */
import { describe, expect, it } from "vitest";
import { agenda, body, contentFile, get, linkThrough, meeting, paper, person, reported, topic } from "../../support/link-fixture.ts";

describe("the meetings pass", () => {
  it("makes a meeting from its folder and meeting.md, listed under its body", () => {
    const ctx = linkThrough("meetings", [
      body("panel"),
      meeting("panel-2024-01-10", ['time: "10:00"', "date_as_printed: Wednesday, 10th January, 2024", "venue: Council Chamber", "title: Budget meeting", "special: true", "issued: 2024-01-02"], "Dear Member,\n\nNotice is given.\n"),
      meeting("panel-2024-07-16", ['time: "14:30"', "status: scheduled"]),
    ]);
    const winter = get(ctx, "panel-2024-01-10", "meeting");
    const panel = get(ctx, "panel", "body");
    expect(winter).toMatchObject({
      id: "panel-2024-01-10", url: "/meetings/panel-2024-01-10/", source: { file: "content/meetings/panel-2024-01-10/meeting.md", line: 1 }, body: panel, date: "2024-01-10", time: "10:00",
      start: "2024-01-10T10:00:00.000+00:00", dateAsPrinted: "Wednesday, 10th January, 2024", venue: "Council Chamber", status: "held", title: "Budget meeting", special: true, issued: "2024-01-02",
      summons: "Dear Member,\n\nNotice is given.\n", bodyLine: 13, documents: [], membership: [], plannedBusiness: [], followUpsDue: [], minutesTabledAt: [], mentionedIn: [],
    });
    // The agenda and what it names wait for the agendas pass.
    expect(winter.agenda).toBeUndefined();
    // Summer time: the start is London's wall clock at +01:00.
    expect(get(ctx, "panel-2024-07-16", "meeting")).toMatchObject({ start: "2024-07-16T14:30:00.000+01:00", status: "scheduled", special: false, title: undefined });
    expect(panel.meetings.map((m) => m.id)).toEqual(["panel-2024-01-10", "panel-2024-07-16"]);
    expect(ctx.archive.meetings.map((m) => m.id)).toEqual(["panel-2024-01-10", "panel-2024-07-16"]);
    expect(ctx.problems).toEqual([]);
  });

  it("has no start when no time is given, and accepts a second meeting that day as <body>-<date>-2", () => {
    const ctx = linkThrough("meetings", [body("panel"), meeting("panel-2024-01-10"), meeting("panel-2024-01-10-2")]);
    expect(get(ctx, "panel-2024-01-10", "meeting").start).toBeUndefined();
    expect(get(ctx, "panel-2024-01-10-2", "meeting").date).toBe("2024-01-10");
    expect(ctx.problems).toEqual([]);
  });

  it("reports a folder that does not match the meeting's body and date, at its date, and still makes the meeting", () => {
    const ctx = linkThrough("meetings", [
      body("panel"),
      contentFile("meetings/panel-2024-01-11/meeting.md", ["type: meeting", "body: panel", "date: 2024-01-10", "status: held"]),
      contentFile("meetings/board-2024-01-10/meeting.md", ["type: meeting", "body: panel", "date: 2024-01-10", "status: held"]),
    ]);
    const advice = "name the folder panel-2024-01-10 (or panel-2024-01-10-2 for a second meeting that day)";
    expect(reported(ctx.problems)).toEqual([
      { file: "content/meetings/panel-2024-01-11/meeting.md", line: 4, field: "date", message: `folder panel-2024-01-11 does not match body panel and date 2024-01-10: ${advice}` },
      { file: "content/meetings/board-2024-01-10/meeting.md", line: 4, field: "date", message: `folder board-2024-01-10 does not match body panel and date 2024-01-10: ${advice}` },
    ]);
    expect(get(ctx, "panel-2024-01-11", "meeting").date).toBe("2024-01-10");
    expect(ctx.failedIds.has("panel-2024-01-11")).toBe(false);
  });

  it("reports an unknown body, or one that is not a body, and remembers the meeting as failed", () => {
    const ctx = linkThrough("meetings", [body("panel"), person("ann-able"), meeting("pannel-2024-01-10"), contentFile("meetings/ann-able-2024-01-10/meeting.md", ["type: meeting", "body: ann-able", "date: 2024-01-10", "status: held"])]);
    expect(reported(ctx.problems)).toEqual([
      { file: "content/meetings/pannel-2024-01-10/meeting.md", line: 3, field: "body", message: "unknown body pannel: no file defines it (bodies are files in content/bodies/<id>.md); did you mean panel?" },
      { file: "content/meetings/ann-able-2024-01-10/meeting.md", line: 3, field: "body", message: "ann-able is a person, not a body: name a body (bodies are files in content/bodies/<id>.md)" },
    ]);
    expect(ctx.archive.meetings).toEqual([]);
    expect(ctx.archive.byId.has("pannel-2024-01-10")).toBe(false);
    expect([...ctx.failedIds]).toEqual(["pannel-2024-01-10", "ann-able-2024-01-10"]);
    expect(get(ctx, "panel", "body").meetings).toEqual([]);
  });

  it("remembers as failed a meeting whose identifier another file has", () => {
    const ctx = linkThrough("meetings", [body("panel"), topic("panel-2024-01-10"), meeting("panel-2024-01-10")]);
    expect(reported(ctx.problems)).toEqual([
      { file: "content/meetings/panel-2024-01-10/meeting.md", line: 1, message: "identifier panel-2024-01-10 is already used by content/topics/panel-2024-01-10.md: rename one of the two files" },
    ]);
    expect(ctx.failedIds.has("panel-2024-01-10")).toBe(true);
    expect(ctx.archive.meetings).toEqual([]);
    expect(get(ctx, "panel", "body").meetings).toEqual([]);
  });

  it("does not report again the papers of a failed meeting, nor references to them", () => {
    const ctx = linkThrough("agendas", [
      body("panel"),
      meeting("pannel-2024-01-10"),
      paper("pannel-2024-01-10/a2-report", [], "## Text\n"),
      meeting("panel-2024-02-01", agenda(["{ code: A1, title: Minutes, papers: [pannel-2024-01-10/a2-report], minutes_of: pannel-2024-01-10 }"])),
    ]);
    expect(ctx.problems.map((p) => p.file)).toEqual(["content/meetings/pannel-2024-01-10/meeting.md"]);
    expect(ctx.failedIds.has("pannel-2024-01-10/a2-report")).toBe(true);
    expect(ctx.archive.documents).toEqual([]);
    const item = get(ctx, "panel-2024-02-01", "meeting").agenda?.items[0];
    expect(item?.papers).toEqual([]);
    expect(item?.minutesOf).toBeUndefined();
  });
});
