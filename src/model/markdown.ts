/**
 * The one markdown-it instance for all content: the loader reads structure from its tokens and
 * the renderer writes pages from the same tokens, so what `check` accepts is what the site shows.
 *
 * Raw HTML is off: content cannot carry script or markup, it is shown as text. Typographer is off
 * so quotes and dashes stay as printed.
 */
import MarkdownIt, { type MarkdownIt as MarkdownItInstance } from "markdown-it";
import container from "markdown-it-container";

/** Blocks the loader understands inside minutes (see docs/content-guide.md section 8). */
export const BLOCK_NAMES = ["resolved", "question", "answer", "declaration"] as const;
export type BlockName = (typeof BLOCK_NAMES)[number];

const BLOCK_INFO = /^([a-z]+)(?:\s+\{.*\})?\s*$/;

let instance: MarkdownItInstance | undefined;

export function markdown(): MarkdownItInstance {
  if (!instance) {
    const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
    for (const name of BLOCK_NAMES) {
      md.use(container, name, {
        validate: (params: string) => BLOCK_INFO.exec(params.trim())?.[1] === name,
      });
    }
    // Any other `::: word` is caught by the loader as an unknown block rather than shown as text.
    md.use(container, "unknown", {
      validate: (params: string) => {
        const name = BLOCK_INFO.exec(params.trim())?.[1];
        return name !== undefined && !(BLOCK_NAMES as readonly string[]).includes(name);
      },
    });
    instance = md;
  }
  return instance;
}
