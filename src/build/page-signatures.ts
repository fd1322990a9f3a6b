/**
 * What each meeting and paper page is made from, as one digest a page: two builds that give a page
 * the same signature (and share the site-wide inputs, render-state.ts) write it byte for byte the
 * same, so a build may keep the previous build's copy instead of rendering it again.
 *
 * A page shows its own entity (a meeting, a paper) and what it reaches in the model: its agenda,
 * minutes and records (owned by it), and other entities it refers to or is referred to by (a
 * meeting's papers, an approving meeting, the people who attended, a paper's mentions). The
 * signature is built from the model generically, not from a list of what each template prints, so
 * that a field added to the model is covered without anyone remembering to list it:
 *
 * - the page's own entity is walked whole: every field, every object it holds, every entity that
 *   belongs to it (an agenda item belongs to its meeting; a minute, resolution, question or action
 *   to its paper);
 * - an entity that belongs to another page is not walked: it contributes its own fields (its title,
 *   date, address, status, text: `shallow`), and the page it belongs to is remembered;
 * - a text's links count as the entities they name: `@<id>` and a file's name resolve as the page
 *   renders them (src/render/paper-html.ts), so a paper whose text links to another changes when
 *   that one is withheld or moves, though neither entity holds the other;
 * - a meeting page also counts what it reads of its body's other meetings: the previous and the
 *   next one's address and date (its links to them, meeting-pagination.ts) and what the body's
 *   meetings are recorded in (minutes or notes, meeting-holdings.ts), for its own page only (the
 *   pages that reach the meeting do not print its neighbours), so that a meeting added after the
 *   last renders again only the last one's page of the body's others;
 * - then the signatures of the meeting and paper pages remembered are folded in, to the depth
 *   `REACH` (a meeting page prints the approving meeting's date, found through its minutes'
 *   approval, which belongs to the next meeting's minutes: three pages away).
 *
 * Bodies, people, organisations, topics and decisions are hubs: every meeting reaches them, and
 * their own pages are rendered on every build (they are site-wide). Their own fields count where a
 * page reaches them (a person's name, a body's short name), but not what hangs off them, or every
 * new meeting would change every page of every person who attended it.
 *
 * Pure: the archive in, a digest per page address out.
 */
import { createHash } from "node:crypto";
import type { Archive } from "../model/archive.ts";
import { fileIdsNamedIn } from "../model/read-content.ts";
import type { Document, Meeting } from "../model/types.ts";

/** How many meeting or paper pages away what a page prints can come from. */
export const REACH = 3;

/**
 * Where an entity was read from (its file, as the build was given it, and line numbers) and where
 * a file is on disk: no page prints them, and they differ between a build run in the archive's
 * folder and one given `--content` from elsewhere, which would otherwise render every page again.
 */
const UNPRINTED = new Set(["source", "bodyLine", "diskPath"]);

const PAGE_KINDS = new Set(["meeting", "document"]);

interface Node {
  kind: string;
  [field: string]: unknown;
}

/** Where a text's links lead: what `@<id>` names, and a file by its identifier (`<meeting>/<name>`, or `<name>` in papers/). */
export type LinkTargets = Pick<Archive, "byId" | "fileById">;

const REFERENCE = /@([a-z0-9]+(?:[-/][a-z0-9]+)*)/g;

