/**
 * The kinds of document, in one list: what a paper's `type:` may be, and the tests the model, the
 * views and the exports make of a type. Minutes and notes are records: their text holds the minutes,
 * resolutions, questions and declarations that make the registers.
 */
export const DOCUMENT_TYPES = ["minutes", "notes", "report", "appendix", "work-programme", "annual-report", "candidate-pack", "plan", "letter", "other"] as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export function isDocumentType(type: string): type is DocumentType {
  return (DOCUMENT_TYPES as readonly string[]).includes(type);
}

/** Minutes or notes: a meeting's record, whose level-2 headings are minutes. */
export function isRecordType(type: string): type is "minutes" | "notes" {
  return type === "minutes" || type === "notes";
}
