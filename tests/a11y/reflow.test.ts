/**
 * Tables on a narrow screen, in Chromium: at 320 pixels wide every page kind with a table fits
 * the screen with no word cut in two, because each table's rows stack, each cell under its
 * column's name; the table stays a table to assistive technology. At 1280 pixels a table is laid
 * out as one. (axe.test.ts checks every page for overflow and cut words; this looks at how.)
 */
import type { CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeWithBrowser } from "../support/browser.ts";
import { PAGE_KINDS } from "./support/page-kinds.ts";
import { brokenWords, NARROW, overflowingElements, WIDE } from "./support/reflow.ts";
import { openSite, type ServedSite } from "./support/served-site.ts";

/** How a page's tables are laid out: per table, its rows' cells as boxes, and what shows each column's name. */
async function tableLayout(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("main table")).map((table) => {
      const head = table.querySelector("thead")?.getBoundingClientRect();
      const rows = Array.from(table.querySelectorAll("tbody > tr")).map((tr) =>
        Array.from(tr.children)
          .filter((cell) => cell.getBoundingClientRect().height > 0)
          .map((cell) => {
            const box = cell.getBoundingClientRect();
            const before = getComputedStyle(cell, "::before");
            const label = cell.getAttribute("data-label");
            // Chromium gives the content as it resolves it: the column's name, then its alternative text.
            return { left: Math.round(box.left), top: Math.round(box.top), width: Math.round(box.width), label, shown: !!label && before.display === "block" && before.content === `${JSON.stringify(label)} / ""` };
          }),
      );
      return { name: table.closest(".app-table-wrap")?.getAttribute("aria-label") ?? "", width: Math.round(table.getBoundingClientRect().width), headShown: head === undefined ? undefined : head.width > 1 && head.height > 1, rows };
    }),
  );
}

/** What Chromium's accessibility tree makes of the page's tables: how many of each table role it exposes. */
async function tableRoles(cdp: CDPSession): Promise<Record<string, number>> {
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: { role?: { value?: string }; ignored?: boolean }[] };
  const roles: Record<string, number> = {};
  for (const node of nodes) {
    const role = String(node.role?.value ?? "");
    if (!node.ignored && ["table", "row", "cell", "columnheader", "rowheader"].includes(role)) roles[role] = (roles[role] ?? 0) + 1;
  }
  return roles;
}

/** The names Chromium's accessibility tree gives the page's table cells, in order. */
async function cellNames(cdp: CDPSession): Promise<string[]> {
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: { role?: { value?: string }; name?: { value?: string }; ignored?: boolean }[] };
  return nodes.filter((node) => !node.ignored && node.role?.value === "cell").map((node) => String(node.name?.value ?? ""));
}

