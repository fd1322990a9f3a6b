/**
 * The importer writes board notes in the forms the content model has for what they print: each
 * AFI a `::: afi` block with its label as printed, each slide label (bare or titled) a heading
 * under its item, the heading block in `heading:`, and the agreement of the previous meeting's
 * notes a `::: resolved` block that approves them, with a stub for that meeting.
 */
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { bodies, imported, seedText } from "./seeds.ts";

const notesOf = (seed: "000" | "003") => bodies(imported(seed)).find((b) => b.path.endsWith("notes.md"))?.body ?? "";
const frontOf = (seed: "000" | "003", path: string) => matter(imported(seed).files.find((f) => f.path === path)?.content ?? "").data;

/** Each `➢` line of the seed, its wrapped lines joined: the AFIs as printed. */
function printedAfis(seed: string): string[] {
  const lines = seed.split("\n");
  const afis: string[] = [];
  lines.forEach((line, i) => {
    if (!line.includes("➢")) return;
    let text = line.replace(/^\s*➢\s*/, "").trim();
    for (let j = i + 1; j < lines.length && lines[j]?.trim() && !/^\s*[➢•]/.test(lines[j] ?? ""); j++) text += ` ${lines[j]?.trim()}`;
    afis.push(text);
  });
  return afis;
}

describe("003: the notes of 31 October 2022", () => {
  it("writes each of the 19 AFIs in a ::: afi block, its label and separator as printed", () => {
    const blocks = [...notesOf("003").matchAll(/^::: afi\n(.*)\n:::$/gm)].map((m) => m[1]);
    expect(blocks).toEqual(printedAfis(seedText("003")));
    expect(blocks).toHaveLength(19);
    expect(blocks[0]).toBe("AFI 1: The force needs to improve the capacity and capability of its response teams.");
    expect(blocks[3]).toBe("AFI 4 – The force needs to improve how it collects information about the diversity of crime victims and use this to ensure it serves different communities equally.");
    expect(notesOf("003")).not.toMatch(/^- AFI \d/m);
  });

  it("puts AFI 4 under Slide 7, and the slides under item 3, before item 4", () => {
    const notes = notesOf("003");
    expect(notes).toContain("### Slide 7\n\n::: afi\nAFI 4 –");
    expect(notes).toContain("### Slide 21\n\n::: afi\nAFI 19 –");
    const headings: string[] = notes.match(/^#{2,3} .*$/gm) ?? [];
    expect(headings.indexOf("### Slide 7")).toBeGreaterThan(headings.indexOf("## 3. HMICFRS PEEL Report & Improvement Plan"));
    expect(headings.indexOf("### Slide 25 – VAWG Strategy one year on")).toBeLessThan(headings.indexOf("## 4. Update on any Significant Operational Matters"));
  });

  it("writes the heading block as printed in heading:", () => {
    expect(frontOf("003", "meetings/pdb-2022-10-31/notes.md").heading).toEqual({
      title: "Bespoke HMICFRS PEEL Inspection - Performance and Delivery Board",
      date_and_time: "Monday 31 October 2022",
      venue: "Kent Police Headquarters, North Kent (also broadcast via Microsoft Teams Live)",
    });
  });

  it("writes the agreement of the notes of 8 June 2022, with the updates it noted, as a resolution that approves them, and a stub of that meeting", () => {
    const notes = notesOf("003");
    const block = /::: resolved \{does="agree note" approves=pdb-2022-06-08\}\n([\s\S]*?)\n:::/.exec(notes)?.[1] ?? "";
    expect(block).toMatch(/^- The notes were agreed as a true and accurate record and the following updates on two outstanding actions noted:/);
    expect(block).toContain("  - Provide an update on borders, migrants and Kent Police’s role supporting Border Force (1 December 2021)");
    expect(block).toContain("(8 June 2022): discharged - covered in Making Kent Safer paper");
    expect(frontOf("003", "meetings/pdb-2022-06-08/meeting.md")).toMatchObject({ type: "meeting", body: "pdb", status: "referenced" });
    expect(imported("003").report.guesses.map((g) => `${g.line} ${g.guess}`)).toContain("16 approves=pdb-2022-06-08");
  });
});

describe("000: the notes of 12 June 2024", () => {
  it("writes the agreement of the notes of 28 February 2024 up to the next bullet, which is not part of it", () => {
    const notes = notesOf("000");
    const block = /::: resolved \{does=agree approves=pdb-2024-02-28\}\n([\s\S]*?)\n:::\n\n(.*)/.exec(notes);
    expect(block?.[1]).toMatch(/^- The notes were agreed as a true and accurate record and the following actions discharged:\n {2}- Force to provide a briefing on progress/);
    expect(block?.[2]).toBe("- The following action from the 7 June 2023 meeting was also discharged:");
    expect(frontOf("000", "meetings/pdb-2024-06-12/notes.md").heading).toEqual({
      title: "Performance and Delivery Board",
      date_and_time: "Wednesday 12 June 2024",
      venue: "Clift Room, Sutton Road, Maidstone (also broadcast via Microsoft Teams Live)",
    });
  });
});
