/**
 * A second body of another shape, built end to end: a council's Overview and Scrutiny Committee
 * (tests/fixtures/bodies/council-committee/), with item codes 4(a) of its own pattern, minutes
 * numbered from 1 at each meeting with no full stop, a Chairman, a Cabinet Member for a portfolio
 * in attendance, a role and a kind of organisation its site adds, a key decision KD/2025/014 of the
 * site's form (which its search page knows a code of) and webcast links. It checks and builds
 * clean with no file of the generator changed; its items have working anchors, its minutes are
 * cited as printed, its links show, and no page names a Commissioner, police, Kent or the Panel.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/build/build-site.ts";
import { readArchive } from "../../src/cli/archive-problems.ts";
import type { Archive } from "../../src/model/archive.ts";
import { loadArchive } from "../../src/model/load.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { fileForUrl, htmlPages, loadPage, siteFiles } from "../support/site-files.ts";
import { visibleText } from "../support/visible-text.ts";

const FIXTURE = fileURLToPath(new URL("../fixtures/bodies/council-committee/", import.meta.url));
const NOW = DateTime.fromISO("2025-04-01T09:00:00+01:00", { setZone: true });

/** What a page of this archive must not say: it scrutinises no Commissioner and no police, in no Kent, and is no Panel. */
const OTHER_BODY_WORDS = [/Commissioner/, /Police/i, /Kent/, /\bPanel\b/];


let archive: Archive;
let out: string;
let files: Set<string>;

beforeAll(async () => {
  archive = loadArchive({ projectRoot: FIXTURE, now: NOW }).archive;
  out = join(mkdtempSync(join(tmpdir(), "papers-council-")), "site");
  await buildSite(archive, { outputDir: out, projectRoot: FIXTURE, contentDir: join(FIXTURE, "content") });
  files = new Set(siteFiles(out));
});

afterAll(() => rmSync(join(out, ".."), { recursive: true, force: true }));

const page = (url: string) => loadPage(out, url);
const text = (url: string) => visibleText(readFileSync(join(out, fileForUrl(url)), "utf8"));
const json = (url: string) => JSON.parse(readFileSync(join(out, url), "utf8")) as { items: Record<string, unknown>[] };

