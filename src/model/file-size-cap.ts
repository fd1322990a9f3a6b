/**
 * The largest file the archive publishes, from the site's configuration (`maxFileSizeMB` in
 * `_data/site.json`, in megabytes of 1,000,000 bytes), 50 MB when it says none. A reader on a phone
 * pays for every byte, and a file far larger than the papers it came with is usually a scan at a
 * printer's resolution, better saved again smaller.
 */
export const DEFAULT_MAX_FILE_MB = 50;

/** The cap in bytes the site's settings give (read leniently: ./site-file.ts); the default when they give no positive number. */
export function maxFileBytes(settings: { maxFileSizeMB?: unknown }): number {
  const configured = settings.maxFileSizeMB;
  const megabytes = typeof configured === "number" && Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_MAX_FILE_MB;
  return Math.round(megabytes * 1_000_000);
}
