/**
 * Reading a PDF with pdfjs-dist (Mozilla's PDF.js, its legacy build for Node): its number of pages,
 * its own title, whether it has a text layer, and the text of each page. Plain JavaScript, so that
 * the loader's worker thread (pdf-facts.ts) can run it without the TypeScript loader; the build
 * imports the same functions (src/build/pdf-pages.ts). Types are in pdf-read.d.ts.
 */
import { readFileSync } from "node:fs";

let library;

/** PDF.js, loaded on first use: most archives, and every check of one without PDFs, never need it. */
function pdfjs() {
  library ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  return library;
}

/**
 * Opens a PDF's bytes and calls `use` with the document, then frees it. PDF.js never evaluates
 * code from a PDF here, loads no fonts (text needs none) and prints no warnings.
 */
async function withPdf(bytes, use) {
  const { getDocument } = await pdfjs();
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const pdf = await task.promise;
  try {
    return await use(pdf);
  } finally {
    await task.destroy();
  }
}

/** A page's text as a reader would read it: its runs in order, a space or line break between, white space squashed. */
async function pageText(pdf, number) {
  const page = await pdf.getPage(number);
  try {
    const content = await page.getTextContent();
    return content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : " ") : "")).join("").replace(/\s+/g, " ").trim();
  } finally {
    page.cleanup();
  }
}

/**
 * Each page's lines, top to bottom as PDF.js reads them, with an empty line where the gap to the
 * next line is more than half as tall again as a line (a paragraph's end): the text a PDF agenda
 * pack gives the importer (src/import/pdf-pack.ts).
 */
export async function pdfPageLines(bytes) {
  return withPdf(bytes, async (pdf) => {
    const pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      try {
        const { items } = await page.getTextContent();
        const lines = [];
        let current;
        for (const item of items) {
          if (!("str" in item)) continue;
          const y = item.transform[5];
          const height = item.height || Math.abs(item.transform[3]) || 10;
          if (current && Math.abs(current.y - y) <= height / 2) {
            current.text += item.str;
          } else {
            if (current && current.y - y > current.height * 1.5) lines.push("");
            current = { text: item.str, y, height };
            lines.push(current);
          }
        }
        pages.push(lines.map((line) => (typeof line === "string" ? line : line.text.replace(/\s+$/, ""))));
      } finally {
        page.cleanup();
      }
    }
    return pages;
  });
}

/** Pages, title and whether any page has text; reading stops at the first page that has. */
export async function pdfFacts(bytes) {
  return withPdf(bytes, async (pdf) => {
    const { info } = await pdf.getMetadata().catch(() => ({ info: {} }));
    const title = typeof info?.Title === "string" ? info.Title.replace(/\s+/g, " ").trim() : "";
    let hasText = false;
    for (let n = 1; n <= pdf.numPages && !hasText; n++) hasText = (await pageText(pdf, n)) !== "";
    return { pages: pdf.numPages, title: title || undefined, hasText };
  });
}

/** The text of every page, first page first. */
export async function pdfPageTexts(bytes) {
  return withPdf(bytes, async (pdf) => {
    const texts = [];
    for (let n = 1; n <= pdf.numPages; n++) texts.push(await pageText(pdf, n));
    return texts;
  });
}

/**
 * The worker thread's task (pdf-facts.ts starts it and waits): the facts of each file in
 * `workerData.paths`, posted on `workerData.port`, then `workerData.signal` set, whatever happened.
 */
export async function inspectInWorker() {
  const { workerData } = await import("node:worker_threads");
  const { paths, port, signal } = workerData;
  const results = {};
  try {
    for (const path of paths) {
      try {
        results[path] = { ok: true, facts: await pdfFacts(readFileSync(path)) };
      } catch (error) {
        results[path] = { ok: false, reason: String(error?.message ?? error) };
      }
    }
  } finally {
    port.postMessage(results);
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  }
}
