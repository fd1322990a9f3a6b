/**
 * What every linking pass shares: the archive being built, the problems and notices found so far,
 * and the tables that let a later pass find what an earlier one made (each entity's file, each
 * paper's prepared text, each page's anchors, the references left until every anchor exists).
 */
import type { DateTime } from "luxon";
import { Archive } from "../archive.ts";
import type { PreparedBody } from "../body.ts";
import { NO_SITE_CONVENTIONS, type SiteConventions } from "../conventions.ts";
import type { Problem } from "../problems.ts";
import type { ContentFile } from "../read-content.ts";
import type { ContentType } from "../schemas.ts";
import { noParseCache, type ParseCache } from "../parse-cache.ts";
import { meetingIdParts } from "../meeting-id.ts";
import { didYouMean } from "../suggest.ts";
import { ancestors } from "../withholding.ts";
import type * as M from "../types.ts";

/** A front-matter field as a path (`["agenda", "sections", 0]`), or a line of the Markdown body. */
export type Where = (string | number)[] | number;

export interface PendingResolution {
  resolution: M.Resolution;
  values: Map<string, string>;
  file: ContentFile;
  line: number;
}

export interface PendingEntry {
  file: ContentFile;
  requestedBy?: string;
  field: (string | number)[];
}

/** A validated file of one of the given types: its `data` is that type's front matter. */
export type FileOfType<T extends ContentType> = Extract<ContentFile, { type: T }>;

export function isFileOfType<T extends ContentType>(file: ContentFile, types: readonly T[]): file is FileOfType<T> {
  return (types as readonly string[]).includes(file.type);
}

/** "a person", "an organisation", "an agenda item": a kind as a sentence names it. */
export function withArticle(kind: string): string {
  const words = kind.replace(/-/g, " ");
  return `${/^[aeiou]/.test(words) ? "an" : "a"} ${words}`;
}

/** What a missing identifier of each kind should be, said after "unknown person x". */
const HINTS: Record<string, string> = {
  person: " (people are files in content/people/<id>.md)",
  organisation: " (organisations are files in content/organisations/<id>.md)",
  body: " (bodies are files in content/bodies/<id>.md)",
  meeting: " (a meeting is a folder content/meetings/<id>/ with meeting.md; for one the papers only mention, add a meeting.md with status: referenced)",
  paper: " (a paper is a file in its meeting's folder; for one the papers only mention, add a file with status: referenced)",
  topic: " (topics are files in content/topics/<id>.md)",
  decision: " (decisions are files in content/decisions/<id>.md)",
};

export class LinkContext {
  readonly archive: Archive;
  readonly problems: Problem[] = [];
  /** What check tells the officer without refusing the content. */
  readonly notices: Problem[] = [];
  /**
   * Identifiers of files that exist but failed to read or link: references to them are not
   * reported again (a meeting with an unknown body is added here, so its papers are not "orphans").
   */
  readonly failedIds: Set<string>;
  /**
   * Papers withheld only because a file that names them failed its own checks (their meeting's
   * agenda could not be read): the build stops on that file's problem, so a link to one of them is
   * not also noted as "not yet published", which would send the officer looking for an embargo.
   */
  readonly withheldByProblems = new Set<M.Document>();
  readonly fileOf = new Map<string, ContentFile>();
  /** Each paper's text, read once (body.ts): its headings, anchors, minutes and links, not its tokens. */
  readonly prepared = new Map<string, Omit<PreparedBody, "tokens">>();
  /** The anchors of each page, and what each names: `@page#anchor` links are checked against these. */
  readonly pageAnchors = new Map<string, Map<string, M.Target>>();
  /** Resolutions' and entries' references wait until every anchor exists. */
  readonly pendingResolutions = new Map<M.Minute, PendingResolution[]>();
  readonly pendingEntries = new Map<M.WorkProgrammeEntry, PendingEntry>();

