/**
 * The shipped archive built at 15 October 2024 answers a reader's questions as far as it can, on
 * the pages themselves: a year's meetings count only the papers held; "what did they decide in
 * October 2024?" finds the 2024 resolutions and the meetings of 2024 whose minutes the archive does
 * not hold; "how often does my councillor attend?" finds "present at 3 of 3 meetings" and the
 * meetings not counted. Registers are tables by year, each row linked to the full text.
 */
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { buildContent } from "../support/build-fixture.ts";
import { loadPage } from "../support/site-files.ts";

let outputDir: string;

beforeAll(async () => {
  ({ outputDir } = await buildContent(undefined, DateTime.fromISO("2024-10-15T12:00:00+01:00")));
}, 300_000);

const page = (url: string) => loadPage(outputDir, url);
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** The text of the table row that links to `href`, on the page at `url`. */
const rowText = (url: string, href: string) => {
  const $ = page(url);
  return squash($(`main tr:has(a[href="${href}"])`).first().text());
};

describe("a year's meetings", () => {
  it.each(["/meetings/2024/", "/meetings/"])("%s counts the papers of 16 July 2024 it does not hold apart from its minutes", (url) => {
    expect(rowText(url, "/meetings/kmpcp-2024-07-16/")).toBe("Tuesday 16 July 2024 Police and Crime Panel Minutes; listed but not held: 5 papers");
    // Its agenda is all the archive holds: whether it took place, the papers do not say.
    expect(rowText(url, "/meetings/kmpcp-2024-10-10/")).toBe("Thursday 10 October 2024 Police and Crime Panel Date has passed: the archive holds no minutes of this meeting . Agenda, 8 papers");
  });
});

describe("the registers, by year", () => {
  it("answers 'what did they decide in October 2024?': the 2024 resolutions, and the meetings of 2024 whose minutes the archive does not hold", () => {
    const $ = page("/registers/resolutions/");
    expect($('main nav[aria-label="Years"] a').map((_, a) => $(a).attr("href")).get()).toEqual(["#year-2024", "#year-2023", "#year-2022", "#year-2021", "#year-2020", "#year-2019"]);
    const section = $("#year-2024").nextUntil("h2");
    expect(squash(section.filter(".govuk-inset-text").text())).toBe(
      "The archive holds no minutes or notes of these 4 meetings of 2024, so their business is not in this register: Police and Crime Panel, Tuesday 6 February 2024 Performance and Delivery Board, Wednesday 28 February 2024 Performance and Delivery Board, Wednesday 2 October 2024 Police and Crime Panel, Thursday 10 October 2024",
    );
    expect(section.find(".govuk-inset-text a").map((_, a) => $(a).attr("href")).get()).toEqual(["/meetings/kmpcp-2024-02-06/", "/meetings/pdb-2024-02-28/", "/meetings/pdb-2024-10-02/", "/meetings/kmpcp-2024-10-10/"]);
    // 18 December 2024 is still to come at the build's clock: it has no minutes to miss yet.
    expect(section.text()).not.toContain("18 December 2024, ");
    // Eleven of the Panel's, and the Board's agreement of its notes of 28 February 2024 on 12 June.
    expect(section.find("tbody tr")).toHaveLength(12);
  });

  it("gives each resolution a summary row whose minute links to its full text in the minutes", async () => {
    const $ = page("/registers/resolutions/");
    const row = $('main tr:has(a[href^="/meetings/kmpcp-2019-09-24/minutes/#m329"])');
    const summary = squash(row.find("td").eq(2).text());
    expect(summary).toMatch(/^RESOLVED that the Panel note the Commissioner's update on Victim Satisfaction and Community Engagement .* …$/);
    expect(summary.split(" ").length).toBe(31);
    const href = row.find("td").eq(1).find("a").attr("href") ?? "";
    const [path, anchor] = href.split("#");
    const minutes = page(path ?? "");
    expect(minutes(`#${anchor}`).length, href).toBe(1);
    expect(squash(minutes("main").text())).toContain(summary.replace(/ …$/, ""));
  });

  it("lists the questions by year in a table of who asked, for which council, and the opening words, linked to the minutes", () => {
    const $ = page("/registers/questions/");
    const rows = $("#year-2024").nextUntil("h2").find("tbody tr");
    expect(rows.map((_, tr) => squash($(tr).find("td").eq(1).text())).get()).toEqual(["Mike Blakemore", "Richard Palmer", "Shane Mochrie-Cox"]);
    expect(squash(rows.first().text())).toMatch(/^Question 1, 16 July 2024 Mike Blakemore Folkestone and Hythe District Council On your re-election/);
    expect(rows.first().find("a").first().attr("href")).toMatch(/^\/meetings\/kmpcp-2024-07-16\/minutes\/#/);
    // The questions come from the Panel's minutes only: no Board meeting is listed as missing.
    expect($(".govuk-inset-text a").map((_, a) => $(a).attr("href")).get().every((href) => href.startsWith("/meetings/kmpcp-"))).toBe(true);
    expect(squash($("#year-2019").nextUntil("h2").find("tbody tr").first().find("td").eq(2).text())).toBe("Not printed");
  });

  it.each([
    ["/registers/recommendations/", "#year-2024", "/meetings/kmpcp-2024-10-10/"],
    ["/registers/actions/", "#year-2024", "/meetings/pdb-2024-10-02/"],
  ])("%s says which meetings of each year it holds no record of", (url, year, missing) => {
    const $ = page(url);
    expect($(year).nextUntil("h2").find(".govuk-inset-text a").map((_, a) => $(a).attr("href")).get()).toContain(missing);
  });
});

describe("how often a person attended", () => {
  it("says Mike Hill was present at 3 of the 3 Panel meetings whose attendance the archive holds, and how many it does not hold", () => {
    const $ = page("/people/mike-hill/");
    const record = squash($("#attendance ~ .govuk-summary-list").first().text());
    expect(record).toContain("Police and Crime Panel Present at 3 of 3 meetings of the Kent and Medway Police and Crime Panel whose attendance the archive holds");
    expect(record).toContain("The archive does not hold the attendance of 6 other meetings of the Police and Crime Panel the papers mention in that time: they are not counted.");
    const rows = $("table:has(caption:contains('attendance by municipal year')) tbody tr")
      .map((_, tr) => squash($(tr).text()))
      .get();
    expect(rows).toEqual(["2024-25 1 of 1 0 0 1", "2023-24 1 of 1 0 0 2", "2019-20 1 of 1 0 0 3"]);
  });

  it("says a member who sent apologies to the one meeting it holds was present at 0 of 1", () => {
    const $ = page("/people/eddie-peake/");
    expect(squash($("#attendance ~ .govuk-summary-list").first().text())).toMatch(/Present at 0 of 1 meeting of the Kent and Medway Police and Crime Panel whose attendance the archive holds, .* Apologies are recorded for it\./);
  });
});
