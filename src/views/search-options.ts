/**
 * The search page's Type filter: agendas first, then the document types the archive's published
 * papers have, in the model's order of types, then PDF files when the archive publishes one whose
 * text is indexed (./files.ts gives their pages the type "file"), then the other kinds of page. The
 * values are the ones ./search-tags.ts gives the pages, so every option finds something.
 */
import { DOCUMENT_TYPES } from "../model/document-types.ts";
import type { ArchiveFile, Document } from "../model/types.ts";
import { DOCUMENT_TYPE_LABELS, PAGE_KIND_LABELS, type PageKind } from "../render/labels.ts";

export interface SearchOption {
  value: string;
  text: string;
}

/** Page kinds listed after the document types, in this order. */
const OTHER_KINDS: readonly PageKind[] = ["decision", "person", "organisation", "body", "topic"];

export function searchTypeOptions(papers: readonly Document[], files: readonly ArchiveFile[] = []): SearchOption[] {
  const held = new Set(papers.map((d) => d.type));
  const indexedPdf = files.some((f) => !f.withheld && f.extension === "pdf" && !f.imageOnly);
  return [
    kind("agenda"),
    ...DOCUMENT_TYPES.filter((type) => held.has(type)).map((type) => ({ value: type, text: DOCUMENT_TYPE_LABELS[type] })),
    ...(indexedPdf ? [{ value: "file", text: "PDF file" }] : []),
    ...OTHER_KINDS.map(kind),
  ];
}

function kind(value: PageKind): SearchOption {
  return { value, text: PAGE_KIND_LABELS[value] };
}
