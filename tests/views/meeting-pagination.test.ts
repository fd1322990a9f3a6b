/** The previous and next meeting of a body, for the pagination at the foot of a meeting's page. */
import { describe, expect, it } from "vitest";
import { meetingPagination } from "../../src/views/meeting-pagination.ts";
import { minimalArchive, shippedArchive } from "./archives.ts";

describe("meetingPagination", () => {
  const meeting = (id: string) => {
    const found = shippedArchive().get(id, "meeting");
    if (!found) throw new Error(`no meeting ${id}`);
    return found;
  };

  it("links the body's meetings either side by date, not another body's", () => {
    // The Panel met on 16 July 2024 and 10 October 2024; the Board met on 2 October 2024, between them.
    expect(meetingPagination(meeting("kmpcp-2024-07-16"))).toEqual({
      previous: { href: "/meetings/kmpcp-2024-02-06/", labelText: "Tuesday 6 February 2024" },
      next: { href: "/meetings/kmpcp-2024-10-10/", labelText: "Thursday 10 October 2024" },
    });
  });

  it("has no previous link for a body's first meeting, and no next link for its last", () => {
    const first = meetingPagination(meeting("kmpcp-2019-06-12"));
    expect(first?.previous).toBeUndefined();
    expect(first?.next?.href).toBe("/meetings/kmpcp-2019-09-24/");
    const last = meetingPagination(meeting("pdb-2024-10-02"));
    expect(last?.next).toBeUndefined();
    expect(last?.previous?.href).toBe("/meetings/pdb-2024-06-12/");
  });

  it("is absent for a body's only meeting", () => {
    const archive = minimalArchive();
    const only = archive.meetings[0];
    if (!only) throw new Error("MINIMAL has a meeting");
    expect(meetingPagination(only)).toBeUndefined();
  });
});
