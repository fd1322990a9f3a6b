/**
 * Tables printed with no header row. A Markdown table must have one, so such a table is written
 * inside a `::: no-header-row` block with its first printed row in the header's place, and this
 * moves that row into the table's body as ordinary cells: the page then has no `<thead>` and no
 * header cells that the paper never printed.
 */
import type { Token } from "markdown-it";

type TokenClass = new (type: string, tag: string, nesting: -1 | 0 | 1) => Token;

/** `tokens` with every table between an `open` and a `close` token rewritten without its header row. */
export function withoutHeaderRows(tokens: Token[], open: string, close: string, TokenOf: TokenClass): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type === open) depth++;
    else if (token.type === close) depth = Math.max(0, depth - 1);
    if (depth === 0 || token.type !== "table_open") {
      out.push(token);
      continue;
    }
    const end = tokens.findIndex((t, j) => j > i && t.type === "table_close");
    if (end === -1) {
      out.push(token);
      continue;
    }
    out.push(...tableWithoutHeader(tokens.slice(i, end + 1), TokenOf));
    i = end;
  }
  return out;
}

/** One table's tokens, `table_open` to `table_close`, with the header row first in its body. */
function tableWithoutHeader(table: Token[], TokenOf: TokenClass): Token[] {
  const headOpen = table.findIndex((t) => t.type === "thead_open");
  const headClose = table.findIndex((t) => t.type === "thead_close");
  if (headOpen === -1 || headClose === -1) return table;
  const headerRow = table.slice(headOpen + 1, headClose).map(asBodyCell);
  const rest = table.slice(headClose + 1, -1);
  const bodyOpen = rest[0]?.type === "tbody_open" ? (rest.shift() as Token) : made(TokenOf, "tbody_open", 1, table[headOpen]);
  const bodyClose = rest.at(-1)?.type === "tbody_close" ? (rest.pop() as Token) : made(TokenOf, "tbody_close", -1, table[headClose]);
  return [table[0] as Token, bodyOpen, ...headerRow, ...rest, bodyClose, table.at(-1) as Token];
}

/** A header cell's token as a body cell's (`th` to `td`), alignment kept; other tokens unchanged. */
function asBodyCell(token: Token): Token {
  if (token.type === "th_open" || token.type === "th_close") {
    token.type = token.type === "th_open" ? "td_open" : "td_close";
    token.tag = "td";
  }
  return token;
}

function made(TokenOf: TokenClass, type: "tbody_open" | "tbody_close", nesting: 1 | -1, near: Token | undefined): Token {
  const token = new TokenOf(type, "tbody", nesting);
  token.map = near?.map ?? null;
  token.block = true;
  return token;
}
