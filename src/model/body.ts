/**
 * Reading the structure out of a paper's Markdown: headings and their anchors, `@` references,
 * and, in minutes, each minute with its resolutions, questions, answers and declarations.
 *
 * The same function prepares the tokens the renderer writes, so anchors the loader checks links
 * against are exactly the ids on the page. It is pure: text in, tokens and structure out.
 */
import type { Token } from "markdown-it";
import { splitAttributes, trailingList } from "./attributes.ts";
import { slugWords } from "./slug.ts";
import { afiNumber } from "./areas-for-improvement.ts";
import { DEFAULT_MINUTE_NUMBER, type MinuteNumbering, minuteAnchor, splitMinuteNumber } from "./conventions.ts";
import { type BlockName, KNOWN_BLOCKS, markdown, NO_HEADER_ROW } from "./markdown.ts";
import { isImageExtension, splitFileName } from "./file-types.ts";
import type { Heading } from "./types.ts";

export interface BodyProblem {
  /** 0-based line within the body. */
  line: number;
  message: string;
}

export interface BodyReference {
  /** The identifier after `@`. */
  target: string;
  anchor?: string;
  line: number;
  /** Index into `minutes` of the minute the link sits in. */
  minute?: number;
  /** The link text, for stub pages that say how they were mentioned. */
  text: string;
}

/** A link to a file in the text's folder, `[the report](annual-report.pdf)`, or an image shown, `![a map](map.png)`. */
export interface BodyFileReference {
  /** The file name, with its extension. */
  name: string;
  line: number;
  /** The link's words, or the image's text alternative. */
  text: string;
  image: boolean;
}

/** A link to a section of the same text (`[text](#anchor)`). */
interface LocalLink {
  anchor: string;
  line: number;
  text: string;
}

export interface BodyBlock {
  name: BlockName;
  values: Map<string, string>;
  anchor: string;
  line: number;
  /** The Markdown inside the block, as written. */
  markdown: string;
  /** The anchor of the heading (level 2 or 3) the block sits under: its minute's, or a sub-heading's. */
  under: string;
}

export interface BodyMinute {
  line: number;
  printedNumber?: string;
  title: string;
  anchor: string;
  values: Map<string, string>;
  blocks: BodyBlock[];
}

export interface PreparedBody {
  tokens: Token[];
  headings: Heading[];
  references: BodyReference[];
  minutes: BodyMinute[];
  anchors: Set<string>;
  problems: BodyProblem[];
  /** Files linked or shown, by name (a paper's text only: PrepareOptions.files). */
  files: BodyFileReference[];
}

export interface PrepareOptions {
  /** Level-2 headings are minutes (minutes and notes). */
  minutes: boolean;
  /** A paper's text, which may link the files in its folder and show its images; other texts may not. */
  files?: boolean;
  /** How the minutes' body numbers them (its `conventions.minute_number`; default `## 113. Title`). */
  minuteNumbers?: MinuteNumbering;
}

/**
 * The ids the page templates give their own elements on pages that show content Markdown (a
 * paper, minutes, a meeting's notice, a person's, body's or topic's description), with what each
 * is. A heading that slugs to one is given a suffix (`main-content-2`), because two equal ids
 * would send the skip link, or a link to the page's attendance, to the heading instead.
 */
export const PAGE_IDS: ReadonlyMap<string, string> = new Map([
  ["main-content", "the target of the page's skip link"],
  ["agenda", "the meeting page's agenda"],
  ["agenda-text", "the meeting page's agenda as issued"],
  ["attendance", "the list of who attended"],
  ["membership", "the meeting page's membership list"],
  ["in-the-archive", "the meeting page's list of what the archive holds of it"],
  ["elsewhere", "the meeting page's links to its webcast and documents published elsewhere"],
  ["papers", "the meeting page's list of papers"],
  ["files", "the paper page's list of its files"],
  ["roles", "the person page's roles"],
  ["questions", "the person page's questions"],
  ["declarations", "the person page's declarations"],
]);

