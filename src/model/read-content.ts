/**
 * Finding and reading every content file: where a file sits decides what it may be, and each is
 * decoded, split and validated on its own, so one bad file never hides the problems of another.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { decodeContentFile } from "./source-file.ts";
import { type ParsedFile, parseContentFile } from "./front-matter.ts";
import type { Problem } from "./problems.ts";
import type { ContentType } from "./schemas.ts";
import { validateFrontMatter } from "./validate.ts";

/** What a file's place in `content/` says it is. */
export type Placement =
  | { folder: "bodies" | "organisations" | "people" | "decisions" | "topics" | "papers"; id: string }
  | { folder: "meetings"; meetingId: string; name: string };

export interface ContentFile {
  /** Project-relative path with forward slashes. */
  path: string;
  placement: Placement;
  type: ContentType;
  parsed: ParsedFile;
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
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every `.md` file under `dir`, sorted so that loading (and output) never depends on the disk's order. */
export function listMarkdownFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith(".")) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith(".md")) found.push(path);
    }
  };
  walk(dir);
  return found;
}

export function placementOf(relativeToContent: string): Placement | string {
  const parts = relativeToContent.split("/");
  const [folder, ...rest] = parts;
  const fileName = parts[parts.length - 1] ?? "";
  const id = fileName.replace(/\.md$/, "");
  if (rest.length === 0) return `${fileName} sits directly in content/: move it into the folder for its type (bodies, organisations, people, decisions, topics, papers, or its meeting's folder in meetings)`;
  if (folder === "meetings") {
    if (rest.length === 1) return "a meeting's files go in a folder of its own: move this file into content/meetings/<body>-<YYYY-MM-DD>/ (with meeting.md, minutes.md and one file per paper)";
    if (rest.length !== 2) return `a meeting's files sit directly in its folder, not in subfolders: move this file up into content/meetings/${rest[0]}/`;
    const meetingId = rest[0] ?? "";
    if (!SLUG.test(meetingId)) return `folder name ${meetingId} is not an identifier: use lower-case letters, digits and hyphens, e.g. kmpcp-2024-10-10`;
    if (!SLUG.test(id)) return `file name ${fileName} is not an identifier: use lower-case letters, digits and hyphens, e.g. b1-complaints-report.md`;
    return { folder: "meetings", meetingId, name: id };
  }
  if (folder === "bodies" || folder === "organisations" || folder === "people" || folder === "decisions" || folder === "topics" || folder === "papers") {
    if (rest.length !== 1) return `files in content/${folder}/ sit directly in that folder, not in subfolders: move this file up into content/${folder}/`;
    if (!SLUG.test(id)) return `file name ${fileName} is not an identifier: use lower-case letters, digits and hyphens, e.g. ${folder === "people" ? "mike-hill" : "swale-borough-council"}.md`;
    return { folder, id };
  }
  return `content/${folder}/ is not a content folder: use bodies, organisations, people, decisions, topics, meetings or papers`;
}

export interface ReadResult {
  files: ContentFile[];
  problems: Problem[];
  /** Identifiers of files that exist but failed to read: references to them are not reported again. */
  failedIds: Set<string>;
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

export function readContent(contentDir: string, projectRoot: string): ReadResult {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  const failedIds = new Set<string>();
  let paths: string[];
  try {
    if (!statSync(contentDir).isDirectory()) throw new Error("not a folder");
    paths = listMarkdownFiles(contentDir);
  } catch {
    return { files, failedIds, problems: [{ file: relative(projectRoot, contentDir) || contentDir, message: "content folder not found: create content/ with the body, people and meetings files (see docs/content-guide.md)" }] };
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
    const decoded = decodeContentFile(path, readFileSync(absolute));
    if (!decoded.ok) {
      problems.push(decoded.problem);
      continue;
    }
    const parsed = parseContentFile(path, decoded.text);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const allowed = ALLOWED[placement.folder === "meetings" ? (placement.name === "meeting" ? "meeting" : "meeting-paper") : placement.folder] ?? [];
    const checked = validateFrontMatter(path, parsed.file, allowed);
    problems.push(...checked.problems);
    if (checked.type && checked.problems.length === 0) {
      files.push({ path, placement, type: checked.type, parsed: parsed.file });
      failedIds.delete(idOf(placement));
    }
  }
  return { files, problems, failedIds };
}
