/**
 * Files the tests make for themselves, never third-party documents: PDFs written with pdf-lib (one
 * with text on each page, one with only a drawing, so no text layer) and images drawn with sharp.
 */
import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import sharp from "sharp";

/** A PDF with one page per entry of `pages`, each holding that text, and `title` as its own title. */
export async function textPdf(pages: readonly string[], title?: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  if (title) pdf.setTitle(title);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const text of pages) pdf.addPage([595, 842]).drawText(text, { x: 50, y: 780, size: 12, font });
  // A fixed date, so the same file is the same bytes in every run.
  pdf.setCreationDate(new Date("2024-01-01T00:00:00Z"));
  pdf.setModificationDate(new Date("2024-01-01T00:00:00Z"));
  return pdf.save();
}

/** A one-page PDF with a drawing and no text at all: what a scan looks like to a reader of text. */
export async function imageOnlyPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]).drawRectangle({ x: 50, y: 600, width: 300, height: 200, color: rgb(0.2, 0.3, 0.5) });
  pdf.setCreationDate(new Date("2024-01-01T00:00:00Z"));
  pdf.setModificationDate(new Date("2024-01-01T00:00:00Z"));
  return pdf.save();
}

/** A PNG of one colour, `width` by `height` pixels. */
export function pngImage(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 11, g: 79, b: 92 } } }).png().toBuffer();
}
