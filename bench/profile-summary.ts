/**
 * What a benchmark step's CPU went on, from the V8 CPU profiles Node writes with `--cpu-prof`
 * (one `.cpuprofile` per thread: the main thread, each worker thread, and tsx's loader thread).
 *
 * - Total: the sampled time of every profile in the folder, less the samples taken while the thread
 *   was "(idle)", waiting in the event loop. Samples are taken by the wall clock while the thread
 *   runs, so on a loaded machine a thread waiting for a core counts as running, and so does a
 *   thread blocked in a synchronous wait (Node's module loader waiting for tsx's loader thread
 *   shows as `node:internal/modules/esm/hooks`).
 * - Self time, by where the code is: a package (`node_modules/<pkg>` or `@scope/pkg`), a project
 *   file (its path relative to the project folder), a Node module (`node:fs`, `node:internal/…`),
 *   V8's "(garbage collector)" and "(program)" (native code outside any JavaScript function:
 *   compiling, parsing, the profiler itself). Built-ins and native functions (a RegExp, JSON.parse,
 *   fs bindings, WebAssembly) have no file: their time counts with the code that called them.
 *   Code compiled at run time has no file either (ajv's validators, Nunjucks's templates, anything
 *   made with `new Function`): it is its own row, named after the file that called it.
 * - Inclusive time of the project's own functions: the samples in which the function is on the
 *   stack, each counted once even when the function recurses. Functions are told apart by name and
 *   file only: tsx compiles each file to one line, so the profile's line numbers say nothing.
 *
 * Stacks are cut at every `await`: what runs after one is sampled under the microtask that resumed
 * it, not under the function that awaited, so an async function's inclusive time is only its part
 * before its first `await` (and that of what it calls synchronously).
 * Processes that are not Node (Pagefind, esbuild) write no profile and are not in these figures.
 *
 * `npx tsx bench/profile-summary.ts DIR [--top 15] [--project FOLDER]` prints a Markdown summary of
 * each folder of profiles in DIR (or of DIR itself), as `npm run bench -- --profile DIR` writes them.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

/** A `.cpuprofile` as Node writes it (V8's Profiler.Profile; times in microseconds). */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  /** The node at the top of the stack in each sample. */
  samples?: number[];
  /** Microseconds from the previous sample (from `startTime` for the first). */
  timeDeltas?: number[];
}

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; scriptId: string | number; lineNumber?: number; columnNumber?: number };
  hitCount?: number;
  children?: number[];
}

export type PlaceKind = "package" | "project file" | "Node" | "V8" | "compiled at run time" | "other";

export interface Share {
  name: string;
  kind: PlaceKind;
  seconds: number;
}

export interface ProfileSummary {
  profiles: number;
  /** Sampled seconds of all profiles, less "(idle)". */
  seconds: number;
  /** Self time by where the code is, largest first; the shares add up to `seconds`. */
  self: Share[];
  /** Inclusive time of the project's own functions ("name (file)"), largest first. */
  functions: Share[];
}

interface Place {
  name: string;
  kind: PlaceKind;
}

const IDLE = "(idle)";
const NATIVE: Place = { name: "native code with no JavaScript caller", kind: "V8" };

/** A step of the walk down a profile's tree: a node entered, with the places of its callers, or a function left. */
type Visit = { node: ProfileNode; caller: Place | undefined; callerFile: Place | undefined } | { leave: string };

/** Sums the profiles of one step: self time by place and the project's functions' inclusive time. */
export function summariseProfiles(profiles: readonly CpuProfile[], projectRoot: string): ProfileSummary {
  const self = new Map<string, Share>();
  const functions = new Map<string, Share>();
  let seconds = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const root = rootOf(profile.nodes);
    if (!root) continue;
    const sampled = sampledSeconds(profile);
    const subtree = subtreeSeconds(root, byId, sampled);
    const onStack = new Map<string, number>();
    // A walk with a stack of its own: a profile's stacks can be deeper than recursion here allows.
    const visits: Visit[] = [{ node: root, caller: undefined, callerFile: undefined }];
    while (visits.length > 0) {
      const visit = visits.pop() as Visit;
      if ("leave" in visit) {
        onStack.set(visit.leave, (onStack.get(visit.leave) ?? 0) - 1);
        continue;
      }
      const { node } = visit;
      const own = placeOf(node, projectRoot);
      const place = own === "inherit" ? (visit.caller ?? NATIVE) : own === "compiled" ? { name: `called from ${visit.callerFile?.name ?? "no file"}`, kind: "compiled at run time" as const } : own;
      const nodeSeconds = sampled.get(node.id) ?? 0;
      if (nodeSeconds > 0 && node.callFrame.functionName !== IDLE) {
        add(self, place, nodeSeconds);
        seconds += nodeSeconds;
      }
      const file = own === "inherit" || own === "compiled" ? undefined : own;
      if (file?.kind === "project file") {
        const key = `${node.callFrame.functionName || "(anonymous)"} (${file.name})`;
        // Only the outermost call of a function on a stack counts, so recursion is not counted twice.
        if ((onStack.get(key) ?? 0) === 0) add(functions, { name: key, kind: "project file" }, subtree.get(node.id) ?? 0);
        onStack.set(key, (onStack.get(key) ?? 0) + 1);
        visits.push({ leave: key });
      }
      for (const id of [...(node.children ?? [])].reverse()) {
        const child = byId.get(id);
        if (child) visits.push({ node: child, caller: place, callerFile: file ?? visit.callerFile });
      }
    }
  }
  return { profiles: profiles.length, seconds, self: largestFirst(self), functions: largestFirst(functions) };
}

