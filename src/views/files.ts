/**
 * Files published with the papers as pages list them: a link with the file's title, then what it
 * is, "PDF, 120 KB, 12 pages", so a reader knows before downloading it; the accessibility
 * statement's notice for a PDF without text; and, for a withheld file, that there is one and why
 * only, as the agenda shows a withheld paper (withheld.ts).
 */
import type { AgendaItem, ArchiveFile, Document } from "../model/types.ts";
import { FILE_TYPES } from "../model/file-types.ts";
import { longDate } from "../model/dates.ts";
import type { SearchTags } from "./search-tags.ts";
import { withheldSentence } from "./withheld.ts";
import { listedPapers } from "./agenda.ts";

/**
 * What a listing of a PDF with no text layer says, in the accessibility statement's own words
 * (src/pages/accessibility.njk prints the same sentence under "Non-accessible content").
 */
export const IMAGE_ONLY_PDF_NOTICE = "This PDF is a scanned image with no text, so a screen reader cannot read it and search cannot find its words.";

/** The accessibility statement's list of what is not accessible (its page has the id). */
const STATEMENT = "/accessibility/#non-accessible-content";

export interface FileListing {
  /** The file's title; its file name when neither its description nor the PDF gives one. */
  title: string;
  /** "Appendix B: " for a paper's appendix. */
  prefix: string;
  /** Its address; empty for a withheld file, which has none. */
  url: string;
  /** "PDF, 120 KB, 12 pages"; empty for a withheld file. */
  facts: string;
  /** For a withheld file, what the agenda says instead of a link, title and name ("A file is to follow."); then the only field set. */
  withheld?: string;
  /** For a PDF with no text layer: the notice, and where the accessibility statement is. */
  notice?: { text: string; url: string };
}

/** 120 KB, 1.4 MB: sizes as GOV.UK lists attachments (1 KB = 1,024 bytes), never "0 KB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}

/** "PDF, 120 KB, 12 pages", "Excel spreadsheet, 35 KB". */
export function fileFacts(file: ArchiveFile): string {
  const pages = file.pages === undefined ? [] : [`${file.pages} page${file.pages === 1 ? "" : "s"}`];
  return [FILE_TYPES[file.extension].label, fileSize(file.bytes), ...pages].join(", ");
}

export function fileListing(file: ArchiveFile, law?: string): FileListing {
  if (file.withheld) return { title: "", prefix: "", url: "", facts: "", withheld: withheldSentence(file, law) };
  const title = file.title ?? file.name;
  const prefix = file.parent && file.appendixLabel ? `Appendix ${file.appendixLabel}: ` : "";
  const notice = file.imageOnly ? { text: IMAGE_ONLY_PDF_NOTICE, url: STATEMENT } : undefined;
  return { title, prefix, url: file.url, facts: fileFacts(file), notice };
}

/**
 * The files an agenda item lists in `papers:`, in the order it lists them, but a file whose parent
 * paper the item also lists: that one is shown under its parent, with the parent's other appendices
 * (paperFiles), once, as an appendix paper is (agenda.ts).
 */
export function itemFiles(item: AgendaItem, law?: string): FileListing[] {
  const shownUnderParent = new Set(listedPapers(item));
  return item.files.filter((file) => !(file.parent && shownUnderParent.has(file.parent))).map((file) => fileListing(file, law));
}

/** A paper's files: its appendices that are files, in the order they were read. */
export function paperFiles(paper: Document, law?: string): FileListing[] {
  return paper.files.map((file) => fileListing(file, law));
}

/** Whether any published file in `files` is a PDF with no text: the accessibility statement then says so. */
export function hasImageOnlyPdfs(files: readonly ArchiveFile[]): boolean {
  return files.some((f) => f.imageOnly && !f.withheld);
}

/**
 * What search shows and filters for a page of a PDF (src/build/search-files.ts): the type "PDF",
 * the file's title, and the body, date and topics of the meeting that tabled it or of the paper
 * it is an appendix of.
 */
export function fileSearchTags(file: ArchiveFile): SearchTags {
  const meeting = file.meeting ?? file.tabledAt[0]?.meeting ?? file.parent?.meeting ?? file.usedBy[0]?.meeting;
  const date = meeting?.date ?? file.parent?.date;
  const topics = [...file.tabledAt.flatMap((t) => t.item.topics), ...(file.parent?.topics ?? [])];
  return {
    type: "file",
    typeLabel: FILE_TYPES[file.extension].label,
    title: fileListing(file).title,
    body: meeting ? { id: meeting.body.id, name: meeting.body.name } : undefined,
    date,
    year: date?.slice(0, 4),
    dateText: date ? longDate(date) : undefined,
    topics: [...new Set(topics.map((t) => t.id))],
    // A file published is a file held: only what is published reaches search.
    held: true,
  };
}
