/**
 * Finding and reading every content file: where a file sits decides what it may be, and each is
 * decoded, split and validated on its own, so one bad file never hides the problems of another.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { forbiddenCharacters } from "./characters.ts";
import { decodeContentFile } from "./source-file.ts";
import { locatorOf, type ParsedFile, type Positions, parseContentFile } from "./front-matter.ts";
import { noParseCache, type ParseCache } from "./parse-cache.ts";
import type { Problem } from "./problems.ts";
import type { FrontMatterOf } from "./front-matter-shapes.ts";
import type { ContentType } from "./schemas.ts";
import { validateFrontMatter } from "./validate.ts";
import { type ContentAttachment, describedFileName, type FileCandidate, fileIdOf, filePlacementOf, readFiles } from "./read-files.ts";
import { FILE_EXTENSIONS } from "./file-types.ts";
import { EXAMPLE_ID, identifierFrom, meetingFolderMessage } from "./identifier-examples.ts";

/** What a file's place in `content/` says it is. */
export type Placement =
  | { folder: "bodies" | "organisations" | "people" | "decisions" | "topics" | "papers"; id: string }
  | { folder: "meetings"; meetingId: string; name: string };

interface FileBase {
  /** Project-relative path with forward slashes. */
  path: string;
  placement: Placement;
  parsed: ParsedFile;
}

/**
 * A file that passed its schema, with its front matter typed as that schema defines it (the types
 * are generated from the schemas): `type` tells which.
 */
export type ContentFile = { [T in ContentType]: FileBase & { type: T; data: FrontMatterOf<T> } }[ContentType];

/**
 * A validated file. TypeScript cannot tie a `type` known only at run time to its front matter's
 * type, so the pair is asserted here, once: validation has just checked `data` against that type's schema.
 */
function typedFile(base: FileBase, type: ContentType, data: FrontMatterOf<ContentType>): ContentFile {
  return { ...base, type, data } as ContentFile;
}

const PAPER_TYPES: ContentType[] = ["report", "appendix", "annual-report", "candidate-pack", "plan", "letter", "other", "work-programme", "minutes", "notes"];
const ALLOWED: Record<string, ContentType[]> = {
  bodies: ["body"],
  organisations: ["organisation"],
  people: ["person"],
  decisions: ["decision"],
  topics: ["topic"],
  papers: PAPER_TYPES,
  meeting: ["meeting"],
  "meeting-paper": PAPER_TYPES,
  /** `annual-report-2023-24.pdf.md`: the description of the file beside it. */
  "file-description": ["file"],
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A file in `content/` that is not read: a link, or not a `.md` file. */
export interface UnreadFile {
  path: string;
  kind: "link" | "file" | "other";
}

/**
 * Every `.md` regular file under `dir`, and every other entry that is not hidden (its name starts
 * with a dot) and not a folder, both sorted so that loading (and output) never depends on the
 * disk's order. Links are listed, never followed: they could reach outside content/.
 */
export function listContentFiles(dir: string): { markdown: string[]; unread: UnreadFile[] } {
  const markdown: string[] = [];
  const unread: UnreadFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith(".")) continue;
      const path = join(folder, entry.name);
      // Dirents describe the entry itself (lstat), so a link to a folder is not a folder here.
      if (entry.isDirectory()) walk(path);
      else if (entry.isSymbolicLink()) unread.push({ path, kind: "link" });
      else if (entry.isFile() && entry.name.endsWith(".md")) markdown.push(path);
      else unread.push({ path, kind: entry.isFile() ? "file" : "other" });
    }
  };
  walk(dir);
  return { markdown, unread };
}

/** Every `.md` file under `dir`, sorted so that loading (and output) never depends on the disk's order. */
export function listMarkdownFiles(dir: string): string[] {
  return listContentFiles(dir).markdown;
}

/** A Markdown file saved under another ending: `report.MD`, `report.markdown`, `report.md.txt`. */
const MARKDOWN_UNDER_OTHER_NAME = /^(.+?)\.(?:md|markdown|mdown|mkd)(?:\.txt)?$/i;

/** Copies editors, Word and git leave beside a file: `report.md~`, `#report.md#`, `~$report.docx`, `report.md.orig`. */
const LEFT_BY_A_PROGRAM = /~$|^#.*#$|^~\$|\.(?:bak|orig|rej|swp|tmp)$/i;

/** The `.md` name a Markdown file saved under another ending should have; undefined for other files. */
export function renamedTo(file: UnreadFile): string | undefined {
  if (file.kind !== "file") return undefined;
  const stem = MARKDOWN_UNDER_OTHER_NAME.exec(file.path.split(/[\\/]/).pop() ?? "")?.[1];
  return stem === undefined ? undefined : `${stem}.md`;
}

