/**
 * A page as Pagefind reads it, and nothing more: what the search index is built from for a page
 * that is not cut into sections (search-sections.ts). Pagefind parses every byte it is given and
 * holds it in memory while it indexes, but of a page it keeps only the text of its
 * `data-pagefind-body` regions, the filters, sorts and metadata tagged anywhere on it, its first
 * `<h1>` and `<title>` (the default result title) and its anchors (elements with an id inside the
 * regions, which give a result's sub-results). The page's navigation, footer, print notes and
 * attendance tables outside the regions are parsed only to be thrown away.
 *
 * The lean document keeps exactly what Pagefind 1.5.2 reads (pagefind/src/fossick/parser.rs), so
 * that it indexes to the same record, word for word: the same content and excerpts, title,
 * filters, sorts, metadata and anchors (tests/search/search-lean.test.ts compares the two through
 * Pagefind itself). Within a region an element's tags can go only where Pagefind would not notice:
 *
 * - elements that end a sentence (headings, p, td, div, ul, li, article, section: Pagefind puts a
 *   full stop after their text), elements with an id (anchors), `<br>` (a space) and elements with
 *   `data-pagefind-*` attributes are kept, with only the attributes Pagefind reads;
 * - inline elements (a, span, strong…) are unwrapped: Pagefind reads their text as their parent's;
 * - other elements (tables, rows, definition lists) are unwrapped too, unless inside an element
 *   with an id, whose anchor text they keep theirs out of;
 * - ignored elements (`data-pagefind-ignore`, nav, footer, form, script…) go, but for the
 *   filters, sorts and metadata inside them, which Pagefind still reads;
 * - text is copied as it is in the page (entities and all: Pagefind decides where a full stop
 *   goes from the last character it sees), with runs of white space made one space.
 *
 * Outside the regions only their ancestors' tags remain (Pagefind puts a full stop after a region
 * inside a div), and the text directly in them (Pagefind indexes text that follows a region in
 * the same parent); everything else goes, but for the metadata, the first `<h1>` and the
 * `<title>`. Images are not carried: Pagefind would take the first one after the title as the
 * result's image, and the archive's pages have none.
 *
 * Pure: a page parsed with source positions (`PARSE_OPTIONS`) in, a document out.
 */
import type { Cheerio, CheerioAPI, CheerioOptions, HTMLParser2Options } from "cheerio/slim";
import { escapeAttribute, escapeText } from "../render/escape.ts";

// cheerio's DOM node types (domhandler's), named through cheerio: it carries its own copy.
type AnyNode = ReturnType<ReturnType<CheerioAPI["root"]>["contents"]> extends Cheerio<infer T> ? T : never;
type Element = ReturnType<ReturnType<CheerioAPI["root"]>["children"]> extends Cheerio<infer T> ? T : never;

/** Options for cheerio's `load`: the lean document copies text as it is written in the page. */
export const PARSE_OPTIONS: CheerioOptions & HTMLParser2Options = { withStartIndices: true, withEndIndices: true };