  constructor(
    readonly now: DateTime,
    failedIds: ReadonlySet<string>,
    /** The site's roles, kinds of organisation and decision code pattern (`_data/site.json`). */
    readonly site: SiteConventions = NO_SITE_CONVENTIONS,
    /** What reading each paper's text gave in an earlier run (parse-cache.ts). */
    readonly cache: ParseCache = noParseCache(),
  ) {
    this.archive = new Archive(now, site);
    this.failedIds = new Set(failedIds);
  }

  /** A problem at a field (its line and column) or at a line; about the whole file, at line 1. */
  report(file: ContentFile, message: string, field?: (string | number)[], line?: number): void {
    const where = field ? file.parsed.locate(field) : undefined;
    this.problems.push({ file: file.path, line: line ?? where?.line ?? (field ? undefined : 1), column: line === undefined ? where?.column : undefined, field: field?.join("."), message });
  }

  reportAt(file: ContentFile, message: string, where: Where): void {
    if (typeof where === "number") this.report(file, message, undefined, where);
    else this.report(file, message, where);
  }

  source(file: ContentFile, field?: (string | number)[]): M.SourceRef {
    return { file: file.path, line: (field && file.parsed.locate(field)?.line) || 1 };
  }

  /** Adds an entity under its identifier; false (and a problem) when another file has it. */
  register(entity: M.Target & { id: string }, file: ContentFile): boolean {
    const existing = this.archive.byId.get(entity.id);
    if (existing) {
      this.report(file, `identifier ${entity.id} is already used by ${existing.source.file}: rename one of the two files`);
      return false;
    }
    this.archive.byId.set(entity.id, entity);
    this.fileOf.set(entity.id, file);
    return true;
  }

  /** The file an entity was read from (every registered entity has one). */
  fileFor(id: string): ContentFile {
    const file = this.fileOf.get(id);
    if (!file) throw new Error(`no file for ${id}: it was never registered`);
    return file;
  }

  /** The file an entity was read from, known to be of one of `types`, so its front matter is typed. */
  fileOfType<T extends ContentType>(id: string, types: readonly T[]): FileOfType<T> {
    const file = this.fileFor(id);
    if (!isFileOfType(file, types)) throw new Error(`${id} was read from a file of type ${file.type}, not ${types.join(" or ")}`);
    return file;
  }

  /**
   * Resolves an identifier written in the content, reporting it where it was written when it
   * names nothing, or something of another kind.
   */
  lookup<K extends M.Target["kind"]>(file: ContentFile, id: string | undefined, kinds: readonly K[], where: Where, what: string): Extract<M.Target, { kind: K }> | undefined {
    if (id === undefined) return undefined;
    const found = this.archive.byId.get(id);
    if (found && (kinds as readonly string[]).includes(found.kind)) return found as Extract<M.Target, { kind: K }>;
    if (this.failedIds.has(id)) return undefined;
    // A meeting moved to another date, or a paper of one: named by the identifier it had.
    const moved = this.movedTo(id);
    if (moved) {
      this.reportAt(file, `${id} is now ${moved.now}: the meeting moved (its meeting.md lists ${moved.former} under formerly:); write ${moved.now}`, where);
      return undefined;
    }
    const ids = this.archive.idsOfKind(kinds as readonly string[]);
    const suggestion = `${HINTS[what] ?? ""}${(kinds as readonly string[]).includes("meeting") ? (nearestMeetings(id, ids) ?? didYouMean(id, ids)) : didYouMean(id, ids)}`;
    const message = found ? `${id} is ${withArticle(found.kind)}, not ${withArticle(what)}: name ${withArticle(what)}${suggestion}` : `unknown ${what} ${id}: no file defines it${suggestion}`;
    this.reportAt(file, message, where);
    return undefined;
  }