describeWithBrowser("tables on a narrow screen", () => {
  let site: ServedSite;
  let page: Page;
  /** The page kinds that have a table in <main>. */
  const withTables: { name: string; url: string }[] = [];

  beforeAll(async () => {
    site = await openSite();
    page = await site.browser.newPage();
    for (const kind of PAGE_KINDS) {
      await page.goto(site.url(kind.url));
      if ((await page.locator("main table").count()) > 0) withTables.push(kind);
    }
  });

  afterAll(async () => {
    await site?.close();
  });

  it("finds the page kinds with tables: lists of meetings, registers, attendance, work programmes, papers' own", () => {
    expect(withTables.map((k) => k.name)).toEqual(
      expect.arrayContaining(["meetings-year", "meetings-index", "meeting", "paper-long-with-tables", "work-programme", "board-notes", "person", "decisions", "register-resolutions", "register-actions", "register-work-programme", "subscribe", "open-data"]),
    );
  });

  it("tells a cut word and a page too wide from ones that fit", async () => {
    // A page of its own: written into a page of the site, the fixture would keep that page's
    // Content-Security-Policy, which refuses its inline styles.
    const page = await site.browser.newPage();
    await page.setViewportSize(NARROW);
    await page.setContent(
      '<body style="margin:0"><p style="width:80px;overflow-wrap:break-word">Unrecognisability at 10 o\'clock</p><p style="width:80px;overflow-wrap:break-word">mail: someone.somewhere@example.gov.uk</p><div style="width:200px;overflow-x:auto"><div style="width:600px">wide</div></div></body>',
    );
    expect(await brokenWords(page)).toEqual([expect.stringMatching(/^Unrecognisability in "Unrecognisability"/)]);
    expect(await overflowingElements(page)).toEqual([expect.stringMatching(/^div scrolls sideways \(600px wide in 200px\)/)]);
    await page.close();
  });

  it("at 320 pixels, fits every page kind with a table on the screen and cuts no word", async () => {
    await page.setViewportSize(NARROW);
    const problems: string[] = [];
    for (const kind of withTables) {
      await page.goto(site.url(kind.url));
      problems.push(...(await overflowingElements(page)).map((o) => `${kind.url}: ${o}`));
      problems.push(...(await brokenWords(page)).map((w) => `${kind.url}: cut ${w}`));
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("at 320 pixels, stacks each row's cells of a table with a header row, each under its column's name, with the header row out of sight, and keeps the grid of one without", async () => {
    await page.setViewportSize(NARROW);
    const problems: string[] = [];
    let cells = 0;
    for (const kind of withTables) {
      await page.goto(site.url(kind.url));
      for (const table of await tableLayout(page)) {
        const where = `${kind.url} "${table.name}"`;
        if (table.headShown) problems.push(`${where}: its header row shows`);
        // A table printed with no header row keeps its grid: its cells have no column names to show.
        if (table.headShown === undefined) {
          for (const row of table.rows) if (row.length > 1 && new Set(row.map((c) => c.top)).size > 1) problems.push(`${where}: a row of a table with no header row is stacked`);
          continue;
        }
        for (const row of table.rows) {
          for (const [i, cell] of row.entries()) {
            cells += 1;
            if (cell.width < table.width - 1) problems.push(`${where}: a cell ${cell.width}px wide in a table ${table.width}px wide`);
            if (i > 0 && cell.top <= (row[i - 1]?.top ?? 0)) problems.push(`${where}: a cell beside the one before it, not below`);
            if (cell.label && !cell.shown) problems.push(`${where}: the cell of "${cell.label}" does not show its column's name`);
          }
        }
      }
    }
    expect(cells).toBeGreaterThan(500);
    expect(problems, problems.slice(0, 20).join("\n")).toEqual([]);
  });

  it("at 320 pixels, keeps a stacked table a table to assistive technology, without reading the names drawn on screen", async () => {
    await page.setViewportSize(NARROW);
    await page.goto(site.url("/meetings/2024/"));
    const cdp = await site.browser.context.newCDPSession(page);
    try {
      const headers = await page.locator("main thead th").count();
      const bodyCells = await page.locator("main tbody td").count();
      const rows = await page.locator("main tr").count();
      expect(await tableRoles(cdp)).toEqual({ table: 1, row: rows, columnheader: headers, cell: bodyCells });
      // A cell's name is its content: its column's name, drawn before it, has empty alternative
      // text, so a screen reader announces "Date" once, from the column header.
      const first = page.locator("main tbody td").first();
      expect(await first.getAttribute("data-label")).toBe("Date");
      expect(await first.evaluate((td) => getComputedStyle(td, "::before").content)).toBe('"Date" / ""');
      const texts = await page.locator("main tbody td").evaluateAll((tds) => tds.map((td) => (td.textContent ?? "").replace(/\s+/g, " ").trim()));
      // Spaces as the text's: a status tag's name ends with its own, before the stop that follows it.
      expect((await cellNames(cdp)).map((name) => name.replace(/\s+/g, " ").trim())).toEqual(texts);
    } finally {
      await cdp.detach();
    }
  });

  it("at 1280 pixels, lays each table out as a table, its header row shown and each row's cells side by side", async () => {
    await page.setViewportSize(WIDE);
    const problems: string[] = [];
    for (const kind of withTables) {
      await page.goto(site.url(kind.url));
      for (const table of await tableLayout(page)) {
        const where = `${kind.url} "${table.name}"`;
        // A table printed with no header row (`::: no-header-row`) has none to show.
        if (table.headShown === false) problems.push(`${where}: its header row is hidden`);
        for (const row of table.rows) {
          if (row.length > 1 && new Set(row.map((c) => c.top)).size > 1) problems.push(`${where}: a row's cells are not side by side`);
          if (row.some((c) => c.shown)) problems.push(`${where}: a cell shows its column's name as well as the header row`);
        }
      }
    }
    expect(problems, problems.slice(0, 20).join("\n")).toEqual([]);
  });
});
