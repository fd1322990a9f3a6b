/**
 * sitemap.xml (written by the `sitemap` library) and robots.txt, for search engines.
 *
 * The sitemap lists the pages Eleventy actually wrote, so it can list nothing that has no page:
 * withheld (exempt or embargoed) papers have none. The not-found page is left out.
 */
import { Readable } from "node:stream";
import { SitemapStream, streamToPromise } from "sitemap";
import { absoluteUrl } from "./site-url.ts";

export const SITEMAP_PATH = "/sitemap.xml";

/** Root-relative addresses of pages ("/meetings/x/") in, sitemap XML out; sorted, so builds agree. */
export async function sitemapXml(siteUrl: string, pageUrls: readonly string[]): Promise<string> {
  const urls = [...new Set(pageUrls)].sort().map((path) => ({ url: absoluteUrl(siteUrl, path) }));
  const stream = new SitemapStream({ xmlns: { news: false, xhtml: false, image: false, video: false } });
  const xml = await streamToPromise(Readable.from(urls).pipe(stream));
  return `${xml.toString("utf8")}\n`;
}

/** Pages are the outputs whose address is a folder ("/x/" written as /x/index.html). */
export function isSitemapPage(url: string | false | undefined): url is string {
  return typeof url === "string" && url.endsWith("/");
}

export function robotsTxt(siteUrl: string): string {
  return ["User-agent: *", "Allow: /", "", `Sitemap: ${absoluteUrl(siteUrl, SITEMAP_PATH)}`, ""].join("\n");
}