// Bad-input fix: was `\(\s*<?\s*`, whose two optional runs of spaces took quadratic time on a long run.
const UNSAFE_LINK = /\]\(\s*(?:<\s*)?(javascript|data|vbscript|file):/i;
const UNSAFE_AUTOLINK = /<(javascript|data|vbscript|file):/i;

export function prepareBody(source: string, options: PrepareOptions): PreparedBody {
  const md = markdown();
  const tokens = md.parse(source, {});
  const lines = source.split("\n");
  const problems: BodyProblem[] = [];
  const headings: Heading[] = [];
  const references: BodyReference[] = [];
  const locals: LocalLink[] = [];
  const files: BodyFileReference[] = [];
  const minutes: BodyMinute[] = [];
  const anchors = new Set<string>();
  const explicitAnchors = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const shift = tokens.some((t) => t.type === "heading_open" && t.tag === "h1") ? 1 : 0;
  const counters = new Map<string, number>();
  let current: BodyMinute | undefined;
  let lastQuestion: string | undefined;
  let lastHeading = "";

  const claim = (wanted: string, explicit: boolean, line: number): string => {
    if (explicit) {
      if (PAGE_IDS.has(wanted)) problems.push({ line, message: `anchor #${wanted} is used by the page itself (${PAGE_IDS.get(wanted)}): choose another anchor for this heading, e.g. {#${wanted}-section}, or remove it` });
      else if (explicitAnchors.has(wanted) || anchors.has(wanted)) problems.push({ line, message: `anchor #${wanted} is used twice on this page: give each heading its own anchor` });
      explicitAnchors.add(wanted);
      anchors.add(wanted);
      return wanted;
    }
    // Bad-input fix: counting on from the last suffix given, not from 2 each time (quadratic in repeated headings).
    let anchor = wanted;
    let n = nextSuffix.get(wanted) ?? 2;
    while (anchors.has(anchor) || PAGE_IDS.has(anchor)) anchor = `${wanted}-${n++}`;
    nextSuffix.set(wanted, n);
    anchors.add(anchor);
    return anchor;
  };

  // Before the loop below, which rewrites the headings' levels.
  const unclosed = unclosedBlocks(tokens, lines, shift);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const line = token.map?.[0] ?? 0;
    if (token.type === "heading_open") {
      const inline = tokens[i + 1] as Token;
      const split = splitAttributes(inline.content);
      if (!split.ok) problems.push({ line, message: split.error });
      const values = split.ok ? split.attributes.values : new Map<string, string>();
      const explicit = split.ok ? split.attributes.anchor : undefined;
      stripTrailingAttributes(inline);
      const text = plainText(inline).trim();
      const level = Math.min(6, Number(token.tag.slice(1)) + shift);
      token.tag = `h${level}`;
      const close = tokens[i + 2];
      if (close?.type === "heading_close") close.tag = token.tag;
      if (options.minutes && level === 2) {
        const numbered = splitMinuteNumber(text, options.minuteNumbers ?? DEFAULT_MINUTE_NUMBER);
        const printedNumber = numbered?.number;
        const title = numbered?.title ?? text;
        // Numbers repeat (a body that numbers each meeting's minutes from 1, a number printed twice):
        // the anchor is unique within this page, which is all an anchor needs to be.
        const anchor = claim(explicit ?? ((printedNumber && minuteAnchor(printedNumber)) || headingAnchor(title)), explicit !== undefined, line);
        for (const name of values.keys()) {
          if (!MINUTE_ATTRIBUTES.includes(name)) problems.push({ line, message: `unknown attribute ${name}= on a minute heading: use ${MINUTE_ATTRIBUTES.join("=, ")}=` });
        }
        current = { line, printedNumber, title, anchor, values, blocks: [] };
        minutes.push(current);
        lastQuestion = undefined;
        token.attrSet("id", anchor);
        headings.push({ level, text, anchor });
        lastHeading = anchor;
      } else {
        if (values.size > 0) problems.push({ line, message: `attributes ${[...values.keys()].join(", ")} have no meaning on this heading: only minute headings (level 2, in minutes) take attributes; keep just {#anchor} if you need one` });
        const anchor = claim(explicit ?? headingAnchor(text), explicit !== undefined, line);
        token.attrSet("id", anchor);
        if (level <= 3) {
          headings.push({ level, text, anchor });
          lastHeading = anchor;
        }
      }
      continue;
    }
    if (token.type.startsWith("container_") && token.type.endsWith("_open")) {
      const name = token.type.slice("container_".length, -"_open".length);
      const info = token.info.trim();
      const notClosed = unclosed.get(i);
      if (notClosed) problems.push({ line, message: notClosed });
      if (name === "unknown") {
        problems.push({ line, message: `unknown block ::: ${info.split(/\s/)[0]}: the blocks are ::: ${KNOWN_BLOCKS.join(", ::: ")}` });
        continue;
      }
      if (name === NO_HEADER_ROW) {
        checkTableBlock(tokens, i, info, problems);
        continue;
      }
      const split = splitAttributes(info.slice(name.length));
      if (!split.ok) problems.push({ line, message: split.error });
      if (split.text.trim() !== "") problems.push({ line, message: `unexpected text "${split.text.trim()}" after ::: ${name}: attributes go in braces, e.g. ::: ${name} {name=value}` });
      const values = split.ok ? split.attributes.values : new Map<string, string>();
      if (!current) {
        problems.push({ line, message: `::: ${name} block outside a minute: blocks belong under a minute heading (## 109. Title) in minutes or notes` });
        continue;
      }
      const blockName = name as BlockName;
      const allowed = BLOCK_ATTRIBUTES[blockName];
      for (const key of values.keys()) {
        if (!allowed.includes(key)) problems.push({ line, message: `unknown attribute ${key}= on ::: ${name}: ${allowed.length ? `use ${allowed.join("=, ")}=` : "this block takes none"}` });
      }
      const end = token.map?.[1] ?? line + 1;
      // markdown-it-container maps a block to [opening fence, closing fence).
      const inner = lines.slice(line + 1, Math.max(line + 1, end)).join("\n").trim();
      if (inner === "") problems.push({ line, message: `::: ${name} block is empty: put the text as printed between ::: ${name} and the closing :::` });
      let anchor: string;
      if (blockName === "afi") {
        // The anchor comes from the number as printed ("AFI 4 –" is #afi-4), so that links to it read as the notes do.
        const number = afiNumber(inner);
        if (number === undefined && inner !== "") problems.push({ line, message: `::: afi block does not begin with its label as printed ("AFI 4 – …" or "AFI 1: …"): start its text with AFI and the number the notes print` });
        anchor = claim(number === undefined ? `${current.anchor}-afi` : `afi-${number}`, false, line);
      } else if (blockName === "answer") {
        if (!lastQuestion) {
          problems.push({ line, message: "::: answer with no ::: question before it in this minute: put the question block first" });
          anchor = claim(`${current.anchor}-answer`, false, line);
        } else {
          anchor = claim(`${lastQuestion}-answer`, false, line);
        }
      } else {
        const key = `${current.anchor}:${blockName}`;
        const n = (counters.get(key) ?? 0) + 1;
        counters.set(key, n);
        anchor = claim(`${current.anchor}-${BLOCK_PREFIX[blockName]}${n}`, false, line);
        if (blockName === "question") lastQuestion = anchor;
      }
      token.attrSet("id", anchor);
      current.blocks.push({ name: blockName, values, anchor, line, markdown: inner, under: lastHeading });
      continue;
    }
    if (token.type === "inline") {
      if (tokens[i - 1]?.type === "paragraph_open") strayFence(token, line, problems);
      scanInline(token, line, minutes.length - 1, { references, locals, problems, files: options.files ? files : undefined });
    }
  }
  for (const link of locals) {
    if (anchors.has(link.anchor)) continue;
    const some = [...anchors].slice(0, 8).map((a) => `#${a}`).join(", ");
    problems.push({ line: link.line, message: `link "${link.text}" to #${link.anchor} goes nowhere: no heading on this page has that anchor; ${some ? `link to one it has (${some})` : "this text has no headings to link to"}, or write the words as plain text` });
  }
  return { tokens, headings, references, minutes, anchors, problems, files };
}