/**
 * Where a frame's code is: a place, "compiled" for code made at run time (no file, but a script of
 * its own), or "inherit" for built-ins and native code, counted with their caller.
 */
function placeOf(node: ProfileNode, projectRoot: string): Place | "compiled" | "inherit" {
  const { functionName, url, scriptId } = node.callFrame;
  if (url === "") {
    if (functionName === "(garbage collector)" || functionName === "(program)" || functionName === "(root)") return { name: functionName, kind: "V8" };
    return String(scriptId) === "0" ? "inherit" : "compiled";
  }
  if (url.startsWith("wasm://")) return "inherit";
  if (url.startsWith("node:")) return { name: url, kind: "Node" };
  const path = filePath(url);
  if (!path) return { name: url, kind: "other" };
  const modules = path.lastIndexOf(`${sep}node_modules${sep}`);
  if (modules >= 0) {
    const parts = path.slice(modules + "/node_modules/".length).split(sep);
    return { name: (parts[0]?.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/"), kind: "package" };
  }
  const inProject = relative(projectRoot, path);
  if (inProject !== "" && !inProject.startsWith("..") && !isAbsolute(inProject)) return { name: inProject.split(sep).join("/"), kind: "project file" };
  return { name: path, kind: "other" };
}

/** The file a frame's URL names (tsx adds a query to some), or undefined if it names none. */
function filePath(url: string): string | undefined {
  if (url.startsWith("file://")) {
    try {
      return fileURLToPath(url.replace(/[?#].*$/, ""));
    } catch {
      return undefined;
    }
  }
  return isAbsolute(url) ? url : undefined;
}

/**
 * Seconds each node was sampled at the top of the stack. A sample stands for the time until the
 * next one, as Chrome's profiler panel reads it; a profile without samples falls back on hit
 * counts and the mean interval.
 */
function sampledSeconds(profile: CpuProfile): Map<number, number> {
  const seconds = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  if (samples.length > 0 && deltas.length === samples.length) {
    let at = profile.startTime;
    const times = deltas.map((delta) => {
      at += delta;
      return at;
    });
    samples.forEach((id, i) => {
      const until = i + 1 < times.length ? (times[i + 1] as number) : profile.endTime;
      seconds.set(id, (seconds.get(id) ?? 0) + Math.max(0, until - (times[i] as number)) / 1e6);
    });
    return seconds;
  }
  const hits = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const interval = hits > 0 ? (profile.endTime - profile.startTime) / hits / 1e6 : 0;
  for (const node of profile.nodes) if (node.hitCount) seconds.set(node.id, node.hitCount * interval);
  return seconds;
}

/** Seconds sampled in each node and everything under it, less "(idle)". */
function subtreeSeconds(root: ProfileNode, byId: ReadonlyMap<number, ProfileNode>, sampled: ReadonlyMap<number, number>): Map<number, number> {
  const order: ProfileNode[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const node = pending.pop() as ProfileNode;
    order.push(node);
    for (const id of node.children ?? []) {
      const child = byId.get(id);
      if (child) pending.push(child);
    }
  }
  const totals = new Map<number, number>();
  for (const node of order.reverse()) {
    const own = node.callFrame.functionName === IDLE ? 0 : (sampled.get(node.id) ?? 0);
    totals.set(node.id, own + (node.children ?? []).reduce((sum, id) => sum + (totals.get(id) ?? 0), 0));
  }
  return totals;
}

/** The node no other node names as a child. */
function rootOf(nodes: readonly ProfileNode[]): ProfileNode | undefined {
  const children = new Set(nodes.flatMap((node) => node.children ?? []));
  return nodes.find((node) => !children.has(node.id));
}

function add(shares: Map<string, Share>, place: Place, seconds: number): void {
  const key = `${place.kind}\u0000${place.name}`;
  const share = shares.get(key);
  if (share) share.seconds += seconds;
  else shares.set(key, { ...place, seconds });
}

function largestFirst(shares: Map<string, Share>): Share[] {
  return [...shares.values()].sort((a, b) => b.seconds - a.seconds || a.name.localeCompare(b.name));
}

const KIND_ORDER: readonly PlaceKind[] = ["package", "project file", "compiled at run time", "Node", "V8", "other"];

/** A step's summary as Markdown: a line of totals by kind, self time by place, the project's functions. */
export function summaryMarkdown(step: string, summary: ProfileSummary, top = 15): string {
  const percent = (seconds: number) => (summary.seconds > 0 ? ((100 * seconds) / summary.seconds).toFixed(1) : "0.0");
  const s = (seconds: number) => seconds.toFixed(2);
  const byKind = KIND_ORDER.map((kind) => ({ kind, seconds: summary.self.filter((share) => share.kind === kind).reduce((sum, share) => sum + share.seconds, 0) })).filter((k) => k.seconds > 0);
  const lines = [
    `### ${step}: ${s(summary.seconds)} s of sampled CPU in ${summary.profiles} profile${summary.profiles === 1 ? "" : "s"}`,
    "",
    `Self time: ${byKind.map((k) => `${k.kind === "V8" ? "V8 (garbage collector, program)" : k.kind} ${percent(k.seconds)}%`).join(", ")}.`,
    "",
    "| self time in | kind | s | % of step |",
    "|---|---|---:|---:|",
    ...rows(summary.self, top, (share) => `| ${share.name} | ${share.kind} | ${s(share.seconds)} | ${percent(share.seconds)} |`, (count, seconds) => `| ${count} more | | ${s(seconds)} | ${percent(seconds)} |`),
    "",
    "| project function, inclusive (itself and what it calls) | s | % of step |",
    "|---|---:|---:|",
    ...rows(summary.functions, top, (share) => `| ${share.name} | ${s(share.seconds)} | ${percent(share.seconds)} |`),
    "",
  ];
  return lines.join("\n");
}

function rows(shares: readonly Share[], top: number, row: (share: Share) => string, rest?: (count: number, seconds: number) => string): string[] {
  const shown = shares.slice(0, top).map(row);
  const hidden = shares.slice(top);
  if (rest && hidden.length > 0) shown.push(rest(hidden.length, hidden.reduce((sum, share) => sum + share.seconds, 0)));
  return shown;
}

/** The `.cpuprofile` files directly in a folder, parsed, in name order. */
export function readProfiles(dir: string): CpuProfile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".cpuprofile"))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), "utf8")) as CpuProfile);
}

