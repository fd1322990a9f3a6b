/**
 * Which body each document is of: read from the names of the archive's own bodies (content/bodies/),
 * given with --body, or, only when the archive has none or names none, guessed from the Kent
 * papers' built-in names; and when none can be read, the drafts go under papers/ and the report
 * says how to name the body.
 */
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { readArchiveBodies } from "../../src/cli/import-bodies.ts";
import { type ArchiveBody, importText } from "../../src/import/index.ts";
import { bodyIdFor, bodyPatternsOf } from "../../src/import/names.ts";
import { CONTENT_DIR } from "../support/paths.ts";
import { imported, SEEDS, seedText } from "./seeds.ts";
import { OSC_MINUTES, WESFORD_PACK } from "./small-packs.ts";

const WESFORD: ArchiveBody = { id: "wesfordpcp", name: "Wesford Police and Crime Panel", short_name: "Police and Crime Panel" };
const OSC: ArchiveBody = { id: "osc", name: "Overview and Scrutiny Committee", names_as_printed: ["OVERVIEW AND SCRUTINY COMMITTEE"] };

const paths = (files: readonly { path: string }[]) => files.map((f) => f.path).sort();

describe("a body read from the archive's own bodies", () => {
  const result = importText(WESFORD_PACK, { source: "wesford.txt", bodies: [WESFORD, OSC] });

  it("names every meeting after the archive's body, never the Kent Panel", () => {
    expect(paths(result.files)).toEqual([
      "meetings/wesfordpcp-2026-09-23/meeting.md",
      "meetings/wesfordpcp-2026-09-23/minutes.md",
      "meetings/wesfordpcp-2026-11-18/b1-police-and-crime-plan-refresh.md",
      "meetings/wesfordpcp-2026-11-18/meeting.md",
    ]);
    for (const file of result.files) expect(file.content, file.path).not.toContain("kmpcp");
    const meeting = matter(result.files.find((f) => f.path === "meetings/wesfordpcp-2026-11-18/meeting.md")?.content ?? "");
    expect(meeting.data.body).toBe("wesfordpcp");
  });

  it("says in the report which body it read and from which names, with no guess about it", () => {
    expect(result.reportMarkdown).toContain("## Body\n\n- `wesfordpcp`: read from the names the source prints (\"WESFORD POLICE AND CRIME PANEL\", \"Wesford Police and Crime Panel\"), which `content/bodies/wesfordpcp.md` gives as this body's.");
    expect(result.summary[0]).toBe("body wesfordpcp (from content/bodies/)");
    expect(result.report.guesses.filter((g) => g.guess.startsWith("body"))).toEqual([]);
  });

  it("takes \"Minutes of the meeting held on …\" as the minutes of the agenda's own body", () => {
    const item = result.parse.agenda?.sections[0]?.items.find((i) => i.code === "A3");
    expect(item?.minutes_of).toBe("wesfordpcp-2026-09-23");
    expect(item?.papers).toEqual(["wesfordpcp-2026-09-23/minutes"]);
  });

  it("lets a body's full name win over another body's shorter one", () => {
    const patterns = bodyPatternsOf([
      { id: "short", name: "Police and Crime Panel" },
      { id: "kent", name: "Kent and Medway Police and Crime Panel" },
    ]);
    expect(bodyIdFor("MINUTES of the KENT & MEDWAY POLICE AND CRIME PANEL", { patterns })).toBe("kent");
    expect(bodyIdFor("the Police and Crime Panel", { patterns })).toBe("short");
    expect(bodyIdFor("the Police and Crime Panels", { patterns })).toBeUndefined();
  });

  it("matches an acronym among a body's printed names in capitals only", () => {
    const patterns = bodyPatternsOf([{ id: "kmpcp", name: "Kent and Medway Police and Crime Panel", names_as_printed: ["PCP"] }]);
    expect(bodyIdFor("The Police and Crime Panel (PCP)", { patterns })).toBe("kmpcp");
    expect(bodyIdFor("see pcp-minutes.pdf", { patterns })).toBeUndefined();
  });

  it("reads the seeds with the shipped archive's bodies (content/bodies/) into the same files as the built-in names give", () => {
    const { bodies, unreadable } = readArchiveBodies(CONTENT_DIR);
    expect(unreadable).toEqual([]);
    expect(bodies.map((b) => b.id)).toEqual(["kmpcp", "pdb"]);
    for (const n of SEEDS) {
      const withArchive = importText(seedText(n), { source: `seed ${n}`, bodies });
      expect(withArchive.files, `seed ${n}`).toEqual(imported(n).files);
      expect(withArchive.report.bodySource.from === "archive" || withArchive.report.bodies.length === 0, `seed ${n}`).toBe(true);
    }
  });
});

describe("a body given with --body", () => {
  it("writes every document as that body's, even when the archive has no name it prints", () => {
    const result = importText(OSC_MINUTES, { source: "osc.txt", bodies: [WESFORD], body: "osc" });
    expect(paths(result.files)).toEqual(["meetings/osc-2026-03-03/meeting.md", "meetings/osc-2026-03-03/minutes.md", "meetings/osc-2026-02-02/meeting.md"].sort());
    expect(result.reportMarkdown).toContain("- `osc`: given with `--body`; every file is written as this body's, whatever name the source prints.");
    expect(result.summary[0]).toBe("body osc (given with --body)");
  });
});

describe("a body guessed from the built-in names", () => {
  it("falls back to the Kent names when the archive's bodies are not named, and says it guessed and how to fix it", () => {
    const result = importText(WESFORD_PACK, { source: "wesford.txt", bodies: [OSC] });
    expect(paths(result.files)).toContain("meetings/kmpcp-2026-11-18/meeting.md");
    expect(result.report.guesses).toContainEqual({
      line: 3,
      guess: "body: kmpcp",
      because: '"WESFORD POLICE AND CRIME PANEL" matches the built-in names of the Kent and Medway papers, as none of the names of the archive\'s bodies in content/bodies/ is printed in the source; give --body <id> to name the body',
    });
    const section = /## Body\n\n([\s\S]*?)\n\n##/.exec(result.reportMarkdown)?.[1] ?? "";
    expect(section).toContain("- `kmpcp`: GUESSED.");
    expect(section).toContain('It is not a body of this archive: `npm run check` would report "unknown body kmpcp" for its files.');
    expect(section).toContain("import again with `--body <id>` (one of `osc`)");
    expect(result.summary[0]).toBe("body kmpcp (GUESSED from the built-in Kent names; if wrong, import again with --body <id>)");
  });
});

describe("a body that cannot be read", () => {
  const result = importText(OSC_MINUTES, { source: "osc.txt", bodies: [WESFORD] });

  it("writes the minutes under papers/, with no placeholder body in any path or field", () => {
    expect(paths(result.files)).toEqual(["papers/minutes.md"]);
    expect(matter(result.files[0]?.content ?? "").data.body).toBeUndefined();
  });

  it("says in the report and on the terminal to import again with --body, naming the archive's bodies", () => {
    expect(result.reportMarkdown).toContain(
      '- NOT READ at line 3 (minutes, "Overview and Scrutiny Committee"): no body\'s name was recognised, so this document is written under `papers/` instead of `meetings/<body>-<date>/`, and no meeting.md is written for it. To place it, import again with `--body <id>` (one of `wesfordpcp`), or add the name the source prints to the body\'s `names_as_printed` in `content/bodies/<id>.md` and import again.',
    );
    expect(result.summary[0]).toBe("body NOT READ for 1 document, written under papers/: import again with --body <id>");
  });
});
