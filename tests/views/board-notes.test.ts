/**
 * What pages show of a board's notes, in memory on the shipped archive: minutes cited as minutes
 * and notes by their headings; the notes' contents list, with the slides under item 3 and each
 * AFI under the heading it is printed under; their heading block; their agreement by a later
 * meeting and their tabling at the Panel, on the meetings' pages; an agenda section printed with
 * a letter and no title; and the page markup of an AFI and of a table with no header row.
 */
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { Archive } from "../../src/model/archive.ts";
import { renderMarkdown } from "../../src/render/paper-html.ts";
import { agendaSections } from "../../src/views/agenda.ts";
import { contentsOf } from "../../src/views/contents.ts";
import { meetingApproval, recordApproval } from "../../src/views/meeting-state.ts";
import { meetingSummary } from "../../src/views/meeting-summary.ts";
import { mentionLinks } from "../../src/views/mentions.ts";
import { minuteCitation, minuteCitationOn } from "../../src/views/minute-citation.ts";
import { paperHeaderLines, paperSummary } from "../../src/views/paper-summary.ts";
import { isShown } from "../../src/views/summary-list.ts";
import { byId, paperAt, shippedArchive } from "./archives.ts";

const NOTES = "/meetings/pdb-2022-10-31/notes/";
const minuteOf = (url: string, anchor: string) => {
  const found = paperAt(shippedArchive(), url).records?.minutes.find((m) => m.anchor === anchor);
  if (!found) throw new Error(`no ${anchor} in ${url}`);
  return found;
};

describe("citing a minute", () => {
  it("cites a panel's minute by its number", () => {
    const m113 = minuteOf("/meetings/kmpcp-2024-07-16/minutes/", "m113");
    expect(minuteCitation(m113)).toBe("minute 113");
    expect(minuteCitation(m113, { start: true })).toBe("Minute 113");
    expect(minuteCitation(m113, { start: true, titled: true })).toBe("Minute 113, Minutes of the Police and Crime Panel held on 6 February 2024");
    expect(minuteCitationOn(m113)).toBe("Minute 113 of Tuesday 16 July 2024");
  });

  it("cites a minute whose number the minutes print twice with its title, so that no citation names two minutes", () => {
    const first = minuteOf("/meetings/kmpcp-2024-07-16/minutes/", "m115");
    const second = minuteOf("/meetings/kmpcp-2024-07-16/minutes/", "m115-2");
    expect(first.printedNumber).toBe(second.printedNumber);
    expect(minuteCitationOn(first)).toBe("Minute 115 of Tuesday 16 July 2024, Criminal Justice System - update report");
    expect(minuteCitationOn(second)).toBe("Minute 115 of Tuesday 16 July 2024, Questions to the Commissioner");
    for (const record of shippedArchive().minutes.map((m) => m.record)) {
      const cited = record.minutes.map((m) => minuteCitation(m));
      expect(new Set(cited).size, record.document.url).toBe(cited.length);
    }
  });

  it("cites a section of notes by its item number and heading as printed, or its heading alone, never as a minute", () => {
    const s3 = minuteOf(NOTES, "s3");
    expect(minuteCitation(s3)).toBe("item 3, HMICFRS PEEL Report & Improvement Plan");
    expect(minuteCitation(s3, { start: true })).toBe("Item 3, HMICFRS PEEL Report & Improvement Plan");
    expect(minuteCitation(s3, { titled: true })).toBe("item 3, HMICFRS PEEL Report & Improvement Plan");
    expect(minuteCitationOn(s3)).toBe("Notes of Monday 31 October 2022, item 3, HMICFRS PEEL Report & Improvement Plan");
    for (const minute of shippedArchive().minutes.filter((m) => m.record.document.type === "notes")) {
      expect(minuteCitation(minute, { start: true, titled: true })).not.toMatch(/minute/i);
      expect(minuteCitationOn(minute)).not.toMatch(/minute/i);
    }
  });

  it("says where the papers mention a meeting in the notes' words", () => {
    const links = mentionLinks(byId(shippedArchive().meetings, "pdb-2022-06-08").mentionedIn);
    expect(links).toContainEqual({ text: "Notes of Monday 31 October 2022, item 2, Notes of Previous Meeting – 8 June 2022", href: `${NOTES}#s2` });
    expect(links.map((l) => l.text).join(" ")).not.toMatch(/Minute/);
  });
});

