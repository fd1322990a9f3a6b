/**
 * A paper's Markdown as HTML: the same tokens the loader read (so anchors match what `check`
 * verified), with `@` references turned into addresses, minutes' blocks set apart with their
 * anchors, and wide tables wrapped so they scroll within the page.
 */
import type { Token } from "markdown-it";
import type { Archive } from "../model/archive.ts";
import { prepareBody } from "../model/body.ts";
import type { MinuteNumbering } from "../model/conventions.ts";
import { isRecordType } from "../model/document-types.ts";
import { afiNumber } from "../model/areas-for-improvement.ts";
import { markdown, NO_HEADER_ROW } from "../model/markdown.ts";
import type { Document, Minute } from "../model/types.ts";
import { splitFileName } from "../model/file-types.ts";
import { imageAttributes } from "../views/image-sizes.ts";
import { escapeHtml } from "./escape.ts";
import { columnNameOf, columnNames } from "./table-cell-labels.ts";

interface RenderEnv {
  archive: Archive;
  minutes: Map<string, Minute>;
  /** Tables so far in the document, for the name of a table that no heading precedes. */
  tables: number;
  /** The paper's title, which names a table that no heading precedes. */
  title?: string;
  /** The heading the text is under, and how many tables it has had: a table's box is named after it. */
  section?: { heading: string; tables: number };
  /** Whether the table being written has row headers (its top-left header cell is empty). */
  rowHeaders: boolean;
  /** The table's column names, from its header row: each body cell carries its own (`data-label`). */
  columns: string[];
  /** Set between the open and close of a link whose target is withheld: why, to print after its words. */
  withheldLink?: string;
  /** A paper's folder as file identifiers start (`<meeting>/`, or "" in papers/): its text may link and show the files there. */
  folder?: string;
}

type Markdown = ReturnType<typeof markdown>;

/**
 * The loader's own Markdown instance (src/model/markdown.ts: the same tokens `check` verified),
 * once the page rules are added to its renderer. They are added the first time a page renders and
 * stay for as long as the module is loaded (the process); they read everything they need from
 * `env`, so the one renderer serves every page of every archive.
 */
let pageMarkdown: Markdown | undefined;

function pageRenderer(): Markdown {
  pageMarkdown ??= withPageRules(markdown());
  return pageMarkdown;
}

