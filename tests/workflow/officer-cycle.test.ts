/**
 * The officer's cycle of docs/content-guide.md section "Publishing a meeting, step by step", run
 * on a temporary copy of the content: make the meeting with `npm run new`, add its paper, check and
 * build; add the minutes (the site says draft); approve them at the next meeting (the site says
 * approved at a later meeting, with a link to the minute); correct a mistake (same address).
 *
 * The steps run in order, each building on the last, as an officer's commits would.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as cheerio from "cheerio";
import ICAL from "ical.js";
import { isMap, isSeq, parseDocument } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltSite, buildContent } from "../support/build-fixture.ts";
import { CONTENT_DIR, PROJECT_ROOT } from "../support/paths.ts";
import { loadPage } from "../support/site-files.ts";
import { runCommand } from "./cli.ts";

let root: string;
const savedSiteUrl = process.env.SITE_URL;

beforeAll(() => {
  // The local server's address, given explicitly: a build given none warns, and in CI is refused.
  process.env.SITE_URL = "http://localhost:8080/";
  root = mkdtempSync(join(tmpdir(), "papers-cycle-"));
  cpSync(CONTENT_DIR, join(root, "content"), { recursive: true });
  cpSync(join(PROJECT_ROOT, "_data"), join(root, "_data"), { recursive: true });
});

afterAll(() => {
  if (savedSiteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = savedSiteUrl;
});

const file = (path: string) => join(root, "content", path);

/** What an officer does in an editor: change one field or list in a meeting's front matter. */
function editMeeting(id: string, edit: (doc: ReturnType<typeof parseDocument>) => void): void {
  const path = file(`meetings/${id}/meeting.md`);
  const text = readFileSync(path, "utf8");
  const [, yaml = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const doc = parseDocument(yaml);
  edit(doc);
  writeFileSync(path, `---\n${doc.toString({ lineWidth: 0 })}---\n${body}`);
}

/**
 * The item added under section `section.letter`, and the section added too (in letter order) when
 * the new agenda has none: `npm run new` leaves out a section with no standing item, as the
 * content guide's step 1 says.
 */
function addItem(doc: ReturnType<typeof parseDocument>, section: { letter: string; title: string }, item: Record<string, unknown>): void {
  const sections = doc.getIn(["agenda", "sections"]);
  if (!isSeq(sections)) throw new Error("no agenda sections");
  const found = sections.items.find((s) => isMap(s) && s.get("letter") === section.letter);
  if (!found) {
    const at = sections.items.findIndex((s) => isMap(s) && String(s.get("letter")) > section.letter);
    sections.items.splice(at === -1 ? sections.items.length : at, 0, doc.createNode({ ...section, part: "unrestricted", items: [item] }));
    return;
  }
  if (!isMap(found)) throw new Error(`no section ${section.letter}`);
  const items = found.get("items");
  if (!isSeq(items)) throw new Error(`section ${section.letter} has no items list`);
  items.add(doc.createNode(item));
}

function check(): void {
  const result = runCommand("check", [], root);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
}

let site: BuiltSite;
const build = async () => {
  site = await buildContent(root);
};

describe("an officer publishes a meeting, its minutes and their approval", () => {
  it("1. makes the meeting of 5 February 2025 with npm run new, and it checks at once", () => {
    const result = runCommand("new", ["meeting", "--body", "kmpcp", "--date", "2025-02-05", "--time", "10:00"], root);
    expect(result.code).toBe(0);
    check();
  });

  it("2. adds a paper under item B1, checks and builds: the agenda links it, the feeds list it", async () => {
    writeFileSync(
      file("meetings/kmpcp-2025-02-05/b1-road-safety-update.md"),
      "---\ntype: report\ntitle: Road Safety Update\ndate: 2025-02-05\n---\n## Introduction\n\nThe number of collisions fell by a tenth in the yaer to March 2024.\n",
    );
    editMeeting("kmpcp-2025-02-05", (doc) => {
      doc.set("issued", "2025-01-28");
      addItem(doc, { letter: "B", title: "Commissioner's reports requested by the Panel/Offered by the Commissioner" }, { code: "B1", title: "Road Safety Update", papers: ["kmpcp-2025-02-05/b1-road-safety-update"] });
    });
    check();
    await build();
    const $ = loadPage(site.outputDir, "/meetings/kmpcp-2025-02-05/");
    expect($("#item-b1 a").attr("href")).toBe("/meetings/kmpcp-2025-02-05/b1-road-safety-update/");
    expect(loadPage(site.outputDir, "/meetings/kmpcp-2025-02-05/b1-road-safety-update/")("main").text()).toContain("fell by a tenth in the yaer");
    const atom = cheerio.load(readFileSync(join(site.outputDir, "feeds/kmpcp/papers.atom"), "utf8"), { xml: true });
    const entry = atom("entry").filter((_, el) => atom(el).children("id").text() === "http://localhost:8080/meetings/kmpcp-2025-02-05/b1-road-safety-update/");
    expect(entry.length).toBe(1);
    // Published with the agenda, issued on 28 January 2025 (GMT).
    expect(entry.children("updated").text()).toBe("2025-01-28T00:00:00.000Z");
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(site.outputDir, "feeds/meetings.ics"), "utf8")));
    const event = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)).find((e) => e.uid === "kmpcp-2025-02-05@localhost");
    expect(event?.startDate.toJSDate().toISOString()).toBe("2025-02-05T10:00:00.000Z");
  });

  it("3. after the meeting, adds its minutes: the minutes page says they are a draft", async () => {
    editMeeting("kmpcp-2025-02-05", (doc) => doc.set("status", "held"));
    writeFileSync(
      file("meetings/kmpcp-2025-02-05/minutes.md"),
      [
        "---",
        "type: minutes",
        "title: MINUTES of a meeting of the Kent and Medway Police and Crime Panel held on Wednesday, 5 February 2025.",
        "attendance:",
        "  present:",
        '    - { person: mike-hill, as_printed: "Mr P M Hill OBE (Chairman)" }',
        "---",
        "## 120. Apologies and Substitutes {item=A2}",
        "",
        "1. There were no apologies.",
        "",
        "## 121. Road Safety Update {item=B1}",
        "",
        "::: resolved {does=note}",
        "RESOLVED that the report be noted.",
        ":::",
        "",
      ].join("\n"),
    );
    check();
    await build();
    const status = loadPage(site.outputDir, "/meetings/kmpcp-2025-02-05/minutes/")(".app-minutes-status").text();
    expect(status).toContain("Not yet approved in the archive");
    expect(status).not.toContain("Approved");
    expect(loadPage(site.outputDir, "/meetings/kmpcp-2025-02-05/")("#item-b1").text()).toContain("RESOLVED that the report be noted.");
  });

  it("4. approves them at the next meeting, made with npm run new: the minutes page says approved, with a link", async () => {
    const made = runCommand("new", ["meeting", "--body", "kmpcp", "--date", "2025-03-20"], root);
    expect(made.code).toBe(0);
    const next = readFileSync(file("meetings/kmpcp-2025-03-20/meeting.md"), "utf8");
    // The new agenda's minutes item already points at the minutes of 5 February.
    expect(next).toMatch(/title: Minutes of the Police and Crime Panel held on 5 February 2025\n\s+minutes_of: kmpcp-2025-02-05\n\s+papers: \[kmpcp-2025-02-05\/minutes\]/);
    editMeeting("kmpcp-2025-03-20", (doc) => doc.set("status", "held"));
    writeFileSync(
      file("meetings/kmpcp-2025-03-20/minutes.md"),
      [
        "---",
        "type: minutes",
        "title: MINUTES of a meeting of the Kent and Medway Police and Crime Panel held on Thursday, 20 March 2025.",
        "---",
        "## 130. Minutes of the meeting held on 5 February 2025 {item=A4}",
        "",
        "::: resolved {does=approve approves=kmpcp-2025-02-05}",
        "RESOLVED that the minutes of the meeting held on 5 February 2025 are correctly recorded and that they be signed by the Chair.",
        ":::",
        "",
      ].join("\n"),
    );
    check();
    await build();
    const $ = loadPage(site.outputDir, "/meetings/kmpcp-2025-02-05/minutes/");
    const status = $(".app-minutes-status");
    expect(status.text()).toMatch(/approved at the meeting of Thursday 20 March 2025/i);
    expect(status.text()).not.toContain("Not yet approved");
    const href = status.find("a").attr("href");
    expect(href?.startsWith("/meetings/kmpcp-2025-03-20/minutes/#")).toBe(true);
    // The link lands on the approving resolution.
    const anchor = href?.split("#")[1] ?? "";
    expect(loadPage(site.outputDir, "/meetings/kmpcp-2025-03-20/minutes/")(`[id="${anchor}"]`).text()).toContain("correctly recorded");
  });

  it("5. corrects a mistake in the paper: the page keeps its address and shows the corrected text", async () => {
    const path = file("meetings/kmpcp-2025-02-05/b1-road-safety-update.md");
    writeFileSync(path, readFileSync(path, "utf8").replace("in the yaer to", "in the year to"));
    check();
    await build();
    const text = loadPage(site.outputDir, "/meetings/kmpcp-2025-02-05/b1-road-safety-update/")("main").text();
    expect(text).toContain("fell by a tenth in the year to March 2024");
    expect(text).not.toContain("yaer");
    expect(loadPage(site.outputDir, "/meetings/kmpcp-2025-02-05/")("#item-b1 a").attr("href")).toBe("/meetings/kmpcp-2025-02-05/b1-road-safety-update/");
  });
});