export const MINUTE_ATTRIBUTES = ["item", "decisions", "topics"];
const BLOCK_ATTRIBUTES: Record<BlockName, string[]> = {
  resolved: ["does", "approves", "elects", "role", "follow_up", "decision"],
  question: ["asker", "council", "number"],
  answer: [],
  declaration: ["person", "item"],
  afi: [],
};
const BLOCK_PREFIX: Record<Exclude<BlockName, "answer" | "afi">, string> = { resolved: "r", question: "q", declaration: "d" };

/** A block still open while unclosedBlocks walks the tokens. */
interface OpenBlock {
  index: number;
  /** As written after `:::`, so that the message names the block the officer wrote. */
  name: string;
  line: number;
  /** markdown-it-container's map: the line after the block's last line, where its `:::` should be. */
  end: number;
  /** The length of its opening `:::` (a longer fence may hold a block with a shorter one). */
  fence: number;
  /** What the block ran into before it was closed, and where its `:::` goes, each as the message's words. */
  before?: { what: string; where: string };
}

/**
 * Bad-input fix: markdown-it-container ends a block at the first `:::` line after it, whichever
 * block that line was written for, and runs a block with none to the end of the text. So a block
 * whose `:::` was forgotten took in the next minute's heading and that minute's resolution (ended
 * by the resolution's `:::`), and the page and resolutions.json showed them inside it. A block is
 * not closed when a heading of level 1 to 3 is inside it (a block sits in one minute or section:
 * those headings are what begins the next, and the contents list), when a block opened inside it
 * ran to its end (so the `:::` there was written for that inner block), or when no `:::` follows
 * it at all. Returns the message for each such block, by the index of its opening token.
 */
