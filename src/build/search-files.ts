/**
 * The search index's records for the files published with the papers: one per page of a PDF that
 * has text, so that a word only page 2 holds is found, and its result opens the PDF at that page
 * (`…/file.pdf#page=2`) and says which page it is. Each record is a small HTML document that
 * Pagefind indexes like a section of a long page (search-sections.ts): the file's filters, sorts and
 * metadata (its `data-search-tags` block, as layouts/macros/search-tags.njk writes a page's), its
 * address as `url` metadata, "Page 2 of …" as its `section`, and the page's text.
 *
 * A file is indexed under a path of its own (`meetings/<meeting>/<file>.pdf`), so it goes in the
 * shard of its meeting's year. Withheld files never get here: the build neither copies them nor
 * reads their text (publish-files.ts). Pure but for `stageFilePages`, which writes the documents
 * where the search stage keeps a page's.
 */
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { ArchiveFile } from "../model/types.ts";
import { escapeAttribute, escapeText } from "../render/escape.ts";
import { fileListing, fileSearchTags } from "../views/files.ts";
import type { SearchTags } from "../views/search-tags.ts";
import type { SearchDocument } from "./search-sections.ts";
import type { StagedPage } from "./search-stage.ts";

/** A file as the search index reads it: where it is indexed, and its pages' documents. */
export interface FileSearchPage {
  /** Site-relative, like a page's: `meetings/kmpcp-2024-10-10/annual-report.pdf`. */
  path: string;
  documents: SearchDocument[];
}

/** The records of a published PDF whose pages' texts are `texts` (first page first); pages without text have none. */
export function fileSearchPage(file: ArchiveFile, texts: readonly string[]): FileSearchPage {
  const path = file.url.replace(/^\//, "");
  const tags = tagsHtml(fileSearchTags(file));
  const title = fileListing(file).title;
  const documents = texts.flatMap((text, i) => {
    if (text.trim() === "") return [];
    const page = i + 1;
    const section = `Page ${page} of ${title} (${fileSearchTags(file).typeLabel})`;
    const meta = `<div hidden data-pagefind-ignore><span data-pagefind-meta="url:${escapeAttribute(`${file.url}#page=${page}`)}"></span><span data-pagefind-meta="section">${escapeText(section)}</span></div>`;
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeText(section)}</title></head><body>${tags}${meta}<main data-pagefind-body><h1>${escapeText(section)}</h1><p>${escapeText(text)}</p></main></body></html>\n`;
    return [{ path: `${path}/page-${page}.html`, html }];
  });
  return { path, documents };
}

/** The search tags block, as layouts/macros/search-tags.njk writes it for a page. */
function tagsHtml(tags: SearchTags): string {
  const span = (attribute: string, value: string) => `<span ${attribute}>${escapeText(value)}</span>`;
  const parts = [span('data-pagefind-filter="type"', tags.type), span('data-pagefind-meta="type"', tags.typeLabel), span('data-pagefind-meta="title"', tags.title)];
  if (tags.body) parts.push(span('data-pagefind-filter="body"', tags.body.id), span('data-pagefind-meta="body"', tags.body.name));
  if (tags.date && tags.year && tags.dateText) parts.push(span('data-pagefind-filter="year"', tags.year), span('data-pagefind-meta="date"', tags.dateText));
  for (const topic of tags.topics) parts.push(span('data-pagefind-filter="topic"', topic));
  const sort = tags.date ? ` data-pagefind-sort="date:${escapeAttribute(tags.date)}"` : "";
  return `<div hidden data-pagefind-ignore data-search-tags${sort}>${parts.join("")}</div>`;
}

/**
 * Writes the files' documents into a pack in the folder `staging`, as the search stage writes a
 * page's (search-stage.ts), and returns them as staged pages. Always staged, never "known" from a
 * previous build: the search stage would read a known page's HTML again, and a PDF is no HTML.
 */
export function stageFilePages(staging: string, files: readonly FileSearchPage[]): StagedPage[] {
  const withText = files.filter((f) => f.documents.length > 0);
  if (withText.length === 0) return [];
  mkdirSync(staging, { recursive: true });
  const pack = join(staging, "files.pack");
  const fd = openSync(pack, "w");
  let offset = 0;
  try {
    return withText.map((file) => {
      const documents = file.documents.map((doc) => {
        const bytes = Buffer.from(doc.html);
        writeSync(fd, bytes);
        const staged = { path: doc.path, pack, offset, length: bytes.length };
        offset += bytes.length;
        return staged;
      });
      const digest = createHash("sha256").update(file.documents.map((doc) => `${doc.path}\0${doc.html}`).join("\0")).digest("hex").slice(0, 32);
      return { path: file.path, source: digest, digest, bytes: documents.reduce((n, doc) => n + doc.length, 0), documents };
    });
  } finally {
    closeSync(fd);
  }
}
