/**
 * Building a content tree into a temporary output folder, in process, through the same loader and
 * build as `npm run build`.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DateTime } from "luxon";
import { buildSite } from "../../src/build/build-site.ts";
import type { Archive } from "../../src/model/archive.ts";
import { loadValidArchive } from "./load-content.ts";
import { PROJECT_ROOT } from "./paths.ts";

export interface BuiltSite {
  archive: Archive;
  outputDir: string;
}

/** Loads the content under `root` (default: the shipped content) and builds it; throws on content problems. */
export async function buildContent(root = PROJECT_ROOT, now?: DateTime): Promise<BuiltSite> {
  const archive = loadValidArchive(root, now);
  const outputDir = join(mkdtempSync(join(tmpdir(), "papers-site-")), "site");
  await buildSite(archive, { outputDir, projectRoot: PROJECT_ROOT });
  return { archive, outputDir };
}