function unclosedBlocks(tokens: readonly Token[], lines: readonly string[], shift: number): Map<number, string> {
  const problems = new Map<number, string>();
  const open: OpenBlock[] = [];
  let lastText = lines.length - 1;
  while (lastText >= 0 && (lines[lastText] ?? "").trim() === "") lastText--;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type.startsWith("container_") && token.type.endsWith("_open")) {
      const line = token.map?.[0] ?? 0;
      const known = token.type.slice("container_".length, -"_open".length);
      const name = known === "unknown" ? (token.info.trim().split(/\s/)[0] ?? known) : known;
      open.push({ index: i, name, line, end: token.map?.[1] ?? line + 1, fence: token.markup.length });
    } else if (token.type === "heading_open" && Number(token.tag.slice(1)) + shift <= 3) {
      const before = { what: ` before the heading ${quoteLine(lines[token.map?.[0] ?? 0])}`, where: ", above that heading" };
      for (const block of open) block.before ??= before;
    } else if (token.type.startsWith("container_") && token.type.endsWith("_close")) {
      const block = open.pop();
      if (!block) continue;
      const parent = open.at(-1);
      if (parent?.end === block.end) {
        // Both end at the same line, which can close only one of them: the outer one, as the
        // officer reads it, unless its fence is the longer one (then the `:::` is its own).
        if (parent.fence <= block.fence) parent.before ??= { what: ` before the block ${quoteLine(lines[block.line])} opens`, where: ", above that block" };
        else block.before ??= { what: ` before the end of the ${":".repeat(parent.fence)} ${parent.name} block it is in`, where: ", above the line that ends that block" };
      }
      const fence = /^\s*(:+)\s*$/.exec(lines[block.end] ?? "")?.[1]?.length ?? 0;
      // With no `:::` after it, a block ran to the end of the text, or of the list item it is in.
      const before = block.before ?? (fence >= block.fence ? undefined : { what: block.end > lastText ? " before the end of the text" : "", where: "" });
      if (!before) continue;
      const fenceText = ":".repeat(block.fence);
      problems.set(block.index, `${fenceText} ${block.name} block opened here is not closed${before.what}: add a line ${fenceText} alone after the last line of its ${block.name === NO_HEADER_ROW ? "table" : "text"}${before.where}`);
    }
  }
  return problems;
}