describe("the contents of the notes of 31 October 2022", () => {
  const contents = () => contentsOf(paperAt(shippedArchive(), NOTES));

  it("lists the four items, the slides as printed under item 3, and each AFI under the heading it is printed under", () => {
    const outline = contents().map((e) => `${e.level} ${e.id}`);
    const afis = (from: number, to: number, level: number) => Array.from({ length: to - from + 1 }, (_, i) => `${level} afi-${from + i}`);
    expect(outline).toEqual([
      "2 s1",
      "2 s2",
      "2 s3",
      ...afis(1, 3, 3),
      "3 slide-7",
      ...afis(4, 15, 4),
      "3 slide-18",
      "4 afi-16",
      "3 slide-19",
      "4 afi-17",
      "3 slide-20",
      "4 afi-18",
      "3 slide-21",
      "4 afi-19",
      "3 slides-22-23",
      "3 slide-24",
      "3 slide-25",
      "2 s4",
    ]);
    // A panel's minutes, with no sub-headings and no AFIs, are listed as before: their minutes.
    const minutes = paperAt(shippedArchive(), "/meetings/kmpcp-2024-07-16/minutes/");
    expect(contentsOf(minutes)).toEqual(minutes.records?.minutes.map((m) => ({ id: m.anchor, text: `${m.printedNumber}. ${m.title}`, level: 2 })));
  });

  it("gives each AFI and slide its words as printed, the AFI's colon or dash kept", () => {
    const text = new Map(contents().map((e) => [e.id, e.text]));
    expect(text.get("afi-1")).toBe("AFI 1: The force needs to improve the capacity and capability of its response teams.");
    expect(text.get("afi-9")).toBe("AFI 9 – the force needs to better manage its response to incidents.");
    expect(text.get("slide-7")).toBe("Slide 7");
    expect(text.get("slides-22-23")).toBe("Slide 22 and 23 – FCR performance");
  });

});

describe("the notes' own page", () => {
  it("shows the heading block the notes open with, as printed", () => {
    expect(paperHeaderLines(paperAt(shippedArchive(), NOTES))).toEqual([
      { label: "Title", value: "Bespoke HMICFRS PEEL Inspection - Performance and Delivery Board" },
      { label: "Date & time", value: "Monday 31 October 2022" },
      { label: "Venue", value: "Kent Police Headquarters, North Kent (also broadcast via Microsoft Teams Live)" },
    ]);
    expect(paperHeaderLines(paperAt(shippedArchive(), "/meetings/pdb-2024-06-12/notes/")).map((l) => `${l.label}: ${l.value}`)).toEqual([
      "Title: Performance and Delivery Board",
      "Date & time: Wednesday 12 June 2024",
      "Venue: Clift Room, Sutton Road, Maidstone (also broadcast via Microsoft Teams Live)",
    ]);
  });

  it("says notes not yet agreed in the notes' words, and minutes not yet approved in the minutes'", () => {
    expect(recordApproval(paperAt(shippedArchive(), NOTES))).toEqual({ text: "Not yet agreed in the archive: the archive holds no notes of a later meeting that agree these notes" });
    expect(recordApproval(paperAt(shippedArchive(), "/meetings/kmpcp-2024-10-10/d1-future-work-programme/"))).toBeUndefined();
  });
});

describe("the agreement of the Board's notes, both ways", () => {
  it.each([
    ["pdb-2022-06-08", "Monday 31 October 2022", "item 2, Notes of Previous Meeting – 8 June 2022", `${NOTES}#s2-r1`],
    ["pdb-2024-02-28", "Wednesday 12 June 2024", "item 2, Notes of Previous Meeting – 28 February 2024", "/meetings/pdb-2024-06-12/notes/#s2-r1"],
  ])("shows on %s's page and on its notes' page where they were agreed", (id, date, citation, href) => {
    const meeting = byId(shippedArchive().meetings, id);
    expect(meetingApproval(meeting)).toEqual({ text: `Its notes were agreed at the meeting of ${date}`, link: { text: citation, href } });
    const notes = meeting.minutes;
    if (!notes) throw new Error(`${id} has no notes`);
    expect(recordApproval(notes)).toEqual({ text: `Agreed at the meeting of ${date}`, link: { text: citation, href } });
  });

  it("keeps the Panel's approvals in the Panel's words", () => {
    expect(meetingApproval(byId(shippedArchive().meetings, "kmpcp-2024-02-06"))).toEqual({
      text: "Its minutes were approved at the meeting of Tuesday 16 July 2024",
      link: { text: "minute 113", href: "/meetings/kmpcp-2024-07-16/minutes/#m113-r1" },
    });
  });
});

