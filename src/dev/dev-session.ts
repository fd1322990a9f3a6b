/**
 * What `npm run dev` does while it runs: watch the content and the templates, show an edited
 * paper's page at once (quick-preview.ts), and run the real build (`src/cli/build.ts`: check,
 * render, index, swap into place) behind it in a process of its own, so that a long build never
 * holds up the next preview. The build is the authority: when it finds a problem it prints it,
 * leaves the last good site in place and puts back any page a preview had changed.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, watch, writeFileSync } from "node:fs";
import { basename, dirname, join, sep } from "node:path";
import { renderPart } from "../build/build-site.ts";
import { deriveSiteData, type SiteData } from "../eleventy/site-data.ts";
import type { Archive } from "../model/archive.ts";
import { frontMatterBlock } from "../model/front-matter.ts";
import { loadArchive } from "../model/load.ts";
import { ContentError } from "../model/problems.ts";
import { listMarkdownFiles, pathWithin } from "../model/read-content.ts";
import { ARCHIVE_FOLDERS, PACKAGE_FOLDERS, siteConfig } from "../site/config.ts";
import { quickPreview } from "./quick-preview.ts";

export interface DevOptions {
  /** The archive's folder (the officer's checkout): its `_data/site.json`, and `content/` by default. */
  root: string;
  /** The content folder (`--content`, PAPERS_CONTENT; default: `content/` in `root`). */
  contentDir?: string;
  /** The generator's code: templates, layouts, styles, the `panel-papers` command. */
  projectRoot: string;
  outputDir: string;
  log: (line: string) => void;
}

/** A page a preview wrote: what the site held before it, for when the build refuses the change. */
interface PreviewedPage {
  before: string | undefined;
  /** The change count when it was written: a build started later already includes it. */
  change: number;
  html: string;
}

/** Folders of the generator whose changes need a whole build (templates, layouts, styles, assets). */
const PACKAGE_WATCHED = [PACKAGE_FOLDERS.pages, PACKAGE_FOLDERS.layouts, PACKAGE_FOLDERS.styles, PACKAGE_FOLDERS.assets];

/** The command the build runs in: the `panel-papers` script, which registers tsx itself. */
const COMMAND = "bin/panel-papers.js";

export class DevSession {
  /** The archive previews render from, with what is derived from it once: kept until the next reload. */
  private siteData: SiteData | undefined;
  /** Each content file's front matter block, as the archive in memory was loaded with. */
  private blocks = new Map<string, string | undefined>();
  private archiveStale = false;
  private build: ChildProcess | undefined;
  private buildAgain = false;
  private changes = 0;
  private builds = 0;
  private previewed = new Map<string, PreviewedPage>();
  private previews: Promise<void> = Promise.resolve();
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private watchers: ReturnType<typeof watch>[] = [];
  private contentWatcher: ReturnType<typeof watch> | undefined;

  constructor(private readonly options: DevOptions) {}

  private get contentDir(): string {
    return this.options.contentDir ?? join(this.options.root, ARCHIVE_FOLDERS.content);
  }

  /** Loads the archive for previews, starts the first build and watches for changes. */
  start(): void {
    this.startBuild();
    this.reload();
    const watchFolder = (folder: string) => {
      const watcher = this.watchTree(folder);
      if (watcher) this.watchers.push(watcher);
    };
    this.watchContent();
    // The content folder itself replaced (a branch switched, a backup restored): its watcher would
    // go on watching the folder that went, so it is watched anew (`rename` in its parent).
    const parent = dirname(this.contentDir);
    if (existsSync(parent)) {
      this.watchers.push(
        watch(parent, (_event, name) => {
          if (name?.toString() !== basename(this.contentDir)) return;
          this.watchContent();
          this.changed(this.contentDir);
        }),
      );
    }
    // The site configuration's folder: a change to _data/site.json needs a whole build; so does one to the files published as they are.
    watchFolder(dirname(join(this.options.root, ARCHIVE_FOLDERS.siteFile)));
    watchFolder(join(this.options.root, ARCHIVE_FOLDERS.static));
    for (const folder of PACKAGE_WATCHED) watchFolder(join(this.options.projectRoot, folder));
  }

