/**
 * Splitting a content file into its YAML front matter and Markdown body.
 *
 * gray-matter splits the file; the `yaml` package parses the block, because it keeps every node's
 * position and reads YAML 1.2, where `2024-10-10` stays a string instead of turning into a
 * JavaScript Date. Before gray-matter sees a file, the block's fences are checked here, for two
 * reasons: gray-matter ends the block at the first line that merely starts with `---` and accepts a
 * block that is never closed, both of which would hide an officer's mistake; and its
 * comment-stripping pattern takes time that grows with the square of a run of blank lines, so a
 * block over MAX_FRONT_MATTER_BYTES, or with hundreds of blank characters in a row, is refused
 * before it can stall the build.
 */
import matter from "gray-matter";
import { LineCounter, parseDocument, isAlias, isMap, isSeq, isScalar, isPair, visit, type Document, type Node } from "yaml";
import type { Problem } from "./problems.ts";

export interface ParsedFile {
  data: Record<string, unknown>;
  /** The Markdown after the front matter. */
  body: string;
  /** 1-based line in the file where `body` starts. */
  bodyLine: number;
  /** Finds the line and column of a front-matter field, for messages. */
  locate: Locate;
  /** Where every field and item is, as a table that outlives the parse (parse-cache.ts keeps it); `locatorOf` answers from it as `locate` does. */
  positions: () => Positions;
}

export type Locate = (path: readonly (string | number)[], key?: boolean) => Position | undefined;
export interface Position {
  line: number;
  column: number;
}

/** Each node's position by its path (as `step` joins it): its value's, and for a field its name's. */
export interface Positions {
  values: Map<string, Position>;
  keys: Map<string, Position>;
}

export type ParseResult = { ok: true; file: ParsedFile } | { ok: false; problems: Problem[] };

/** Where messages point when the front matter as a whole is at fault: its first field. */
const FRONT_MATTER_FIRST_LINE = 2;
/** Real front matter is a few kilobytes (the largest shipped agenda is under 10 KB). */
export const MAX_FRONT_MATTER_BYTES = 64 * 1024;
const OPENING = /^---[ \t]*\n/;
const CLOSING = /^---[ \t]*$/m;

/**
 * A file's front matter block as written, both fences included, found as `parseContentFile` finds
 * it; undefined when there is none. Equal blocks mean equal front matter.
 */
export function frontMatterBlock(text: string): string | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const closing = CLOSING.exec(text.slice(opening[0].length));
  return closing ? text.slice(0, opening[0].length + closing.index + closing[0].length) : undefined;
}

