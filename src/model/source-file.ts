/**
 * Reading one content file's bytes into text, refusing what is not a UTF-8 text file.
 *
 * Officers paste from Word and PDFs: a byte-order mark or CRLF line endings are harmless and
 * accepted; Windows-1252 bytes, binary files and runaway sizes are refused with a fix.
 */
import type { Problem } from "./problems.ts";

/** Large enough for any real paper (the biggest seed paper is about 120 KB), small enough to catch accidents. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type DecodedFile = { ok: true; text: string } | { ok: false; problem: Problem };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function decodeContentFile(file: string, bytes: Uint8Array): DecodedFile {
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return fail(file, 1, `file is ${mb} MB, over the 5 MB limit for one paper: split it into its parts (each appendix in a file of its own with parent:), or remove pasted images and data`);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(file, 1, "file is UTF-16 text (Notepad's \"Unicode\"): save it as UTF-8");
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    if (!hasMagicNumber(bytes) && utf16WithoutMark(bytes)) {
      return fail(file, 1, "file is UTF-16 text (Notepad's \"Unicode\", saved without a byte-order mark), not UTF-8: save it as UTF-8");
    }
    const kind = binaryKind(bytes);
    return kind
      ? fail(file, 1, `file is ${kind}, not text: content files must be Markdown text; convert the document to Markdown first (npm run import)`)
      : fail(file, lineAt(bytes, nul), "file holds a NUL byte, an invisible character that text files never contain (pasted from a PDF?): find it on this line and delete it");
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return fail(file, lineAt(bytes, bad), `file is not UTF-8 text (byte 0x${(bytes[bad] ?? 0).toString(16).toUpperCase()} at offset ${bad}; Windows-1252 curly quotes or a £ sign saved by an old editor?): save the file as UTF-8`);
  }
  // TextDecoder drops a leading byte-order mark by default; CRLF and lone CR become LF.
  text = text.replace(/\r\n?/g, "\n");
  return { ok: true, text };
}

/** The kinds of file recognised by their first bytes. */
const MAGIC: readonly (readonly [string, readonly number[]])[] = [
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a PDF", [0x25, 0x50, 0x44, 0x46]],
  ["a Word document or other zip file", [0x50, 0x4b, 0x03, 0x04]],
  ["an old Word or Excel document", [0xd0, 0xcf, 0x11, 0xe0]],
];

function magicKind(bytes: Uint8Array): string | undefined {
  return MAGIC.find(([, magic]) => magic.every((b, i) => bytes[i] === b))?.[0];
}

function hasMagicNumber(bytes: Uint8Array): boolean {
  return magicKind(bytes) !== undefined;
}

/**
 * Whether `bytes` read as UTF-16 text saved with no byte-order mark: in UTF-16 every character of
 * English text is its ASCII byte beside a NUL, so one byte of each pair (the second in little-endian,
 * the first in big-endian) is nearly always NUL and the other nearly never is, and is mostly
 * printable. Binary files have NULs too, but not in that rhythm.
 */
export function utf16WithoutMark(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, 4096);
  const sample = bytes.subarray(0, length - (length % 2));
  const pairs = sample.length / 2;
  if (pairs < 2) return false;
  const looksLike = (high: 0 | 1): boolean => {
    let nulHigh = 0;
    let nulLow = 0;
    let printable = 0;
    for (let i = 0; i < sample.length; i += 2) {
      const low = sample[i + 1 - high] ?? 0;
      if (sample[i + high] === 0) {
        nulHigh++;
        if (low === 0x09 || low === 0x0a || low === 0x0d || (low >= 0x20 && low <= 0x7e) || low >= 0xa0) printable++;
      }
      if (low === 0) nulLow++;
    }
    return nulHigh >= pairs * 0.7 && nulLow <= pairs * 0.05 && printable >= nulHigh * 0.9;
  };
  return looksLike(1) || looksLike(0);
}

/** What a binary file most likely is, from its first bytes; or a guess from how much of it is NUL. */
function binaryKind(bytes: Uint8Array): string | undefined {
  const magic = magicKind(bytes);
  if (magic) return magic;
  let nuls = 0;
  for (const b of bytes.subarray(0, 4096)) if (b === 0) nuls++;
  return nuls > 1 ? "binary" : undefined;
}

function fail(file: string, line: number | undefined, message: string): DecodedFile {
  return { ok: false, problem: line === undefined ? { file, message } : { file, line, message } };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, so the message can give its line. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}
