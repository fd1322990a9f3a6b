/**
 * The kinds of file a meeting folder (or papers/) may hold besides Markdown: an allowlist, so that
 * nothing the archive cannot describe, check or serve safely is published. Each has the name a
 * listing gives it ("PDF, 120 KB, 12 pages") and the media type it is served as.
 */
export const FILE_TYPES = {
  pdf: { label: "PDF", mediaType: "application/pdf" },
  docx: { label: "Word document", mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  xlsx: { label: "Excel spreadsheet", mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  odt: { label: "OpenDocument text", mediaType: "application/vnd.oasis.opendocument.text" },
  ods: { label: "OpenDocument spreadsheet", mediaType: "application/vnd.oasis.opendocument.spreadsheet" },
  csv: { label: "CSV", mediaType: "text/csv" },
  png: { label: "PNG image", mediaType: "image/png" },
  jpg: { label: "JPEG image", mediaType: "image/jpeg" },
  jpeg: { label: "JPEG image", mediaType: "image/jpeg" },
} as const;

export type FileExtension = keyof typeof FILE_TYPES;

export const FILE_EXTENSIONS = Object.keys(FILE_TYPES) as FileExtension[];

export function isFileExtension(ext: string): ext is FileExtension {
  return Object.hasOwn(FILE_TYPES, ext);
}

/** The images Markdown may show inline. */
export function isImageExtension(ext: FileExtension): ext is "png" | "jpg" | "jpeg" {
  return ext === "png" || ext === "jpg" || ext === "jpeg";
}

/** "PDF, DOCX, XLSX, ODT, ODS, CSV, PNG or JPEG (.jpg, .jpeg)": the allowlist as messages say it. */
export const ALLOWED_FILE_TYPES_TEXT = ".pdf, .docx, .xlsx, .odt, .ods, .csv, .png, .jpg or .jpeg";

/** `annual-report-2023-24.pdf` → its stem and extension, when the name is an identifier with an allowed extension. */
export function splitFileName(name: string): { stem: string; ext: FileExtension } | undefined {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z0-9]+)$/.exec(name);
  if (!match) return undefined;
  const [, stem = "", ext = ""] = match;
  return isFileExtension(ext) ? { stem, ext } : undefined;
}
