/**
 * Which folder a build may write its site into, and which leftovers of earlier builds it may clear.
 *
 * A build replaces its output folder whole (the site is made beside it and swapped in,
 * build-site.ts), so a wrong `--out` used to delete whatever was there: `--out .` or
 * `--out content` deleted every paper and still exited 0. So a build only ever replaces what cannot
 * be lost: a folder that does not exist yet, an empty one, or one an earlier build made, which
 * carries the mark SITE_MARK; and never the content, the project, the folder it runs in, the home
 * folder or the root of the file system, nor a folder around them. It clears leftovers of killed
 * builds only when they carry the mark too.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, isAbsolute, join, parse, relative, resolve, sep } from "node:path";

/**
 * The mark a build leaves in every folder it makes. A dotfile: static hosts and the search index
 * (search-index.ts reads only pages, and skips hidden files) leave it alone. Once the site is made
 * it also lists what the build made at the top of the folder (recordSite), so that the next build
 * can tell a file someone put there since (a CNAME, a folder of old pages), which replacing the
 * folder would lose: it refuses (foreignEntries). Its text depends on the site alone, so two
 * builds of the same content stay byte-identical.
 */
export const SITE_MARK = ".panel-papers-site";
const SITE_MARK_TEXT =
  "This folder was made by the panel papers archive's build (npm run build).\nThe next build replaces it whole, so keep nothing else in it: put files to publish as they are in static/.\n";
const MADE_HEADING = "What the build made at the top of this folder:\n";
/** The build's own folders of pages, which `npm run dev` may add to between builds (a paper's page shown at once). */
const PAGE_FOLDERS = new Set(["meetings", "papers"]);

/** What is at the output path before the build. */
export type FolderState = "missing" | "empty" | "marked" | "unmarked" | "file";

/** A folder the output may not be, nor hold; nor be inside, for the content. */
export interface GuardedFolder {
  path: string;
  /** How messages name it: "the content folder". */
  what: string;
  /** The content: a site written inside it would be read back as papers. */
  notInside?: boolean;
}

/** What a refusal suggests instead. */
const INSTEAD = "build into a new or empty folder instead, e.g. --out _site";

/**
 * Why a build may not replace the folder at `paths` (absolute: as given, and the real path behind
 * any link) with its site, as one line naming the folder, what is wrong and what to do instead;
 * undefined when it may. `name` is how the officer wrote it.
 */
export function outputFolderProblem(paths: readonly string[], state: FolderState, guarded: readonly GuardedFolder[], name: string, show: (path: string) => string = (p) => p): string | undefined {
  const refuse = (why: string, instead = INSTEAD) => `refusing to build into ${name}: ${why}; ${instead}`;
  for (const out of paths) if (parse(out).root === out) return refuse("it is the root of the file system, and a build replaces its output folder whole");
  // "Is" before "holds": `--out .` in the project is the project folder before it holds the content.
  for (const out of paths) for (const folder of guarded) if (out === folder.path) return refuse(`it is ${folder.what}, and a build replaces its output folder whole, which would delete it`);
  for (const out of paths) {
    for (const folder of guarded) {
      if (isInside(folder.path, out)) return refuse(`it holds ${folder.what} (${show(folder.path)}), and a build replaces its output folder whole, which would delete it`);
      if (folder.notInside && isInside(out, folder.path)) return refuse(`it is inside ${folder.what} (${show(folder.path)}), where the site's pages would be read as papers`, "build into a folder outside it, e.g. --out _site");
    }
  }
  if (state === "file") return refuse("it is a file (or a broken link), not a folder", "move or delete the file, or choose another folder, e.g. --out _site");
  if (state === "unmarked")
    return refuse(
      `it already holds files that no build made (it has no ${SITE_MARK} mark), and a build replaces its output folder whole`,
      "move or delete that folder yourself if nothing in it is needed (a site built before builds were marked is safe to delete), or choose a new or empty folder with --out",
    );
  return undefined;
}

/** Whether `path` is strictly inside `folder` (both absolute). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/**
 * The process id in the name of a build's leftover beside the site `site` (`_site.building-123`,
 * `_site.previous-123`), or undefined if `name` is not one.
 */
export function leftoverPid(name: string, site: string): number | undefined {
  for (const kind of ["building", "previous"]) {
    const prefix = `${site}.${kind}-`;
    const pid = name.slice(prefix.length);
    // A pid of 0 or less names a process group, not a process: never one of ours.
    if (name.startsWith(prefix) && /^[1-9]\d{0,9}$/.test(pid)) return Number(pid);
  }
  return undefined;
}

/** Where a build with process id `pid` makes the site (`building`) or moves the last one aside (`previous`). */
export function leftoverPath(outputDir: string, kind: "building" | "previous", pid: number): string {
  return join(dirname(outputDir), `${basename(outputDir)}.${kind}-${pid}`);
}

