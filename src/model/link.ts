/**
 * Linking: validated files in, one graph out. Every reference (agenda item to paper, minute to
 * agenda item, resolution to the meeting it schedules, person to attendance) is resolved here,
 * once, into objects with back-references; one that resolves nowhere is a problem with its line.
 *
 * The work is a sequence of named passes over one context (link/), each needing only what the
 * passes before it made: entities, meetings, documents, files, agendas, withholding (of papers,
 * then of files), records, references, then follow-through.
 */
import type { DateTime } from "luxon";
import type { Archive } from "./archive.ts";
import type { SiteConventions } from "./conventions.ts";
import { followThrough } from "./follow-through.ts";
import { linkAgendas } from "./link/agendas.ts";
import { LinkContext } from "./link/context.ts";
import { linkDocuments } from "./link/documents.ts";
import { linkEntities } from "./link/entities.ts";
import { linkFiles, withholdFiles } from "./link/files.ts";
import { linkMeetings } from "./link/meetings.ts";
import { linkRecords } from "./link/records.ts";
import { linkReferences } from "./link/references.ts";
import { sealWithheld, withholdOverGraph } from "./link/withholding.ts";
import type { ParseCache } from "./parse-cache.ts";
import type { Problem } from "./problems.ts";
import type { ContentFile } from "./read-content.ts";
import type { ContentAttachment } from "./read-files.ts";

export { documentText } from "./link/documents.ts";

export interface LinkOptions {
  /** The build's clock, for embargoes and follow-ups. */
  now: DateTime;
  /** Identifiers of files that exist but failed validation: references to them are not reported twice. */
  failedIds: ReadonlySet<string>;
  /** Papers named by a meeting.md that failed to read: withheld, since any may be at an exempt item. */
  namedByFailedMeetings?: ReadonlySet<string>;
  /** Files published with the papers that passed their checks (read-files.ts). */
  attachments?: readonly ContentAttachment[];
  /** Files named by a Markdown file that failed to read: withheld, since it may be an exempt paper showing them. */
  filesNamedByFailedFiles?: ReadonlySet<string>;
  /** The site's roles, kinds of organisation and decision code pattern; none but the built-in ones if not given. */
  site?: SiteConventions;
  /** What reading each paper's text gave in an earlier run (parse-cache.ts); none if not given. */
  cache?: ParseCache;
}

export interface LinkResult {
  archive: Archive;
  problems: Problem[];
  /** What check tells the officer without refusing the content: links shown as plain text because their target is withheld. */
  notices: Problem[];
}

export function linkArchive(files: readonly ContentFile[], options: LinkOptions): LinkResult {
  const ctx = new LinkContext(options.now, options.failedIds, options.site, options.cache);
  linkEntities(ctx, files);
  linkMeetings(ctx, files);
  linkDocuments(ctx, files);
  linkFiles(ctx, options.attachments ?? [], files);
  linkAgendas(ctx);
  withholdOverGraph(ctx, options.namedByFailedMeetings ?? new Set());
  withholdFiles(ctx, options.filesNamedByFailedFiles ?? new Set());
  linkRecords(ctx);
  linkReferences(ctx, files);
  sealWithheld(ctx);
  followThrough(ctx.archive, options.now);
  ctx.archive.finish();
  return { archive: ctx.archive, problems: ctx.problems, notices: ctx.notices };
}