/** Why a file in `content/` is not read, and what to do: nothing there is skipped in silence. */
export function unreadMessage(file: UnreadFile): string {
  const name = file.path.split(/[\\/]/).pop() ?? file.path;
  if (file.kind === "link") return `${name} is a link (symlink), so it is not read; content files must be real files, not links: copy the file here instead of linking to it`;
  if (file.kind === "other") return `only Markdown files (.md) are read here, and ${name} is not a regular file: remove it from content/`;
  const markdownName = renamedTo(file);
  if (markdownName) return `${name} is not read, because only files ending in .md are: rename it to ${markdownName}`;
  if (LEFT_BY_A_PROGRAM.test(name)) return `only Markdown files (.md) are read here, and ${name} looks like a backup or temporary copy left by an editor, Word or git: delete it, or move it out of content/`;
  return `only Markdown files (.md) are read here, so ${name} is not: if it is a paper, convert it to Markdown (npm run import) and save it as a .md file, or put it in its meeting's folder or in papers/ if it is a file published with the papers (${FILE_EXTENSIONS.map((e) => `.${e}`).join(", ")}); otherwise move it out of content/ (source texts belong in sources/)`;
}

/** The made-up identifier a message about a file name in each folder falls back on. */
const EXAMPLE_FOR_FOLDER = {
  bodies: EXAMPLE_ID.body,
  organisations: EXAMPLE_ID.organisation,
  people: EXAMPLE_ID.person,
  decisions: EXAMPLE_ID.decision,
  topics: EXAMPLE_ID.topic,
  papers: EXAMPLE_ID.paper,
} as const;

export function placementOf(relativeToContent: string): Placement | string {
  const parts = relativeToContent.split("/");
  const [folder, ...rest] = parts;
  const fileName = parts[parts.length - 1] ?? "";
  // A file's description (`annual-report.pdf.md`) is named, and identified, after its file.
  const id = describedFileName(fileName) ?? fileName.replace(/\.md$/, "");
  if (rest.length === 0) return `${fileName} sits directly in content/: move it into the folder for its type (bodies, organisations, people, decisions, topics, papers, or its meeting's folder in meetings)`;
  if (folder === "meetings") {
    if (rest.length === 1) return "a meeting's files go in a folder of its own: move this file into content/meetings/<body>-<YYYY-MM-DD>/ (with meeting.md, minutes.md and one file per paper)";
    if (rest.length !== 2) return `a meeting's files sit directly in its folder, not in subfolders: move this file up into content/meetings/${rest[0]}/`;
    const meetingId = rest[0] ?? "";
    if (!SLUG.test(meetingId)) return meetingFolderMessage(meetingId);
    if (!SLUG.test(id) && !describedFileName(fileName)) return `file name ${fileName} is not an identifier: use lower-case letters, digits and hyphens, e.g. ${identifierFrom(id, EXAMPLE_ID.meetingPaper)}.md`;
    return { folder: "meetings", meetingId, name: id };
  }
  if (folder === "bodies" || folder === "organisations" || folder === "people" || folder === "decisions" || folder === "topics" || folder === "papers") {
    if (rest.length !== 1) return `files in content/${folder}/ sit directly in that folder, not in subfolders: move this file up into content/${folder}/`;
    if (!SLUG.test(id) && !(folder === "papers" && describedFileName(fileName))) return `file name ${fileName} is not an identifier: use lower-case letters, digits and hyphens, e.g. ${identifierFrom(id, EXAMPLE_FOR_FOLDER[folder])}.md`;
    return { folder, id };
  }
  return `content/${folder}/ is not a content folder: use bodies, organisations, people, decisions, topics, meetings or papers`;
}

export interface ReadResult {
  files: ContentFile[];
  problems: Problem[];
  /** Identifiers of files that exist but failed to read: references to them are not reported again. */
  failedIds: Set<string>;
  /**
   * Papers named anywhere in a meeting.md that failed to read. Its agenda cannot be known, so any
   * of them may sit at an exempt item: the linker withholds them (fail closed).
   */
  namedByFailedMeetings: Set<string>;
  /** Files published with the papers that passed every check (read-files.ts). */
  attachments: ContentAttachment[];
  /**
   * Files (by identifier) that a Markdown file which failed to read names, in its folder or by
   * identifier: it may be an exempt paper showing them, so the linker withholds them (fail closed).
   */
  filesNamedByFailedFiles: Set<string>;
}

/** `absolute` relative to `folder`, with forward slashes whatever the system: how content paths are named. */
export function pathWithin(folder: string, absolute: string): string {
  return relative(folder, absolute).split(sep).join("/");
}