/** The folders a build must leave alone, as both the path given and the real one behind any link. */
export function guardedFolders(options: { contentDir?: string; projectRoot: string; cwd: string }): GuardedFolder[] {
  const projects = [options.projectRoot, nearestProject(options.cwd)].filter((p): p is string => p !== undefined);
  const contents = [options.contentDir, ...[...projects, options.cwd].map((p) => join(p, "content")).filter((p) => existsSync(p))];
  const folders: GuardedFolder[] = [
    ...contents.filter((p): p is string => p !== undefined).map((path) => ({ path, what: "the content folder", notInside: true })),
    ...projects.map((path) => ({ path, what: "the project folder" })),
    { path: options.cwd, what: "the folder the build runs in" },
    { path: homedir(), what: "your home folder" },
  ];
  return folders.flatMap((folder) => [folder, { ...folder, path: realPath(folder.path) }]);
}

/** Throws, touching nothing, when a build may not replace `outputDir` (output-folder rules above). */
export function checkOutputFolder(outputDir: string, guarded: readonly GuardedFolder[], cwd = process.cwd()): void {
  const show = (path: string) => (path === cwd ? "." : isInside(path, cwd) ? relative(cwd, path) : path);
  // The path as given and the real one: a link to the content is refused like the content itself.
  const paths = [...new Set([resolve(outputDir), realPath(outputDir)])];
  const state = folderState(outputDir);
  const problem = outputFolderProblem(paths, state, guarded, show(resolve(outputDir)), show) ?? (state === "marked" ? foreignProblem(outputDir, show(resolve(outputDir))) : undefined);
  if (problem) throw new Error(problem);
}

/** Why a build may not replace the site in `outputDir`: files put there since the build made it, which it would delete. */
function foreignProblem(outputDir: string, name: string): string | undefined {
  const foreign = foreignEntries(outputDir).map((entry) => (statSync(join(outputDir, entry)).isDirectory() ? `${entry}/` : entry));
  if (foreign.length === 0) return undefined;
  const listed = foreign.slice(0, 5).join(", ") + (foreign.length > 5 ? ` and ${foreign.length - 5} more` : "");
  return `refusing to build into ${name}: it holds ${listed}, which no build made, and a build replaces its output folder whole, which would delete ${foreign.length === 1 ? "it" : "them"}; move ${foreign.length === 1 ? "it" : "them"} into the archive's static/ folder, whose files every build publishes as they are, or elsewhere, then build again`;
}

export function folderState(path: string): FolderState {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    // Nothing there, or a link to nothing (which the swap could not replace with a folder).
    return existsLink(path) ? "file" : "missing";
  }
  if (!isFolder) return "file";
  if (isMarked(path)) return "marked";
  return readdirSync(path).length === 0 ? "empty" : "unmarked";
}

export function isMarked(folder: string): boolean {
  try {
    return statSync(join(folder, SITE_MARK)).isFile();
  } catch {
    return false;
  }
}

/** Marks `folder` as made by a build, so that a later build may replace or clear it. */
export function markSite(folder: string): void {
  writeFileSync(join(folder, SITE_MARK), SITE_MARK_TEXT);
}

/** Marks the finished site in `folder` with what it holds at its top (see SITE_MARK). */
export function recordSite(folder: string): void {
  const made = readdirSync(folder).filter((name) => name !== SITE_MARK).sort();
  writeFileSync(join(folder, SITE_MARK), `${SITE_MARK_TEXT}${MADE_HEADING}${made.map((name) => `${name}\n`).join("")}`);
}

/**
 * What is at the top of the marked site `folder` that the build which made it did not make: files
 * someone put there since. None when the mark lists nothing (a site made before marks did).
 */
export function foreignEntries(folder: string): string[] {
  let mark: string;
  try {
    mark = readFileSync(join(folder, SITE_MARK), "utf8");
  } catch {
    return [];
  }
  const at = mark.indexOf(MADE_HEADING);
  if (at < 0) return [];
  const made = new Set(mark.slice(at + MADE_HEADING.length).split("\n").filter(Boolean));
  return readdirSync(folder).filter((name) => name !== SITE_MARK && !made.has(name) && !PAGE_FOLDERS.has(name) && !isLeftover(name)).sort();
}

/** A build's own working folders inside the site (staging of documents, shards reused), which it clears itself. */
function isLeftover(name: string): boolean {
  return name.startsWith(".search-");
}

/**
 * Removes what killed builds left beside `outputDir` (`<out>.building-PID`, `<out>.previous-PID`)
 * when no process of that id is running and the folder carries the mark; anything else of that
 * name is left alone. Returns the folders removed.
 */
export function removeLeftovers(outputDir: string, isRunning: (pid: number) => boolean = processRunning): string[] {
  const parent = dirname(outputDir);
  const site = basename(outputDir);
  if (!existsSync(parent)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(parent)) {
    const pid = leftoverPid(name, site);
    const folder = join(parent, name);
    // This process's own id: left by a dead process that had it before, as this build has made nothing yet.
    if (pid === undefined || (pid !== process.pid && isRunning(pid)) || !isMarked(folder)) continue;
    rmSync(folder, { recursive: true, force: true });
    removed.push(folder);
  }
  return removed;
}

/** Whether a process of id `pid` exists (signal 0 only checks); one of another user's counts. */
export function processRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The nearest folder at or above `cwd` with a package.json: the project the command runs in. */
function nearestProject(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The real path of `path`, through any link, for the part of it that exists. */
function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
  }
}

function existsLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
