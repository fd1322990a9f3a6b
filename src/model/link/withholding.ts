/**
 * Pass 5, withholding over the graph: parents are linked, then every paper below a withheld one is
 * withheld (whatever order the files were read in) and every withheld paper is stripped to what
 * its agenda shows, before the passes that link what a paper's own front matter and text carry.
 * The rules themselves are in ../withholding.ts.
 */
import { DOCUMENT_TYPES } from "../document-types.ts";
import type * as M from "../types.ts";
import { ancestors, stripWithheld, listedWhenWithheld, withholdDescendants } from "../withholding.ts";
import type { LinkContext } from "./context.ts";

export function withholdOverGraph(ctx: LinkContext, namedByFailedMeetings: ReadonlySet<string>): void {
  for (const document of ctx.archive.documents) {
    linkParent(ctx, document);
    // Its agenda could not be read, so whether it tables this paper at an exempt item is unknown.
    if (namedByFailedMeetings.has(document.id) && !document.withheld) {
      document.withheld = "embargo";
      ctx.withheldByProblems.add(document);
    }
  }
  for (const document of withholdDescendants(ctx.archive.documents)) {
    ctx.report(ctx.fileFor(document.id), `this paper's chain of parent: papers runs in a loop (${parentChain(document)}), so it is withheld: name the paper each appendix belongs to, ending at a paper with no parent:`, ["parent"]);
  }
  for (const document of ctx.archive.documents) {
    if (!document.withheld) continue;
    stripWithheld(document);
    // Its anchors are private too: a link into it is shown as plain text, and no hint lists them.
    ctx.pageAnchors.set(document.id, new Map());
  }
}

/**
 * The last step of linking: a withheld paper that no agenda lists leaves every list a view
 * can read (the archive's, its meeting's, its parent's). It stays known by identifier only, so a
 * link to it is still answered with a notice rather than "goes nowhere".
 */
export function sealWithheld(ctx: LinkContext): void {
  const hidden = new Set(ctx.archive.documents.filter((d) => !listedWhenWithheld(d)));
  if (hidden.size === 0) return;
  const keep = (d: M.Document) => !hidden.has(d);
  removeWhere(ctx.archive.documents, hidden);
  for (const meeting of ctx.archive.meetings) meeting.documents = meeting.documents.filter(keep);
  for (const document of ctx.archive.documents) document.appendices = document.appendices.filter(keep);
}

function removeWhere<T>(list: T[], gone: ReadonlySet<T>): void {
  const kept = list.filter((x) => !gone.has(x));
  list.length = 0;
  list.push(...kept);
}

/** `parent:` resolved; a parent that cannot be found withholds the paper (it may be below an exempt one). */
function linkParent(ctx: LinkContext, document: M.Document): void {
  const file = ctx.fileOfType(document.id, DOCUMENT_TYPES);
  const d = file.data;
  if (!d.parent) return;
  const parent = ctx.lookup(file, d.parent, ["document"], ["parent"], "paper");
  if (parent === document) ctx.report(file, "a paper cannot be its own parent: name the paper this one is an appendix to", ["parent"]);
  if (!parent || parent === document) {
    document.withheld ??= "embargo";
    return;
  }
  document.parent = parent;
  parent.appendices.push(document);
}

/** "a → b → a": a loop of `parent:` links, for the message that reports it. */
function parentChain(document: M.Document): string {
  const { list, loopsBackTo } = ancestors(document);
  return [document, ...list, ...(loopsBackTo ? [loopsBackTo] : [])].map((d) => d.id).join(" → ");
}
