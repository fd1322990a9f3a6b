/**
 * What the search index holds for a page: its lean document when it is short (search-lean.ts:
 * what Pagefind reads of it, and nothing else), its sections when it is long. Pagefind keeps a
 * page's whole text in one "fragment" that the browser downloads to show the result, so a hit in
 * 200 pages of minutes would cost the reader the text of all 200 (40 KB for the 2023-24 annual
 * report); one record per section (a minute, an agenda item, a heading of a paper) costs a
 * kilobyte or two, and the result links straight to that section.
 *
 * A section starts at each heading with an id inside the page's `data-pagefind-body` regions and
 * runs to the next; the text before the first one (the title, the preamble) is the page's own
 * record. A short section is indexed with the ones after it, as one record (MIN_RECORD_CHARS).
 * Each record is written as a small HTML document that Pagefind indexes like a page: the page's
 * filters, sorts and metadata (its `data-search-tags` block), its first section's heading as a
 * heading (so it weighs as one) and text, then the sections it took in, each under its heading
 * with its anchor. Its address is the page's with the first heading's anchor, given as the `url`
 * metadata, which the search page links to, or to the anchor of the section that matched best.
 *
 * Pure: a page's path and HTML in, documents to index out.
 */
import { type Cheerio, type CheerioAPI, load } from "cheerio/slim";
import { leanDocument, PARSE_OPTIONS, squash } from "./search-lean.ts";
import { escapeAttribute, escapeText } from "../render/escape.ts";

// cheerio's DOM node types (domhandler's), named through cheerio: it carries its own copy.
type AnyNode = ReturnType<ReturnType<CheerioAPI["root"]>["contents"]> extends Cheerio<infer T> ? T : never;
type Element = ReturnType<ReturnType<CheerioAPI["root"]>["children"]> extends Cheerio<infer T> ? T : never;

/** Pages with more searchable text than this (in characters) are indexed section by section. */
export const SECTION_SPLIT_CHARS = 3000;

/**
 * A section shorter than this (in characters of text) is indexed with the sections after it, as
 * one record, until the record is this long: a minute of two lines, an agenda item, a short
 * heading's paragraph. Pagefind spends about a millisecond of CPU on every record whatever its
 * size, and a reader's browser about 9 bytes on each record of a bundle it searches, so a site of
 * sections of a few hundred characters costs both for nothing; the later sections keep their
 * anchors in the record, so a hit in one still lands on it (Pagefind's sub-results,
 * src/assets/search.js).
 */
export const MIN_RECORD_CHARS = 2000;
/** A record takes in the next section only while it stays within this many characters: what a hit costs the reader to show (its fragment). */
export const MAX_RECORD_CHARS = 6000;

export interface SearchDocument {
  /** Site-relative path to index it under: the page's own, or `…/section-<anchor>.html` beside it. */
  path: string;
  html: string;
}

interface Section {
  anchor?: string;
  title: string;
  level: number;
  /** HTML blocks: untitled headings kept as headings (they weigh more), everything else as text. */
  blocks: string[];
  text: string;
  /** Characters of text in its heading and blocks, as Pagefind reads them. */
  chars: number;
}

const HEADING = /^h[1-6]$/;
const SKIPPED = new Set(["script", "style", "template", "noscript"]);
/** Elements whose edges separate words: text either side of them is never run together. */
const BLOCKS = new Set(["address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"]);

/**
 * What Pagefind indexes for the page at `path` (site-relative, `meetings/x/minutes/index.html`):
 * its sections when it is long, else its lean document (search-lean.ts) at its own path; undefined
 * when it has no `data-pagefind-body` region, as Pagefind then reads the whole page.
 */
export function searchDocuments(path: string, html: string): SearchDocument[] | undefined {
  if (!html.includes("data-pagefind-body")) return undefined;
  const $ = load(html, PARSE_OPTIONS);
  const regions = $("[data-pagefind-body]").toArray();
  if (regions.length === 0) return undefined;
  // A page's text is never longer than its HTML: most pages need no counting to know they are short.
  if (html.length > SECTION_SPLIT_CHARS && isLong(regions)) return sectionDocuments($, regions, path);
  return [{ path, html: leanDocument($, html, regions) }];
}

function sectionDocuments($: CheerioAPI, regions: Element[], path: string): SearchDocument[] {
  const sections = splitSections($, regions).filter((section) => section.anchor !== undefined || section.blocks.length > 0);
  const tags = $("[data-search-tags]").toArray().map((el) => $.html(el)).join("\n");
  const url = pageUrl(path);
  const folder = path.slice(0, path.lastIndexOf("/") + 1);
  const lang = $("html").attr("lang") ?? "en";
  return records(sections).map(([first, ...rest]) => ({
    path: first.anchor === undefined ? path : `${folder}section-${first.anchor}.html`,
    html: recordDocument(first, rest, tags, url, lang),
  }));
}

