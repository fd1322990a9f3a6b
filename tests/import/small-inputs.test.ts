/** Shapes the seeds show only once, in small inputs of our own. */
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { importText } from "../../src/import/index.ts";

const UNLETTERED_PACK = `## AGENDA

### KENT AND MEDWAY POLICE AND CRIME PANEL

Notice is hereby given that a meeting of the **KENT AND MEDWAY POLICE AND CRIME PANEL** will be held in the **Council Chamber, Sessions House, County Hall, Maidstone** on **Thursday, 6th February, 2020, at 10.00 am** when the following business will be transacted

## **UNRESTRICTED ITEMS**

- 1 Introduction/Webcast Announcement
- 2 Apologies and Substitutes
- 3 Minutes of the Police and Crime Panel held on 21 November
2019 (Pages 1 - 4)
- 4 Safer in Kent Plan (Pages 5 -
8)

Members are asked to bring their papers.

### **C - Panel Matters**

- C1 Future work programme (Pages 9 - 10)

## **EXEMPT ITEMS**

Benjamin Watts, General Counsel

**Wednesday, 29 January 2020**

MINUTES of a meeting of the Kent and Medway Police and Crime Panel held in the Council Chamber, Sessions House, County Hall, Maidstone on Thursday, 21 November 2019.

PRESENT: Mr P M Hill, OBE (Chairman), Cllr A Clark and Mrs E Bolton

1. Apologies

(Item 2)

RESOLVED that the apologies be noted.

2. Minutes of the Police and Crime Panel held on 24 September 2019 (Item 3)

RESOLVED that the minutes of the meeting held on 24 September 2019 were a correct record.

**3. Any other business**

There was no other business.

**From:** Matthew Scott, Kent Police and Crime Commissioner  
**To:** Kent and Medway Police and Crime Panel  
**Subject:** Safer in Kent Plan  
**Date:** 6 February 2020

1. The plan is set out for the Panel to consider.

**Police and Crime Panel Forward work programme (February 2020)****26 March 2020**

Mental health – verbal update	Proposed by PCC	PCC
`;

describe("an agenda whose items are numbered without letters", () => {
  const result = importText(UNLETTERED_PACK, { source: "unlettered.txt" });

  it("reads the unlettered items into a section of their own, titles and page ranges wrapped over lines", () => {
    const sections = result.parse.agenda?.sections.map((s) => ({ letter: s.letter, items: s.items.map((i) => [i.code, i.title, i.pages?.from, i.pages?.to]) }));
    expect(sections).toEqual([
      {
        letter: undefined,
        items: [
          ["1", "Introduction/Webcast Announcement", undefined, undefined],
          ["2", "Apologies and Substitutes", undefined, undefined],
          ["3", "Minutes of the Police and Crime Panel held on 21 November 2019", 1, 4],
          ["4", "Safer in Kent Plan", 5, 8],
        ],
      },
      { letter: "C", items: [["C1", "Future work programme", 9, 10]] },
    ]);
    expect(result.parse.agenda?.sections[0]?.items[2]?.minutes_of).toBe("kmpcp-2019-11-21");
    expect(result.parse.agenda?.meeting).toBe("kmpcp-2020-02-06");
    expect(result.parse.agenda?.time).toBe("10:00");
    expect(result.parse.agenda?.issued).toBe("2020-01-29");
  });

  it("matches the minutes, the report and the work programme to items 3, 4 and C1", () => {
    expect(result.parse.documents.map((d) => [d.kind, d.item, d.id])).toEqual([
      ["agenda", undefined, "kmpcp-2020-02-06"],
      ["minutes", "3", "kmpcp-2019-11-21/minutes"],
      ["report", "4", "kmpcp-2020-02-06/4-safer-in-kent-plan"],
      ["work-programme", "C1", "kmpcp-2020-02-06/c1-future-work-programme"],
    ]);
  });

  it("reads minutes numbered 1 and 2 with items 2 and 3, and reports the minute that has no item", () => {
    const minutes = result.parse.minutes[0]?.minutes ?? [];
    expect(minutes.map((m) => [m.printedNumber, m.item])).toEqual([
      ["1", "2"],
      ["2", "3"],
      ["3", undefined],
    ]);
    expect(result.report.unplaced).toContainEqual({ line: 42, text: "**3. Any other business**", reason: 'minute 3: no "(Item X)" reference found, so no item= written' });
    const meeting = result.files.find((f) => f.path === "meetings/kmpcp-2019-11-21/meeting.md");
    expect(matter(meeting?.content ?? "").data.agenda).toEqual({ inferred: true, sections: [{ items: [{ code: "2", title: "Apologies" }, { code: "3", title: "Minutes of the Police and Crime Panel held on 24 September 2019" }] }] });
  });

  it("reports the line among the items that is neither a section nor an item", () => {
    expect(result.report.unplaced).toContainEqual({ line: 16, text: "Members are asked to bring their papers.", reason: "line among the agenda items is neither a section nor an item; kept in the agenda's text" });
  });
});

