/**
 * The files published with the papers, in two passes. `linkFiles`, after the documents: each file
 * that passed its checks (read-files.ts) becomes an ArchiveFile, with its description's title and
 * parent; agenda items then table files by identifier (agendas.ts, `lookupFile`). `withholdFiles`,
 * after withholding over the papers: the papers' links and images are resolved, every file is
 * withheld as a paper would be (../withholding.ts) and stripped, a file nothing names is reported,
 * and a withheld one whose title no agenda shows leaves the archive.
 */
import type { ContentAttachment } from "../read-files.ts";
import type { ContentFile } from "../read-content.ts";
import { didYouMean } from "../suggest.ts";
import type * as M from "../types.ts";
import { ancestors, fileListedWhenWithheld, fileWithholding, ownWithholding, strongerReason, stripWithheldFile } from "../withholding.ts";
import { type FileOfType, isFileOfType, type LinkContext, type Where } from "./context.ts";

/** What the second pass needs of the first: each file's description. */
export interface FileLinks {
  descriptions: Map<string, FileOfType<"file">>;
  attachments: Map<string, ContentAttachment>;
}

export function linkFiles(ctx: LinkContext, attachments: readonly ContentAttachment[], files: readonly ContentFile[]): FileLinks {
  const links: FileLinks = { descriptions: new Map(), attachments: new Map() };
  for (const file of files) {
    if (!isFileOfType(file, ["file"])) continue;
    const id = file.placement.folder === "meetings" ? `${file.placement.meetingId}/${file.placement.name}` : file.placement.folder === "papers" ? file.placement.id : undefined;
    if (id !== undefined) links.descriptions.set(id, file);
  }
  for (const a of attachments) {
    const meeting = a.placement.folder === "meetings" ? ctx.archive.byId.get(a.placement.meetingId) : undefined;
    if (a.placement.folder === "meetings" && meeting?.kind !== "meeting") {
      if (ctx.failedIds.has(a.placement.meetingId)) ctx.failedIds.add(a.id);
      else ctx.problems.push({ file: a.path, line: 1, message: `this folder has no meeting.md: add content/meetings/${a.placement.meetingId}/meeting.md (type: meeting, body, date, status) before the files published with its papers` });
      continue;
    }
    const description = links.descriptions.get(a.id);
    const d = description?.data;
    const own = d ? ownWithholding(d, ctx.now) : {};
    if (description && own.problem) ctx.report(description, own.problem.replace("the paper is", "the file is"), ["publish_from"]);
    const file: M.ArchiveFile = {
      kind: "file", id: a.id, name: a.name, extension: a.extension,
      url: a.placement.folder === "meetings" ? `/meetings/${a.placement.meetingId}/${a.name}` : `/papers/${a.name}`,
      meeting: meeting?.kind === "meeting" ? meeting : undefined,
      title: d?.title ?? a.pdf?.title, bytes: a.bytes, pages: a.pdf?.pages, imageOnly: a.pdf !== undefined && !a.pdf.hasText, image: a.image,
      appendixLabel: d?.appendix, tabledAt: [], usedBy: [], exempt: d?.exempt ?? [], publishFrom: d?.publish_from,
      // A description that failed to read may have said exempt: withheld until it reads (fail closed).
      withheld: strongerReason(own.reason, ctx.failedIds.has(a.id) ? "embargo" : undefined),
      source: { file: a.path, line: 1 }, diskPath: a.absolute,
    };
    ctx.archive.files.push(file);
    ctx.archive.fileById.set(file.id, file);
    links.attachments.set(file.id, a);
    if (description && d?.parent) {
      const parent = ctx.lookup(description, d.parent, ["document"], ["parent"], "paper");
      if (parent) {
        file.parent = parent;
        parent.files.push(file);
      } else {
        file.withheld ??= "embargo";
      }
    }
  }
  for (const [id, description] of links.descriptions) {
    if (!ctx.archive.fileById.has(id) && !ctx.failedIds.has(id)) {
      const name = id.split("/").pop() ?? id;
      ctx.report(description, `this describes ${name}, but there is no file ${name} in this folder: put the file here beside its description, or rename the description after the file (<file name>.md)`);
    }
  }
  return links;
}

/**
 * The file `id` names (`<meeting>/<name>.<ext>`), or undefined after reporting, where it is
 * written, that there is none.
 */
