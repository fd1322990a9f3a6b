/**
 * What the search index holds for a page: a short page as its lean document (search-lean.test.ts
 * checks it indexes as the page does); a long one cut into records at its anchored headings, a
 * short section taking in the ones after it, each record a small document with the page's filters
 * and metadata, its own address (the page's, with its first anchor), its headings with their
 * anchors, and nothing from outside the page's `data-pagefind-body` regions.
 */
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { MAX_RECORD_CHARS, MIN_RECORD_CHARS, pageUrl, SECTION_SPLIT_CHARS, searchDocuments } from "../../src/build/search-sections.ts";

const words = (n: number, word = "policing") => Array.from({ length: n }, (_, i) => `${word}${i % 7}`).join(" ");
const long = words(Math.ceil(SECTION_SPLIT_CHARS / 8));

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><title>Minutes</title></head><body>
<a href="#main-content">Skip to main content</a><nav><a href="/meetings/">Meetings</a></nav>
<main id="main-content"><h1 data-pagefind-body>Minutes of the Panel</h1>
<div hidden data-pagefind-ignore data-search-tags data-pagefind-sort="date:2024-07-16"><span data-pagefind-filter="type">minutes</span><span data-pagefind-meta="title">Minutes of the Panel</span></div>
<p>Permanent address: /meetings/panel-2024-07-16/minutes/</p>
${body}
</main><footer>Accessibility statement</footer></body></html>`;
}

const split = (body: string) => searchDocuments("meetings/panel-2024-07-16/minutes/index.html", page(body));

describe("a page in the search index", () => {
  it("is one lean document at its own address when it is short: its regions and tags, none of its chrome", () => {
    const documents = split(`<div data-pagefind-body><h2 id="m1">1. Apologies</h2><p>None.</p></div>`) ?? [];
    expect(documents.map((d) => d.path)).toEqual(["meetings/panel-2024-07-16/minutes/index.html"]);
    const $ = cheerio.load(documents[0]?.html ?? "");
    expect($("[data-pagefind-body]").text()).toBe("Minutes of the Panel1. ApologiesNone.");
    expect($("#m1").text()).toBe("1. Apologies");
    expect($('[data-pagefind-filter="type"]').text()).toBe("minutes");
    expect($("[data-pagefind-sort]").attr("data-pagefind-sort")).toBe("date:2024-07-16");
    for (const chrome of ["Skip to main content", "Meetings", "Permanent address", "Accessibility statement"]) expect($.text()).not.toContain(chrome);
  });

  it("is left to Pagefind whole when it has no region", () => {
    expect(searchDocuments("index.html", "<!DOCTYPE html><html><body><h1>Home</h1></body></html>")).toBeUndefined();
  });

  it("is cut at its anchored headings when it is long, the text before the first staying the page's own", () => {
    const sections = split(`<div data-pagefind-body><p>UNRESTRICTED ITEMS</p><h2 id="m109">109. Election of Chair</h2><p>${long}</p><h2 id="m110">110. Sheppey</h2><p>${long}</p></div>`);
    expect(sections?.map((s) => s.path)).toEqual(["meetings/panel-2024-07-16/minutes/index.html", "meetings/panel-2024-07-16/minutes/section-m110.html"]);
    const [lead, sheppey] = (sections ?? []).map((s) => cheerio.load(s.html));
    // The page's own record is short (its title and a line), so it takes in the first minute, anchor and all.
    expect(lead?.("[data-pagefind-body]").text()).toContain("Minutes of the Panel");
    expect(lead?.("[data-pagefind-body]").text()).toContain("UNRESTRICTED ITEMS");
    expect(lead?.("#m109").text()).toBe("109. Election of Chair");
    expect(lead?.('[data-pagefind-meta^="url:"]').length).toBe(0);
    expect(sheppey?.("[data-pagefind-body] h2").text()).toBe("110. Sheppey");
    expect(sheppey?.("[data-pagefind-body] h2").attr("id")).toBeUndefined();
    expect(sheppey?.("[data-pagefind-body] p").text()).toBe(long);
    expect(sheppey?.('[data-pagefind-meta="url:/meetings/panel-2024-07-16/minutes/#m110"]').length).toBe(1);
    expect(sheppey?.('[data-pagefind-meta="section"]').text()).toBe("110. Sheppey");
  });

  it("indexes a short section with the ones after it, each under its heading and anchor, until the record is long enough", () => {
    const short = (n: number) => words(20, `item${n}x`);
    const sections = split(`<div data-pagefind-body><h2 id="a">A</h2><p>${long}</p><h2 id="b">B</h2><p>${short(1)}</p><h2 id="c">C</h2><p>${short(2)}</p><h3 id="d">D</h3><p>${long}</p><h2 id="e">E</h2><p>${short(3)}</p></div>`) ?? [];
    expect(sections.map((s) => s.path.split("/").pop())).toEqual(["index.html", "section-b.html", "section-e.html"]);
    const b = cheerio.load(sections[1]?.html ?? "");
    expect(b('[data-pagefind-meta="url:/meetings/panel-2024-07-16/minutes/#b"]').length).toBe(1);
    expect(b("[data-pagefind-body] h2").first().attr("id")).toBeUndefined();
    expect(b("#c").text()).toBe("C");
    expect(b("#d").text()).toBe("D");
    expect(b("#d").prop("tagName")).toBe("H3");
    expect(b("[data-pagefind-body]").text()).toContain("item2x0");
    expect(b("#e").length).toBe(0);
  });

  it("stops a record taking in the next section when the two would be too long to show", () => {
    const sized = (chars: number) => words(Math.ceil(chars / 7), "budget");
    const sections = split(`<div data-pagefind-body><h2 id="a">A</h2><p>${long}</p><h2 id="b">B</h2><p>${sized(MIN_RECORD_CHARS / 2)}</p><h2 id="c">C</h2><p>${sized(MAX_RECORD_CHARS)}</p></div>`) ?? [];
    expect(sections.map((s) => s.path.split("/").pop())).toEqual(["index.html", "section-b.html", "section-c.html"]);
  });

  it("gives every record the page's filters, sorts and metadata", () => {
    const sections = split(`<div data-pagefind-body><h2 id="a">A</h2><p>${long}</p><h2 id="b">B</h2><p>${long}</p></div>`) ?? [];
    expect(sections).toHaveLength(2);
    for (const section of sections) {
      const $ = cheerio.load(section.html);
      expect($('[data-pagefind-filter="type"]').text()).toBe("minutes");
      expect($('[data-pagefind-meta="title"]').text()).toBe("Minutes of the Panel");
      expect($("[data-pagefind-sort]").attr("data-pagefind-sort")).toBe("date:2024-07-16");
    }
  });

  it("leaves out the page's chrome and whatever is marked to be ignored", () => {
    const sections = split(`<div data-pagefind-body><h2 id="a">A</h2><p>${long}</p><p data-pagefind-ignore>internal note</p><h2 id="b">B</h2><p>${long}</p></div>`) ?? [];
    expect(sections).toHaveLength(2);
    const text = sections.map((s) => cheerio.load(s.html)("[data-pagefind-body]").text()).join(" ");
    for (const chrome of ["Skip to main content", "Meetings", "Permanent address", "Accessibility statement", "internal note"]) expect(text).not.toContain(chrome);
  });

  it("carries on a section across the page's regions, as Pagefind reads them, and keeps unanchored headings as headings", () => {
    const sections = split(`<div data-pagefind-body><h2 id="intro">Introduction</h2><p>${long}</p><h2 id="attendance">Attendance</h2><p>Cllr A Able</p></div><nav>Contents</nav><div data-pagefind-body><h3>Present</h3><p>${long}</p></div>`) ?? [];
    const attendance = cheerio.load(sections.find((s) => s.path.endsWith("section-attendance.html"))?.html ?? "");
    expect(attendance("[data-pagefind-body] h3").text()).toBe("Present");
    expect(attendance("[data-pagefind-body]").text()).toContain("Cllr A Able");
    expect(attendance("[data-pagefind-body]").text()).not.toContain("Contents");
  });

  it("keeps words in neighbouring cells and items apart, and escapes the text", () => {
    const sections = split(`<div data-pagefind-body><h2 id="intro">Introduction</h2><p>${long}</p><h2 id="t">Figures &amp; &lt;notes&gt;</h2><table><tr><td>Swale</td><td>Sheppey</td></tr></table><ul><li>one</li><li>two</li></ul><p>${long}</p></div>`) ?? [];
    const html = sections.find((s) => s.path.endsWith("section-t.html"))?.html ?? "";
    const $ = cheerio.load(html);
    const blocks = $("[data-pagefind-body] > *").map((_, el) => $(el).text()).get();
    expect(blocks.slice(0, 5)).toEqual(["Figures & <notes>", "Swale", "Sheppey", "one", "two"]);
    expect(html).toContain("Figures &amp; &lt;notes&gt;");
  });
});

describe("a page's address", () => {
  it("is its folder for an index.html, and its path otherwise", () => {
    expect(pageUrl("meetings/x/minutes/index.html")).toBe("/meetings/x/minutes/");
    expect(pageUrl("index.html")).toBe("/");
    expect(pageUrl("404.html")).toBe("/404.html");
  });
});