/** The signatures of the pages of `meetings` and `documents`, by page address; `targets` resolves their texts' links. */
export function pageSignatures(meetings: readonly Meeting[], documents: readonly Document[], targets: LinkTargets): Map<string, string> {
  const pages: Node[] = [...meetings, ...documents] as unknown as Node[];
  const shallowOf = memo((node: Node) => digest((hash) => writeShallow(hash, node)));
  const own = new Map<Node, { digest: string; reaches: Node[] }>();
  for (const page of pages) own.set(page, ownSignature(page, shallowOf, (text) => linkedIn(text, folderOf(page), targets)));
  let level = new Map<Node, string>([...own].map(([page, sig]) => [page, sig.digest]));
  for (let depth = 1; depth < REACH; depth++) {
    const previous = level;
    level = new Map();
    for (const [page, sig] of own) {
      const reached = sig.reaches.map((other) => previous.get(other) ?? shallowOf(other)).sort();
      level.set(page, digest((hash) => hash.update(sig.digest).update("\0").update(reached.join(","))));
    }
  }
  // What a meeting page reads of its body's other meetings counts for that page only: folded into the
  // pages that reach the meeting, it would render its papers again whenever a neighbour changed.
  const neighbours = bodyNeighbours();
  const final = (page: Node, sig: string) => (page.kind === "meeting" ? digest((hash) => hash.update(sig).update("\0").update(neighbours(page))) : sig);
  return new Map([...level].map(([page, sig]) => [String(page.url), final(page, sig)]));
}

/** The digest of a page's own entity walked whole, and the other meeting and paper pages it reaches. */
function ownSignature(page: Node, shallowOf: (node: Node) => string, linked: (text: string) => Node[]): { digest: string; reaches: Node[] } {
  const reaches = new Set<Node>();
  const seen = new Set<object>();
  const value = digest((hash) => {
    // Another page's entity: its own fields, and (if it is a meeting's or a paper's) that page, for the next depth.
    const refer = (node: Node): void => {
      hash.update(`@${node.kind}:${shallowOf(node)};`);
      const owner = ownerOf(node);
      if (owner && PAGE_KINDS.has(owner.kind) && owner !== page) reaches.add(owner);
    };
    const walk = (item: unknown): void => {
      if (item === null || typeof item !== "object") {
        hash.update(`${typeof item}:${String(item)};`);
        if (typeof item === "string") for (const target of linked(item)) refer(target);
        return;
      }
      if (isNode(item) && item !== page && ownerOf(item) !== page) {
        refer(item);
        return;
      }
      if (seen.has(item)) {
        hash.update("^;");
        return;
      }
      seen.add(item);
      if (Array.isArray(item)) {
        hash.update("[");
        for (const element of item) walk(element);
        hash.update("]");
        return;
      }
      const text = textOf(item);
      if (text !== undefined) {
        hash.update(`${text};`);
        return;
      }
      if (item instanceof Map || item instanceof Set) {
        hash.update("{");
        for (const entry of item) walk(entry);
        hash.update("}");
        return;
      }
      hash.update("{");
      for (const key of Object.keys(item)) {
        if (UNPRINTED.has(key)) continue;
        hash.update(`${key}=`);
        walk((item as Record<string, unknown>)[key]);
      }
      hash.update("}");
    };
    walk(page);
  });
  return { digest: value, reaches: [...reaches] };
}

/**
 * What a meeting page reads of its body's other meetings: the previous and the next one, as its
 * pagination links them (address and date, in the body's order), and the kind of record of the
 * first of them recorded at all, which names what a meeting with no minutes lacks.
 */
function bodyNeighbours(): (meeting: Node) => string {
  const places = new Map<object, Map<Node, number>>();
  const usual = memo((body: { meetings: readonly Node[] }) => String((body.meetings.find((m) => m.minutes)?.minutes as Node | undefined)?.type));
  return (meeting) => {
    const body = meeting.body as { meetings: readonly Node[] };
    let place = places.get(body);
    if (!place) {
      place = new Map(body.meetings.map((m, i) => [m, i]));
      places.set(body, place);
    }
    const at = place.get(meeting) ?? -1;
    const link = (other: Node | undefined) => (other ? `${String(other.url)}|${String(other.date)}` : "-");
    return [link(at > 0 ? body.meetings[at - 1] : undefined), link(at >= 0 ? body.meetings[at + 1] : undefined), usual(body)].join("\n");
  };
}

