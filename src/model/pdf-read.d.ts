/** Types for pdf-read.js (plain JavaScript, so that a worker thread runs it without the TypeScript loader). */

export interface PdfFacts {
  pages: number;
  /** The title the PDF gives itself (its document information), if any. */
  title?: string;
  /** Whether any page has text: a scanned paper without a text layer has none. */
  hasText: boolean;
}

export function pdfFacts(bytes: Uint8Array): Promise<PdfFacts>;
export function pdfPageTexts(bytes: Uint8Array): Promise<string[]>;
export function inspectInWorker(): Promise<void>;
export function pdfPageLines(bytes: Uint8Array): Promise<string[][]>;
