/**
 * Just enough of the ZIP format to tell what an office document is: DOCX, XLSX, ODT and ODS are ZIP
 * containers that declare their own type inside ([Content_Types].xml for Office Open XML, a
 * `mimetype` entry for OpenDocument). Reads the central directory and inflates one named entry;
 * anything it cannot read is "not a ZIP container", never an exception.
 */
import { inflateRawSync } from "node:zlib";

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** An entry larger than this is not read: a declaration of type is a few kilobytes. */
const MAX_ENTRY_BYTES = 1_000_000;

/** The names of the entries, in directory order; undefined when `bytes` is not a readable ZIP. */
export function zipEntryNames(bytes: Buffer): string[] | undefined {
  return directory(bytes)?.map((e) => e.name);
}

/** One entry's bytes, inflated; undefined when it is missing, too large or unreadable. */
export function zipEntry(bytes: Buffer, name: string): Buffer | undefined {
  const entry = directory(bytes)?.find((e) => e.name === name);
  if (!entry || entry.size > MAX_ENTRY_BYTES || entry.localOffset + 30 > bytes.length) return undefined;
  if (bytes.readUInt32LE(entry.localOffset) !== LOCAL_HEADER) return undefined;
  const start = entry.localOffset + 30 + bytes.readUInt16LE(entry.localOffset + 26) + bytes.readUInt16LE(entry.localOffset + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  try {
    if (entry.method === 0) return data;
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES });
  } catch {
    return undefined;
  }
  return undefined;
}

function directory(bytes: Buffer): Entry[] | undefined {
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== LOCAL_HEADER) return undefined;
  // The end record is in the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return undefined;
    const nameLength = bytes.readUInt16LE(at + 28);
    entries.push({
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}