/**
 * An entity's own fields: its text and numbers, lists of them, and small records of them (a date
 * range, a source reference). What a page prints of an entity it only refers to. Not the entities
 * it names, nor lists of records: those are what grows on a hub (a body's meetings, a person's
 * attendance) with every meeting added.
 */
function writeShallow(hash: Hash, node: Node): void {
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (UNPRINTED.has(key)) continue;
    if (value !== null && typeof value === "object" && (isNode(value) || (Array.isArray(value) && value.some((v) => v !== null && typeof v === "object")))) continue;
    hash.update(`${key}=`);
    if (value === null || typeof value !== "object") hash.update(`${typeof value}:${String(value)};`);
    else if (Array.isArray(value)) hash.update(`[${value.map(String).join(",")}];`);
    else hash.update(`${textOf(value) ?? shallowObject(value)};`);
  }
}

/** A plain object's text and number fields, one level down (a source reference, a date range). */
function shallowObject(value: object): string {
  return Object.entries(value)
    .filter(([, v]) => v === null || typeof v !== "object")
    .map(([k, v]) => `${k}:${String(v)}`)
    .join(",");
}

/** The entities a text links to, as the page renders its links: `@<id>`, and files by name. */
function linkedIn(text: string, folder: string, targets: LinkTargets): Node[] {
  const found: Node[] = [];
  if (text.includes("@")) {
    for (const [, id = ""] of text.matchAll(REFERENCE)) {
      const target = targets.byId.get(id);
      if (target) found.push(target as unknown as Node);
    }
  }
  for (const id of fileIdsNamedIn(text, folder)) {
    const file = targets.fileById.get(id);
    if (file) found.push(file as unknown as Node);
  }
  return found;
}

/** The folder a page's file names are read in: its meeting's (`<meeting>/`), or "" for papers/. */
function folderOf(page: Node): string {
  if (page.kind === "meeting") return `${String(page.id)}/`;
  const meeting = page.meeting as Node | undefined;
  return meeting ? `${String(meeting.id)}/` : "";
}

/** The page an entity belongs to: itself for a page, its meeting or its paper for what they hold. */
function ownerOf(node: Node): Node | undefined {
  switch (node.kind) {
    case "agenda-item":
      return node.meeting as Node;
    case "minute":
      return (node.record as { document: Node }).document;
    case "resolution":
    case "question":
    case "declaration":
    case "area-for-improvement":
      return ownerOf(node.minute as Node);
    case "action":
      return (node.record as { document: Node }).document;
    case "work-programme-entry":
      return (node.programme as { document: Node }).document;
    default:
      return node;
  }
}

function isNode(value: object): value is Node {
  return typeof (value as { kind?: unknown }).kind === "string" && ("url" in value || "id" in value);
}

/** Values that stand for text (a luxon date, a URL), as that text. */
function textOf(value: object): string | undefined {
  if (value instanceof Date || value instanceof URL) return String(value);
  const toISO = (value as { toISO?: unknown }).toISO;
  return typeof toISO === "function" ? String(toISO.call(value)) : undefined;
}

/** Where a digest's text is written, piece by piece. */
interface Hash {
  update(text: string): Hash;
}

/**
 * The digest of the text `write` writes. The pieces are joined and hashed once: a page's walk writes
 * thousands of short pieces, and handing each to the hash apart cost more than the hashing (a
 * digest of the pieces in turn is the digest of their concatenation, so the value is the same).
 */
function digest(write: (hash: Hash) => void): string {
  const pieces: string[] = [];
  const text: Hash = {
    update(piece) {
      pieces.push(piece);
      return text;
    },
  };
  write(text);
  return createHash("sha256").update(pieces.join("")).digest("base64url").slice(0, 22);
}

function memo<T extends object>(fn: (item: T) => string): (item: T) => string {
  const cache = new Map<T, string>();
  return (item) => {
    let value = cache.get(item);
    if (value === undefined) {
      value = fn(item);
      cache.set(item, value);
    }
    return value;
  };
}