  /** Watches the content folder as it is now, instead of the one watched before, if any. */
  private watchContent(): void {
    this.contentWatcher?.close();
    this.contentWatcher = this.watchTree(this.contentDir);
  }

  /** A watcher of `folder` and everything in it, each change taken as a change of that file; none if there is no such folder. */
  private watchTree(folder: string): ReturnType<typeof watch> | undefined {
    if (!existsSync(folder)) return undefined;
    try {
      return watch(folder, { recursive: true }, (_event, name) => name && this.changed(join(folder, name.toString())));
    } catch {
      // Gone between the two calls (the content folder being replaced): its parent's watcher calls watchContent again.
      return undefined;
    }
  }

  stop(): void {
    this.contentWatcher?.close();
    for (const watcher of this.watchers) watcher.close();
    if (this.timer) clearTimeout(this.timer);
    this.build?.kill("SIGTERM");
  }

  /** Editors save in several steps: changes are taken together once the files settle. */
  private changed(path: string): void {
    this.pending.add(path);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.settle(), 40);
  }

  private settle(): void {
    const paths = [...this.pending];
    this.pending.clear();
    this.changes++;
    const content = paths.filter((p) => p.startsWith(this.contentDir + sep) && p.endsWith(".md"));
    const quick = content.length > 0 && content.length === paths.length;
    if (quick) for (const path of content) this.enqueuePreview(path);
    else this.archiveStale = true;
    this.startBuild();
  }

  private enqueuePreview(path: string): void {
    const change = this.changes;
    this.previews = this.previews.then(() => this.preview(path, change)).catch((error: unknown) => {
      this.options.log(`preview failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  /** Shows an edited paper's page now, when its text alone changed; the build follows anyway. */
  private async preview(path: string, change: number): Promise<void> {
    const siteData = this.siteData;
    const file = pathWithin(this.options.root, path);
    if (!siteData || this.archiveStale || !existsSync(path)) {
      this.archiveStale = true;
      return;
    }
    const started = performance.now();
    const result = quickPreview(siteData.archive, file, readFileSync(path, "utf8"), this.blocks.get(file));
    if (!result.ok) {
      this.options.log(`${file}: the full build will show this change (${result.reason})`);
      if (result.reason !== "its text has a problem" && result.reason !== "it links to something the archive does not hold") this.archiveStale = true;
      return;
    }
    const scratch = `${this.options.outputDir}.preview-${process.pid}`;
    rmSync(scratch, { recursive: true, force: true });
    try {
      const [url] = await renderPart(siteData, { meetings: [], documents: [result.document], sitewide: false }, scratch);
      if (!url) return;
      const page = join(url.slice(1), "index.html");
      const html = readFileSync(join(scratch, page), "utf8");
      const target = join(this.options.outputDir, page);
      const earlier = this.previewed.get(page);
      this.previewed.set(page, { before: earlier ? earlier.before : readIfThere(target), change, html });
      // No site yet, or a build swapping its site in at this moment: the build's end writes it.
      if (existsSync(this.options.outputDir)) writeAtomically(target, html);
      this.options.log(`${url} shown in ${Math.round(performance.now() - started)} ms; the full build follows`);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }

  /** Starts the real build in a process of its own, or asks for one more when one is running. */
  private startBuild(): void {
    if (this.build) {
      this.buildAgain = true;
      return;
    }
    this.buildAgain = false;
    const startedAt = this.changes;
    const number = ++this.builds;
    const began = performance.now();
    const script = join(this.options.projectRoot, COMMAND);
    const args = [script, "build", "--out", this.options.outputDir, "--content", this.contentDir, "--quiet"];
    const child = spawn(process.execPath, [...process.execArgv, ...args], { cwd: this.options.root, stdio: ["ignore", "inherit", "pipe"] });
    this.build = child;
    let errors = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.on("close", (code) => {
      this.build = undefined;
      if (code === 0) {
        this.options.log(`build ${number}: site and search index up to date in ${((performance.now() - began) / 1000).toFixed(1)} s`);
        this.afterBuild(startedAt, true);
      } else if (code !== null) {
        process.stderr.write(errors);
        this.options.log(`build ${number}: the site was not rebuilt: fix the problems above; the last good pages stay served`);
        this.afterBuild(startedAt, false);
      }
      if (this.buildAgain) this.startBuild();
    });
  }

  /**
   * A build swaps in a whole new site: previews of edits made while it ran are written again. A
   * failed build keeps the last good site, so previews of the edits it refused are taken back.
   */
  private afterBuild(startedAt: number, succeeded: boolean): void {
    for (const [page, preview] of this.previewed) {
      const target = join(this.options.outputDir, page);
      if (preview.change > startedAt) {
        if (succeeded) this.previewed.set(page, { ...preview, before: readIfThere(target) });
        writeAtomically(target, preview.html);
      } else {
        if (!succeeded) {
          if (preview.before === undefined) rmSync(target, { force: true });
          else writeAtomically(target, preview.before);
        }
        this.previewed.delete(page);
      }
    }
    if (succeeded && this.archiveStale && !this.buildAgain) this.reload();
  }

  /**
   * Reads the content again for previews (the build itself always reads it afresh). Files that go
   * while they are read (a folder replaced, a branch switched) leave previews off until the next
   * build has read the content as it now is: the watchers have seen the change, and it follows.
   */
  private reload(): void {
    try {
      this.read();
    } catch (error) {
      if (!isFileGone(error)) throw error;
      this.siteData = undefined;
      this.archiveStale = true;
    }
  }

  private read(): void {
    // The blocks are read before the archive: a file saved in between is then seen as changed.
    const blocks = new Map<string, string | undefined>();
    if (existsSync(this.contentDir)) {
      for (const path of listMarkdownFiles(this.contentDir)) blocks.set(pathWithin(this.options.root, path), frontMatterBlock(readFileSync(path, "utf8")));
    }
    const { archive, problems } = loadArchive({ projectRoot: this.options.root, contentDir: this.contentDir, cacheDir: join(this.options.root, ARCHIVE_FOLDERS.cache) });
    this.siteData = problems.length === 0 ? this.siteDataOf(archive) : undefined;
    this.blocks = blocks;
    this.archiveStale = this.siteData === undefined;
    this.warmUp();
  }

  /** What previews render from; none while the site configuration has a problem, which the build prints. */
  private siteDataOf(archive: Archive): SiteData | undefined {
    try {
      return deriveSiteData(archive, siteConfig(this.options.root, process.env, this.options.projectRoot));
    } catch (error) {
      if (error instanceof ContentError) return undefined;
      throw error;
    }
  }

  /**
   * Renders one paper aside and throws it away: Eleventy's first run in a process loads its
   * modules and the config file, a second or so that the officer's first edit should not wait for.
   */
  private warmUp(): void {
    const siteData = this.siteData;
    const paper = siteData?.views.publishedDocuments.find((d) => d.meeting);
    if (!siteData || !paper) return;
    const scratch = `${this.options.outputDir}.warm-up-${process.pid}`;
    this.previews = this.previews
      .then(() => renderPart(siteData, { meetings: [], documents: [paper], sitewide: false }, scratch))
      .then(
        () => rmSync(scratch, { recursive: true, force: true }),
        () => rmSync(scratch, { recursive: true, force: true }),
      );
  }
}

function readIfThere(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

/** Written aside and renamed, so the server never sends half a page. */
function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const aside = `${path}.${process.pid}.tmp`;
  writeFileSync(aside, text);
  renameSync(aside, path);
}

/** A file or folder that went while it was read (ENOENT), or became another kind (ENOTDIR). */
function isFileGone(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
