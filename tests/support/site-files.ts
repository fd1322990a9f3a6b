/** Reading a built site in tests: its pages, parsed with cheerio. */
import { readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join, relative, sep } from "node:path";
import * as cheerio from "cheerio";

/** Every file under `dir`, as site paths ("/meetings/x/index.html"). */
export function siteFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(`/${relative(dir, full).split(sep).join("/")}`);
    }
  };
  walk(dir);
  return out.sort();
}

/** A file's text, gunzipped first when it is gzip (Pagefind's index files), so a search of the output misses nothing. */
export function fileText(path: string): string {
  const bytes = readFileSync(path);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString("utf8");
}

export function htmlPages(dir: string): string[] {
  return siteFiles(dir).filter((f) => f.endsWith(".html") && !f.startsWith("/pagefind/"));
}

export function loadPage(dir: string, url: string): cheerio.CheerioAPI {
  const path = url.endsWith("/") ? `${url}index.html` : url;
  return cheerio.load(readFileSync(join(dir, path), "utf8"));
}

/** The site path a URL path is served from. */
export function fileForUrl(url: string): string {
  return url.endsWith("/") ? `${url}index.html` : url;
}
