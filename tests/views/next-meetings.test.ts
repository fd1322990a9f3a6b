/**
 * The home page's next meeting of each body: the first on or after the build's date that is not
 * cancelled, with its calendar file; or a sentence saying the archive holds none.
 */
import { describe, expect, it } from "vitest";
import { nextMeetings } from "../../src/views/next-meetings.ts";
import { MINIMAL } from "../support/content-fixture.ts";
import { byId, minimalArchive, shippedArchive } from "./archives.ts";

const meeting = (date: string, status: string, more = "") => `---\ntype: meeting\nbody: panel\ndate: ${date}\n${more}status: ${status}\n---\n`;

describe("nextMeetings", () => {
  const archive = minimalArchive({
    ...MINIMAL,
    "meetings/panel-2027-01-20/meeting.md": meeting("2027-01-20", "cancelled", 'time: "10:00"\n'),
    "meetings/panel-2027-02-03/meeting.md": meeting("2027-02-03", "scheduled", 'time: "14:00"\nvenue: "Council Chamber, Town Hall"\n'),
    "meetings/panel-2027-03-10/meeting.md": meeting("2027-03-10", "scheduled"),
  });
  const panel = byId(archive.bodies, "panel");

  it("gives the first meeting on or after the build's date that is not cancelled, with its page and calendar file", () => {
    expect(nextMeetings([panel], "2026-12-07")).toEqual([
      {
        body: { text: "Test Panel", href: "/bodies/panel/" },
        meeting: {
          date: { text: "Wednesday 3 February 2027", href: "/meetings/panel-2027-02-03/" },
          time: "2.00 pm",
          venue: "Council Chamber, Town Hall",
          calendarHref: "/meetings/panel-2027-02-03/meeting.ics",
          note: "",
        },
      },
    ]);
  });

  it("counts a meeting on the build's date itself as to come, and leaves out the time and venue the papers do not give", () => {
    const [next] = nextMeetings([panel], "2027-03-10");
    expect(next?.meeting).toEqual({ date: { text: "Wednesday 10 March 2027", href: "/meetings/panel-2027-03-10/" }, time: "", venue: "", calendarHref: "/meetings/panel-2027-03-10/meeting.ics", note: "" });
  });

  it("says plainly when the archive holds no meeting to come", () => {
    expect(nextMeetings([panel], "2027-03-11")).toEqual([{ body: { text: "Test Panel", href: "/bodies/panel/" }, noneToCome: "No meeting of the Test Panel on or after Thursday 11 March 2027 is in the archive." }]);
  });

  it("finds no meeting to come in the shipped archive at a clock of December 2026", () => {
    const shipped = shippedArchive();
    const next = nextMeetings(shipped.bodies, "2026-12-07");
    expect(next.map((n) => n.meeting)).toEqual([undefined, undefined]);
    expect(next.map((n) => n.noneToCome)).toEqual([
      "No meeting of the Kent and Medway Police and Crime Panel on or after Monday 7 December 2026 is in the archive.",
      "No meeting of the Police and Crime Commissioner's Performance and Delivery Board on or after Monday 7 December 2026 is in the archive.",
    ]);
  });

  it("gives the shipped Panel's planned meeting of 18 December 2024 at a clock before it", () => {
    const kmpcp = byId(shippedArchive().bodies, "kmpcp");
    expect(nextMeetings([kmpcp], "2024-10-11")[0]?.meeting?.date).toEqual({ text: "Wednesday 18 December 2024", href: "/meetings/kmpcp-2024-12-18/" });
  });
});
