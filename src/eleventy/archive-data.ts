/**
 * The archive as Eleventy's global data: loaded once per process through the same loader as
 * `npm run check`. A content problem stops the build with the same messages `check` prints.
 */
import type { Archive } from "../model/archive.ts";
import { loadArchive } from "../model/load.ts";
import { ContentError, formatProblem } from "../model/problems.ts";

let loaded: Archive | undefined;

/** The build command loads (and reports) first, then hands the archive over, so nothing loads twice. */
export function provideArchive(archive: Archive): void {
  loaded = archive;
}

/** Forget the archive, so that a rebuild (dev server) reads the content again. */
export function forgetArchive(): void {
  loaded = undefined;
}

export function currentArchive(): Archive {
  if (!loaded) {
    const { archive, problems } = loadArchive();
    if (problems.length > 0) {
      const error = new ContentError(problems);
      error.message = `${problems.length} problem(s) in the content:\n${problems.map(formatProblem).join("\n")}`;
      throw error;
    }
    loaded = archive;
  }
  return loaded;
}