/** Consecutive sections as records: a short one takes in those after it (MIN_RECORD_CHARS, MAX_RECORD_CHARS). */
function records(sections: readonly Section[]): [Section, ...Section[]][] {
  const grouped: [Section, ...Section[]][] = [];
  let chars = 0;
  for (const section of sections) {
    const last = grouped[grouped.length - 1];
    if (last && chars < MIN_RECORD_CHARS && chars + section.chars <= MAX_RECORD_CHARS) {
      last.push(section);
      chars += section.chars;
    } else {
      grouped.push([section]);
      chars = section.chars;
    }
  }
  return grouped;
}

/**
 * Whether the regions hold more than SECTION_SPLIT_CHARS characters of text, each region's white
 * space squashed as `squash` does; counting stops there, a few kilobytes into a long page.
 */
function isLong(regions: readonly Element[]): boolean {
  let total = 0;
  for (const region of regions) {
    const count = { chars: 0, started: false, space: false };
    const visit = (node: AnyNode): boolean => {
      if (node.type === "text") {
        countSquashed(node.data, count);
        return total + count.chars > SECTION_SPLIT_CHARS;
      }
      return "children" in node && node.children.some(visit);
    };
    if (visit(region)) return true;
    total += count.chars;
  }
  return false;
}

/** Adds to `count` the length `text` adds to a squashed text: a space between words, none at the ends. */
function countSquashed(text: string, count: { chars: number; started: boolean; space: boolean }): void {
  for (let i = 0; i < text.length; i++) {
    if (WHITE_SPACE.test(text[i] as string)) {
      count.space = count.started;
    } else {
      count.chars += count.space ? 2 : 1;
      count.started = true;
      count.space = false;
    }
  }
}

/** The page's regions cut at headings with ids, in document order, as Pagefind reads them. */
function splitSections($: CheerioAPI, regions: Element[]): Section[] {
  const sections: Section[] = [{ title: "", level: 1, blocks: [], text: "", chars: 0 }];
  const current = () => sections[sections.length - 1] as Section;
  const walk = (node: AnyNode): void => {
    if (node.type === "text") {
      current().text += node.data;
      return;
    }
    if (node.type !== "tag" || SKIPPED.has(node.tagName) || node.attribs["data-pagefind-ignore"] !== undefined) return;
    if (HEADING.test(node.tagName)) {
      endParagraph(current());
      const text = squash($(node).text());
      const level = Number(node.tagName.slice(1));
      if (node.attribs.id) sections.push({ anchor: node.attribs.id, title: text, level, blocks: [], text: "", chars: text.length });
      else if (text) {
        current().blocks.push(`<h${level}>${escapeText(text)}</h${level}>`);
        current().chars += text.length;
      }
      return;
    }
    const block = BLOCKS.has(node.tagName);
    if (block) endParagraph(current());
    for (const child of node.children) walk(child);
    if (block) endParagraph(current());
  };
  for (const region of regions) {
    walk(region);
    endParagraph(current());
  }
  return sections;
}

function endParagraph(section: Section): void {
  const text = squash(section.text);
  if (text) {
    section.blocks.push(`<p>${escapeText(text)}</p>`);
    section.chars += text.length;
  }
  section.text = "";
}

/**
 * A record: its first section's heading, address and title (its `url` and `section` metadata, for
 * the search page to link to), its text, and the sections it took in after it, each under its
 * heading with its anchor, which Pagefind makes a sub-result of.
 */
function recordDocument(section: Section, after: readonly Section[], tags: string, url: string, lang: string): string {
  const address = section.anchor === undefined ? url : `${url}#${section.anchor}`;
  const heading = section.anchor === undefined ? "" : `<h${section.level}>${escapeText(section.title)}</h${section.level}>`;
  const more = after.map((next) => `<h${next.level} id="${escapeAttribute(next.anchor ?? "")}">${escapeText(next.title)}</h${next.level}>${next.blocks.join("")}`).join("");
  // The url and section metadata are inline values: Pagefind reads an inline value to the end.
  const meta = section.anchor === undefined ? "" : `<div hidden data-pagefind-ignore><span data-pagefind-meta="url:${escapeAttribute(address)}"></span><span data-pagefind-meta="section">${escapeText(section.title)}</span></div>`;
  return `<!DOCTYPE html><html lang="${escapeAttribute(lang)}"><head><meta charset="utf-8"><title>${escapeText(section.title)}</title></head><body>${tags}${meta}<main data-pagefind-body>${heading}${section.blocks.join("")}${more}</main></body></html>\n`;
}

/** `meetings/x/minutes/index.html` → `/meetings/x/minutes/`; `404.html` → `/404.html`. */
export function pageUrl(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, "$1")}`;
}

const WHITE_SPACE = /\s/;
