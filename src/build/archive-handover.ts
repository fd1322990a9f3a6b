/**
 * An archive handed to the build to render, and let go before the search index is made: at
 * 10,000 papers it holds some 400 MB of the papers' text, which would otherwise stay in memory
 * while Pagefind's processes run beside the build. A suspended async function keeps everything its
 * variables and parameters hold, whether it uses them again or not (V8 does), so the build reaches
 * the archive only through this, and takes it once, in the step that renders.
 */
import type { Archive } from "../model/archive.ts";

export class ArchiveHandover {
  #archive: Archive | undefined;

  constructor(archive: Archive) {
    this.#archive = archive;
  }

  /** The archive, which this then no longer holds. */
  take(): Archive {
    const archive = this.#archive;
    if (!archive) throw new Error("the archive was handed over already: a build takes it once");
    this.#archive = undefined;
    return archive;
  }
}
