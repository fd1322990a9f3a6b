/**
 * A PDF agenda pack (or minutes, or notes) read by the importer itself, with the same library the
 * build reads PDFs with (pdfjs-dist, through src/model/pdf-read.js): its text as the importer reads
 * text taken from a PDF, one line per printed line, a blank line between paragraphs and between
 * pages. The importer then does what it does with any such text (index.ts): joins hard-wrapped
 * lines, drops page furniture, splits the pack.
 */
import { pdfPageLines } from "../model/pdf-read.js";

/** Whether `bytes` are a PDF: they start with its header (readers accept it within the first 1,024 bytes). */
export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes("%PDF-");
}

/** The text of the PDF `bytes`; throws, with PDF.js's reason, when they cannot be opened as one. */
export async function pdfPackText(bytes: Uint8Array): Promise<string> {
  const pages = await pdfPageLines(bytes);
  return `${pages
    .map((lines) => lines.join("\n").trim())
    .filter((page) => page !== "")
    .join("\n\n")}\n`;
}
