/**
 * `npm run new -- meeting`: the file it writes has the shape of the body's last agenda, points
 * the minutes item at the previous meeting, copies venue and time unless given, and passes
 * `npm run check` at once; a wrong body, date, time or an existing folder is a clear error.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import type { Archive } from "../../src/model/archive.ts";
import { newMeetingFile } from "../../src/scaffold/meeting-file.ts";
import { type AgendaFields, isOneOff } from "../../src/scaffold/standing-agenda.ts";
import { APRIL_AND_SPECIAL } from "../scaffold/panel-fixture.ts";
import { writeContent } from "../support/content-fixture.ts";
import { CONTENT_DIR, PROJECT_ROOT } from "../support/paths.ts";
import { loadValidArchive } from "../support/load-content.ts";
import { runCommand } from "./cli.ts";

let archive: Archive;

beforeAll(() => {
  archive = loadValidArchive();
});

interface MeetingFields {
  type: string;
  body: string;
  date: string;
  time?: string;
  venue?: string;
  status: string;
  agenda: AgendaFields;
}

function fieldsOf(text: string): MeetingFields {
  const match = /^---\n([\s\S]*?)\n---\n$/.exec(text);
  if (!match?.[1]) throw new Error(`not a front matter block:\n${text}`);
  return parse(match[1]) as MeetingFields;
}

function made(request: Parameters<typeof newMeetingFile>[1]): { path: string; text: string; fields: MeetingFields } {
  const result = newMeetingFile(archive, request);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return { path: result.path, text: result.text, fields: fieldsOf(result.text) };
}

describe("a new Panel meeting after 18 December 2024", () => {
  it("is scheduled, in the Panel's folder for its date, with the last meeting's venue and time", () => {
    const { path, fields } = made({ body: "kmpcp", date: "2025-02-05" });
    expect(path).toBe("content/meetings/kmpcp-2025-02-05/meeting.md");
    expect(fields).toMatchObject({ type: "meeting", body: "kmpcp", date: "2025-02-05", time: "10:00", venue: "Council Chamber, Sessions House, County Hall, Maidstone", status: "scheduled" });
  });

  it("writes the time in quotes, as the content guide asks", () => {
    expect(made({ body: "kmpcp", date: "2025-02-05", time: "14:00" }).text).toMatch(/^time: "14:00"$/m);
  });

  it("keeps the sections of the last agenda (10 October 2024) with standing items, and drops that meeting's reports and the sections left empty", () => {
    const { agenda } = made({ body: "kmpcp", date: "2025-02-05" }).fields;
    expect(agenda.inferred).toBe(false);
    // B (the Commissioner's reports) and E (for information) held only reports of that meeting.
    expect(agenda.sections.map((s) => s.letter)).toEqual(["A", "C", "D"]);
    const codes = agenda.sections.flatMap((s) => s.items.map((i) => i.code));
    expect(codes).toEqual(["A1", "A2", "A3", "A4", "C1", "C2", "D1"]);
    const titles = agenda.sections.flatMap((s) => s.items.map((i) => i.title));
    expect(titles).toEqual(expect.arrayContaining(["Apologies and Substitutes", "Declarations of Interest by Members in Items on the Agenda", "Questions to the Commissioner", "Future Work Programme"]));
    // The work programme item comes back without last time's paper; no paper of 10 October is listed.
    expect(JSON.stringify(agenda)).not.toContain("kmpcp-2024-10-10/");
  });

  it("takes the minutes of the previous meeting (18 December 2024), with no papers while they do not exist", () => {
    const a4 = made({ body: "kmpcp", date: "2025-02-05" }).fields.agenda.sections[0]?.items.find((i) => i.code === "A4");
    expect(a4).toEqual({ code: "A4", title: "Minutes of the Police and Crime Panel held on 18 December 2024", minutes_of: "kmpcp-2024-12-18" });
  });

  it("lists the previous meeting's minutes as the item's paper when the archive holds them", () => {
    // The last agenda as issued before 1 August 2024 is that of 21 November 2019 (later ones are
    // rebuilt from minutes): its item 4 took the minutes of 24 September 2019.
    const items = made({ body: "kmpcp", date: "2024-08-01" }).fields.agenda.sections.flatMap((s) => s.items);
    expect(items.filter((i) => i.minutes_of)).toEqual([
      { code: "4", title: "Minutes of the Police and Crime Panel held on 16 July 2024", minutes_of: "kmpcp-2024-07-16", papers: ["kmpcp-2024-07-16/minutes"] },
    ]);
  });

  it("uses a venue and time given on the command line instead", () => {
    expect(made({ body: "kmpcp", date: "2025-02-05", time: "18:30", venue: "Town Hall, Ashford" }).fields).toMatchObject({ time: "18:30", venue: "Town Hall, Ashford" });
  });
});

describe("a new meeting of a body with no agenda in the archive (the Board)", () => {
  it("gets apologies and the previous meeting's notes, and the last venue", () => {
    const { fields } = made({ body: "pdb", date: "2025-01-15" });
    expect(fields.venue).toBe("Clift Room, Sutton Road, Maidstone (also broadcast via Microsoft Teams Live)");
    expect(fields.time).toBeUndefined();
    expect(fields.agenda.sections[0]?.items).toEqual([
      { code: "1", title: "Apologies" },
      { code: "2", title: "Notes of the meeting held on 2 October 2024", minutes_of: "pdb-2024-10-02" },
    ]);
  });
});

describe("mistakes in the request", () => {
  const errors = (request: Parameters<typeof newMeetingFile>[1]) => {
    const result = newMeetingFile(archive, request);
    return result.ok ? [] : result.errors;
  };

  it("names the bodies there are when the body is unknown", () => {
    expect(errors({ body: "kmpc", date: "2025-02-05" })).toEqual(["--body kmpc: there is no body with that identifier (content/bodies/kmpc.md); the bodies are kmpcp, pdb"]);
  });

  it("names the archive's own bodies when the body is missing, and a made-up one when it has none", () => {
    expect(errors({ body: "", date: "2025-02-05" })).toEqual(["--body is missing: name the body, e.g. --body kmpcp; the bodies are kmpcp, pdb"]);
    const empty: Archive = Object.create(archive, { bodies: { value: [] } });
    const result = newMeetingFile(empty, { body: "", date: "2025-02-05" });
    expect(result.ok ? [] : result.errors).toEqual([
      "--body is missing: name the body by its identifier, the name of its file in content/bodies/ (e.g. --body anyshire-panel for content/bodies/anyshire-panel.md); the archive has no body yet: write its file first",
    ]);
  });

  it("shows how to write a date or a time that is wrong", () => {
    expect(errors({ body: "kmpcp", date: "5/2/2025" })[0]).toMatch(/--date 5\/2\/2025 is not a date: write it as YYYY-MM-DD/);
    expect(errors({ body: "kmpcp", date: "2025-02-30" })[0]).toMatch(/--date 2025-02-30 is not a date/);
    expect(errors({ body: "kmpcp", date: "2025-02-05", time: "10am" })[0]).toMatch(/--time 10am is not a time: write it on the 24-hour clock as HH:MM/);
  });

  it("refuses a meeting that already exists, suggesting the folder for a second one that day", () => {
    expect(errors({ body: "kmpcp", date: "2024-10-10" })[0]).toMatch(/content\/meetings\/kmpcp-2024-10-10\/ already exists: .* kmpcp-2024-10-10-2/);
  });
});

describe("npm run new on a copy of the content", () => {
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "papers-new-"));
    cpSync(CONTENT_DIR, join(root, "content"), { recursive: true });
    cpSync(join(PROJECT_ROOT, "_data"), join(root, "_data"), { recursive: true });
  });

  it("writes a meeting.md that npm run check accepts at once", () => {
    const created = runCommand("new", ["meeting", "--body", "kmpcp", "--date", "2025-02-05", "--time", "10:00"], root);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    expect(created.stdout).toContain("created content/meetings/kmpcp-2025-02-05/meeting.md");
    expect(existsSync(join(root, "content/meetings/kmpcp-2025-02-05/meeting.md"))).toBe(true);
    const check = runCommand("check", [], root);
    expect(check.stderr).toBe("");
    expect(check.code).toBe(0);
  });

  it("refuses an existing folder, even one with no meeting.md yet, and writes nothing", () => {
    mkdirSync(join(root, "content/meetings/kmpcp-2025-03-01"));
    const result = runCommand("new", ["meeting", "--body", "kmpcp", "--date", "2025-03-01"], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: content\/meetings\/kmpcp-2025-03-01\/ already exists and is empty: delete the folder and run npm run new again, or /);
    expect(result.stderr).not.toContain("edit the files");
    expect(existsSync(join(root, "content/meetings/kmpcp-2025-03-01/meeting.md"))).toBe(false);
    const again = runCommand("new", ["meeting", "--body", "kmpcp", "--date", "2025-02-05"], root);
    expect(again.code).toBe(1);
    expect(readFileSync(join(root, "content/meetings/kmpcp-2025-02-05/meeting.md"), "utf8")).toMatch(/^time: "10:00"$/m);
  });

  it("explains an unknown body or a bad date on stderr, with no stack trace, and exits 1", () => {
    const result = runCommand("new", ["meeting", "--body", "nobody", "--date", "2025-13-01"], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("error: --body nobody: there is no body with that identifier");
    expect(result.stderr).toContain("error: --date 2025-13-01 is not a date");
    expect(result.stderr).toContain("usage: npm run new -- meeting --body <body id> --date YYYY-MM-DD");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("writes into the content folder --content or PAPERS_CONTENT names, as check and build read it", () => {
    const elsewhere = mkdtempSync(join(tmpdir(), "papers-new-elsewhere-"));
    cpSync(join(root, "content"), join(elsewhere, "papers"), { recursive: true });
    const byOption = runCommand("new", ["meeting", "--body", "pdb", "--date", "2025-04-02", "--content", join(elsewhere, "papers")], root);
    expect(byOption.stderr).toBe("");
    expect(existsSync(join(elsewhere, "papers/meetings/pdb-2025-04-02/meeting.md"))).toBe(true);
    const byVariable = runCommand("new", ["meeting", "--body", "pdb", "--date", "2025-05-07"], elsewhere, { PAPERS_CONTENT: "papers" });
    expect(byVariable.stderr).toBe("");
    expect(byVariable.stdout).toContain("created papers/meetings/pdb-2025-05-07/meeting.md");
    expect(existsSync(join(root, "content/meetings/pdb-2025-04-02"))).toBe(false);
    expect(existsSync(join(root, "content/meetings/pdb-2025-05-07"))).toBe(false);
  });

  it("fills a meeting.md made earlier with no agenda (18 December 2024, scheduled), keeping what it says, and says so", () => {
    const path = join(root, "content/meetings/kmpcp-2024-12-18/meeting.md");
    const result = runCommand("new", ["meeting", "--body", "kmpcp", "--date", "2024-12-18"], root);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("added an agenda to content/meetings/kmpcp-2024-12-18/meeting.md, which had none (agenda shaped on kmpcp-2024-10-10), keeping what else it says\n");
    const fields = fieldsOf(readFileSync(path, "utf8").replace(/^(---\n[\s\S]*?\n---\n)[\s\S]*$/, "$1"));
    expect(fields).toMatchObject({ type: "meeting", body: "kmpcp", date: "2024-12-18", status: "scheduled", time: "10:00" });
    expect(fields.agenda.sections.flatMap((s) => s.items).filter((i) => i.minutes_of)).toEqual([
      { code: "A4", title: "Minutes of the Police and Crime Panel held on 10 October 2024", minutes_of: "kmpcp-2024-10-10" },
    ]);
    expect(runCommand("check", [], root).code).toBe(0);
    const again = runCommand("new", ["meeting", "--body", "kmpcp", "--date", "2024-12-18"], root);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^error: content\/meetings\/kmpcp-2024-12-18\/meeting.md already has an agenda: edit it there, or /);
  });

  it("says what it can make when asked for something else", () => {
    const result = runCommand("new", ["paper", "--body", "kmpcp"], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot make "paper": the one thing npm run new makes is a meeting');
  });
});

describe("npm run new after a special meeting, as an officer's archive has it", () => {
  it("shapes the next agenda on the last ordinary one, takes both meetings' minutes, and then the next meeting's once", () => {
    const root = writeContent(APRIL_AND_SPECIAL);
    const first = runCommand("new", ["meeting", "--body", "tp", "--date", "2026-09-23"], root);
    expect(first.stderr).toBe("");
    expect(first.stdout).toContain("created content/meetings/tp-2026-09-23/meeting.md (agenda shaped on tp-2026-04-15)");
    const september = fieldsOf(readFileSync(join(root, "content/meetings/tp-2026-09-23/meeting.md"), "utf8").replace(/^#.*\n\n/m, ""));
    expect(september.time).toBe("10:00");
    expect(september.agenda.sections.flatMap((s) => s.items.map((i) => [i.code, i.title, i.minutes_of]))).toEqual([
      ["A1", "Apologies", undefined],
      ["A2", "Minutes of the meeting held on 15 April 2026", "tp-2026-04-15"],
      ["A3", "Minutes of the special meeting held on 17 June 2026", "tp-2026-06-17"],
      ["A4", "Questions from members of the public", undefined],
      ["A5", "Work Programme", undefined],
    ]);
    expect(runCommand("check", [], root).code).toBe(0);
    const next = runCommand("new", ["meeting", "--body", "tp", "--date", "2026-11-18"], root);
    expect(next.stderr).toBe("");
    const november = fieldsOf(readFileSync(join(root, "content/meetings/tp-2026-11-18/meeting.md"), "utf8"));
    expect(november.agenda.sections.flatMap((s) => s.items).filter((i) => i.minutes_of)).toEqual([{ code: "A2", title: "Minutes of the meeting held on 23 September 2026", minutes_of: "tp-2026-09-23" }]);
    expect(runCommand("check", [], root).code).toBe(0);
  });

  it("counts the problems check reports once the new file is written, not those it settles", () => {
    const programme = "---\ntype: work-programme\ntitle: Work Programme\nentries:\n  - { meeting: tp-2026-09-23, title: Annual Report of the Commissioner }\n---\n";
    const root = writeContent({ ...APRIL_AND_SPECIAL, "meetings/tp-2026-04-15/work-programme.md": programme });
    expect(runCommand("check", [], root).stderr).toContain("unknown meeting tp-2026-09-23");
    const settled = runCommand("new", ["meeting", "--body", "tp", "--date", "2026-09-23"], root);
    expect(settled.stderr).toBe("");
    expect(settled.stdout).not.toContain("note:");
    writeContent({ "meetings/tp-2026-04-15/work-programme.md": programme.replace("2026-09-23", "2027-01-20") }, root);
    const other = runCommand("new", ["meeting", "--body", "tp", "--date", "2026-11-18"], root);
    expect(other.stdout).toContain("note: npm run check reports 1 problem in the content; fix them before publishing");
  });
});

/** A committee's first meeting: elections, apologies, declarations, a paper, questions; no minutes to approve. */
function firstMeeting(date: string, opening: string[] = ["Election of Chairman", "Election of Vice-Chairman"]): string {
  const items = [...opening, "Apologies for Absence", "Declarations of Interest", "Terms of Reference", "Questions"];
  return [
    "---",
    "type: meeting",
    "body: anyshire",
    `date: ${date}`,
    'time: "14:00"',
    "venue: Council Chamber, Shire Hall",
    "status: held",
    "agenda:",
    "  sections:",
    "    - items:",
    ...items.flatMap((title, i) => [`        - code: "${i + 1}"`, `          title: ${title}`, ...(title === "Terms of Reference" ? [`          papers: [anyshire-${date}/terms-of-reference]`] : [])]),
    "---",
    "",
  ].join("\n");
}

