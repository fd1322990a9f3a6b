/**
 * The column names a paper's Markdown table gives its data cells (`data-label`), which the
 * stylesheet shows above each value when a narrow screen stacks the table's rows
 * (src/styles/_tables.scss). Read from markdown-it's tokens: a table's header row is its `th_open`
 * cells up to `thead_close`, and a body cell's column is its place after its row's `tr_open`.
 */
import type { Token } from "markdown-it";

/** Inline tokens whose content is text a reader sees. */
const TEXT = new Set(["text", "text_special", "code_inline"]);

/**
 * The text of each header cell of the table opened at `tableOpen`, in column order ("" for an
 * empty one); none for a table printed with no header row, which has no `<thead>` to read.
 */
export function columnNames(tokens: readonly Token[], tableOpen: number): string[] {
  const names: string[] = [];
  // The header ends at thead_close; a table without one reaches its body, or its end, first.
  const END = new Set(["thead_close", "tbody_open", "table_close"]);
  for (let i = tableOpen; i < tokens.length && !END.has(tokens[i]?.type ?? ""); i++) {
    if (tokens[i]?.type === "th_open") names.push(visibleText(tokens[i + 1]));
  }
  return names;
}

/** The name of the column of the body cell opened at `cellOpen`, or undefined when its header cell is empty. */
export function columnNameOf(tokens: readonly Token[], cellOpen: number, names: readonly string[]): string | undefined {
  let column = 0;
  for (let i = cellOpen - 1; i >= 0 && tokens[i]?.type !== "tr_open"; i--) {
    if (tokens[i]?.type === "td_open" || tokens[i]?.type === "th_open") column++;
  }
  return names[column] || undefined;
}

function visibleText(inline: Token | undefined): string {
  if (inline?.type !== "inline") return "";
  const parts = (inline.children ?? []).filter((t) => TEXT.has(t.type)).map((t) => t.content);
  return parts.join("").replace(/\s+/g, " ").trim();
}
