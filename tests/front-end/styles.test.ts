import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { compileStyles } from "../../src/render/styles.ts";
import { stylePalette } from "../../src/site/brand-colours.ts";

/** One style rule of the compiled CSS, with the at-rules it sits in. */
interface CssRule {
  /** Enclosing at-rule preludes, outermost first, e.g. ["@media print"]. */
  atRules: string[];
  selectors: string[];
  declarations: Map<string, string>;
}

/**
 * A small CSS walker, enough for compressed Sass output: it splits blocks on
 * braces (skipping quoted strings, where `content: " (" attr(href) ")"` lives)
 * and returns every style rule with its at-rule context. The project has no
 * CSS parser among its dependencies and needs none at run time.
 */
function parseCss(css: string): CssRule[] {
  const rules: CssRule[] = [];
  let pos = 0;

  function readUntil(stops: string): { text: string; stop: string } {
    let text = "";
    while (pos < css.length) {
      const ch = css[pos] as string;
      if (ch === '"' || ch === "'") {
        const end = css.indexOf(ch, pos + 1);
        const close = end === -1 ? css.length : end + 1;
        text += css.slice(pos, close);
        pos = close;
        continue;
      }
      if (stops.includes(ch)) {
        pos++;
        return { text, stop: ch };
      }
      text += ch;
      pos++;
    }
    return { text, stop: "" };
  }

  function parseBlock(atRules: string[]): void {
    while (pos < css.length) {
      const { text, stop } = readUntil("{};");
      const prelude = text.trim();
      if (stop === "}" || stop === "") return;
      if (stop === ";") continue; // a statement at-rule such as @charset
      if (prelude.startsWith("@media") || prelude.startsWith("@supports") || prelude.startsWith("@layer")) {
        parseBlock([...atRules, prelude]);
        continue;
      }
      const body = readUntil("}").text;
      const declarations = new Map<string, string>();
      for (const part of body.split(/;(?=(?:[^"']*["'][^"']*["'])*[^"']*$)/)) {
        const colon = part.indexOf(":");
        if (colon > 0) declarations.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
      }
      rules.push({ atRules, selectors: prelude.split(",").map((s) => s.trim()), declarations });
    }
  }

  parseBlock([]);
  return rules;
}

const isPrint = (rule: CssRule) => rule.atRules.some((at) => /@media\s+print/.test(at));
const isScreenOrAll = (rule: CssRule) => rule.atRules.every((at) => !/print/.test(at));

/** The declared value of `property` for `selector`, from the last matching rule. */
function valueFor(rules: CssRule[], selector: string, property: string, where: (r: CssRule) => boolean) {
  let value: string | undefined;
  for (const rule of rules) {
    if (where(rule) && rule.selectors.includes(selector) && rule.declarations.has(property)) {
      value = rule.declarations.get(property);
    }
  }
  return value;
}

/** A body's colours, none of them GOV.UK's (site.json `colours`). */
const BODY_COLOURS = { brand: "#4c2c92", link: "#00703c", focus: "#ffbf47" };

let css = "";
let rules: CssRule[] = [];
/** The stylesheet of a site that sets no colours. */
let govukCss = "";
let govukRules: CssRule[] = [];

beforeAll(() => {
  css = compileStyles({ palette: stylePalette(BODY_COLOURS) }).css;
  rules = parseCss(css);
  govukCss = compileStyles().css;
  govukRules = parseCss(govukCss);
});

describe("compiled stylesheet", () => {
  it("is at most 30 KB gzipped", () => {
    const gzipped = gzipSync(Buffer.from(css, "utf8"), { level: 9 }).length;
    expect(gzipped).toBeGreaterThan(1000); // it did compile something
    expect(gzipped).toBeLessThanOrEqual(30 * 1024);
  });

  it("parses into rules (the walker itself works)", () => {
    expect(rules.length).toBeGreaterThan(200);
    expect(valueFor(rules, ".govuk-summary-list", "margin-bottom", isScreenOrAll)).toBeDefined();
  });

  it("declares no GDS Transport font and loads no font files", () => {
    expect(/GDS Transport/i.test(css)).toBe(false);
    expect(css.includes("@font-face")).toBe(false);
    expect(/\.woff2?\b/.test(css)).toBe(false);
  });

  it("uses the system font stack", () => {
    const family = valueFor(rules, ".govuk-body", "font-family", isScreenOrAll);
    expect(family).toMatch(/^system-ui,/);
  });

  it("carries no crown or crest", () => {
    expect(/crown/i.test(css)).toBe(false);
    expect(/crest/i.test(css)).toBe(false);
    expect(/govuk-logo/i.test(css)).toBe(false);
  });

  it("includes only the components the templates use", () => {
    const styled = (block: string) => rules.some((rule) => rule.selectors.some((s) => s.startsWith(`.${block}`)));
    for (const used of ["govuk-generic-header", "govuk-service-navigation", "govuk-breadcrumbs", "govuk-pagination", "govuk-checkboxes"]) {
      expect(styled(used), used).toBe(true);
    }
    for (const unused of ["govuk-accordion", "govuk-tabs", "govuk-cookie-banner", "govuk-footer", "govuk-header", "govuk-exit-this-page"]) {
      expect(styled(unused), unused).toBe(false);
    }
  });

  it("paints the header in the body's own colour", () => {
    const background = valueFor(rules, ".govuk-generic-header", "background-color", isScreenOrAll);
    expect(background).toBe("#4c2c92");
    expect(valueFor(rules, ".app-footer", "border-top", isScreenOrAll)).toBe("10px solid #4c2c92");
    // The pale and middle tints of it: the template's background and the navigation's border.
    expect(valueFor(rules, ":root", "--govuk-template-background-colour", isScreenOrAll)).toBe("#f4f2f8");
    expect(valueFor(rules, ":root", "--govuk-surface-border-colour", isScreenOrAll)).toBe("#a696c9");
  });

  it("colours links and keyboard focus in the body's colours", () => {
    expect(valueFor(rules, ":root", "--govuk-link-colour", isScreenOrAll)).toBe("#00703c");
    // Under the pointer, the link colour half mixed with black.
    expect(valueFor(rules, ":root", "--govuk-link-hover-colour", isScreenOrAll)).toBe("#00381e");
    expect(valueFor(rules, ":root", "--govuk-focus-colour", isScreenOrAll)).toBe("#ffbf47");
    expect(valueFor(rules, ".govuk-link:link", "color", isScreenOrAll)).toBe("var(--govuk-link-colour, #00703c)");
    expect(valueFor(rules, ".govuk-link:focus", "background-color", isScreenOrAll)).toBe("var(--govuk-focus-colour, #ffbf47)");
    // govuk-frontend draws black text on the focus colour, whatever it is.
    expect(valueFor(rules, ":root", "--govuk-focus-text-colour", isScreenOrAll)).toBe("#0b0c0c");
  });

  it("is in GOV.UK's own colours for a site that sets none, with nothing of the shipped archive's", () => {
    expect(valueFor(govukRules, ".govuk-generic-header", "background-color", isScreenOrAll)).toBe("#1d70b8");
    expect(valueFor(govukRules, ":root", "--govuk-template-background-colour", isScreenOrAll)).toBe("#f4f8fb");
    expect(valueFor(govukRules, ":root", "--govuk-link-colour", isScreenOrAll)).toBe("#1a65a6");
    expect(valueFor(govukRules, ":root", "--govuk-link-hover-colour", isScreenOrAll)).toBe("#0f385c");
    expect(valueFor(govukRules, ":root", "--govuk-focus-colour", isScreenOrAll)).toBe("#ffdd00");
    expect(/#0b4f5c|#f0f4f5|#85a7ae/i.test(govukCss)).toBe(false);
  });

  it("gives text outside GOV.UK classes the archive's font, not the browser's serif", () => {
    expect(valueFor(rules, ".govuk-template__body", "font-family", isScreenOrAll)).toMatch(/^system-ui,/);
  });

  it("styles the blocks the Markdown renderer writes into minutes", () => {
    expect(valueFor(rules, ".app-block--resolved", "border-left", isScreenOrAll)).toBe("8px solid #4c2c92");
    for (const block of [".app-block--question", ".app-block--answer", ".app-block--declaration"]) {
      expect(valueFor(rules, block, "border-left", isScreenOrAll) ?? valueFor(rules, block, "border-left-color", isScreenOrAll), block).toBeDefined();
    }
    expect(valueFor(rules, ".app-minute-item", "color", isScreenOrAll)).toBeDefined();
    expect(valueFor(rules, ".app-align-centre", "text-align", isScreenOrAll)).toBe("center");
    // the agenda's items carry printed codes, so the list shows no numbers of its own
    expect(valueFor(rules, ".app-agenda", "list-style", isScreenOrAll)).toBe("none");
  });

  it("scrolls a table wider than the page inside a focusable box, with shadows that show it scrolls", () => {
    expect(valueFor(rules, ".app-table-wrap", "overflow-x", isScreenOrAll)).toBe("auto");
    expect(valueFor(rules, ".app-table-wrap:focus", "box-shadow", isScreenOrAll)).toBeDefined();
    const background = valueFor(rules, ".app-table-wrap", "background", isScreenOrAll) ?? "";
    expect(background.match(/no-repeat (local|scroll)/g)).toEqual(["no-repeat local", "no-repeat local", "no-repeat scroll", "no-repeat scroll"]);
  });

  it("stacks the rows of a table with a header row below the tablet breakpoint, each cell showing its column's name, the header row visually hidden", () => {
    const narrow = (rule: CssRule) => isScreenOrAll(rule) && rule.atRules.some((at) => /max-width:\s*40\.0525em/.test(at));
    // Only a table with a header row: one without keeps its grid (its cells have no column names to show).
    const stacked = ".app-table-wrap:has(>table>thead)";
    for (const part of ["table", "table>tbody", "table>tbody>tr", "table>tbody>tr>td", "table>tbody>tr>th"]) {
      expect(valueFor(rules, `${stacked}>${part}`, "display", narrow), part).toBe("block");
      expect(valueFor(rules, `${stacked}>${part}`, "display", (rule) => isScreenOrAll(rule) && !narrow(rule)), part).toBeUndefined();
      expect(valueFor(rules, `.app-table-wrap>${part}`, "display", narrow), part).toBeUndefined();
    }
    expect(valueFor(rules, `${stacked}>table>thead`, "position", narrow)).toBe("absolute !important");
    expect(valueFor(rules, `${stacked}>table>thead`, "display", narrow)).toBeUndefined();
    // The name has empty alternative text: screen readers take the column's name from its header.
    expect(valueFor(rules, `${stacked} td[data-label]::before`, "content", narrow)).toBe('attr(data-label)/""');
    expect(valueFor(rules, `${stacked} td:empty::before`, "content", narrow)).toBe("none");
  });
});

describe("print stylesheet", () => {
  it("hides the page's address and date on screen and shows them in print", () => {
    expect(valueFor(rules, ".app-print-meta", "display", isScreenOrAll)).toBe("none");
    expect(valueFor(rules, ".app-print-meta", "display", isPrint)).toBe("block");
  });

  it("hides navigation, the skip link, search and the footer's links in print", () => {
    for (const selector of [".govuk-service-navigation", ".govuk-skip-link", ".app-search-form", "form", ".app-footer__list"]) {
      expect(valueFor(rules, selector, "display", isPrint), selector).toBe("none !important");
    }
    // …and not on screen
    expect(valueFor(rules, ".govuk-service-navigation", "display", isScreenOrAll)).not.toBe("none !important");
  });

  it("prints the address after links to other sites, and no path after links within the archive", () => {
    for (const prefix of ["http://", "https://"]) {
      const selector = `main a[href^="${prefix}"]::after`;
      expect(valueFor(rules, selector, "content", isPrint), selector).toBe('" (" attr(href) ")"');
      expect(valueFor(rules, selector, "content", isScreenOrAll), selector).toBeUndefined();
    }
    // govuk-frontend prints every .govuk-link's address, paths included: overridden, later in the sheet.
    const govuk = rules.findIndex((r) => isPrint(r) && r.selectors.includes('[href^="/"].govuk-link::after'));
    const ours = rules.findIndex((r) => isPrint(r) && r.selectors.includes('.govuk-link[href^="/"]::after'));
    expect(govuk).toBeGreaterThan(-1);
    expect(ours).toBeGreaterThan(govuk);
    expect(valueFor(rules, '.govuk-link[href^="/"]::after', "content", isPrint)).toBe("none");
    expect(valueFor(rules, 'a[href^="/"]::after', "content", isPrint)).toBe("none");
    expect(valueFor(rules, 'main a[href^="/"]::after', "content", isPrint)).toBeUndefined();
  });

  it("keeps table rows and resolutions whole across pages", () => {
    expect(valueFor(rules, "tr", "break-inside", isPrint)).toBe("avoid");
    expect(valueFor(rules, ".app-minute-resolution", "break-inside", isPrint)).toBe("avoid");
    expect(valueFor(rules, ".app-block", "break-inside", isPrint)).toBe("avoid");
  });

  it("prints wide tables in full rather than a scrolled slice", () => {
    expect(valueFor(rules, ".app-table-wrap", "overflow", isPrint)).toBe("visible");
  });
});
