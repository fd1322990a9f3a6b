/**
 * The address a printed page gives for itself: the site's address (SITE_URL, or site.json's url)
 * and the page's path. A relative site address ("/") leaves the path alone.
 */
export function permanentAddress(pageUrl: string, siteUrl = ""): string {
  return `${siteUrl.endsWith("/") ? siteUrl.slice(0, -1) : siteUrl}${pageUrl}`;
}