export function parseContentFile(file: string, text: string): ParseResult {
  if (text.trim() === "") {
    return { ok: false, problems: [{ file, line: 1, message: "file is empty: a content file starts with a front matter block (---, then type: and the other fields, then ---); delete the file if it is not needed" }] };
  }
  const opening = OPENING.exec(text);
  if (!opening) {
    return { ok: false, problems: [{ file, line: 1, message: "file has no front matter block: start it with a line ---, the fields (at least type:), and another line --- before the text" }] };
  }
  const afterOpening = text.slice(opening[0].length);
  const closing = CLOSING.exec(afterOpening);
  if (!closing) {
    return { ok: false, problems: [{ file, line: 1, message: "front matter block is not closed: add a line --- after the last field, before the text" }] };
  }
  const early = afterOpening.slice(0, closing.index).search(/^---/m);
  if (early !== -1) {
    const line = text.slice(0, opening[0].length + early).split("\n").length;
    return { ok: false, problems: [{ file, line, message: "a line starting with --- inside the front matter: the block closes with a line of exactly ---; put quotes around a value that starts with ---, or remove the line" }] };
  }
  if (closing.index > MAX_FRONT_MATTER_BYTES) {
    return { ok: false, problems: [{ file, line: 1, message: `front matter is ${Math.round(closing.index / 1024)} KB, over the ${MAX_FRONT_MATTER_BYTES / 1024} KB limit: front matter holds fields; move long text into the body, after the closing ---` }] };
  }
  const blankRun = /\s{500,}/.exec(afterOpening.slice(0, closing.index));
  if (blankRun) {
    // The run starts at the end of the last field's line; report the first empty line.
    const firstEmpty = blankRun.index + blankRun[0].indexOf("\n") + 1;
    const line = text.slice(0, opening[0].length + firstEmpty).split("\n").length;
    return { ok: false, problems: [{ file, line, message: `${blankRun[0].length} blank characters in a row in the front matter: remove the empty lines and spaces between fields` }] };
  }
  // Passing options keeps gray-matter from caching by content, which would share one
  // parsed object between files; the no-op engine leaves parsing to the yaml package below.
  const split = matter(text, { engines: { yaml: () => ({}) } });
  // A blank first line stands for the opening ---, so YAML's line numbers are the file's.
  const yamlSource = `\n${split.matter.replace(/^\n/, "")}`;
  const body = split.content;
  const bodyLine = text.slice(0, text.length - body.length).split("\n").length;

  const spaces = nonBreakingSpaces(file, yamlSource);
  if (spaces.length > 0) return { ok: false, problems: spaces };
  const lineCounter = new LineCounter();
  // logLevel "error": the yaml package would otherwise print its warnings to the officer's terminal.
  const doc = parseDocument(yamlSource, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: "error" });
  if (doc.errors.length > 0) {
    // A tab where YAML wants spaces throws out every line after it (and the one before, which it
    // takes as a key): reported alone, the officer is told the one thing to change.
    const tabs = doc.errors.filter((error) => error.code === "TAB_AS_INDENT");
    return {
      ok: false,
      problems: (tabs.length > 0 ? tabs : doc.errors).map((error) => {
        const offset = errorOffset(error.code, error.message, yamlSource, error.pos[0]);
        const pos = lineCounter.linePos(offset);
        return { file, line: pos.line, column: pos.col, message: `front matter is not valid YAML: ${yamlMessage(error.code, error.message, lineText(yamlSource, offset))}` };
      }),
    };
  }
  // A block with no fields (or only comments) has no type: validation says what to add.
  if (doc.contents !== null && !isMap(doc.contents)) {
    return { ok: false, problems: [{ file, line: FRONT_MATTER_FIRST_LINE, message: "front matter must be fields, one a line, written name: value and starting with type: (not a list of - items, not plain text)" }] };
  }
  const keys = nonScalarKeys(doc, yamlSource);
  if (keys.length > 0) {
    return { ok: false, problems: keys.map((key) => ({ file, line: lineCounter.linePos(key.offset).line, column: lineCounter.linePos(key.offset).col, message: key.message })) };
  }
  let data: Record<string, unknown>;
  try {
    data = (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
  } catch (error) {
    // Aliases throw here: too many (an alias bomb), or one whose anchor does not exist.
    const alias = firstAliasOffset(doc);
    const line = alias === undefined ? FRONT_MATTER_FIRST_LINE : lineCounter.linePos(alias).line;
    return { ok: false, problems: [{ file, line, message: `front matter could not be read (${String((error as Error).message)}): write each value out in full instead of a YAML alias (*name), and put quotes around text that starts with * or &` }] };
  }
  const locate = (path: readonly (string | number)[], key = false) => {
    const node = findNode(doc, path, key);
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  return { ok: true, file: { data, body, bodyLine, locate, positions: () => positionsOf(doc, lineCounter) } };
}

/**
 * A path as the table keys it: a field's name after ".", a list item's index after "#", each after
 * a NUL (which no name holds). As findNode does, a number step may name a field ("0:") or an item.
 */
const step = (prefix: string, part: string) => `${prefix}\u0000${part}`;

/** Every node's position, walked as findNode walks: a map's fields by name (scalar names only, the first of a name), a list's items by index. */
function positionsOf(doc: Document.Parsed, lineCounter: LineCounter): Positions {
  const values = new Map<string, Position>();
  const keys = new Map<string, Position>();
  const at = (offset: number): Position => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== "object" || !("range" in node)) return;
    const range = (node as Node).range;
    if (range) values.set(path, at(range[0]));
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const field = step(path, `.${String(pair.key.value)}`);
        if (keys.has(field)) continue;
        if (pair.key.range) keys.set(field, at(pair.key.range[0]));
        walk(pair.value, field);
      }
    } else if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) walk(item, step(path, `#${index}`));
    }
  };
  walk(doc.contents, "");
  return { values, keys };
}

