/**
 * WCAG 1.4.10 Reflow: at 320 CSS pixels wide (a 1280-pixel screen zoomed to 400%) a page must
 * not need scrolling sideways. A wide table may scroll inside its own box (.app-table-wrap), but
 * its caption must stay in view; nothing else may reach past the right edge.
 */
import type { Page } from "playwright-core";

export const NARROW = { width: 320, height: 640 };
export const WIDE = { width: 1280, height: 800 };

/**
 * What reaches past the right edge of the viewport (outside any table's box), and table captions
 * cut off by their box, as short descriptions; empty when the page fits.
 */
export async function overflowingElements(page: Page): Promise<string[]> {
  // No named inner functions: the body is sent to the browser as text.
  return page.evaluate(() => {
    const root = document.documentElement;
    const wider = root.scrollWidth > root.clientWidth;
    const found: string[] = [];
    for (const caption of Array.from(document.querySelectorAll(".app-table-wrap caption"))) {
      const box = caption.getBoundingClientRect();
      const wrap = caption.closest(".app-table-wrap")?.getBoundingClientRect();
      if (wrap && box.width > 1 && box.right > wrap.right + 0.5) found.push(`caption cut off by its table's box "${(caption.textContent ?? "").trim().slice(0, 40)}"`);
    }
    if (!wider) return found;
    for (const element of Array.from(document.body.querySelectorAll("*"))) {
      // A table's box scrolls what is inside it, except what is positioned against a box outside
      // it (a visually hidden span, when the box itself is not positioned).
      const wrap = element.closest(".app-table-wrap");
      if (wrap) {
        const position = getComputedStyle(element).position;
        const against = (element as HTMLElement).offsetParent;
        if (position !== "absolute" && position !== "fixed") continue;
        if (position === "absolute" && against && wrap.contains(against)) continue;
      }
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= root.clientWidth + 0.5) continue;
      const classes = typeof element.className === "string" && element.className ? `.${element.className.trim().split(/\s+/).join(".")}` : "";
      found.push(`${element.tagName.toLowerCase()}${classes} (right edge at ${Math.round(box.right)}px) "${(element.textContent ?? "").trim().slice(0, 40)}"`);
      if (found.length >= 5) return found;
    }
    // Text can stick out of a box that fits (a long address with nowhere to break).
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && found.length < 5; node = walker.nextNode()) {
      if (node.parentElement?.closest(".app-table-wrap")) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width > 0 && box.right > root.clientWidth + 0.5) {
        found.push(`text in ${node.parentElement?.tagName.toLowerCase()} (right edge at ${Math.round(box.right)}px) "${(node.textContent ?? "").trim().slice(0, 60)}"`);
      }
    }
    return found.length > 0 ? found : [`the page is ${root.scrollWidth}px wide`];
  });
}