/** The folders of profiles in `dir`, by name: its subfolders holding profiles, or `dir` itself. */
export function profileFolders(dir: string): { step: string; dir: string }[] {
  const hasProfiles = (folder: string) => readdirSync(folder).some((name) => name.endsWith(".cpuprofile"));
  const steps = readdirSync(dir)
    .sort()
    .map((name) => ({ step: name, dir: join(dir, name) }))
    .filter((entry) => statSync(entry.dir).isDirectory() && hasProfiles(entry.dir));
  if (steps.length > 0) return steps;
  return hasProfiles(dir) ? [{ step: dir, dir }] : [];
}

/**
 * The project folder the profiles ran from, when not given: the deepest folder holding every file
 * they name outside node_modules (a step's script in bench/ and the src/ it loads).
 */
export function inferProjectRoot(profiles: readonly CpuProfile[]): string | undefined {
  let common: string[] | undefined;
  for (const profile of profiles) {
    for (const node of profile.nodes) {
      const path = node.callFrame.url ? filePath(node.callFrame.url) : undefined;
      if (!path || path.includes(`${sep}node_modules${sep}`)) continue;
      const parts = dirname(path).split(sep);
      if (!common) common = parts;
      else {
        let same = 0;
        while (same < common.length && common[same] === parts[same]) same++;
        common = common.slice(0, same);
      }
    }
  }
  return common && common.length > 0 ? common.join(sep) || sep : undefined;
}

/** Every step folder in `dir` summarised as Markdown, for `projectRoot` (or the one the profiles show). */
export function summariseFolder(dir: string, options: { top?: number; projectRoot?: string } = {}): string {
  const folders = profileFolders(dir);
  if (folders.length === 0) throw new Error(`no .cpuprofile files in ${dir} or its folders`);
  return summariseSteps(folders, options);
}

/** The given steps' folders of profiles summarised as Markdown, in the order given. */
export function summariseSteps(folders: readonly { step: string; dir: string }[], options: { top?: number; projectRoot?: string } = {}): string {
  const loaded = folders.map((folder) => ({ ...folder, profiles: readProfiles(folder.dir) }));
  const given = options.projectRoot && existsSync(options.projectRoot) ? realpathSync(options.projectRoot) : options.projectRoot;
  const projectRoot = given ?? inferProjectRoot(loaded.flatMap((folder) => folder.profiles)) ?? process.cwd();
  return loaded.map((folder) => summaryMarkdown(folder.step, summariseProfiles(folder.profiles, projectRoot), options.top)).join("\n");
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "15" }, project: { type: "string" } } });
  const top = Number(values.top);
  const dir = positionals[0];
  if (!dir || !Number.isInteger(top) || top < 1) {
    console.error("usage: npx tsx bench/profile-summary.ts DIR [--top 15] [--project FOLDER]");
    process.exit(2);
  }
  console.log(summariseFolder(dir, { top, projectRoot: values.project }));
}