/** The identifier a file's place gives it. */
export function idOf(placement: Placement): string {
  if (placement.folder !== "meetings") return placement.id;
  return placement.name === "meeting" ? placement.meetingId : `${placement.meetingId}/${placement.name}`;
}

/** Every `<meeting>/<paper>` identifier written anywhere in a text, read as bytes so nothing can stop it. */
export function documentIdsIn(text: string): string[] {
  return [...text.matchAll(/[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}-\d{2}-\d{2}(?:-\d+)?\/[a-z0-9]+(?:-[a-z0-9]+)*/g)].map((m) => m[0]);
}

/**
 * The files a failed Markdown file at `placement` names: `<meeting>/<name>.<ext>` anywhere, and a bare
 * `<name>.<ext>` as in its own folder. Read as bytes, so nothing can stop it.
 */
export function fileIdsIn(text: string, placement: Placement): string[] {
  return fileIdsNamedIn(text, placement.folder === "meetings" ? `${placement.meetingId}/` : "");
}

const FILE_NAME = new RegExp(`(?:([a-z0-9]+(?:-[a-z0-9]+)*-\\d{4}-\\d{2}-\\d{2}(?:-\\d+)?)/)?([a-z0-9]+(?:-[a-z0-9]+)*\\.(?:${FILE_EXTENSIONS.join("|")}))(?![a-z0-9])`, "g");
const FILE_SUFFIXES = FILE_EXTENSIONS.map((extension) => `.${extension}`);

/**
 * The files a text names, as identifiers: `<meeting>/<name>.<ext>` anywhere, and a bare
 * `<name>.<ext>` as in `folder` (`<meeting>/`, or "" for papers/).
 */
export function fileIdsNamedIn(text: string, folder: string): string[] {
  // The pattern is slow over long texts; most texts name no file, which `includes` tells at once.
  if (!FILE_SUFFIXES.some((suffix) => text.includes(suffix))) return [];
  return [...text.matchAll(FILE_NAME)].map((m) => (m[1] ? `${m[1]}/${m[2]}` : `${folder}${m[2]}`));
}

/** The maximum size of one file (file-size-cap.ts), given: loading reads no configuration. */
export interface ReadOptions {
  maxFileBytes: number;
  /**
   * Whether the site's cap is unknown (its file cannot be read: load.ts): a file over `maxFileBytes`
   * is then left unread, as one that failed, but not refused, since the site may allow it.
   */
  capUnknown?: boolean;
}

/**
 * What one Markdown file gives: its problems, and, when it has none, what it says, as plain data
 * (parse-cache.ts keeps it between runs, keyed by the file's path and bytes; `positions` answers
 * `locate` for the linker's messages).
 */
interface ContentFileReading {
  problems: Problem[];
  /** The text after the front matter, as the file's last `bodyLength` characters (not again as text) where it is that, as gray-matter gives it. */
  read?: { type: ContentType; data: FrontMatterOf<ContentType>; body: string | { bodyLength: number }; bodyLine: number; positions: Positions };
}

/** The file's last `length` characters, decoded as readContentFile decoded it (it read the file as text, so this does too). */
function bodyOf(path: string, bytes: Uint8Array, length: number): string {
  const decoded = decodeContentFile(path, bytes);
  return decoded.ok ? decoded.text.slice(decoded.text.length - length) : "";
}

/** The file's reading, as the cache keeps it, and the text after its front matter (when it has no problem). */
function readContentFile(path: string, placement: Placement, bytes: Uint8Array): { reading: ContentFileReading; body?: string } {
  const decoded = decodeContentFile(path, bytes);
  if (!decoded.ok) return { reading: { problems: [decoded.problem] } };
  // Once for the whole text, so every field and the body are covered. The file is still read on,
  // for the problems that name the field a character sits in, but kept out of the archive.
  const characters = forbiddenCharacters(path, decoded.text);
  const parsed = parseContentFile(path, decoded.text);
  if (!parsed.ok) return { reading: { problems: [...characters, ...parsed.problems] } };
  const describes = describedFileName(path.split("/").pop() ?? "") !== undefined;
  const allowed = ALLOWED[describes ? "file-description" : placement.folder === "meetings" ? (placement.name === "meeting" ? "meeting" : "meeting-paper") : placement.folder] ?? [];
  const checked = validateFrontMatter(path, parsed.file, allowed);
  const problems = [...characters, ...checked.problems];
  if (!checked.type || !checked.data || problems.length > 0) return { reading: { problems } };
  const { body, bodyLine } = parsed.file;
  const kept = decoded.text.endsWith(body) ? { bodyLength: body.length } : body;
  return { reading: { problems, read: { type: checked.type, data: checked.data, body: kept, bodyLine, positions: parsed.file.positions() } }, body };
}

