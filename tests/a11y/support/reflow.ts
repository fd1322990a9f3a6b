/**
 * WCAG 1.4.10 Reflow: at 320 CSS pixels wide (a 1280-pixel screen zoomed to 400%) a page must
 * not need scrolling sideways. Tables included: on a narrow screen the rows of a table with a
 * header row stack (src/styles/_tables.scss), so nothing at all may reach past the right edge, and
 * no word may be cut in two to make it fit. A table without a header row keeps its grid, whose
 * meaning is in it, and may scroll in its own box, as WCAG 1.4.10 allows a data table to.
 */
import type { Page } from "playwright-core";

export const NARROW = { width: 320, height: 640 };
export const WIDE = { width: 1280, height: 800 };

/**
 * What reaches past the right edge of the viewport, as short descriptions (at most five); empty
 * when the page fits. That is a page wider than the viewport, and any box on it that scrolls
 * sideways: a table scrolling in its own box is found too. (What is clipped on purpose, such as
 * visually hidden text, reaches nowhere.)
 */
export async function overflowingElements(page: Page): Promise<string[]> {
  // No named inner functions: the body is sent to the browser as text.
  return page.evaluate(() => {
    const root = document.documentElement;
    const edge = root.clientWidth + 0.5;
    const found: string[] = [];
    const elements = Array.from(document.body.querySelectorAll("*"));
    const names = elements.map((element) => {
      const classes = typeof element.className === "string" && element.className ? `.${element.className.trim().split(/\s+/).join(".")}` : "";
      const label = element.getAttribute("aria-label");
      return `${element.tagName.toLowerCase()}${classes}${label ? ` "${label}"` : ""}`;
    });
    elements.forEach((element, i) => {
      const overflow = getComputedStyle(element).overflowX;
      // A table with no header row keeps its grid, and may scroll in its box (src/styles/_tables.scss; WCAG 1.4.10 excepts data tables).
      const grid = element.classList.contains("app-table-wrap") && element.querySelector(":scope > table > thead") === null;
      if ((overflow === "auto" || overflow === "scroll") && element.scrollWidth > element.clientWidth && !grid) {
        found.push(`${names[i]} scrolls sideways (${element.scrollWidth}px wide in ${element.clientWidth}px)`);
      }
    });
    if (found.length > 0 || root.scrollWidth <= root.clientWidth) return found.slice(0, 5);
    elements.forEach((element, i) => {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > edge) found.push(`${names[i]} (right edge at ${Math.round(box.right)}px) "${(element.textContent ?? "").trim().slice(0, 40)}"`);
    });
    if (found.length >= 5) return found.slice(0, 5);
    // Text can stick out of a box that fits (a long address with nowhere to break).
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && found.length < 5; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width > 0 && box.right > edge) {
        found.push(`text in ${node.parentElement?.tagName.toLowerCase()} (right edge at ${Math.round(box.right)}px) "${(node.textContent ?? "").trim().slice(0, 60)}"`);
      }
    }
    return found.length > 0 ? found : [`the page is ${root.scrollWidth}px wide`];
  });
}

/**
 * Words the page shows cut across two lines, as "word (in <tag>)" (at most five). A word is a run
 * of letters and digits: a line may break at a space, a hyphen or a slash, never inside one.
 * A web or email address (`https://…`, `www.…`, `…@…`) is not words: one longer than the screen
 * may break anywhere, as govuk-frontend's own `govuk-!-text-break-word` lets it.
 */
export async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node && found.length < 5; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      // A text node that fits on one line holds no broken word: skip the word-by-word look.
      range.selectNodeContents(node);
      if (range.getClientRects().length < 2) continue;
      for (const word of text.matchAll(/[\p{L}\p{N}]{2,}/gu)) {
        const start = word.index ?? 0;
        const token = /^\S*/.exec(text.slice(text.slice(0, start).search(/\S*$/)))?.[0] ?? "";
        if (/:\/\/|@|^www\./.test(token)) continue;
        range.setStart(node, start);
        range.setEnd(node, start + word[0].length);
        const tops = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
        if (tops.size > 1) found.push(`${word[0]} in "${token}" (in ${node.parentElement?.tagName.toLowerCase()})`);
      }
    }
    return found.slice(0, 5);
  });
}
