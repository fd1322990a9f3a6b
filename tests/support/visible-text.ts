/**
 * Text as a reader sees it, and text folded for comparison: the coverage test compares the seeds
 * with the built pages after dropping markup, case, whitespace and punctuation, so that a cleaned
 * table or a rejoined paragraph still counts as the same words.
 */
import * as cheerio from "cheerio";

/** The visible text of an HTML page: no script, style, hidden or visually hidden elements. */
export function visibleText(html: string): string {
  // A space before every tag keeps words in neighbouring cells and blocks apart.
  const $ = cheerio.load(html.replace(/</g, " <"));
  $("script, style, template, [hidden], .govuk-visually-hidden, head").remove();
  return $("body").text().replace(/\s+/g, " ").trim();
}

/** Lower case, letters and digits only. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Markdown and HTML markup out of a seed's text, keeping the words. */
export function stripMarkup(text: string): string {
  return text
    .replace(/<[^>]+>/g, " ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/\\([_()*[\]#])/g, "$1");
}

/**
 * The seed's sentences of `minWords` or more: paragraphs (split at blank lines) with their lines
 * joined, split after sentence-ending punctuation.
 */
export function sentencesOf(seed: string, minWords = 8): string[] {
  const sentences: string[] = [];
  for (const block of seed.split(/\n\s*\n/)) {
    // A list marker at the start of a line (a bullet glyph, "- ", "12. ") is numbering or layout,
    // which the archive shows as a real list, not as text.
    const lines = block.split("\n").map((line) => line.replace(/^\s*(?:[-*•●○➢o]\s+)*(?:\d+\.\s+)?/u, ""));
    const text = stripMarkup(lines.join("\n")).replace(/\s+/g, " ").trim();
    for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z0-9("'‘“*•-])/)) {
      if (sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= minWords) sentences.push(sentence);
    }
  }
  return sentences;
}

/** A label a seed prints that the archive shows as structure, not as a sentence. */
export interface PrintedLabel {
  /** `heading`: a slide label ("Slide 7", "Slide 24 – VAWG performance"); `afi`: an area for improvement. */
  kind: "heading" | "afi";
  text: string;
}

/**
 * The slide labels (a line of their own, "Slide 7" or "Slide 22 and 23 – FCR performance") and the
 * areas for improvement ("➢ AFI 4 – …", wrapped lines joined) a seed prints, in order.
 */
export function printedLabels(seed: string): PrintedLabel[] {
  const lines = seed.split("\n");
  const labels: PrintedLabel[] = [];
  lines.forEach((line, i) => {
    const text = line.trim();
    if (/^Slides?\s+\d+(?:\s+and\s+\d+)?(?:\s*[–-]\s*\S.*)?$/.test(text)) labels.push({ kind: "heading", text });
    const afi = /^\s*➢\s*(AFI\s+\d+.*)$/.exec(line);
    if (!afi) return;
    let words = (afi[1] ?? "").trim();
    for (let j = i + 1; j < lines.length && (lines[j] ?? "").trim() !== "" && !/^\s*[➢•]/.test(lines[j] ?? ""); j++) words += ` ${(lines[j] ?? "").trim()}`;
    labels.push({ kind: "afi", text: words });
  });
  return labels;
}
