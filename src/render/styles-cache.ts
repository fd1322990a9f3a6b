/**
 * Keeps the compiled stylesheet between builds. Compiling govuk-frontend's Sass takes one to two
 * seconds whatever the size of the archive, most of a rebuild after one changed paper in the dev
 * server and a fixed cost of every build. The CSS is kept with a digest of every file the compiler
 * read (as Sass reports them), and reused only while each of those files is unchanged.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

interface CachedStyles {
  /** What else decides the output: compiler version and options. */
  key: string;
  /** Every file the compiler read, with the digest of its contents then. */
  inputs: Record<string, string>;
  css: string;
}

/** The cached CSS for `key` when none of the files it was compiled from has changed since. */
export function cachedStyles(cacheFile: string, key: string): string | undefined {
  let cached: CachedStyles;
  try {
    cached = JSON.parse(readFileSync(cacheFile, "utf8")) as CachedStyles;
  } catch {
    return undefined;
  }
  if (cached.key !== key || typeof cached.css !== "string" || typeof cached.inputs !== "object") return undefined;
  for (const [file, digest] of Object.entries(cached.inputs)) if (fileDigest(file) !== digest) return undefined;
  return cached.css;
}

/** Keeps `css` for next time; a cache that cannot be written costs a compile, never the build. */
export function keepStyles(cacheFile: string, key: string, inputFiles: readonly string[], css: string): void {
  const inputs: Record<string, string> = {};
  for (const file of inputFiles) {
    const digest = fileDigest(file);
    if (digest === undefined) return;
    inputs[file] = digest;
  }
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    // Written aside and renamed: two builds at once never read half a file.
    const aside = `${cacheFile}.${process.pid}`;
    writeFileSync(aside, JSON.stringify({ key, inputs, css } satisfies CachedStyles));
    renameSync(aside, cacheFile);
  } catch {
    // A read-only checkout: compile every time.
  }
}

function fileDigest(file: string): string | undefined {
  try {
    return createHash("sha256").update(readFileSync(file)).digest("hex");
  } catch {
    return undefined;
  }
}