  /**
   * `@id#anchor` → the thing it names, or undefined after reporting why not. A link into a withheld
   * paper is a notice (it shows as plain text), unless it comes from another withheld paper.
   */
  resolveReference(file: ContentFile, target: string, anchor: string | undefined, where: Where, from?: M.Document): M.Target | undefined {
    const page = this.archive.byId.get(target);
    if (!page) {
      const moved = this.movedTo(target);
      if (moved) this.reportAt(file, `link to @${target}: ${moved.former} is now ${moved.meeting}, the meeting moved (its meeting.md lists ${moved.former} under formerly:); write @${moved.now}`, where);
      else if (!this.failedIds.has(target)) this.reportAt(file, `link to @${target} goes nowhere: no file defines ${target}${didYouMean(target, [...this.archive.byId.keys()])}`, where);
      return undefined;
    }
    if (page.kind === "document" && page.withheld) {
      if (!from?.withheld) this.noticeWithheldLink(file, page, anchor, where);
      return undefined;
    }
    if (anchor === undefined) return page;
    const anchors = this.pageAnchors.get(target);
    const found = anchors?.get(anchor);
    if (found) return found;
    if (!this.failedIds.has(target)) {
      const known = anchors ? [...anchors.keys()] : [];
      const some = known.length > 0 ? `; its anchors include ${known.slice(0, 8).map((a) => `#${a}`).join(", ")}` : "";
      this.reportAt(file, `link to @${target}#${anchor} goes nowhere: ${target} has no anchor #${anchor}; link to one it has, or to the page itself with @${target}${didYouMean(anchor, known) || some}`, where);
    }
    return undefined;
  }

  /**
   * What `id` is now, if it names a meeting moved to another date, or one of its papers, by the
   * identifier the meeting had (`former`, which its `formerly:` lists): the meeting, and the id.
   */
  private movedTo(id: string): { former: string; meeting: string; now: string } | undefined {
    const [former = "", ...rest] = id.split("/");
    const meeting = this.archive.meetings.find((m) => m.formerly.includes(former));
    return meeting ? { former, meeting: meeting.id, now: [meeting.id, ...rest].join("/") } : undefined;
  }

  private noticeWithheldLink(file: ContentFile, page: M.Document, anchor: string | undefined, where: Where): void {
    if (page.withheld !== "exempt" && [page, ...ancestors(page).list].some((d) => this.withheldByProblems.has(d))) return;
    const line = typeof where === "number" ? where : (file.parsed.locate(where)?.line ?? 1);
    const why = page.withheld === "exempt" ? "exempt" : "not yet published";
    this.notices.push({
      file: file.path, line, field: typeof where === "number" ? undefined : where.join("."),
      message: `link to @${page.id}${anchor ? `#${anchor}` : ""}: ${page.id} is withheld (${why}), so the link is shown as plain text with "(${why})" after it; it becomes a link once the paper is published`,
    });
  }
}

/**
 * For a meeting identifier of a body's form that names no meeting (one moved to another date, its
 * folder renamed): the body's meetings nearest that date, before and after. The closest spelling
 * is another date, often a meeting held long before, and taking it would point the paper at a
 * meeting it is not about.
 */
function nearestMeetings(id: string, ids: readonly string[]): string | undefined {
  const { body, date } = meetingIdParts(id) ?? {};
  if (!body || !date) return undefined;
  const dated = ids.flatMap((other) => {
    const parts = meetingIdParts(other);
    return parts?.body === body ? [{ id: other, date: parts.date }] : [];
  });
  if (dated.length === 0) return undefined;
  const before = dated.filter((m) => m.date < date).sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  const after = dated.filter((m) => m.date >= date).sort((a, b) => (a.date < b.date ? -1 : 1))[0];
  const near = [before && `${before.id} (before)`, after && `${after.id} (after)`].filter((text): text is string => Boolean(text));
  const named = near.length === 1 ? `the meeting of ${body} nearest ${date} is ${near[0]}` : `the meetings of ${body} nearest ${date} are ${near.join(" and ")}`;
  return `; ${named}: if it moved to another date, write the identifier of the meeting it became`;
}
