/**
 * Markdown as a spreadsheet cell shows it: the words the page shows, without Markdown's marks.
 * Parsed with the project's one markdown-it instance (src/model/markdown.ts), so what counts as
 * emphasis, a link or a list is what the pages render.
 *
 * - emphasis and code marks go (`**note**` is `note`), a link keeps its words (`[minutes](…)` and
 *   `[minutes](@id)` are `minutes`), an image its alt text;
 * - each paragraph, heading, list item and table row is a line of its own; a list item starts
 *   with its number as written (`1.`) or a bullet (`•`), indented two spaces a level when nested;
 *   a table row's cells are joined by ` | `;
 * - a line break inside a paragraph is a space, as on the page; a hard break stays a line break.
 *
 * The JSON exports keep the Markdown; only the CSV cells use this.
 */
import type { Token } from "markdown-it";
import { markdown } from "../model/markdown.ts";

export function plainText(source: string): string {
  const lines: string[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let marker = "";
  let row: string[] | undefined;
  const line = (text: string) => {
    const words = text.trim();
    if (words === "" && marker === "") return;
    lines.push(`${marker}${words}`.trimEnd());
    marker = "";
  };

  for (const token of markdown().parse(source, {})) {
    switch (token.type) {
      case "bullet_list_open":
        lists.push({ ordered: false, next: 1 });
        break;
      case "ordered_list_open":
        lists.push({ ordered: true, next: Number(token.attrGet("start") ?? 1) });
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        lists.pop();
        break;
      case "list_item_open": {
        const list = lists.at(-1);
        const indent = "  ".repeat(Math.max(0, lists.length - 1));
        const number = token.info || String(list?.next ?? 1);
        marker = `${indent}${list?.ordered ? `${number}${token.markup} ` : "• "}`;
        if (list) list.next = Number(number) + 1;
        break;
      }
      case "list_item_close":
        // An empty item still shows its marker.
        if (marker !== "") line("");
        break;
      case "tr_open":
        row = [];
        break;
      case "tr_close":
        if (row) line(row.join(" | "));
        row = undefined;
        break;
      case "inline":
        if (row) row.push(inlineText(token).trim());
        else line(inlineText(token));
        break;
      case "code_block":
      case "fence":
        for (const code of token.content.replace(/\n$/, "").split("\n")) line(code);
        break;
    }
  }
  return lines.join("\n");
}

function inlineText(inline: Token): string {
  return (inline.children ?? [])
    .map((child) => {
      switch (child.type) {
        case "text":
        case "text_special":
        case "code_inline":
          return child.content;
        case "softbreak":
          return " ";
        case "hardbreak":
          return "\n";
        case "image":
          return inlineText(child);
        default:
          return "";
      }
    })
    .join("")
    .replace(/[ \t]*\n[ \t]*/g, "\n");
}
