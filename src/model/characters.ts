/**
 * Characters no paper needs and that do harm once published: control characters make the Atom
 * feeds invalid XML and can drive an officer's terminal; bidi overrides make a name read
 * differently from how it is written; zero-width characters make two equal-looking identifiers
 * or names differ. Word, PDFs and web pages paste them in unseen, so every content file's decoded
 * text is searched for them once, and each one is named with its line, column and what to do.
 */
import type { Problem } from "./problems.ts";

/**
 * C0 controls other than tab, LF and CR; DEL and the C1 controls; the Arabic letter mark; the
 * Mongolian vowel separator; zero-width space, non-joiner and joiner and the two direction marks;
 * the bidi embeddings and overrides; the word joiner; the bidi isolates; U+FEFF.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this is for.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
/** Without the g flag: a quick test that keeps no state between calls. */
const ANY_FORBIDDEN = new RegExp(FORBIDDEN.source);

/** Every character a terminal or a reader cannot see as itself: FORBIDDEN plus tab and line breaks. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this is for.
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** A file with thousands of them needs the first few and a count, not thousands of lines. */
export const MAX_REPORTED_PER_FILE = 20;

const NAMES: ReadonlyMap<number, string> = new Map([
  [0x00, "NUL"],
  [0x07, "bell"],
  [0x08, "backspace"],
  [0x09, "tab"],
  [0x0a, "line feed"],
  [0x0b, "vertical tab, Word's manual line break"],
  [0x0c, "form feed, Word's page break"],
  [0x0d, "carriage return"],
  [0x1b, "escape, which starts a terminal control sequence"],
  [0x7f, "delete control character"],
  [0x85, "next line control character"],
  [0x061c, "Arabic letter mark, which changes the direction of the text around it"],
  [0x180e, "Mongolian vowel separator, an invisible character"],
  [0x200b, "zero-width space, an invisible character"],
  [0x200c, "zero-width non-joiner, an invisible character"],
  [0x200d, "zero-width joiner, an invisible character"],
  [0x200e, "left-to-right mark, which changes the direction of the text around it"],
  [0x200f, "right-to-left mark, which changes the direction of the text around it"],
  [0x2028, "line separator"],
  [0x2029, "paragraph separator"],
  [0x202a, "left-to-right embedding, which changes the direction of the text after it"],
  [0x202b, "right-to-left embedding, which changes the direction of the text after it"],
  [0x202c, "pop directional formatting, which ends a change of text direction"],
  [0x202d, "left-to-right override, which reverses how the text after it is shown"],
  [0x202e, "right-to-left override, which reverses how the text after it is shown"],
  [0x2060, "word joiner, an invisible character"],
  [0x2066, "left-to-right isolate, which changes the direction of the text after it"],
  [0x2067, "right-to-left isolate, which changes the direction of the text after it"],
  [0x2068, "first strong isolate, which changes the direction of the text after it"],
  [0x2069, "pop directional isolate, which ends a change of text direction"],
  [0xfeff, "byte-order mark, an invisible character"],
  [0x00a0, "non-breaking space"],
  [0x2018, "left single curly quote"],
  [0x2019, "right single curly quote"],
  [0x201a, "low single curly quote"],
  [0x201c, "left double curly quote"],
  [0x201d, "right double curly quote"],
  [0x201e, "low double curly quote"],
  [0x00ab, "left guillemet"],
  [0x00bb, "right guillemet"],
]);

/** `U+000B`: how a character is named in messages, whatever the terminal would make of it. */
export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** `U+000B (vertical tab, Word's manual line break)`. */
export function describeCharacter(char: string): string {
  const cp = char.codePointAt(0) ?? 0;
  const name = NAMES.get(cp) ?? (cp < 0x20 ? "control character" : cp >= 0x80 && cp <= 0x9f ? "control character, often a curly quote or dash garbled by an old program" : "character");
  return `${codePoint(char)} (${name})`;
}

/** What to do about one forbidden character, for the officer who cannot see it. */
function advice(cp: number): string {
  if (cp === 0x0b) return "delete it; for a line break in a title write the title on one line, and in the text start a new line or paragraph instead";
  if (cp === 0x0c) return "delete it; a page break has no place in a web page (start a new paragraph with an empty line if one is needed)";
  if (cp === 0x1b) return "delete it and the control sequence after it (such as [0m or [31m): they change how text looks in a terminal and mean nothing on the web";
  if (cp >= 0x80 && cp <= 0x9f) return "delete it and retype the character that should be there (a curly quote, dash or € sign saved in the wrong encoding?)";
  if (cp === 0x061c || (cp >= 0x200e && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) {
    return "delete it: it makes the text show in a different order from how it is written, so readers would not see what the file says";
  }
  if (cp >= 0x20) return "delete it: it is invisible, so if your editor cannot show it, retype the word or field name it sits in";
  return "delete it: text files never need it (pasted from a PDF or another program?)";
}

/** The problems for every forbidden character in `text`, the decoded text of `file` (lines as in the file). */
export function forbiddenCharacters(file: string, text: string): Problem[] {
  if (!ANY_FORBIDDEN.test(text)) return [];
  const problems: Problem[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  let count = 0;
  let firstUnreportedLine: number | undefined;
  for (const match of text.matchAll(FORBIDDEN)) {
    // A byte-order mark is only allowed as the file's first character (the decoder usually drops it).
    if (match.index === 0 && match[0] === "\uFEFF") continue;
    for (let i = text.indexOf("\n", scanned); i !== -1 && i < match.index; i = text.indexOf("\n", i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = match.index;
    count++;
    if (count > MAX_REPORTED_PER_FILE) {
      firstUnreportedLine ??= line;
      continue;
    }
    // Columns count characters as an editor does, not UTF-16 code units.
    const column = [...text.slice(lineStart, match.index)].length + 1;
    problems.push({ file, line, column, message: `${describeCharacter(match[0])} is not allowed in content: ${advice(match[0].codePointAt(0) ?? 0)}` });
  }
  if (firstUnreportedLine !== undefined) {
    problems.push({ file, line: firstUnreportedLine, message: `${count - MAX_REPORTED_PER_FILE} more invisible or control characters from this line on: delete them too (search the file for the code points named above)` });
  }
  return problems;
}

/**
 * `text` with every control, bidi and invisible character written as `<U+001B>`, so nothing taken
 * from content (a file name, a field name, a value quoted in a message) can move the cursor,
 * recolour or clear an officer's terminal, or reorder what the line shows.
 */
export function showInvisible(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `<${codePoint(char)}>`);
}