describe("the Board's notes tabled at the Panel", () => {
  it.each(["pdb-2023-09-13", "pdb-2023-11-29", "pdb-2024-02-28"])("links %s to item F1 of 16 July 2024, which tabled its notes", (id) => {
    const rows = meetingSummary(byId(shippedArchive().meetings, id), "2026-12-01").filter(isShown);
    expect(rows.find((r) => r.key === "Notes tabled at")?.items).toEqual([{ text: "Item F1, Tuesday 16 July 2024", href: "/meetings/kmpcp-2024-07-16/#item-f1" }]);
    expect(rows.some((r) => r.key === "Minutes tabled at")).toBe(false);
    // The notes' own page cites the Panel's minute that considered them as a minute.
    const paperRows = paperSummary(paperAt(shippedArchive(), `/meetings/${id}/notes/`)).filter(isShown);
    expect(paperRows.find((r) => r.key === "Considered in")?.items?.map((l) => l.text)).toEqual([
      "Minute 118, Minutes of the Commissioner's Performance and Delivery Board meetings held on 13 September 2023, 29 November 2023 and 28 February 2024 (Tuesday 16 July 2024)",
    ]);
  });
});

describe("an agenda section printed with a letter and no title", () => {
  it("is headed by the letter alone, not 'A - '", () => {
    const agenda = byId(shippedArchive().meetings, "kmpcp-2024-07-16").agenda;
    if (!agenda) throw new Error("no agenda");
    expect(agendaSections(agenda).map((s) => [s.heading, s.itemLevel])).toEqual(["A", "B", "C", "D", "E", "F"].map((l) => [l, 4]));
  });
});

describe("the page markup", () => {
  const render = (markdown: string, minutes = false) => cheerio.load(renderMarkdown(new Archive(), markdown, { minutes }));

  it("sets an AFI apart from the bullets around it, with its anchor and its number in its name", () => {
    const $ = render(["## 3. Item {#s3}", "", "- A bullet.", "", "::: afi", "AFI 4 – The force needs to improve.", ":::", "", "- Another bullet.", ""].join("\n"), true);
    const afi = $("#afi-4");
    expect(afi.is("div.app-block.app-block--afi[role=group]")).toBe(true);
    expect(afi.attr("aria-label")).toBe("Area for improvement 4");
    expect(afi.text().trim()).toBe("AFI 4 – The force needs to improve.");
    expect($("li").map((_, li) => $(li).text()).get()).toEqual(["A bullet.", "Another bullet."]);
  });

  it("writes a table with no header row with no thead and no header cells, whatever table follows it", () => {
    const $ = render(["## Detentions", "", "::: no-header-row", "| 2019/20 | 2020/21 |", "|---|--:|", "| 2,050 | 1,745 |", ":::", "", "|  | Speed |", "|---|---|", "| 2022/23 | 22,004 |", ""].join("\n"));
    const [first, second] = $("table").toArray();
    expect($(first).find("thead, th").length).toBe(0);
    expect($(first).find("tbody tr").map((_, tr) => $(tr).find("td").map((__, td) => $(td).text()).get().join(" ")).get()).toEqual(["2019/20 2020/21", "2,050 1,745"]);
    expect($(first).find("td.govuk-table__cell--numeric").length).toBe(2);
    // The next table's empty corner makes its own rows' headers, not the first table's.
    expect($(second).find("tbody th[scope=row]").text()).toBe("2022/23");
    expect($(first).parent().is(".app-table-wrap[role=region]")).toBe(true);
  });
});
