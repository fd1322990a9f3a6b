/**
 * The archive as Eleventy's global data: loaded once per process through the same loader as
 * `npm run check`. A content problem stops the build with the same messages `check` prints.
 *
 * The archive is kept on `globalThis`, not in a module variable: Eleventy imports the config (and
 * so this module) through Node's own loader, while a caller such as a vitest suite may have
 * imported this module through another, and the two must see the same archive.
 */
import type { RenderPart } from "../build/render-parts.ts";
import type { Archive } from "../model/archive.ts";
import { loadArchive } from "../model/load.ts";
import { ContentError, formatProblem } from "../model/problems.ts";

const SLOT = Symbol.for("panel-papers-archive.current");
const PART = Symbol.for("panel-papers-archive.render-part");
type Holder = { [SLOT]?: Archive; [PART]?: RenderPart };
const holder = globalThis as Holder;

/** The build command loads (and reports) first, then hands the archive over, so nothing loads twice. */
export function provideArchive(archive: Archive): void {
  holder[SLOT] = archive;
}

/**
 * The part of the site the next Eleventy run renders (src/build/render-parts.ts), or undefined
 * to render all of it, as the dev server and a small archive do.
 */
export function provideRenderPart(part: RenderPart | undefined): void {
  if (part) holder[PART] = part;
  else delete holder[PART];
}

export function currentRenderPart(): RenderPart | undefined {
  return holder[PART];
}

export function currentArchive(): Archive {
  let archive = holder[SLOT];
  if (!archive) {
    const loaded = loadArchive();
    if (loaded.problems.length > 0) {
      const error = new ContentError(loaded.problems);
      error.message = `${loaded.problems.length} problem(s) in the content:\n${loaded.problems.map(formatProblem).join("\n")}`;
      throw error;
    }
    archive = loaded.archive;
    holder[SLOT] = archive;
  }
  return archive;
}
