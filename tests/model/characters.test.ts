/**
 * Control, bidi and invisible characters: refused wherever they sit in a file, each named with its
 * line and column; and never printed raw to the officer's terminal, whatever a message quotes.
 */
import { describe, expect, it } from "vitest";
import { forbiddenCharacters, MAX_REPORTED_PER_FILE, showInvisible } from "../../src/model/characters.ts";
import { formatProblem } from "../../src/model/problems.ts";

const FILE = "content/people/ann-able.md";

describe("forbiddenCharacters", () => {
  it("names Word's manual line break with its line, column and what to do", () => {
    const [problem, ...rest] = forbiddenCharacters(FILE, "---\ntype: report\ntitle: Budget\u000bupdate\n---\n");
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      file: FILE,
      line: 3,
      column: 14,
      message: expect.stringMatching(/^U\+000B \(vertical tab, Word's manual line break\) is not allowed in content: delete it; for a line break in a title write the title on one line/),
    });
  });

  it("refuses each kind the rule names, and nothing else", () => {
    const refused = [
      ...Array.from({ length: 0x20 }, (_, i) => i).filter((i) => i !== 0x09 && i !== 0x0a && i !== 0x0d),
      ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
      0x061c, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff,
    ];
    for (const cp of refused) {
      const char = String.fromCodePoint(cp);
      expect(forbiddenCharacters(FILE, `name: a${char}b\n`).map((p) => p.message.slice(0, 6)), char).toEqual([`U+${cp.toString(16).toUpperCase().padStart(4, "0")}`]);
    }
    const allowed = "tab\there\r\nCRLF, café, Cymraeg ŵ ŷ, “quotes” – dashes — £ € ½, non\u00a0breaking, 😀, 日本語, עברית, العربية\n";
    expect(forbiddenCharacters(FILE, allowed)).toEqual([]);
  });

  it("allows a byte-order mark only as the very first character", () => {
    expect(forbiddenCharacters(FILE, "\ufeff---\ntype: body\n")).toEqual([]);
    expect(forbiddenCharacters(FILE, "\ufeff---\n\ufefftype: body\n").map((p) => [p.line, p.column])).toEqual([[2, 1]]);
  });

  it("counts columns in characters, as an editor does, across astral characters", () => {
    expect(forbiddenCharacters(FILE, "a\nxx😀\u200by\n").map((p) => [p.line, p.column])).toEqual([[2, 4]]);
  });

  it("reports an escape sequence's ESC, so terminal codes never reach the site", () => {
    expect(forbiddenCharacters(FILE, "text \u001b[2J\u001b]0;pwned\u0007 more").map((p) => p.message.slice(0, 6))).toEqual(["U+001B", "U+001B", "U+0007"]);
  });

  it("lists the first few of a flood and counts the rest, from the line they start on", () => {
    const text = Array.from({ length: 50 }, (_, i) => `line ${i + 1}\u000b`).join("\n");
    const problems = forbiddenCharacters(FILE, text);
    expect(problems).toHaveLength(MAX_REPORTED_PER_FILE + 1);
    expect(problems.at(-1)).toMatchObject({ line: MAX_REPORTED_PER_FILE + 1, message: expect.stringMatching(/^30 more invisible or control characters from this line on: delete them too/) });
  });
});

describe("printing problems", () => {
  it("shows control, bidi and invisible characters as <U+XXXX> in the file, message and field", () => {
    const line = formatProblem({ file: "content/people/\u001b[31mevil.md", line: 2, column: 3, field: "na\u200bme", message: "unknown field \u202eeman\u202c: remove it\u0007\nnext" });
    expect(line).toBe("content/people/<U+001B>[31mevil.md:2:3 unknown field <U+202E>eman<U+202C>: remove it<U+0007><U+000A>next (na<U+200B>me)");
    expect(showInvisible(line)).toBe(line);
  });

  it("leaves ordinary text, accents and curly quotes alone", () => {
    expect(showInvisible("“Café” – £5, ŵ, 😀")).toBe("“Café” – £5, ŵ, 😀");
  });
});