function committee(meetings: Record<string, string[] | undefined>): Archive {
  const files: Record<string, string> = { "bodies/anyshire.md": "---\ntype: body\nname: Anyshire Scrutiny Committee\nkind: committee\n---\n" };
  for (const [date, opening] of Object.entries(meetings)) {
    files[`meetings/anyshire-${date}/meeting.md`] = firstMeeting(date, opening);
    files[`meetings/anyshire-${date}/terms-of-reference.md`] = "---\ntype: report\ntitle: Terms of Reference\n---\nThe committee's terms.\n";
  }
  return loadValidArchive(writeContent(files));
}

describe("a body's second meeting, after a first agenda with elections and no minutes item", () => {
  it("keeps the standing items, drops the elections and the paper, and takes the first meeting's minutes", () => {
    const result = newMeetingFile(committee({ "2025-01-15": undefined }), { body: "anyshire", date: "2025-03-12" });
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const { agenda, time, venue } = fieldsOf(result.text);
    expect({ time, venue }).toEqual({ time: "14:00", venue: "Council Chamber, Shire Hall" });
    expect(agenda.sections.flatMap((s) => s.items)).toEqual([
      { code: "1", title: "Apologies for Absence" },
      { code: "2", title: "Declarations of Interest" },
      { code: "3", title: "Minutes of the meeting held on 15 January 2025", minutes_of: "anyshire-2025-01-15" },
      { code: "4", title: "Questions" },
    ]);
  });

  it("keeps an election that is standing: on the two agendas before alike", () => {
    const archive = committee({ "2025-01-15": ["Election of Chairman for the Meeting"], "2025-02-12": ["Election of Chairman for the Meeting"] });
    const result = newMeetingFile(archive, { body: "anyshire", date: "2025-03-12" });
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(fieldsOf(result.text).agenda.sections.flatMap((s) => s.items.map((i) => i.title))).toEqual([
      "Election of Chairman for the Meeting",
      "Apologies for Absence",
      "Declarations of Interest",
      "Minutes of the meeting held on 12 February 2025",
      "Questions",
    ]);
  });

  it("writes a meeting.md that the check accepts", () => {
    const archive = committee({ "2025-01-15": undefined });
    const result = newMeetingFile(archive, { body: "anyshire", date: "2025-03-12" });
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const root = writeContent({ "bodies/anyshire.md": "---\ntype: body\nname: Anyshire Scrutiny Committee\nkind: committee\n---\n", "meetings/anyshire-2025-01-15/meeting.md": firstMeeting("2025-01-15"), "meetings/anyshire-2025-01-15/terms-of-reference.md": "---\ntype: report\ntitle: Terms of Reference\n---\nThe committee's terms.\n", "meetings/anyshire-2025-03-12/meeting.md": result.text });
    expect(loadValidArchive(root).get("anyshire-2025-03-12", "meeting")).toBeDefined();
  });
});

describe("which agenda items belong to one meeting only", () => {
  it("are the elections and appointments of a chair or vice-chair, not the chair's announcements", () => {
    for (const title of ["Election of Chairman", "Election of Chair", "Election of Vice-Chair", "Appointment of Vice-Chairman", "To elect a Chairman for the year", "Elections of Members to the Sub-Committee"]) expect(isOneOff(title), title).toBe(true);
    for (const title of ["Apologies and Substitutes", "Chairman's Announcements", "Minutes of the meeting held on 6 February 2024", "Questions to the Commissioner", "Future Work Programme"]) expect(isOneOff(title), title).toBe(false);
  });
});
