/**
 * The forms of the archive's decision codes, which the search page is given (its form's
 * `data-decision-codes`) so that src/assets/search.js knows a query that is a code, typed in any of
 * them ("D.035.24", "OPCC.D.035.24", "D035/24"), and searches it as the words Pagefind indexes its
 * printings as. Drawn from each decision's code and the ways the papers print it (`codes_as_printed`),
 * so an archive whose codes are KD/2025/014 gets those, and one with no decisions none.
 */
import { type DecisionCodeForms, decisionCode } from "../assets/search.js";
import type { Decision } from "../model/types.ts";

/**
 * The issuers a reader may type before a code ("opcc"), the prefixes a printing runs into the code
 * proper with no space between (so that Pagefind indexes them as one word with it: "opcc" of
 * "OPCC.D.034.23"), and the shapes of the codes proper ("d 3 2"): each once, sorted.
 */
export function decisionCodeForms(codes: Iterable<string>): DecisionCodeForms {
  const issuers = new Set<string>();
  const joined = new Set<string>();
  const shapes = new Set<string>();
  for (const text of codes) {
    const code = decisionCode(text);
    if (!code) continue;
    shapes.add(code.shape);
    if (code.issuer) issuers.add(code.issuer);
    // The word Pagefind indexes the code proper in: the printing's last word, its letters and digits run together.
    const word = (text.trim().split(/\s+/).at(-1) ?? "").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
    if (word !== code.key && word.endsWith(code.key)) joined.add(word.slice(0, -code.key.length));
  }
  const sorted = (set: Set<string>) => [...set].sort();
  return { issuers: sorted(issuers), joined: sorted(joined), shapes: sorted(shapes) };
}

/** The forms of the decisions' codes, as JSON for the search page's `data-decision-codes`. */
export function searchCodeForms(decisions: readonly Decision[]): string {
  return JSON.stringify(decisionCodeForms(decisions.flatMap((d) => [d.code, ...d.codesAsPrinted])));
}
