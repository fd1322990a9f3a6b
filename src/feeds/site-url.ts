/**
 * Addresses under the site's absolute address, for everything read outside the site itself:
 * feeds, calendars, open data, the sitemap. The address ends in the site's path prefix
 * (https://owner.github.io/repo/), and a page's root-relative address is made absolute under it,
 * prefix and all. Pages link with root-relative addresses, which the build puts under the prefix
 * (eleventy.config.ts), and need none of this.
 *
 * Which address that is (SITE_URL, else site.json's `url` when absolute, else the local server's)
 * is the site's configuration's to say (src/site/config.ts); it is named here too, where the feeds
 * and their tests have always found it.
 */
export { DEFAULT_SITE_URL, resolveSiteUrl, type SiteIdentity, siteFromData } from "../site/config.ts";

/** A root-relative address ("/meetings/x/") made absolute under the site's base (keeping its path). */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ""), siteUrl).href;
}
