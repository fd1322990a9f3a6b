/**
 * The opening words of a text, for a register's summary row: the words as printed, without
 * Markdown's marks, cut at a word and marked "…" where cut. The full text is on the linked page.
 */
import { plainText } from "../data-export/plain-text.ts";

/** How many words a register's summary of a resolution or question shows. */
export const EXCERPT_WORDS = 30;

export function excerpt(markdown: string, words = EXCERPT_WORDS): string {
  const all = plainText(markdown).split(/\s+/).filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(" ")} …` : all.join(" ");
}
