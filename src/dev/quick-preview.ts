/**
 * The dev server's quick path: when an officer edits only the text of a paper (its front matter
 * byte for byte as it was), the paper's own page can be shown at once, from the archive already in
 * memory with that one paper's text replaced, while the full build (which re-reads and checks
 * everything and updates every page that lists the paper) runs behind it.
 *
 * Anything else is left to the full build: a new, moved or deleted file, a changed front matter,
 * minutes and notes (their text makes the minutes, resolutions and registers), a withheld paper,
 * and any text with a problem in it or a link to something the archive does not hold. The full
 * build still checks everything; when it fails, the dev server puts back the page as it was.
 *
 * Pure: texts in, a patched paper or the reason there is none out.
 */
import type { Archive } from "../model/archive.ts";
import { prepareBody } from "../model/body.ts";
import { isRecordType } from "../model/document-types.ts";
import { frontMatterBlock, parseContentFile } from "../model/front-matter.ts";
import { documentText } from "../model/link.ts";
import type { Document } from "../model/types.ts";

export type QuickPreview = { ok: true; document: Document } | { ok: false; reason: string };

/**
 * The paper at `path` (project-relative, as `Document.source.file`) with its text replaced by the
 * body of `text`, provided the file's front matter block is `block`, the one the archive was loaded
 * with.
 */
export function quickPreview(archive: Archive, path: string, text: string, block: string | undefined): QuickPreview {
  const document = archive.documents.find((d) => d.source.file === path);
  if (!document) return { ok: false, reason: "not a paper the archive holds" };
  if (document.withheld) return { ok: false, reason: "the paper is withheld" };
  if (isRecordType(document.type)) return { ok: false, reason: "minutes and notes make records" };
  if (block === undefined || frontMatterBlock(text) !== block) return { ok: false, reason: "its front matter changed" };
  const parsed = parseContentFile(path, text);
  if (!parsed.ok) return { ok: false, reason: "it does not read" };
  const body = prepareBody(parsed.file.body, { minutes: false });
  if (body.problems.length > 0) return { ok: false, reason: "its text has a problem" };
  if (body.references.some((r) => !archive.byId.has(r.target))) return { ok: false, reason: "it links to something the archive does not hold" };
  return { ok: true, document: { ...document, ...documentText(parsed.file, body, undefined) } };
}