/** A line of the text, quoted in a message so that the officer can find it. */
function quoteLine(line: string | undefined): string {
  const text = (line ?? "").trim();
  return `"${text.length > 80 ? `${text.slice(0, 79)}…` : text}"`;
}

/** Tokens a table is made of: anything else in a `::: no-header-row` block is not a table. */
const TABLE_TOKENS = new Set(["table_open", "table_close", "thead_open", "thead_close", "tbody_open", "tbody_close", "tr_open", "tr_close", "th_open", "th_close", "td_open", "td_close", "inline"]);

/**
 * A `::: no-header-row` block: with no attributes, holding tables and nothing else (its meaning,
 * that the first row is an ordinary row, is about tables only). Whether it is closed is checked
 * with every other block's, by unclosedBlocks.
 */
function checkTableBlock(tokens: readonly Token[], open: number, info: string, problems: BodyProblem[]): void {
  const token = tokens[open] as Token;
  const line = token.map?.[0] ?? 0;
  if (info.slice(NO_HEADER_ROW.length).trim() !== "") problems.push({ line, message: `::: ${NO_HEADER_ROW} takes no attributes: write the line ::: ${NO_HEADER_ROW} alone, then the table` });
  let tables = 0;
  let other = false;
  for (let j = open + 1, depth = 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === token.type) depth++;
    if (t.type === `container_${NO_HEADER_ROW}_close` && --depth === 0) break;
    if (t.type === "table_open") tables++;
    else if (!TABLE_TOKENS.has(t.type)) other = true;
  }
  if (tables === 0 || other) {
    problems.push({ line, message: `::: ${NO_HEADER_ROW} holds ${tables === 0 ? "no table" : "text that is not a table"}: put only the table inside it, written with its first printed row where Markdown puts the header row (| a | b |, then |---|---|, then the other rows)` });
  }
}

/**
 * Bad-input fix: a `:::` line that markdown-it-container did not open as a block (`::: resolved
 * does=note`, `::: Resolved`, `::: resolved{…}`) was shown as text and its resolution silently lost.
 * One problem per paragraph: the stray closing `:::` of the same mistake is not reported again.
 */
function strayFence(token: Token, firstLine: number, problems: BodyProblem[]): void {
  const lines = token.content.split("\n");
  const index = lines.findIndex((l) => l.trimStart().startsWith(":::"));
  if (index === -1) return;
  const text = (lines[index] ?? "").trim();
  problems.push({
    line: firstLine + index,
    message: text === ":::"
      ? "a ::: line that closes no block: remove it, or fix the line that should open the block (::: resolved {does=note})"
      : `"${text}" does not open a block: write ::: and one of ${KNOWN_BLOCKS.join(", ")} in lower case, then any attributes in braces, e.g. ::: resolved {does=note}, and close the block with a line ::: alone`,
  });
}

/** Where scanInline records what it finds; `files` only in a paper's text, which may name files. */
interface Found {
  references: BodyReference[];
  locals: LocalLink[];
  problems: BodyProblem[];
  files?: BodyFileReference[];
}