/** Adds our rules to `md`'s renderer. */
function withPageRules(md: Markdown): Markdown {
  const rules = md.renderer.rules;
  const defaultLinkOpen = rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx] as Token;
    const href = String(token.attrGet("href") ?? "");
    if (href.startsWith("@")) {
      const why = withheldNote(envOf(env).archive, href);
      // A withheld paper has no page: its words stay, as plain text, and say why (links cannot nest).
      if (why) {
        envOf(env).withheldLink = why;
        return "";
      }
      token.attrSet("href", addressOf(envOf(env).archive, href));
    }
    const file = fileOf(envOf(env), href);
    if (file?.withheld) {
      envOf(env).withheldLink = file.withheld === "exempt" ? "exempt" : "not yet published";
      return "";
    }
    if (file) token.attrSet("href", file.url);
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  // An image in a paper is one of its folder's files, served at the sizes image-sizes.ts plans; a
  // withheld one leaves its text alternative and why. The loader refused every other image.
  rules.image = (tokens, idx, _options, env) => {
    const token = tokens[idx] as Token;
    const alt = token.content;
    const file = fileOf(envOf(env), String(token.attrGet("src") ?? ""));
    const image = file && !file.withheld ? imageAttributes(file) : undefined;
    if (!file || !image) return `${escapeHtml(alt)}${file?.withheld ? ` (${file.withheld === "exempt" ? "exempt" : "not yet published"})` : ""}`;
    return `<img class="app-image" src="${escapeHtml(image.src)}" srcset="${escapeHtml(image.srcset)}" sizes="${escapeHtml(image.sizes)}" width="${image.width}" height="${image.height}" alt="${escapeHtml(alt)}" loading="lazy">`;
  };
  const defaultLinkClose = rules.link_close ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  rules.link_close = (tokens, idx, options, env, self) => {
    const why = envOf(env).withheldLink;
    if (why === undefined) return defaultLinkClose(tokens, idx, options, env, self);
    envOf(env).withheldLink = undefined;
    return ` (${why})`;
  };
  rules.table_open = (tokens, idx, _options, env) => {
    const e = envOf(env);
    e.tables += 1;
    e.rowHeaders = hasRowHeaders(tokens, idx);
    e.columns = columnNames(tokens, idx);
    return `<div class="app-table-wrap" role="region" aria-label="${escapeHtml(tableName(e))}" tabindex="0">\n<table class="govuk-table">\n`;
  };
  rules.table_close = () => "</table>\n</div>\n";
  for (const [rule, className] of [["thead_open", "govuk-table__head"], ["tbody_open", "govuk-table__body"], ["tr_open", "govuk-table__row"]] as const) {
    rules[rule] = (tokens, idx, options, _env, self) => {
      (tokens[idx] as Token).attrSet("class", className);
      return self.renderToken(tokens, idx, options);
    };
  }
  // Column alignment becomes a class: the Content-Security-Policy allows no inline styles.
  // A header cell with no text is a plain cell (a header that names nothing is read out as
  // nothing); the first cell of a body row is a row header when the top-left corner is empty.
  for (const cell of ["th_open", "td_open"] as const) {
    rules[cell] = (tokens, idx, options, env, self) => {
      const token = tokens[idx] as Token;
      const close = tokens[idx + 2] as Token;
      // The tokens are the loader's and may be rendered again: keep the alignment where a second
      // render finds it, and drop what an earlier render set.
      token.meta ??= { align: /text-align:\s*(left|center|right)/.exec(String(token.attrGet("style") ?? ""))?.[1] };
      const align = (token.meta as { align?: string }).align;
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== "style" && name !== "scope" && name !== "data-label");
      const scope = cell === "th_open" ? (isEmptyCell(tokens, idx) ? undefined : "col") : envOf(env).rowHeaders && tokens[idx - 1]?.type === "tr_open" ? "row" : undefined;
      token.tag = close.tag = scope ? "th" : "td";
      const base = scope ? "govuk-table__header" : "govuk-table__cell";
      token.attrSet("class", align === "right" ? `${base} ${base}--numeric` : align === "center" ? `${base} app-align-centre` : base);
      if (scope) token.attrSet("scope", scope);
      const column = cell === "td_open" && !scope ? columnNameOf(tokens, idx, envOf(env).columns) : undefined;
      if (column) token.attrSet("data-label", column);
      return self.renderToken(tokens, idx, options);
    };
  }
  rules.heading_close = (tokens, idx, _options, env) => {
    const open = tokens[idx - 2] as Token;
    const html = `</${open.tag}>\n`;
    envOf(env).section = { heading: plainText(tokens[idx - 1] as Token), tables: 0 };
    const minute = envOf(env).minutes.get(String(open.attrGet("id") ?? ""));
    if (!minute || open.tag !== "h2") return html;
    return html + minuteContext(minute);
  };
  for (const [name, label] of [["resolved", "Resolution"], ["question", "Question"], ["answer", "Answer"], ["declaration", "Declaration of interest"], ["afi", "Area for improvement"]] as const) {
    rules[`container_${name}_open`] = (tokens, idx) => {
      const id = String((tokens[idx] as Token).attrGet("id") ?? "");
      return `<div class="app-block app-block--${name}" id="${escapeHtml(id)}" role="group" aria-label="${escapeHtml(blockLabel(tokens, idx, label))}">\n`;
    };
    rules[`container_${name}_close`] = () => "</div>\n";
  }
  // The block only says the table has no header row (src/model/tables-without-header.ts moved it): no markup of its own.
  rules[`container_${NO_HEADER_ROW}_open`] = () => "";
  rules[`container_${NO_HEADER_ROW}_close`] = () => "";
  return md;
}

/**
 * What a table's scrolling box is called: the heading it is under ("Road safety", or "Road
 * safety, table 2" for the second under one heading), so that a screen reader's list of regions
 * says what each table is about. Before any heading: the paper's title and the table's number.
 */
function tableName(env: RenderEnv): string {
  const section = env.section;
  if (!section || section.heading === "") return env.title ? `${env.title}, table ${env.tables}` : `Table ${env.tables}`;
  // A heading that introduces its table ("Community Speedwatch:") names it without the colon.
  const heading = section.heading.replace(/\s*:$/, "");
  section.tables += 1;
  return section.tables === 1 ? heading : `${heading}, table ${section.tables}`;
}