export function lookupFile(ctx: LinkContext, file: ContentFile, id: string, where: Where): M.ArchiveFile | undefined {
  const found = ctx.archive.fileById.get(id);
  if (found) return found;
  if (ctx.failedIds.has(id)) return undefined;
  const slash = id.lastIndexOf("/");
  const folder = slash < 0 ? "content/papers/" : `content/meetings/${id.slice(0, slash)}/`;
  const name = id.slice(slash + 1);
  ctx.reportAt(file, `unknown file ${id}: there is no file ${name} in ${folder}: put the file there, or correct its name${didYouMean(id, [...ctx.archive.fileById.keys()])}`, where);
  return undefined;
}

export function withholdFiles(ctx: LinkContext, namedByFailedFiles: ReadonlySet<string>): void {
  const uses = ctx.archive.documents.flatMap((document) => useFiles(ctx, document));
  for (const file of ctx.archive.files) {
    file.withheld = strongerReason(fileWithholding(file), namedByFailedFiles.has(file.id) ? "embargo" : undefined);
    // A file named only by a file that failed its own checks is named: that file's problem is the one to fix.
    if (file.tabledAt.length === 0 && !file.parent && file.usedBy.length === 0 && !namedByFailedFiles.has(file.id)) {
      const folderId = file.meeting ? `${file.meeting.id}/` : "";
      ctx.problems.push({ file: file.source.file, line: 1, message: `${file.name} is named nowhere, so it would be published nowhere: list it on its agenda item (papers: [${folderId}${file.name}]), make it a paper's appendix (parent: in ${file.name}.md beside it), or link it from a paper's text ([its title](${file.name}))` });
    }
    if (file.imageOnly) {
      ctx.notices.push({ file: file.source.file, line: 1, message: `${file.name} has no text layer (a scan, or pages saved as pictures), so it is not accessible: a screen reader cannot read it and search cannot find its words; it is listed with the notice the accessibility statement gives. Publish a version with text if there is one (saved from the program that made it, or run through text recognition)` });
    }
  }
  for (const file of ctx.archive.files) if (file.withheld) stripWithheldFile(file);
  // As for papers (LinkContext.withheldByProblems): a file withheld only because a file with a problem names it, or its parent is such a paper, gets no note; the problem stops the build.
  const byProblems = (file: M.ArchiveFile) =>
    file.withheld !== "exempt" && (namedByFailedFiles.has(file.id) || (file.parent !== undefined && [file.parent, ...ancestors(file.parent).list].some((d) => ctx.withheldByProblems.has(d))));
  for (const use of uses) if (use.file.withheld && !use.from.withheld && !byProblems(use.file)) noticeWithheldFile(ctx, use);
  const hidden = new Set(ctx.archive.files.filter((f) => !fileListedWhenWithheld(f)));
  if (hidden.size === 0) return;
  const kept = ctx.archive.files.filter((f) => !hidden.has(f));
  ctx.archive.files.length = 0;
  ctx.archive.files.push(...kept);
  // They stay in fileById, known by identifier only, so a paper's link to one shows as plain text.
  for (const document of ctx.archive.documents) document.files = document.files.filter((f) => !hidden.has(f));
}

interface FileUse {
  from: M.Document;
  file: M.ArchiveFile;
  line: number;
  image: boolean;
}

function noticeWithheldFile(ctx: LinkContext, use: FileUse): void {
  const why = use.file.withheld === "exempt" ? "exempt" : "not yet published";
  const shown = use.image ? `the image is left out and its text alternative shown with "(${why})" after it` : `the link is shown as plain text with "(${why})" after it`;
  ctx.notices.push({ file: ctx.fileFor(use.from.id).path, line: use.line, message: `${use.image ? "image" : "link to"} ${use.file.name}: the file is withheld (${why}), so ${shown}; it becomes ${use.image ? "an image" : "a link"} once the file is published` });
}

/** A paper's links to files and its images, by file name in its own folder: each file is then used by it. */
function useFiles(ctx: LinkContext, document: M.Document): FileUse[] {
  const refs = ctx.prepared.get(document.id)?.files ?? [];
  if (refs.length === 0) return [];
  const file = ctx.fileFor(document.id);
  const folder = document.meeting ? `${document.meeting.id}/` : "";
  const uses: FileUse[] = [];
  for (const ref of refs) {
    const line = file.parsed.bodyLine + ref.line;
    const found = lookupFile(ctx, file, `${folder}${ref.name}`, line);
    if (!found) continue;
    if (!found.usedBy.includes(document)) found.usedBy.push(document);
    uses.push({ from: document, file: found, line, image: ref.image });
  }
  return uses;
}
