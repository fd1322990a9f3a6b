/**
 * The new meeting.md (src/scaffold/meeting-file.ts): the time and venue of the last ordinary
 * meeting; a meeting.md made earlier with no agenda (a stub) filled, keeping what it says; an
 * existing folder refused with what to do instead.
 */
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { type ExistingFolder, filledStub, newMeetingFile } from "../../src/scaffold/meeting-file.ts";
import { APRIL_AND_SPECIAL, loadPanel, panelMeeting } from "./panel-fixture.ts";

/** The fields of a meeting.md's front matter. */
function fieldsOf(text: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match?.[1]) throw new Error(`not a front matter block:\n${text}`);
  return parse(match[1]) as Record<string, unknown>;
}

const STUB = panelMeeting("2026-11-18", ["# Named in the work programme of 15 April 2026.", "status: referenced", "venue: Town Hall, Testbury"]);
const STUB_TEXT = `${STUB["meetings/tp-2026-11-18/meeting.md"] as string}The Panel's meeting in November.\n`;
const STUB_FOLDER: ExistingFolder = { files: ["meeting.md"], meetingText: STUB_TEXT };

describe("a new meeting after a special meeting", () => {
  it("takes the last ordinary meeting's time, not the special's, even when the agenda it is shaped on gives none", () => {
    const files = { ...APRIL_AND_SPECIAL, ...panelMeeting("2026-09-23", ["status: held", "agenda:", "  sections:", "    - items:", "        - { code: '1', title: Apologies }"]) };
    const result = newMeetingFile(loadPanel(files).archive, { body: "tp", date: "2026-11-18" });
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(fieldsOf(result.text).time).toBe("10:00");
    expect(result.copiedFrom).toBe("tp-2026-09-23");
    const after = newMeetingFile(loadPanel(APRIL_AND_SPECIAL).archive, { body: "tp", date: "2026-09-23" });
    expect(after.ok && { time: fieldsOf(after.text).time, from: after.copiedFrom }).toEqual({ time: "10:00", from: "tp-2026-04-15" });
  });
});

describe("a meeting.md made earlier with no agenda", () => {
  const archive = () => loadPanel({ ...APRIL_AND_SPECIAL, "meetings/tp-2026-11-18/meeting.md": STUB_TEXT }).archive;

  it("is filled: scheduled, its venue and the rest of what it says kept, the agenda added", () => {
    const result = newMeetingFile(archive(), { body: "tp", date: "2026-11-18" }, "content", STUB_FOLDER);
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(result.filled).toBe("referenced");
    expect(result.path).toBe("content/meetings/tp-2026-11-18/meeting.md");
    const fields = fieldsOf(result.text);
    expect(Object.keys(fields)).toEqual(["type", "body", "date", "time", "status", "venue", "agenda"]);
    expect(fields).toMatchObject({ time: "10:00", status: "scheduled", venue: "Town Hall, Testbury" });
    expect(result.text).toContain("# Named in the work programme of 15 April 2026.");
    expect(result.text).toMatch(/^time: "10:00"$/m);
    expect(result.text.endsWith("---\nThe Panel's meeting in November.\n")).toBe(true);
  });

  it("takes the venue and time the command line gives over the stub's", () => {
    const result = newMeetingFile(archive(), { body: "tp", date: "2026-11-18", time: "14:00", venue: "Council Chamber" }, "content", STUB_FOLDER);
    expect(result.ok && fieldsOf(result.text)).toMatchObject({ time: "14:00", venue: "Council Chamber" });
  });

  it("keeps the file's line endings and its fields in their places", () => {
    const text = filledStub(STUB_TEXT.replace(/\n/g, "\r\n"), { time: "10:00", agenda: { sections: [] } }, "Made by npm run new.");
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    expect(text).toContain("# Agenda added by npm run new.\r\nagenda:");
    expect(fieldsOf(text)).toEqual({ type: "meeting", body: "tp", date: "2026-11-18", time: "10:00", status: "scheduled", venue: "Town Hall, Testbury", agenda: { sections: [] } });
  });
});

describe("an existing folder that is refused", () => {
  const refusal = (folder: ExistingFolder, files = {}) => {
    const result = newMeetingFile(loadPanel({ ...APRIL_AND_SPECIAL, ...files }).archive, { body: "tp", date: "2026-11-18" }, "content", folder);
    return result.ok ? "" : result.errors.join("\n");
  };

  it("when empty, says so and what to do, without asking to edit files it does not have", () => {
    const message = refusal({ files: [] });
    expect(message).toBe("content/meetings/tp-2026-11-18/ already exists and is empty: delete the folder and run npm run new again, or for a second meeting of the Testshire Police and Crime Panel that day use the folder tp-2026-11-18-2");
  });

  it("when it holds papers beside the stub, or papers and no meeting.md", () => {
    const stub = { "meetings/tp-2026-11-18/meeting.md": STUB_TEXT };
    expect(refusal({ files: ["b1-report.md", "meeting.md"], meetingText: STUB_TEXT }, stub)).toMatch(/^content\/meetings\/tp-2026-11-18\/ already exists and holds b1-report.md beside its meeting.md: edit that meeting.md, or /);
    expect(refusal({ files: ["a.pdf", "b.pdf"] })).toMatch(/holds a.pdf and b.pdf but no meeting.md: move them out of the folder, run npm run new again and move them back, or /);
  });

  it("when its meeting.md has an agenda, or records a meeting held or cancelled", () => {
    const april = { files: ["meeting.md"], meetingText: "" };
    const withAgenda = newMeetingFile(loadPanel(APRIL_AND_SPECIAL).archive, { body: "tp", date: "2026-04-15" }, "content", april);
    expect(withAgenda.ok ? "" : withAgenda.errors[0]).toMatch(/^content\/meetings\/tp-2026-04-15\/meeting.md already has an agenda: edit it there, or for a second meeting/);
    for (const status of ["held", "cancelled"]) {
      const text = panelMeeting("2026-11-18", [`status: ${status}`])["meetings/tp-2026-11-18/meeting.md"] as string;
      expect(refusal({ files: ["meeting.md"], meetingText: text }, { "meetings/tp-2026-11-18/meeting.md": text })).toContain(`meeting.md says the meeting was ${status} (status: ${status})`);
    }
  });
});
