/**
 * Clean-up inside a line: placeholder links, escaped characters, HTML emphasis and orphaned bold
 * markers. Each function returns the new text and what it changed, so the caller can report it.
 */
export interface InlineChange {
  kind: string;
  detail: string;
}

export interface InlineResult {
  text: string;
  changes: InlineChange[];
}

/** `[text](#)` → `text`: the link's address was lost, the words stay. */
export function dropPlaceholderLinks(text: string): InlineResult {
  const changes: InlineChange[] = [];
  const out = text.replace(/\[((?:[^\]\\]|\\.)*)\]\(\s*#?\s*\)/g, (_all, words: string) => {
    changes.push({ kind: "placeholder link", detail: `"[${words}](#)" written as plain text (the link's address was lost)` });
    return words;
  });
  return { text: out, changes };
}

/** `\_`, `\(`, `\)` were escaped by a converter, not by the author. */
export function unescapeArtefacts(text: string): InlineResult {
  const changes: InlineChange[] = [];
  const out = text.replace(/\\([_()])/g, (_all, ch: string) => {
    changes.push({ kind: "escape", detail: `"\\${ch}" unescaped` });
    return ch;
  });
  return { text: out, changes };
}

/** `<b>`, `<strong>`, `<i>`, `<em>`, `<sup>` → Markdown emphasis or plain text. */
export function htmlEmphasis(text: string): InlineResult {
  const changes: InlineChange[] = [];
  let out = text.replace(/<(b|strong)>\s*([\s\S]*?)\s*<\/\1>/gi, (_a, tag: string, inner: string) => {
    changes.push({ kind: "html", detail: `<${tag}> written as **bold**` });
    return inner === "" ? "" : `**${inner}**`;
  });
  out = out.replace(/<(i|em)>\s*([\s\S]*?)\s*<\/\1>/gi, (_a, tag: string, inner: string) => {
    changes.push({ kind: "html", detail: `<${tag}> written as *italic*` });
    return inner === "" ? "" : `*${inner}*`;
  });
  // "1 <sup>st</sup>" was "1st" before conversion; Markdown has no superscript.
  out = out.replace(/\s*<sup>\s*([\s\S]*?)\s*<\/sup>/gi, (_a, inner: string) => {
    changes.push({ kind: "html", detail: `<sup>${inner}</sup> written as plain "${inner}"` });
    return inner;
  });
  return { text: out, changes };
}

/**
 * A line with an odd number of `**` whose only closing marker sits at the end lost its opening
 * marker (000:2110 "- Work with … anti-social behaviour**"): put it back after the list marker.
 * A header label with the marker after its colon ("Title:** …") loses the stray marker.
 */
export function repairOrphanBold(text: string): InlineResult {
  const count = (text.match(/\*\*/g) ?? []).length;
  if (count % 2 === 0) return { text, changes: [] };
  const label = /^(\s*(?:[-•]\s+)?[^*:]{1,40}:)\*\*\s*(.*)$/.exec(text);
  if (label) {
    const rest = label[2] ?? "";
    return { text: rest ? `${label[1]} ${rest}` : (label[1] ?? ""), changes: [{ kind: "orphan bold", detail: `stray "**" after "${label[1]?.trim()}" removed` }] };
  }
  const closing = /^(\s*(?:[-*+]\s+|\d+\.\s+)?)([^*].*?)\*\*\s*$/.exec(text);
  if (closing) {
    return {
      text: `${closing[1]}**${closing[2]}**`,
      changes: [{ kind: "orphan bold", detail: `opening "**" restored before "${(closing[2] ?? "").slice(0, 40)}"` }],
    };
  }
  return { text, changes: [{ kind: "orphan bold", detail: "odd number of ** markers left as printed" }] };
}

/** All inline repairs, in order; `pairedBold` when the line's odd "**" pairs with a neighbour's. */
export function cleanInline(text: string, pairedBold = false): InlineResult {
  const steps = pairedBold ? [dropPlaceholderLinks, unescapeArtefacts, htmlEmphasis] : [dropPlaceholderLinks, unescapeArtefacts, htmlEmphasis, repairOrphanBold];
  let current = text;
  const changes: InlineChange[] = [];
  for (const step of steps) {
    const r = step(current);
    current = r.text;
    changes.push(...r.changes);
  }
  return { text: current, changes };
}
