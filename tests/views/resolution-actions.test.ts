/**
 * What the resolutions register says each resolution did (src/views/resolution-actions.ts), in
 * memory over the shipped archive: words, not the content's `does=` codes, and an approval or an
 * election said once, in full.
 */
import { describe, expect, it } from "vitest";
import { resolutionActions } from "../../src/views/resolution-actions.ts";
import { shippedArchive } from "./archives.ts";

const said = (actions: ReturnType<typeof resolutionActions>) => actions.map((a) => [a.text, a.link?.text, a.role].filter(Boolean).join(" ")).join("; ");

describe("what a resolution did, in the register", () => {
  const archive = shippedArchive();
  const resolutions = archive.minutes.flatMap((m) => m.resolutions);

  it("is said in words, the first capitalised, never as the content's codes", () => {
    expect(resolutions.length).toBeGreaterThan(20);
    for (const r of resolutions) {
      const text = said(resolutionActions(r));
      expect(text, r.id).toMatch(/^[A-Z]/);
      expect(text.split("; ").map((part) => part.split(" ")[0]?.toLowerCase()), r.id).not.toContain("agree");
      for (const code of ["note", "approve", "elect", "request"]) expect(text.split(/[;, ]+/), r.id).not.toContain(code);
    }
  });

  it("says an approval of minutes once, with the meeting's date, in place of the verb", () => {
    const approving = resolutions.filter((r) => r.approves);
    expect(approving.length).toBeGreaterThan(3);
    for (const r of approving) {
      const text = said(resolutionActions(r));
      expect(text, r.id).toMatch(/(Approved the minutes of|Agreed the notes of|approved the minutes of|agreed the notes of) \d+ \w+ \d{4}/);
      expect(text.match(/approved|agreed/gi)?.length, r.id).toBe(r.verbs.filter((v) => v === "approve" || v === "agree").length || 1);
    }
  });

  it("names the person elected and the role", () => {
    const electing = resolutions.filter((r) => r.elects);
    expect(electing.length).toBeGreaterThan(0);
    for (const r of electing) expect(said(resolutionActions(r)), r.id).toContain(`lected ${r.elects?.person.name} ${r.elects?.role}`);
  });
});