describe("a council committee's archive", () => {
  it("checks clean: its site configuration and its content, with no note", () => {
    const reading = readArchive(FIXTURE, join(FIXTURE, "content"));
    expect(reading.allProblems.map(formatProblem)).toEqual([]);
    expect(reading.notices.map(formatProblem)).toEqual([]);
    expect(reading.archive.counts()).toMatchObject({ meetings: 3, minutes: 10 });
  });

  it("builds every page of its meetings, people and decision", () => {
    for (const url of ["/", "/bodies/osc/", "/meetings/osc-2025-01-14/", "/meetings/osc-2025-01-14/minutes/", "/meetings/osc-2025-03-11/minutes/", "/meetings/osc-2025-05-20/", "/people/jane-smith/", "/decisions/kd-2025-014/"]) {
      expect(files.has(fileForUrl(url)), url).toBe(true);
    }
  });

  it("tells its search page the form of its key decisions, and tags its decision page with the code's key, so that a search for KD/2025/014 is one for the decision", () => {
    expect(JSON.parse(loadPage(out, "/search/").root().find("[data-search-form]").attr("data-decision-codes") ?? "")).toEqual({ issuers: [], joined: [], shapes: ["kd 4 3"] });
    expect(loadPage(out, "/decisions/kd-2025-014/").root().find('[data-pagefind-filter="decision"]').text()).toBe("kd2025014");
  });

  it("shows items 4(a) and 4(b) as printed, each with an anchor of its own that its minute links to", () => {
    const $ = page("/meetings/osc-2025-03-11/");
    expect($(".app-agenda__code").map((_, el) => $(el).text()).get()).toEqual(["1", "2", "3", "4", "4(a)", "4(b)"]);
    expect($("#item-4a").text()).toContain("Hospital discharge delays");
    expect($("#item-4b").text()).toContain("the decision taken");
    const minutes = page("/meetings/osc-2025-03-11/minutes/");
    expect(minutes("#m4").nextAll(".app-minute-item").first().find("a").attr("href")).toBe("/meetings/osc-2025-03-11/#item-4a");
    expect(minutes("#m4").nextAll(".app-minute-item").first().text()).toBe("(Item 4(a))");
  });

  it("has no broken internal link, no link to a missing anchor and no id twice on a page", () => {
    const broken: string[] = [];
    const idsOf = (file: string) => new Set(loadPage(out, file)("[id]").map((_, el) => el.attribs.id ?? "").get());
    for (const file of htmlPages(out)) {
      const $ = loadPage(out, file);
      const ids = $("[id]").map((_, el) => el.attribs.id ?? "").get();
      for (const id of new Set(ids)) if (ids.indexOf(id) !== ids.lastIndexOf(id)) broken.push(`${file}: id ${id} twice`);
      $("a[href]").each((_, el) => {
        const href = el.attribs.href ?? "";
        if (/^(https?:|mailto:|tel:)/.test(href)) return;
        const [address = "", anchor] = href.split("#");
        const path = address.split("?")[0] ?? "";
        const target = path === "" ? file : fileForUrl(path);
        if (!files.has(target)) broken.push(`${file}: ${href} (no ${target})`);
        else if (anchor && target.endsWith(".html") && !idsOf(target).has(decodeURIComponent(anchor))) broken.push(`${file}: ${href} (no #${anchor})`);
      });
    }
    expect(broken).toEqual([]);
  });

  it("cites its minutes, numbered from 1 at each meeting, by their numbers as printed, and keeps them apart", () => {
    const decision = text("/decisions/kd-2025-014/");
    expect(decision).toContain("Minute 3 of the Overview and Scrutiny Committee, Tuesday 14 January 2025");
    expect(decision).toContain("Minute 5 of the Overview and Scrutiny Committee, Tuesday 11 March 2025");
    const $ = page("/meetings/osc-2025-01-14/minutes/");
    expect($("h2#m1").text()).toBe("1 Apologies for absence");
    expect(page("/meetings/osc-2025-03-11/minutes/")("h2#m1").text()).toBe("1 Apologies for absence");
    // Minute 1 of each meeting is its own record in the open data, cited as printed.
    const minutes = json("/data/minutes.json").items;
    const ids = minutes.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(minutes.filter((m) => m.printed_number === "1").map((m) => [m.id, m.cited_as])).toEqual([
      ["osc-2025-01-14/minutes#m1", "minute 1"],
      ["osc-2025-03-11/minutes#m1", "minute 1"],
    ]);
  });

  it("shows a meeting's webcast and other links under their own heading, and gives them in its open data", () => {
    const $ = page("/meetings/osc-2025-03-11/");
    expect($("h2#elsewhere").text()).toBe("Elsewhere on the web");
    expect($("h2#elsewhere + ul a").map((_, a) => [[$(a).text(), a.attribs.href]]).get()).toEqual([
      ["Webcast of the meeting", "https://anyshire.example/webcasts/osc-2025-03-11"],
      ["Agenda on the council's website", "https://democracy.anyshire.example/ieListDocuments.aspx?MId=4242"],
    ]);
    const meeting = json("/data/meetings.json").items.find((m) => m.id === "osc-2025-01-14");
    expect(meeting?.links).toEqual([{ text: "Webcast of the meeting", url: "https://anyshire.example/webcasts/osc-2025-01-14" }]);
  });

  it("names its Chairman, its Cabinet Member, and the role and kind of organisation its site adds, in the site's words", () => {
    expect(text("/people/jane-smith/")).toContain("Chairman, Overview and Scrutiny Committee");
    expect(text("/people/asha-patel/")).toContain("Cabinet Member, Anyshire County Council Cabinet (printed as “Cabinet Member for Adult Social Care”)");
    expect(text("/people/")).toContain("Sam Okafor (Democratic Services Officer, Anyshire County Council)");
    expect(text("/organisations/")).toContain("Anyshire Health NHS Trust (NHS trust)");
    expect(text("/organisations/anyshire-cabinet/")).toMatch(/Kind Cabinet/);
  });

  it("names no Commissioner, police, Kent or Panel on any page", () => {
    const found: { page: string; word: string }[] = [];
    for (const file of htmlPages(out)) {
      const html = readFileSync(join(out, file), "utf8");
      const said = `${visibleText(html)} ${/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ""}`;
      for (const word of OTHER_BODY_WORDS) {
        const match = word.exec(said);
        if (match) found.push({ page: file, word: match[0] });
      }
    }
    expect(found).toEqual([]);
  });
});