const ITALIC_QUESTIONS = `MINUTES of a meeting of the Kent and Medway Police and Crime Panel held in the Council Chamber, Sessions House, County Hall, Maidstone on Tuesday, 4 February 2020.

PRESENT: Mr P M Hill, OBE (Chairman) and Cllr M Rhodes

### **12. Questions to the Commissioner**

*(Item D1)*

*Q1: Can the Commissioner say how many officers work in Tonbridge?*

*(Mark Rhodes)*

1. The Commissioner said there were forty.

*Q2: Will the Commissioner publish the figures for the rural task force and the*

*cadets in each district? (Jo Gideon)*

2. The Commissioner agreed to publish them.

RESOLVED that the Commissioner's answers to Member questions be noted.
`;

describe("2019-style italic questions", () => {
  const result = importText(ITALIC_QUESTIONS, { source: "questions.txt" });
  const minute = result.parse.minutes[0]?.minutes[0];

  it("finds each *Q1:* question with the bare name in brackets as its asker", () => {
    expect(minute?.questions.map((q) => [q.number, q.askerAsPrinted, q.asker, q.council])).toEqual([
      [1, "Mark Rhodes", "mark-rhodes", undefined],
      [2, "Jo Gideon", "jo-gideon", undefined],
    ]);
    expect(minute?.resolutions.map((r) => r.does)).toEqual([["note"]]);
  });

  it("writes the questions and answers as blocks, the italic question cut by a page break rejoined", () => {
    const body = matter(result.files.find((f) => f.path.endsWith("minutes.md"))?.content ?? "").content;
    expect(body).toBe(`
## 12. Questions to the Commissioner {item=D1}

::: question {asker=mark-rhodes number=1}
*Q1: Can the Commissioner say how many officers work in Tonbridge?*

*(Mark Rhodes)*
:::

::: answer
1. The Commissioner said there were forty.
:::

::: question {asker=jo-gideon number=2}
*Q2: Will the Commissioner publish the figures for the rural task force and the cadets in each district? (Jo Gideon)*
:::

::: answer
2. The Commissioner agreed to publish them.
:::

::: resolved {does=note}
RESOLVED that the Commissioner's answers to Member questions be noted.
:::
`);
  });
});

describe("a source whose text starts with ---", () => {
  const result = importText("---\ntitle: Not front matter\n---\nThe Panel's plan for the year ahead is set out below.\n", { source: "rule.txt" });

  it("writes an explicit front matter block before the text, and keeps the text's own lines as text", () => {
    expect(result.files).toHaveLength(1);
    const file = result.files[0]?.content ?? "";
    const parsed = matter(file);
    expect(parsed.data).toEqual({ type: "other", title: "title: Not front matter" });
    expect(parsed.content).toBe("\n---\n\n---\nThe Panel's plan for the year ahead is set out below.\n");
  });

  it("says so in the report", () => {
    expect(result.report.unplaced[0]).toEqual({ line: 1, text: "---", reason: "the source starts with a --- line; it is read as text, not as front matter (each file written has its own front matter)" });
  });
});

const CODED_ITEMS_PACK = `AGENDA

KENT AND MEDWAY POLICE AND CRIME PANEL

Notice is hereby given that a meeting of the KENT AND MEDWAY POLICE AND CRIME PANEL will be held in the Council Chamber, Sessions House, County Hall, Maidstone on Tuesday, 4th February, 2025, at 10.00 am when the following business will be transacted

UNRESTRICTED ITEMS

A - Committee Business

A1 Apologies for Absence
A2. Declarations of Interest
A3 - Minutes of the Police and Crime Panel held on
10 October 2024 (Pages 1 - 6)
### A4 Chair's Announcements

B - Reports

B1\tPolice and Crime Plan (Pages 7 - 12)

Members are asked to bring their papers.

EXEMPT ITEMS

Benjamin Watts, General Counsel
`;

describe("an agenda whose items are printed as lines of their own, with no list mark", () => {
  const result = importText(CODED_ITEMS_PACK, { source: "coded.txt" });

  it("reads 'A1 Title', 'A2. Title', 'A3 - Title' (wrapped), a heading and a tab as items", () => {
    const sections = result.parse.agenda?.sections.map((s) => ({ letter: s.letter, items: s.items.map((i) => [i.code, i.title, i.pages?.from, i.pages?.to]) }));
    expect(sections).toEqual([
      {
        letter: "A",
        items: [
          ["A1", "Apologies for Absence", undefined, undefined],
          ["A2", "Declarations of Interest", undefined, undefined],
          ["A3", "Minutes of the Police and Crime Panel held on 10 October 2024", 1, 6],
          ["A4", "Chair's Announcements", undefined, undefined],
        ],
      },
      { letter: "B", items: [["B1", "Police and Crime Plan", 7, 12]] },
    ]);
    expect(result.parse.agenda?.sections[0]?.items[2]?.minutes_of).toBe("kmpcp-2024-10-10");
  });

  it("keeps in the agenda's text, and reports, only the line that is no item", () => {
    expect(result.report.unplaced.filter((u) => u.reason.startsWith("line among the agenda items"))).toEqual([
      { line: 21, text: "Members are asked to bring their papers.", reason: "line among the agenda items is neither a section nor an item; kept in the agenda's text" },
    ]);
  });
});