/** Pagefind's SENTENCE_SELECTORS: a full stop and a space follow their text. */
const SENTENCE = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p", "td", "div", "ul", "li", "article", "section"]);
/** Pagefind's INLINE_SELECTORS (less br, label and script, kept or removed below): their text is their parent's. */
const INLINE = new Set(["a", "abbr", "acronym", "b", "bdo", "big", "button", "cite", "code", "dfn", "em", "i", "img", "input", "kbd", "map", "object", "output", "q", "samp", "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "tt", "var"]);
/** Pagefind's REMOVE_SELECTORS: never indexed, wherever they are. */
const REMOVED = new Set(["head", "style", "script", "noscript", "label", "form", "svg", "footer", "nav", "iframe", "template"]);
/** Attributes with which Pagefind reads filters, sorts and metadata, even in ignored elements. */
const TAGGING = ["data-pagefind-filter", "data-pagefind-meta", "data-pagefind-sort", "data-pagefind-default-meta"];
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

type Status = "indexed" | "ignored" | "excluded";

interface Walk {
  html: string;
  $: CheerioAPI;
  /** The regions and every element that holds one. */
  holders: Set<AnyNode>;
  out: string[];
  /** Whether Pagefind has met its default title yet: the first `<h1>` with text. */
  hasH1: boolean;
  hasTitle: boolean;
}

/**
 * The lean document of a page with `data-pagefind-body` regions, indexed in its place (the same
 * path, so the same address). `$` must come from `load(html, PARSE_OPTIONS)`; `regions` are its
 * elements with `data-pagefind-body`.
 */
export function leanDocument($: CheerioAPI, html: string, regions: readonly Element[]): string {
  const holders = new Set<AnyNode>();
  for (const region of regions) {
    for (let node: AnyNode | null = region; node && !holders.has(node); node = node.parent) holders.add(node);
  }
  const walk: Walk = { html, $, holders, out: ["<!DOCTYPE html>"], hasH1: false, hasTitle: false };
  for (const node of $.root()[0]?.children ?? []) outside(walk, node);
  walk.out.push("\n");
  return walk.out.join("");
}

/** Outside the regions: the regions' ancestors, the regions, and what Pagefind reads elsewhere. */
function outside(walk: Walk, node: AnyNode): void {
  if (node.type === "text") {
    // Only the regions' ancestors are walked: text after a region in one of them is indexed.
    walk.out.push(rawText(walk, node));
    return;
  }
  if (!isElement(node) || statusOf(node) === "excluded") return;
  if (node.attribs["data-pagefind-body"] !== undefined) {
    body(walk, node, false);
  } else if (walk.holders.has(node)) {
    if (node.tagName === "h1") noteH1(walk, node);
    walk.out.push(node.tagName === "html" ? htmlTag(node) : startTag(walk, node, false));
    for (const child of node.children) outside(walk, child);
    walk.out.push(`</${node.tagName}>`);
  } else if (node.tagName === "head") {
    walk.out.push('<head><meta charset="utf-8">');
    dropped(walk, node);
    walk.out.push("</head>");
  } else {
    ignoredBlock(walk, node);
  }
}

/** Inside a region: what Pagefind indexes, in as few tags as read the same. */
function body(walk: Walk, node: AnyNode, parentAnchored: boolean): void {
  if (node.type === "text") {
    walk.out.push(rawText(walk, node));
    return;
  }
  if (!isElement(node)) return;
  const status = statusOf(node);
  if (status === "excluded") return;
  const tag = node.tagName;
  const tagged = hasPagefindAttribute(node);
  if (status === "ignored" && !walk.holders.has(node)) {
    ignoredBlock(walk, node);
    return;
  }
  if (tag === "h1") noteH1(walk, node);
  const id = node.attribs.id;
  const anchored = id !== undefined || (INLINE.has(tag) && parentAnchored);
  // An ignored element that holds a region keeps its tag: Pagefind ignores what is around the region.
  const kept = status === "ignored" || SENTENCE.has(tag) || tag === "br" || id !== undefined || tagged || (!INLINE.has(tag) && parentAnchored);
  if (kept) walk.out.push(startTag(walk, node, true));
  if (!VOID.has(tag)) {
    for (const child of node.children) body(walk, child, anchored);
    if (kept) walk.out.push(`</${tag}>`);
  }
}

/**
 * An element whose text Pagefind never indexes: only what it reads from it anyway, inside an
 * ignored block so that none of it becomes text.
 */
function ignoredBlock(walk: Walk, node: Element): void {
  const start = walk.out.length;
  dropped(walk, node);
  if (walk.out.length === start) return;
  walk.out.splice(start, 0, "<div data-pagefind-ignore>");
  walk.out.push("</div>");
}

/** The filters, sorts and metadata, first `<h1>` and `<title>` in an element that is not indexed. */
function dropped(walk: Walk, node: AnyNode): void {
  if (!isElement(node) || statusOf(node) === "excluded") return;
  if (TAGGING.some((name) => node.attribs[name] !== undefined)) {
    walk.out.push(walk.html.slice(node.startIndex ?? 0, (node.endIndex ?? -1) + 1));
    if (!walk.hasH1 && walk.$(node).find("h1").toArray().some((h1) => squash(walk.$(h1).text()) !== "")) walk.hasH1 = true;
    return;
  }
  if (node.tagName === "title") {
    if (!walk.hasTitle) walk.out.push(`<title>${node.children.map((child) => (child.type === "text" ? rawText(walk, child) : "")).join("")}</title>`);
    walk.hasTitle = true;
    return;
  }
  if (node.tagName === "h1" && !walk.hasH1) {
    const text = squash(walk.$(node).text());
    if (text !== "") {
      walk.out.push(`<h1>${escapeText(text)}</h1>`);
      walk.hasH1 = true;
    }
  }
  for (const child of node.children) dropped(walk, child);
}

function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

/** Pagefind's default title is the first `<h1>` with text: later ones need not be carried. */
function noteH1(walk: Walk, node: Element): void {
  if (!walk.hasH1 && squash(walk.$(node).text()) !== "") walk.hasH1 = true;
}

/** How Pagefind treats an element's own text: ignored elements still give their metadata, excluded ones nothing. */
function statusOf(node: Element): Status {
  if (REMOVED.has(node.tagName)) return "ignored";
  if (node.attribs["data-pagefind-body"] !== undefined) return "indexed";
  const ignore = node.attribs["data-pagefind-ignore"];
  if (ignore !== undefined) {
    const value = ignore.toLowerCase();
    // Pagefind excludes entirely for "all" and for any value it does not know.
    return value === "" || value === "index" || value === "true" ? "ignored" : "excluded";
  }
  return "indexed";
}

function hasPagefindAttribute(node: Element): boolean {
  for (const name in node.attribs) if (name.startsWith("data-pagefind-")) return true;
  return false;
}

/**
 * An element's start tag with what Pagefind reads of it: as written, when it has Pagefind's own
 * attributes (which may name any other, `data-pagefind-meta="image[src]"`); else its bare name,
 * with its id inside a region.
 */
function startTag(walk: Walk, node: Element, inRegion: boolean): string {
  if (hasPagefindAttribute(node)) return walk.html.slice(node.startIndex ?? 0, tagEnd(walk.html, node.startIndex ?? 0) + 1);
  const id = inRegion ? node.attribs.id : undefined;
  return id === undefined ? `<${node.tagName}>` : `<${node.tagName} id="${escapeAttribute(id)}">`;
}

function htmlTag(node: Element): string {
  const lang = node.attribs.lang;
  return lang === undefined ? "<html>" : `<html lang="${escapeAttribute(lang)}">`;
}

/** Where the start tag beginning at `start` ends (its `>`), quotes respected. */
function tagEnd(html: string, start: number): number {
  let quote = "";
  for (let i = start + 1; i < html.length; i++) {
    const char = html[i];
    if (quote) {
      if (char === quote) quote = "";
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === ">") {
      return i;
    }
  }
  return html.length - 1;
}

/** A text node as written in the page, its runs of white space made one space. */
function rawText(walk: Walk, node: AnyNode): string {
  return walk.html.slice(node.startIndex ?? 0, (node.endIndex ?? -1) + 1).replace(/[ \t\n\f\r]+/g, " ");
}

/** Runs of white space as one space, and none at the ends. */
export const squash = (text: string): string => text.replace(/\s+/g, " ").trim();
