/**
 * Splitting a content file into its YAML front matter and Markdown body.
 *
 * gray-matter finds the block; the `yaml` package parses it, because it keeps every node's position
 * (gray-matter's own parser gives none) and reads YAML 1.2, where `2024-10-10` stays a string
 * instead of turning into a JavaScript Date.
 */
import matter from "gray-matter";
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Document, type Node } from "yaml";
import type { Problem } from "./problems.ts";

export interface ParsedFile {
  data: Record<string, unknown>;
  /** The Markdown after the front matter. */
  body: string;
  /** 1-based line in the file where `body` starts. */
  bodyLine: number;
  /** Finds the line and column of a front-matter field, for messages. */
  locate: (path: readonly (string | number)[], key?: boolean) => { line: number; column: number } | undefined;
}

export type ParseResult = { ok: true; file: ParsedFile } | { ok: false; problems: Problem[] };

/** The front matter starts on line 2, after the opening `---`. */
const FRONT_MATTER_FIRST_LINE = 2;

export function parseContentFile(file: string, text: string): ParseResult {
  if (text.trim() === "") {
    return { ok: false, problems: [{ file, line: 1, message: "file is empty: a content file starts with a front matter block (---, then type: and the other fields, then ---); delete the file if it is not needed" }] };
  }
  if (!/^---[ \t]*\n/.test(text)) {
    return { ok: false, problems: [{ file, line: 1, message: "file has no front matter block: start it with a line ---, the fields (at least type:), and another line --- before the text" }] };
  }
  let yamlDocument: Document.Parsed | undefined;
  const lineCounter = new LineCounter();
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {
      engines: {
        yaml: (source: string) => {
          yamlDocument = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
          return yamlDocument.errors.length > 0 ? {} : (yamlDocument.toJS({ maxAliasCount: 100 }) ?? {});
        },
      },
    });
  } catch (error) {
    // gray-matter throws only on engine errors; ours returns, but alias bombs throw from toJS.
    return { ok: false, problems: [{ file, line: FRONT_MATTER_FIRST_LINE, message: `front matter could not be read: ${String((error as Error).message)}` }] };
  }
  const doc = yamlDocument;
  if (!doc) {
    return { ok: false, problems: [{ file, line: 1, message: "front matter block is not closed: add a line --- after the last field" }] };
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const pos = lineCounter.linePos(error.pos[0]);
        return { file, line: pos.line + FRONT_MATTER_FIRST_LINE - 1, column: pos.col, message: `front matter is not valid YAML: ${yamlMessage(error.code, error.message)}` };
      }),
    };
  }
  if (!isMap(doc.contents)) {
    return { ok: false, problems: [{ file, line: FRONT_MATTER_FIRST_LINE, message: "front matter must be a list of fields (name: value), starting with type:" }] };
  }
  const data = parsed.data as Record<string, unknown>;
  const body = parsed.content;
  const bodyLine = text.slice(0, text.length - body.length).split("\n").length;
  const locate = (path: readonly (string | number)[], key = false) => {
    const node = findNode(doc, path, key);
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + FRONT_MATTER_FIRST_LINE - 1, column: pos.col };
  };
  return { ok: true, file: { data, body, bodyLine, locate } };
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

/** The yaml package's messages, with the common officer mistakes spelled out. */
function yamlMessage(code: string, message: string): string {
  const first = message.split("\n")[0] ?? message;
  if (/tab/i.test(first)) return `${first}: indent with spaces, not tabs`;
  if (code === "DUPLICATE_KEY") return `${first}: each field may appear once; remove or rename the second`;
  if (code === "BAD_INDENT" || code === "BAD_SEQ_ITEM_INDENT") return `${first}: line the field up with the fields above it`;
  if (code === "MULTILINE_IMPLICIT_KEY" || code === "MISSING_CHAR") return `${first}: put quotes around a value that contains a colon or starts with a special character`;
  return first;
}
