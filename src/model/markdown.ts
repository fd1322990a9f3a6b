/**
 * The one markdown-it instance for all content: the loader reads structure from its tokens and
 * the renderer writes pages from the same tokens, so what `check` accepts is what the site shows.
 *
 * Raw HTML is off: content cannot carry script or markup, it is shown as text. Typographer is off
 * so quotes and dashes stay as printed.
 */
import MarkdownIt, { type MarkdownIt as MarkdownItInstance } from "markdown-it";
import container from "markdown-it-container";
import { withoutHeaderRows } from "./tables-without-header.ts";

/** Blocks the loader understands inside minutes and notes (see docs/content-guide.md section 8). */
export const BLOCK_NAMES = ["resolved", "question", "answer", "declaration", "afi"] as const;
export type BlockName = (typeof BLOCK_NAMES)[number];

/**
 * The block that holds a table printed with no header row, in any text (docs/content-guide.md
 * section 11). Markdown cannot write a table without one, so inside it the first row is read as
 * an ordinary row.
 */
export const NO_HEADER_ROW = "no-header-row";

/** Every `::: name` the loader knows, for the message about one it does not. */
export const KNOWN_BLOCKS: readonly string[] = [...BLOCK_NAMES, NO_HEADER_ROW];

const BLOCK_INFO = /^([a-z]+(?:-[a-z]+)*)(?:\s+\{.*\})?\s*$/;

let instance: MarkdownItInstance | undefined;

export function markdown(): MarkdownItInstance {
  if (!instance) {
    const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
    for (const name of KNOWN_BLOCKS) {
      md.use(container, name, {
        validate: (params: string) => BLOCK_INFO.exec(params.trim())?.[1] === name,
      });
    }
    // Any other `::: word` is caught by the loader as an unknown block rather than shown as text.
    md.use(container, "unknown", {
      validate: (params: string) => {
        const name = BLOCK_INFO.exec(params.trim())?.[1];
        return name !== undefined && !KNOWN_BLOCKS.includes(name);
      },
    });
    // After the blocks are parsed, so that the loader and the page see the same rows.
    md.core.ruler.push("tables_without_header", (state) => {
      state.tokens = withoutHeaderRows(state.tokens, `container_${NO_HEADER_ROW}_open`, `container_${NO_HEADER_ROW}_close`, state.Token);
    });
    instance = md;
  }
  return instance;
}