export function readContent(contentDir: string, projectRoot: string, options: ReadOptions = { maxFileBytes: 50_000_000 }, cache: ParseCache = noParseCache()): ReadResult {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  const failedIds = new Set<string>();
  const namedByFailedMeetings = new Set<string>();
  const filesNamedByFailedFiles = new Set<string>();
  const candidates: FileCandidate[] = [];
  let paths: string[];
  try {
    if (!statSync(contentDir).isDirectory()) throw new Error("not a folder");
    const listed = listContentFiles(contentDir);
    paths = listed.markdown;
    // Line 1: the file as a whole, so the message reads content/x:1 like every other.
    for (const unread of listed.unread) {
      const file = unread.kind === "file" && renamedTo(unread) === undefined && !LEFT_BY_A_PROGRAM.test(unread.path.split(/[\\/]/).pop() ?? "") ? filePlacementOf(pathWithin(contentDir, unread.path)) : undefined;
      if (file !== undefined && typeof file !== "string") {
        candidates.push({ path: pathWithin(projectRoot, unread.path), absolute: unread.path, placement: file });
        continue;
      }
      problems.push({ file: pathWithin(projectRoot, unread.path), line: 1, message: file ?? unreadMessage(unread) });
      // A paper saved as report.MD is a file that failed to read: links to it are not reported again.
      const renamed = renamedTo(unread);
      const placement = renamed === undefined ? undefined : placementOf(pathWithin(contentDir, join(unread.path, "..", renamed)));
      if (placement !== undefined && typeof placement !== "string") failedIds.add(idOf(placement));
    }
  } catch {
    return { files, failedIds, namedByFailedMeetings, attachments: [], filesNamedByFailedFiles, problems: [{ file: relative(projectRoot, contentDir) || contentDir, message: "content folder not found: create content/ with the body, people and meetings files (see docs/content-guide.md)" }] };
  }
  for (const absolute of paths) {
    const path = pathWithin(projectRoot, absolute);
    const placement = placementOf(pathWithin(contentDir, absolute));
    if (typeof placement === "string") {
      // Line 1: the file as a whole, so the message reads content/x.md:1 like every other.
      problems.push({ file: path, line: 1, message: placement });
      continue;
    }
    failedIds.add(idOf(placement));
    const bytes = readFileSync(absolute);
    // Read afresh (a miss), the text is at hand: only a reading from the cache decodes the file for its body.
    let readBody: string | undefined;
    const reading = cache.through("content-file", Buffer.concat([Buffer.from(`${path}\0`), bytes]), () => {
      const fresh = readContentFile(path, placement, bytes);
      readBody = fresh.body;
      return fresh.reading;
    });
    problems.push(...reading.problems);
    if (reading.read) {
      const { type, data, bodyLine, positions } = reading.read;
      const body = readBody ?? (typeof reading.read.body === "string" ? reading.read.body : bodyOf(path, bytes, reading.read.body.bodyLength));
      // Validation passes the parsed fields on as they are: one object, typed once checked.
      const parsed: ParsedFile = { data: data as unknown as Record<string, unknown>, body, bodyLine, positions: () => positions, locate: locatorOf(positions) };
      files.push(typedFile({ path, placement, parsed }, type, data));
      failedIds.delete(idOf(placement));
    }
  }
  for (const absolute of paths) {
    const placement = placementOf(pathWithin(contentDir, absolute));
    if (typeof placement === "string" || !failedIds.has(idOf(placement))) continue;
    const text = readFileSync(absolute, "latin1");
    for (const id of fileIdsIn(text, placement)) filesNamedByFailedFiles.add(id);
    // A description that failed names its file by its own name (`budget.pdf.md`): that file is named, and withheld with it.
    const described = describedFileName(absolute.split(/[\\/]/).pop() ?? "");
    if (described !== undefined) filesNamedByFailedFiles.add(placement.folder === "meetings" ? `${placement.meetingId}/${described}` : described);
    if (placement.folder !== "meetings" || placement.name !== "meeting") continue;
    for (const id of documentIdsIn(text)) namedByFailedMeetings.add(id);
  }
  const read = readFiles(candidates, options.maxFileBytes, options.capUnknown);
  problems.push(...read.problems);
  // A file that failed its checks is known to exist: links to it are not reported again.
  const passed = new Set(read.attachments.map((a) => a.id));
  for (const c of candidates) if (!passed.has(fileIdOf(c.placement))) failedIds.add(fileIdOf(c.placement));
  return { files, problems, failedIds, namedByFailedMeetings, attachments: read.attachments, filesNamedByFailedFiles };
}
