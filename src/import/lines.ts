/**
 * Source lines with their 1-based line numbers.
 *
 * Every step of the import works on these rather than on bare strings, so that whatever the
 * importer drops, moves or cannot place can be reported against the line of the source it came
 * from. A line made by joining several keeps the number of its first line.
 */
export interface SourceLine {
  /** 1-based line number in the source text (awk NR numbering). */
  readonly no: number;
  readonly text: string;
}

/** Splits a source text into numbered lines; CRLF and CR line ends count as LF. */
export function toLines(text: string): SourceLine[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line, index) => ({ no: index + 1, text: line }));
}

export function isBlank(line: SourceLine | undefined): boolean {
  return line === undefined || line.text.trim() === "";
}

/** The line's text without Markdown emphasis, heading marks or surrounding space. */
export function plain(text: string): string {
  return text
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/\*+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Index of the next non-blank line at or after `from`, or -1. */
export function nextNonBlank(lines: readonly SourceLine[], from: number): number {
  for (let i = from; i < lines.length; i++) if (!isBlank(lines[i])) return i;
  return -1;
}

/** "lines 12-30" or "line 12", for messages. */
export function lineRange(from: number, to: number): string {
  return from === to ? `line ${from}` : `lines ${from}-${to}`;
}

