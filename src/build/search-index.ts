/**
 * The search index, written by Pagefind's Node API into `<site>/pagefind/`. Only what sits inside
 * `data-pagefind-body` (the papers' own text) is indexed, never navigation or page chrome.
 */
import * as pagefind from "pagefind";
import { canonicaliseIndex } from "./canonical-index.ts";

export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  try {
    if (!index) throw new Error(`search index could not be created: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join("; ")}`);
    canonicaliseIndex(`${siteDir}/pagefind`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
