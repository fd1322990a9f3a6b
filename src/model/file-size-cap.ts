/**
 * The largest file the archive publishes, from the site's configuration (`maxFileSizeMB` in
 * `_data/site.json`, in megabytes of 1,000,000 bytes), 50 MB when it says none. A reader on a phone
 * pays for every byte, and a file far larger than the papers it came with is usually a scan at a
 * printer's resolution, better saved again smaller.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const DEFAULT_MAX_FILE_MB = 50;

/** The cap in bytes for the project at `projectRoot`; the default when site.json is missing or gives no positive number. */
export function maxFileBytes(projectRoot: string): number {
  let configured: unknown;
  try {
    configured = (JSON.parse(readFileSync(join(projectRoot, "_data", "site.json"), "utf8")) as { maxFileSizeMB?: unknown }).maxFileSizeMB;
  } catch {
    configured = undefined;
  }
  const megabytes = typeof configured === "number" && Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_MAX_FILE_MB;
  return Math.round(megabytes * 1_000_000);
}
