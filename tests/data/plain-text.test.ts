/**
 * Markdown as a CSV cell shows it (src/data-export/plain-text.ts): the words the page shows,
 * without the marks, one line a paragraph or list item.
 */
import { describe, expect, it } from "vitest";
import { plainText } from "../../src/data-export/plain-text.ts";

describe("plainText", () => {
  it("drops emphasis and code marks", () => {
    expect(plainText("RESOLVED: To **note** the report and *agree* to `this`.")).toBe("RESOLVED: To note the report and agree to this.");
    expect(plainText("__strong__ and _em_ and ***both***")).toBe("strong and em and both");
  });

  it("keeps a link's words, whether it points out, into the archive, or is an @ reference", () => {
    expect(plainText("the [December 2024 meeting](http://localhost:8080/meetings/kmpcp-2024-12-18/).")).toBe("the December 2024 meeting.");
    expect(plainText("the [minutes of 6 February 2024](@kmpcp-2024-02-06/minutes) were agreed")).toBe("the minutes of 6 February 2024 were agreed");
    expect(plainText("[**bold** words](https://example.org/)")).toBe("bold words");
    expect(plainText("![a chart of crime](chart.png)")).toBe("a chart of crime");
  });

  it("puts each paragraph on a line of its own, and joins a paragraph's wrapped lines with a space", () => {
    expect(plainText("First paragraph,\nwrapped.\n\nSecond paragraph.")).toBe("First paragraph, wrapped.\nSecond paragraph.");
    expect(plainText("A hard  \nbreak")).toBe("A hard\nbreak");
  });

  it("writes list items as lines, numbered as written or bulleted, nested ones indented", () => {
    expect(plainText("Resolved that:\n\n1. the report be noted;\n2. a letter be sent.")).toBe("Resolved that:\n1. the report be noted;\n2. a letter be sent.");
    expect(plainText("4) fourth\n5) fifth")).toBe("4) fourth\n5) fifth");
    expect(plainText("- one\n- two\n  - two and a half")).toBe("• one\n• two\n  • two and a half");
    expect(plainText("1. loose\n\n   with a second paragraph\n\n2. next")).toBe("1. loose\nwith a second paragraph\n2. next");
  });

  it("keeps headings, quotes, code and table rows as lines", () => {
    expect(plainText("## Heading\n\n> quoted **text**\n\n    code = 1")).toBe("Heading\nquoted text\ncode = 1");
    expect(plainText("| Year | Cost |\n|---|---|\n| 2024 | £5 |")).toBe("Year | Cost\n2024 | £5");
  });

  it("reads escapes and entities as the characters they stand for, and leaves other characters alone", () => {
    expect(plainText("\\*not emphasis\\* &amp; &pound;5")).toBe("*not emphasis* & £5");
    expect(plainText("“Curly” quotes, £ signs – and dashes")).toBe("“Curly” quotes, £ signs – and dashes");
  });

  it("treats raw HTML as text, as the site does", () => {
    expect(plainText("a <b>bold</b> claim")).toBe("a <b>bold</b> claim");
  });

  it("gives the empty string for empty or blank text", () => {
    expect(plainText("")).toBe("");
    expect(plainText("  \n\n ")).toBe("");
  });
});