/** A block's name for a screen reader: an AFI's with its number as printed ("Area for improvement 4"). */
function blockLabel(tokens: Token[], open: number, label: string): string {
  if ((tokens[open] as Token).type !== "container_afi_open") return label;
  const number = afiNumber(tokens[open + 2]?.type === "inline" ? (tokens[open + 2] as Token).content : "");
  return number === undefined ? label : `${label} ${number}`;
}

/** The text of an inline token (a heading's or a cell's), without its Markdown. */
function plainText(inline: Token): string {
  const parts = (inline.children ?? []).filter((t) => t.type === "text" || t.type === "code_inline").map((t) => t.content);
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** Whether the cell opened at `idx` has no text. */
function isEmptyCell(tokens: Token[], idx: number): boolean {
  const inline = tokens[idx + 1];
  return inline?.type === "inline" && inline.content.trim() === "";
}

/** A table whose top-left header cell is empty and whose other header cells are not labels its rows by their first cell. */
function hasRowHeaders(tokens: Token[], tableOpen: number): boolean {
  const headerCells: number[] = [];
  // A table with no header row (src/model/tables-without-header.ts) has no thead: stop at its body, not at the next table's header.
  for (let i = tableOpen; i < tokens.length && tokens[i]?.type !== "thead_close" && tokens[i]?.type !== "tbody_open"; i++) if (tokens[i]?.type === "th_open") headerCells.push(i);
  const [first, ...rest] = headerCells;
  return first !== undefined && isEmptyCell(tokens, first) && rest.some((i) => !isEmptyCell(tokens, i));
}

/** The file a link or image in a paper names by file name, in the paper's own folder. */
function fileOf(env: RenderEnv, name: string) {
  if (env.folder === undefined || !splitFileName(name)) return undefined;
  return env.archive.fileById.get(`${env.folder}${name}`);
}

/** markdown-it types `env` loosely; ours is always the RenderEnv that renderMarkdown passes. */
function envOf(env: unknown): RenderEnv {
  return env as RenderEnv;
}

/** Under a minute's heading: the agenda item it took, linked. */
function minuteContext(minute: Minute): string {
  if (!minute.itemCode) return "";
  const label = `Item ${escapeHtml(minute.itemCode)}`;
  const item = minute.item;
  const link = item ? `<a href="${escapeHtml(item.url)}">${label}</a>` : label;
  return `<p class="app-minute-item">(${link})</p>\n`;
}

/**
 * Why `@id#anchor` cannot be a link: "exempt" or "not yet published" when it names a withheld paper
 * (the loader told the officer so); undefined for any other target.
 */
export function withheldNote(archive: Archive, reference: string): string | undefined {
  const target = archive.byId.get(reference.slice(1).split("#")[0] ?? "");
  if (target?.kind !== "document" || !target.withheld) return undefined;
  return target.withheld === "exempt" ? "exempt" : "not yet published";
}

/** `@id#anchor` → the archive address; the loader already refused any that do not resolve. */
export function addressOf(archive: Archive, reference: string): string {
  const [id = "", anchor] = reference.slice(1).split("#");
  const target = archive.byId.get(id);
  if (!target) return "#";
  return anchor ? `${target.url}#${anchor}` : target.url;
}

export function renderMarkdown(archive: Archive, source: string, options: { minutes: boolean; minuteNumbers?: MinuteNumbering; record?: Document["records"]; title?: string; folder?: string }): string {
  const md = pageRenderer();
  // With the numbering the loader read the minutes with, so each minute's anchor is the one check verified.
  const prepared = prepareBody(source, { minutes: options.minutes, minuteNumbers: options.minuteNumbers });
  const minutes = new Map<string, Minute>();
  for (const minute of options.record?.minutes ?? []) minutes.set(minute.anchor, minute);
  const env: RenderEnv = { archive, minutes, tables: 0, title: options.title, rowHeaders: false, columns: [], folder: options.folder };
  return md.renderer.render(prepared.tokens, md.options, env as unknown as Record<string, unknown>);
}

/** The paper's whole text as HTML; empty for a withheld or stub paper. */
export function renderDocument(archive: Archive, document: Document): string {
  if (document.withheld || document.markdown.trim() === "") return "";
  return renderMarkdown(archive, document.markdown, { minutes: isRecordType(document.type), minuteNumbers: document.meeting?.body.conventions.minuteNumber, record: document.records, title: document.title, folder: document.meeting ? `${document.meeting.id}/` : "" });
}