/** `locate` answered from a table of positions, as findNode answers from the parsed document: the deepest node of `path` there is, or a field's name when `key` is asked for. */
export function locatorOf(positions: Positions): Locate {
  return (path, key = false) => {
    let at = "";
    let found = positions.values.get(at);
    for (let i = 0; i < path.length; i++) {
      const part = path[i];
      const field = step(at, `.${String(part)}`);
      if (key && i === path.length - 1) {
        const name = positions.keys.get(field);
        if (name) return name;
      }
      const next = [field, ...(typeof part === "number" ? [step(at, `#${part}`)] : [])].find((candidate) => positions.values.has(candidate));
      if (next === undefined) break;
      at = next;
      found = positions.values.get(at);
    }
    return found;
  };
}

/**
 * Lines of the front matter indented with a non-breaking space (U+00A0), or with one after a
 * field's colon. Word and web pages paste it in for a space; YAML does not count it as one, so the
 * line would be read as part of a field name or value and the error would point elsewhere.
 */
function nonBreakingSpaces(file: string, yamlSource: string): Problem[] {
  if (!yamlSource.includes("\u00a0")) return [];
  const problems: Problem[] = [];
  yamlSource.split("\n").forEach((text, index) => {
    // The indentation, and any "- " that starts list items on the line.
    const indent = /^[ \t\u00a0]*(?:-[ \t\u00a0]+)*/.exec(text)?.[0] ?? "";
    // The first colon ends the field name; found with indexOf, as a pattern could take quadratic time.
    const colon = text.indexOf(":");
    const afterColon = colon > 0 && text[colon + 1] === "\u00a0" && !text.slice(0, colon).includes("#");
    // yamlSource's first line stands for the opening ---, so index + 1 is the file's line.
    if (indent.includes("\u00a0")) {
      problems.push({ file, line: index + 1, column: indent.indexOf("\u00a0") + 1, message: "a non-breaking space (U+00A0) is used to indent this line: replace it with ordinary spaces" });
    } else if (afterColon) {
      problems.push({ file, line: index + 1, column: colon + 2, message: "a non-breaking space (U+00A0) follows the field name's colon: replace it with an ordinary space" });
    }
  });
  return problems;
}

/**
 * Keys that are not plain text: `[a, b]: x`, `? {a: 1}`, an alias, or nothing before the colon.
 * JavaScript objects only have text keys, so the yaml package would turn these into text with a
 * warning on the terminal; a field name is always plain text, so each is a mistake to report.
 */
function nonScalarKeys(doc: Document.Parsed, source: string): { offset: number; message: string }[] {
  const found: { offset: number; message: string }[] = [];
  visit(doc, {
    Pair(_key, pair) {
      const key = pair.key;
      if (isScalar(key) && key.value !== null) return;
      const offset = (key as Node | null)?.range?.[0] ?? (pair.value as Node | null)?.range?.[0];
      if (offset === undefined) return;
      if (key === null || isScalar(key)) {
        found.push({ offset, message: "a field name is missing before the colon (YAML reads nothing, null or ~ there as no name): write the field name, a colon and then the value, as in title: Minutes of the meeting" });
        return;
      }
      const what = isSeq(key) ? "a list" : isMap(key) ? "a set of fields" : isAlias(key) ? "an alias" : "a value";
      const range = (key as Node).range;
      const written = (range ? source.slice(range[0], range[1]) : String(key)).replace(/\s+/g, " ").trim().slice(0, 40);
      found.push({ offset, message: `a field name must be plain text, not ${what} (${written}): write the field name, then a colon and the value (a list goes after the colon, as in papers: [a, b]); put quotes around a name that starts with [, {, * or ?` });
    },
  });
  return found;
}

/** The deepest node along `path` that exists; with `key`, the key of the last step. */
function findNode(doc: Document.Parsed, path: readonly (string | number)[], key: boolean): Node | undefined {
  let node: unknown = doc.contents;
  let found: Node | undefined = doc.contents ?? undefined;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) break;
      if (key && i === path.length - 1 && isScalar(pair.key)) return pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof step === "number") {
      node = node.items[step];
    } else {
      break;
    }
    if (node && typeof node === "object" && "range" in node) found = node as Node;
    else break;
  }
  return found;
}

