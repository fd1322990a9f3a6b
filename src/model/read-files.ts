/**
 * Finding and reading the files published with the papers (PDF, DOCX, XLSX, ODT, ODS, CSV, PNG,
 * JPEG) in meeting folders and papers/: where each may sit, whether its bytes are what its name
 * says, its size against the cap, an image's pixels and a PDF's pages, title and text layer. A file
 * that fails any of these is a problem and is not published.
 */
import { readFileSync, statSync } from "node:fs";
import { contentMismatch, imageSize } from "./file-content.ts";
import { ALLOWED_FILE_TYPES_TEXT, FILE_TYPES, type FileExtension, isFileExtension, isImageExtension, splitFileName } from "./file-types.ts";
import { EXAMPLE_ID, identifierFrom, meetingFolderMessage } from "./identifier-examples.ts";
import { inspectPdfs, type PdfFacts } from "./pdf-facts.ts";
import type { Problem } from "./problems.ts";

/** Where a file sits: directly in a meeting's folder, or in papers/. */
export type FilePlacement = { folder: "meetings"; meetingId: string; name: string } | { folder: "papers"; name: string };

/** A file that passed every check, with what was read of it. */
export interface ContentAttachment {
  /** Project-relative path with forward slashes. */
  path: string;
  absolute: string;
  /** `<meeting>/<file name>`, or the file name in papers/. */
  id: string;
  placement: FilePlacement;
  name: string;
  extension: FileExtension;
  bytes: number;
  image?: { width: number; height: number };
  pdf?: PdfFacts;
}

/** A file found where files may be, before its bytes are read. */
export interface FileCandidate {
  path: string;
  absolute: string;
  placement: FilePlacement;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The identifier a file's place gives it. */
export function fileIdOf(placement: FilePlacement): string {
  return placement.folder === "meetings" ? `${placement.meetingId}/${placement.name}` : placement.name;
}

/**
 * Where a file that is not Markdown may sit, from its path in content/: its placement, or why it
 * cannot be published as it is. Undefined for a file this cannot speak for (read-content.ts says
 * what to do with it: a Markdown file saved under another ending, an editor's backup).
 */
export function filePlacementOf(relativeToContent: string): FilePlacement | string | undefined {
  const parts = relativeToContent.split("/");
  const name = parts[parts.length - 1] ?? "";
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? name.slice(dot + 1) : "";
  const inMeeting = parts[0] === "meetings" && parts.length === 3;
  const inPapers = parts[0] === "papers" && parts.length === 2;
  if (!isFileExtension(ext.toLowerCase())) {
    return inMeeting || inPapers ? `${name} is not a type of file the archive publishes: a meeting's folder, and papers/, hold Markdown papers (.md) and files of these types only: ${ALLOWED_FILE_TYPES_TEXT}; save it as one of them (a PDF, say), or move it out of content/` : undefined;
  }
  if (!inMeeting && !inPapers) return `${name} cannot be published from here: files published with the papers go directly in their meeting's folder (content/meetings/<body>-<YYYY-MM-DD>/) or in content/papers/: move it there`;
  if (ext !== ext.toLowerCase()) return `${name} has its extension in capitals, and file names are lower case: rename it to ${name.slice(0, dot)}.${ext.toLowerCase()}`;
  const stem = name.slice(0, dot);
  if (!SLUG.test(stem)) return `file name ${name} is not an identifier: use lower-case letters, digits and hyphens before the extension, e.g. ${identifierFrom(stem, EXAMPLE_ID.paper)}.${ext}`;
  if (inPapers) return { folder: "papers", name };
  const meetingId = parts[1] ?? "";
  if (!SLUG.test(meetingId)) return meetingFolderMessage(meetingId);
  return { folder: "meetings", meetingId, name };
}

/** `annual-report-2023-24.pdf.md`: the description of the file it is named after, or undefined for any other name. */
export function describedFileName(markdownName: string): string | undefined {
  const name = markdownName.replace(/\.md$/, "");
  return name !== markdownName && splitFileName(name) ? name : undefined;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/**
 * Reads each candidate: its size first (a file over `maxBytes` is not read at all), then its bytes
 * against its extension, an image's size, and every PDF's facts at once (pdf-facts.ts). Returns the
 * files that passed, and a problem, at line 1 of the file, for each that did not. With `capUnknown`
 * (the site's file, which sets the cap, cannot be read), a file over `maxBytes` is left out unread
 * and unrefused: it may be within the cap the site sets.
 */
export function readFiles(candidates: readonly FileCandidate[], maxBytes: number, capUnknown = false): { attachments: ContentAttachment[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const read: ContentAttachment[] = [];
  const problem = (c: FileCandidate, message: string) => problems.push({ file: c.path, line: 1, message });
  for (const c of candidates) {
    const parts = splitFileName(c.placement.name);
    if (!parts) continue;
    const size = statSync(c.absolute).size;
    if (size > maxBytes) {
      if (capUnknown) continue;
      problem(c, `${c.placement.name} is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit for one file (maxFileSizeMB in _data/site.json): save it again smaller (images at a lower resolution), or split it into its parts`);
      continue;
    }
    const bytes = readFileSync(c.absolute);
    const mismatch = contentMismatch(parts.ext, bytes);
    if (mismatch) {
      problem(c, `${c.placement.name}: ${mismatch}: save it again as a real ${FILE_TYPES[parts.ext].label} from the program that made it, or give it the extension of what it is`);
      continue;
    }
    const attachment: ContentAttachment = { path: c.path, absolute: c.absolute, id: fileIdOf(c.placement), placement: c.placement, name: c.placement.name, extension: parts.ext, bytes: size };
    if (isImageExtension(parts.ext)) {
      attachment.image = imageSize(parts.ext, bytes);
      if (!attachment.image) {
        problem(c, `${c.placement.name}: its width and height cannot be read from it: save it again as a ${FILE_TYPES[parts.ext].label} from an image editor`);
        continue;
      }
    }
    read.push(attachment);
  }
  const pdfs = read.filter((a) => a.extension === "pdf");
  const facts = inspectPdfs(pdfs.map((a) => a.absolute));
  const attachments = read.filter((a) => {
    if (a.extension !== "pdf") return true;
    const inspection = facts.get(a.absolute);
    if (inspection?.ok) {
      a.pdf = inspection.facts;
      return true;
    }
    problems.push({ file: a.path, line: 1, message: `${a.name} starts as a PDF but cannot be opened as one (${inspection?.reason ?? "unreadable"}): save it again as a PDF from the program that made it; if it has a password, save it without one` });
    return false;
  });
  return { attachments, problems };
}
