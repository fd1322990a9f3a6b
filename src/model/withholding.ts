/**
 * What must stay private: an exempt paper (Local Government Act 1972, Schedule 12A), a paper tabled
 * at an exempt agenda item, one under embargo at the build's clock, and every paper below any of
 * these. A withheld paper keeps only where the agenda puts it (its type, meeting, appendix label and
 * where it was tabled) and loses everything else before any view sees it, its own title included,
 * so no page, register, index, feed or export can leak it. The agenda item's title is the agenda's
 * own public words; a paper's title is the paper's, and can say what the exemption protects
 * ("Dismissal of J. Smith" under a "Staffing matter" item) or what an embargo holds back.
 *
 * Fail closed: a publication rule the loader cannot read (an embargo time it cannot parse, a parent
 * it cannot find, appendices that form a loop) withholds the paper, and the linker reports it.
 */
import type { DateTime } from "luxon";
import { parseInstant } from "./dates.ts";
import type { FmDocument } from "./front-matter-shapes.ts";
import type * as M from "./types.ts";

export type WithheldReason = NonNullable<M.Document["withheld"]>;

/** Why a paper's own front matter withholds it at `now`, and the problem when it cannot be read. */
export function ownWithholding(d: Pick<FmDocument, "exempt" | "publish_from">, now: DateTime): { reason?: WithheldReason; problem?: string } {
  if (d.exempt && d.exempt.length > 0) return { reason: "exempt" };
  if (d.publish_from === undefined) return {};
  const embargo = parseInstant(d.publish_from);
  if (!embargo.ok) return { reason: "embargo", problem: `publish_from ${JSON.stringify(d.publish_from)} cannot be read, so the paper is withheld until it can (${embargo.reason})` };
  return embargo.value > now ? { reason: "embargo" } : {};
}

/**
 * Each paper below a withheld one is withheld, whatever the order the files were read in: exempt
 * when any paper above it is exempt (an exemption never lifts, so it outranks an embargo), else
 * embargoed. A paper whose chain of parents runs in a loop is withheld as embargoed (it cannot be
 * known to be public). Returns the papers whose chain loops, for the linker to report.
 */
export function withholdDescendants(documents: readonly M.Document[]): M.Document[] {
  const looped = documents.filter((document) => ancestors(document).loopsBackTo !== undefined);
  for (const document of looped) document.withheld ??= "embargo";
  for (const document of documents) {
    const above = ancestors(document).list.map((up) => up.withheld);
    if (above.includes("exempt")) document.withheld = "exempt";
    else if (above.includes("embargo")) document.withheld ??= "embargo";
  }
  return looped;
}

/**
 * The papers above `document`, nearest first, each once; and, when the chain comes back on itself,
 * the paper it comes back to.
 */
export function ancestors(document: M.Document): { list: M.Document[]; loopsBackTo?: M.Document } {
  const list: M.Document[] = [];
  const seen = new Set<M.Document>([document]);
  for (let up = document.parent; up; up = up.parent) {
    if (seen.has(up)) return { list, loopsBackTo: up };
    seen.add(up);
    list.push(up);
  }
  return { list };
}

/**
 * Whether a withheld paper is listed at all (as "a paper is to follow", never by its title): where
 * the agenda tables it, and among a published paper's appendices. Any other withheld paper (an
 * appendix of a withheld one, a record or work programme below it) is shown nowhere.
 */
export function listedWhenWithheld(document: M.Document): boolean {
  return !document.withheld || document.tabledAt.length > 0 || (document.parent !== undefined && !document.parent.withheld);
}

/**
 * Strips a withheld paper to where its agenda puts it. Everything its file says (title, text,
 * header lines, period, version, author, topics, lists, records) is as private as its text.
 */
export function stripWithheld(document: M.Document): void {
  document.title = "";
  document.markdown = "";
  document.headings = [];
  document.planLists = [];
  document.words = 0;
  document.header = {};
  document.date = undefined;
  document.period = undefined;
  document.series = undefined;
  document.version = undefined;
  document.author = undefined;
  document.topics = [];
  document.records = undefined;
  document.workProgramme = undefined;
}

/** The stronger of two reasons: an exemption never lifts, so it outranks an embargo. */
export function strongerReason(a: WithheldReason | undefined, b: WithheldReason | undefined): WithheldReason | undefined {
  return a === "exempt" || b === "exempt" ? "exempt" : (a ?? b);
}

/**
 * A file is withheld for any reason a paper would be (its description's `exempt:` or
 * `publish_from`, an exempt item that lists it, a withheld paper it is an appendix of), and also
 * when a withheld paper's text links to it or shows it: that is the paper's own content.
 */
export function fileWithholding(file: M.ArchiveFile): WithheldReason | undefined {
  let reason = file.withheld;
  for (const { item } of file.tabledAt) if (item.exempt.length > 0 || item.section.part === "exempt") reason = "exempt";
  if (file.parent) reason = strongerReason(reason, file.parent.withheld);
  for (const document of file.usedBy) reason = strongerReason(reason, document.withheld);
  return reason;
}

/** As listedWhenWithheld: a withheld file is listed (never by its title or name) only where an agenda lists it or a published paper lists its appendices. */
export function fileListedWhenWithheld(file: M.ArchiveFile): boolean {
  return !file.withheld || file.tabledAt.length > 0 || (file.parent !== undefined && !file.parent.withheld);
}

/**
 * Strips a withheld file to where its agenda puts it. Its description's title, and what was read
 * from the file itself (its own title, pages, size, pixels), are as private as its text; its name
 * stays in the model as its identifier, for links to it, and no view prints it.
 */
export function stripWithheldFile(file: M.ArchiveFile): void {
  file.title = undefined;
  file.bytes = 0;
  file.pages = undefined;
  file.image = undefined;
  file.imageOnly = false;
  file.url = "";
  file.diskPath = "";
}