/**
 * Where an error is best shown. The yaml package reports an unclosed quote or bracket where the
 * block ends; the officer needs the line where it was opened.
 */
function errorOffset(code: string, message: string, source: string, offset: number): number {
  const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
  if (code === "MISSING_CHAR" && quote) return lastOpening(source, offset, new RegExp(`(?:^|[:,[{-])[ \\t]*${quote}`, "gm"), quote);
  if (code === "BAD_INDENT" && /end with a [\]}]/.test(message)) return lastOpening(source, offset, /[[{]/g);
  return offset;
}

/** Offset of the last match of `pattern` before `limit` (of `char` within the match, if given); else `limit`. */
function lastOpening(source: string, limit: number, pattern: RegExp, char?: string): number {
  let found = limit;
  for (const match of source.slice(0, limit).matchAll(pattern)) found = match.index + (char ? match[0].lastIndexOf(char) : 0);
  return found;
}

/** The whole line of `source` that `offset` falls on. */
function lineText(source: string, offset: number): string {
  const start = offset === 0 ? 0 : source.lastIndexOf("\n", offset - 1) + 1;
  const end = source.indexOf("\n", offset);
  return source.slice(start, end === -1 ? undefined : end);
}

function firstAliasOffset(doc: Document.Parsed): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return offset === undefined ? undefined : visit.BREAK;
    },
  });
  return offset;
}

/** The line `name: value` written again with its value in quotes, to show in a message. */
function withQuotes(line: string): string | undefined {
  const m = /^\s*((?:-\s+)?[^\s:#'"][^:#]*?):\s+(.+)$/.exec(line);
  if (!m) return undefined;
  const value = (m[2] ?? "").trimEnd();
  return `${m[1] ?? ""}: ${value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value}"`}`;
}

/** The yaml package's messages, each followed by what to write instead. */
function yamlMessage(code: string, message: string, line: string): string {
  const first = (message.split("\n")[0] ?? message).replace(/[.:\s]+$/, "");
  const quoted = withQuotes(line);
  if (code === "TAB_AS_INDENT" || /tab/i.test(first)) return `${first}: indent with spaces, not tabs`;
  if (/call stack/i.test(first)) return "lists or fields are nested too deeply to read: write them a few levels deep at most, and check that every [ and { is closed";
  if (code === "DUPLICATE_KEY") return `${first}: each field may appear once; remove or rename the second`;
  if (code === "MISSING_CHAR" && first.startsWith("Missing closing")) {
    const q = first.includes("'") ? "'" : '"';
    return `${first}: the value opened with ${q} on this line has no closing ${q}; add ${q} at the end of the value`;
  }
  if (code === "MISSING_CHAR" && first.includes("without - indicator")) return `${first}: line the field up with the other fields of the item above it (same number of spaces), or start a new item with -`;
  if (code === "MISSING_CHAR" && first.includes("Implicit map keys")) return `${first}: write this line as name: value, or indent it under the field it continues`;
  if (code === "BAD_INDENT" && first.includes("end with a ]")) return `${first}: a list written in [ ] must close with ] on the line where it starts`;
  if (code === "BAD_INDENT" && first.includes("end with a }")) return `${first}: fields written in { } must close with } on the line where they start`;
  if (code === "BAD_INDENT" || code === "BAD_SEQ_ITEM_INDENT") return `${first}: line the field up with the fields above it (same number of spaces)`;
  if ((code === "BLOCK_AS_IMPLICIT_KEY" || code === "MULTILINE_IMPLICIT_KEY") && quoted && /:\s/.test(line.slice(line.indexOf(":") + 1))) {
    return `${first}: a value that contains a colon and a space must be in quotes; write ${quoted}`;
  }
  if (code === "BAD_SCALAR_START") return `${first}: a value that starts with this character must be in quotes${quoted ? `; write ${quoted}` : ""}`;
  if (code === "BAD_DQ_ESCAPE") return `${first}: a backslash inside double quotes starts an escape; put the value in single quotes instead, or write \\\\ for a backslash`;
  if (code === "MULTIPLE_DOCS") return `${first}: the front matter is one block; remove the extra --- or ... line`;
  return `${first}: write each field as name: value on a line of its own, indented with spaces like the fields around it, with quotes around a value that contains ": " or starts with @, *, &, !, %, [ or {`;
}