/** Links and images in one inline run: `@` references and files recorded, unsafe and placeholder links refused. */
function scanInline(token: Token, firstLine: number, minute: number, found: Found): void {
  const { references, locals, problems } = found;
  if (UNSAFE_LINK.test(token.content) || UNSAFE_AUTOLINK.test(token.content)) {
    const scheme = (UNSAFE_LINK.exec(token.content) ?? UNSAFE_AUTOLINK.exec(token.content))?.[1]?.toLowerCase();
    problems.push({ line: firstLine + lineOffset(token.content, token.content.search(/(javascript|data|vbscript|file):/i)), message: `${scheme}: links are not allowed in content: link to a page with https:// or to the archive with @identifier, or write the words as plain text` });
  }
  let line = firstLine;
  const children = token.children ?? [];
  for (let c = 0; c < children.length; c++) {
    const child = children[c] as Token;
    if (child.type === "softbreak" || child.type === "hardbreak") line++;
    if (child.type === "text" || child.type === "code_inline") line += countNewlines(child.content);
    if (child.type === "image") {
      const problem = imageProblem(String(child.attrGet("src") ?? ""), child.content.trim(), line, found.files);
      if (problem) problems.push({ line, message: problem });
      continue;
    }
    if (child.type !== "link_open") continue;
    const href = String(child.attrGet("href") ?? "");
    const text = linkText(children, c);
    if (href === "#" || href === "") {
      problems.push({ line, message: `link "${text}" goes nowhere (#): write the words as plain text, or link with @identifier or https://` });
    } else if (href.startsWith("#")) {
      // Checked once every heading has its anchor: a link to a section further down is fine.
      locals.push({ anchor: href.slice(1), line, text });
    } else if (href.startsWith("@")) {
      const [target = "", anchor] = href.slice(1).split("#");
      references.push({ target, anchor: anchor || undefined, line, minute: minute >= 0 ? minute : undefined, text });
    } else if (splitFileName(href) && found.files) {
      found.files.push({ name: href, line, text, image: false });
    } else if (!/^(https?:|mailto:|tel:|#)/i.test(href)) {
      problems.push({ line, message: `link to "${href}" is not allowed: write an address starting https://, or refer to the archive with @identifier (e.g. @anyshire-panel-2025-01-15)` });
    }
  }
}

/**
 * What is wrong with an image `![alt](src)`, if anything; a good one is recorded in `files`. An
 * image is a file in the paper's own folder with a text alternative: one from another site would
 * be fetched from it by every reader (and is refused by the pages' security policy), and one
 * without words is nothing to a screen reader.
 */
function imageProblem(src: string, alt: string, line: number, files: BodyFileReference[] | undefined): string | undefined {
  const file = splitFileName(src);
  if (!file) {
    const remote = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src);
    return remote
      ? `image ${src} is on another site, and images from other sites are not shown: save the image (PNG or JPEG) in this paper's folder and show it by its file name, e.g. ![${alt || "what the image shows"}](map.png)`
      : `image ${src || "with no file"} cannot be shown: an image is a PNG or JPEG file in this paper's folder, shown by its file name, e.g. ![${alt || "what the image shows"}](map.png)`;
  }
  if (!isImageExtension(file.ext)) return `${src} is not an image (PNG or JPEG), so it cannot be shown in the text: link it instead, e.g. [${alt || "the file's title"}](${src})`;
  if (!files) return `image ${src} cannot be shown here: images are shown only in a paper's text, from the paper's own folder`;
  if (alt === "") return `image ${src} has no text alternative: write what it shows, for someone who cannot see it, between the square brackets, e.g. ![Map of the policing districts](${src})`;
  files.push({ name: src, line, text: alt, image: true });
  return undefined;
}

function linkText(children: Token[], open: number): string {
  let text = "";
  for (let c = open + 1; c < children.length && (children[c] as Token).type !== "link_close"; c++) text += (children[c] as Token).content;
  return text;
}

function countNewlines(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === "\n") n++;
  return n;
}

function lineOffset(text: string, index: number): number {
  return index <= 0 ? 0 : countNewlines(text.slice(0, index));
}

/** Removes the `{…}` list from a heading's inline tokens so it never reaches the page. */
function stripTrailingAttributes(inline: Token): void {
  inline.content = splitAttributes(inline.content).text;
  const children = inline.children ?? [];
  const last = [...children].reverse().find((c) => c.type === "text");
  // Bad-input fix: trailingList replaces a /\s*\{[^{}]*\}\s*$/ that took quadratic time on a long run of spaces.
  if (last) last.content = trailingList(last.content)?.rest ?? last.content;
}

export function plainText(inline: Token): string {
  const children = inline.children ?? [];
  if (children.length === 0) return inline.content;
  return children.map((c) => (c.type === "text" || c.type === "code_inline" ? c.content : c.type === "softbreak" ? " " : "")).join("");
}

/** A readable anchor from heading text: lower case, hyphens, at most 60 characters, starting with a letter. */
export function headingAnchor(text: string): string {
  const base = slugWords(text).slice(0, 60).replace(/-+$/g, "");
  return /^[a-z]/.test(base) ? base : `s-${base || "section"}`;
}

