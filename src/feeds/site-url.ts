/**
 * The site's absolute address, for everything read outside the site itself: feeds, calendars,
 * open data, the sitemap. Pages link with root-relative addresses and need none of this.
 *
 * SITE_URL (environment) wins over `url` in _data/site.json; a relative `url` such as "/" gives
 * the address `npm start` serves on, so a local build still produces valid absolute links.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const DEFAULT_SITE_URL = "http://localhost:8080/";

/** The base address with a trailing slash: "https://papers.example.gov.uk/". */
export function resolveSiteUrl(configured: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.SITE_URL?.trim();
  if (fromEnv) {
    const parsed = absoluteHttp(fromEnv);
    if (!parsed) throw new Error(`SITE_URL=${fromEnv} is not an absolute web address: write e.g. SITE_URL=https://papers.example.gov.uk`);
    return withSlash(parsed);
  }
  const parsed = configured ? absoluteHttp(configured) : undefined;
  return parsed ? withSlash(parsed) : DEFAULT_SITE_URL;
}

/** The site as feeds and data describe it: its absolute address, its name and who publishes it. */
export interface SiteIdentity {
  /** Absolute base address, with a trailing slash. */
  url: string;
  name: string;
  /** The organisation that publishes the papers (site.json `hostOrganisation`). */
  publisher?: string;
}

/** Reads `<dataDir>/site.json` (if there is one) and applies SITE_URL. */
export function siteFromData(dataDir: string, env: NodeJS.ProcessEnv = process.env): SiteIdentity {
  const file = join(dataDir, "site.json");
  const data = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>) : {};
  const text = (key: string) => (typeof data[key] === "string" ? (data[key] as string) : undefined);
  return { url: resolveSiteUrl(text("url"), env), name: text("name") ?? "Papers archive", publisher: text("hostOrganisation") };
}

/** A root-relative address ("/meetings/x/") made absolute under the site's base (keeping its path). */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ""), siteUrl).href;
}

function absoluteHttp(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}

function withSlash(url: URL): string {
  const href = `${url.origin}${url.pathname}`;
  return href.endsWith("/") ? href : `${href}/`;
}
