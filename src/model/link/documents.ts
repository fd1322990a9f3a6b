/**
 * Pass 3, documents: every paper, minutes, notes and work programme, in its meeting's folder or in
 * papers/, with its text read once. Whether its own front matter withholds it is decided here; the
 * withholding pass extends that over the graph once parents are known.
 */
import { type PrepareOptions, type PreparedBody, prepareBody } from "../body.ts";
import type { ContentFile } from "../read-content.ts";
import { DOCUMENT_TYPES, isRecordType } from "../document-types.ts";
import type * as M from "../types.ts";
import { ownWithholding } from "../withholding.ts";
import { isFileOfType, type LinkContext } from "./context.ts";

export function linkDocuments(ctx: LinkContext, files: readonly ContentFile[]): void {
  for (const file of files) {
    if (!isFileOfType(file, DOCUMENT_TYPES)) continue;
    const place = placeOf(ctx, file);
    if (!place) continue;
    const d = file.data;
    const own = ownWithholding(d, ctx.now);
    if (own.problem) ctx.report(file, own.problem, ["publish_from"]);
    // A withheld paper's text is checked like any other, so its problems show before it is
    // published; the withholding pass strips it before anything read from it is linked.
    const body = readText(ctx, file.parsed.body, { minutes: isRecordType(d.type), files: true, minuteNumbers: place.meeting?.body.conventions.minuteNumber });
    for (const p of body.problems) ctx.report(file, p.message, undefined, file.parsed.bodyLine + p.line);
    const document: M.Document = {
      ...place, kind: "document", source: ctx.source(file), type: d.type, title: d.title, header: d.header ?? {}, date: d.date, appendixLabel: d.appendix, appendices: [], files: [],
      period: d.period, series: d.series, version: d.version, topics: [], status: d.status ?? "present", exempt: d.exempt ?? [], publishFrom: d.publish_from, withheld: own.reason,
      markdown: file.parsed.body, bodyLine: file.parsed.bodyLine, headings: body.headings, words: body.words, tabledAt: [], planLists: d.lists ?? [], mentionedIn: [],
    };
    if (!ctx.register(document, file)) continue;
    const { words: _words, ...linked } = body;
    ctx.prepared.set(document.id, linked);
    ctx.archive.documents.push(document);
    document.meeting?.documents.push(document);
    ctx.pageAnchors.set(document.id, new Map([...body.anchors].map((a) => [a, document])));
  }
}

/** A document's identifier, address and meeting, from where its file sits; undefined (reported) when it has no meeting. */
function placeOf(ctx: LinkContext, file: ContentFile): Pick<M.Document, "id" | "url" | "meeting"> | undefined {
  const placement = file.placement;
  if (placement.folder === "papers") return { id: placement.id, url: `/papers/${placement.id}/` };
  if (placement.folder !== "meetings") return undefined;
  const id = `${placement.meetingId}/${placement.name}`;
  const found = ctx.archive.byId.get(placement.meetingId);
  if (found?.kind === "meeting") return { id, url: `/meetings/${placement.meetingId}/${placement.name}/`, meeting: found };
  if (ctx.failedIds.has(placement.meetingId)) ctx.failedIds.add(id);
  else ctx.report(file, `this folder has no meeting.md: add content/meetings/${placement.meetingId}/meeting.md (type: meeting, body, date, status) before its papers`);
  return undefined;
}

/**
 * A paper's text read (body.ts) as the linker keeps it, with its length in words: not its tokens,
 * which no later pass reads (the renderer prepares its own) and which, every paper's held at once
 * until linking ends, were most of the loader's memory. Kept between runs (parse-cache.ts), by the
 * text and how it is read.
 */
function readText(ctx: LinkContext, text: string, options: PrepareOptions): Omit<PreparedBody, "tokens"> & { words: number } {
  // Every option in the key, a body's minute-number pattern as its source (JSON writes a RegExp as {}).
  const how = JSON.stringify(options, (_key, value: unknown) => (value instanceof RegExp ? `/${value.source}/${value.flags}` : value));
  return ctx.cache.through("paper-text", `${how}\0${text}`, () => {
    const { tokens: _tokens, ...read } = prepareBody(text, options);
    return { ...read, words: countWords(text) };
  });
}

/**
 * What a paper's text gives its document: the text, the line it starts on, its headings and its
 * length. A withheld paper (`withheld` says why) keeps none of it. The dev server's quick preview
 * makes the same fields from an edited text (src/dev/quick-preview.ts).
 */
export function documentText(parsed: { body: string; bodyLine: number }, body: Pick<PreparedBody, "headings">, withheld: string | undefined): Pick<M.Document, "markdown" | "bodyLine" | "headings" | "words"> {
  return { markdown: withheld ? "" : parsed.body, bodyLine: parsed.bodyLine, headings: withheld ? [] : body.headings, words: withheld ? 0 : countWords(parsed.body) };
}

/** Words in a paper's text, for listings ("2,300 words"). */
function countWords(text: string): number {
  const m = text.match(/[A-Za-z0-9£%'’-]+/g);
  return m ? m.length : 0;
}
