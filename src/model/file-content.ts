/**
 * Whether a file's bytes are what its extension says, read from the bytes themselves (a `.pdf`
 * that is a renamed Word document, or a web page saved as `.pdf`, would be served as a PDF and open
 * as nothing), and an image's size in pixels, which its page needs to lay it out before it loads.
 * Pure: bytes in, facts out.
 */
import type { FileExtension } from "./file-types.ts";
import { zipEntry, zipEntryNames } from "./zip-entries.ts";

/** What a file of each kind starts with, as a reader would say it. */
const WHAT_IT_IS: Record<FileExtension, string> = {
  pdf: "a PDF (it does not start with %PDF-)",
  docx: "a Word document (.docx: a ZIP container declaring a word-processing document)",
  xlsx: "an Excel spreadsheet (.xlsx: a ZIP container declaring a spreadsheet)",
  odt: "an OpenDocument text (.odt: a ZIP container whose mimetype is application/vnd.oasis.opendocument.text)",
  ods: "an OpenDocument spreadsheet (.ods: a ZIP container whose mimetype is application/vnd.oasis.opendocument.spreadsheet)",
  csv: "a CSV file (UTF-8 text with no NUL bytes)",
  png: "a PNG image",
  jpg: "a JPEG image",
  jpeg: "a JPEG image",
};

const OOXML_MAIN: Partial<Record<FileExtension, string>> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
};
const OPENDOCUMENT: Partial<Record<FileExtension, string>> = {
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
};

/** Why `bytes` are not a file of kind `ext`, in words for the officer; undefined when they are. */
export function contentMismatch(ext: FileExtension, bytes: Buffer): string | undefined {
  return matches(ext, bytes) ? undefined : `its content is not ${WHAT_IT_IS[ext]}, whatever its name says${guess(bytes, ext)}`;
}

function matches(ext: FileExtension, bytes: Buffer): boolean {
  switch (ext) {
    case "pdf":
      // The PDF specification lets a header follow up to 1,024 bytes of anything; readers accept it.
      return bytes.subarray(0, 1024).includes("%PDF-");
    case "png":
      return bytes.subarray(0, 8).equals(PNG_SIGNATURE);
    case "jpg":
    case "jpeg":
      return bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
    case "csv":
      return !bytes.includes(0) && new TextDecoder("utf-8", { fatal: false }).decode(bytes).indexOf("\uFFFD") === -1;
    case "docx":
    case "xlsx":
      return zipEntry(bytes, "[Content_Types].xml")?.toString("utf8").includes(OOXML_MAIN[ext] ?? "\0") ?? false;
    case "odt":
    case "ods":
      return zipEntry(bytes, "mimetype")?.toString("utf8").trim() === OPENDOCUMENT[ext];
  }
}

/** ", but a Word document": what the bytes look like instead, when that can be told. */
function guess(bytes: Buffer, ext: FileExtension): string {
  for (const other of ["pdf", "png", "jpg", "docx", "xlsx", "odt", "ods"] as const) {
    if (other !== ext && !(other === "jpg" && ext === "jpeg") && matches(other, bytes)) return `, but ${WHAT_IT_IS[other].replace(/ \(.*\)$/, "")}`;
  }
  if (zipEntryNames(bytes)) return ", but a ZIP archive of some other kind";
  if (/^\s*<(?:!doctype html|html)/i.test(bytes.subarray(0, 256).toString("latin1"))) return ", but a web page (HTML)";
  return "";
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** An image's width and height in pixels, from its header; undefined when they cannot be read. */
export function imageSize(ext: FileExtension, bytes: Buffer): { width: number; height: number } | undefined {
  if (ext === "png") {
    if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString("latin1", 12, 16) !== "IHDR") return undefined;
    return positive(bytes.readUInt32BE(16), bytes.readUInt32BE(20));
  }
  if (ext === "jpg" || ext === "jpeg") return jpegSize(bytes);
  return undefined;
}

/** A JPEG's size, from its first start-of-frame marker (SOF0 to SOF15 but DHT, JPG and DAC). */
function jpegSize(bytes: Buffer): { width: number; height: number } | undefined {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return positive(bytes.readUInt16BE(at + 7), bytes.readUInt16BE(at + 5));
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  return undefined;
}

function positive(width: number, height: number): { width: number; height: number } | undefined {
  return width > 0 && height > 0 ? { width, height } : undefined;
}
