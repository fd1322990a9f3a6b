/**
 * Whether a site address as written, `url` in _data/site.json or SITE_URL, is one a build can use,
 * and if not, what is wrong with it and the address it most likely means. One a build cannot use
 * was once passed over: the site then named this machine's local server in every feed, calendar,
 * permanent address and sitemap entry, and lost the path prefix the address gave, while the build
 * said no address was set. Each is now refused by `check`, and so before a build starts, with the
 * address to write instead. Pure.
 */
import type { SettingProblem } from "./setting-problem.ts";

/** site.json's `url` when it gives no address (the schema's default): SITE_URL's, or none. */
export const NO_ADDRESS = "/";

/** What the messages offer when the address meant cannot be told from what was written. */
const EXAMPLE_HOST = "https://papers.example.gov.uk";

/** What is wrong with an address as written, and what to write instead where that can be told. */
export interface AddressFault {
  /** What is wrong, as a predicate of the address: "has no https:// before it". */
  reason: string;
  /** The absolute address it most likely means, with a trailing slash. */
  suggestion?: string;
  /** For a path written where the address goes ("/scrutiny/"): the path prefix it most likely means. */
  pathPrefix?: string;
}

/** How every usable address starts. Checked as written: the URL parser would read "https:x.gov.uk" too, which no one means to write. */
const WEB_SCHEME = /^https?:\/\//i;
/** A scheme ("ftp:", "mailto:"): a name and a colon not followed by a digit, which would make it a host and port (example.gov.uk:8080). */
const ANY_SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d)/i;
/** A host name as one is written without a scheme: words between dots (www.example.gov.uk), or localhost; a port may follow. */
const HOST = /^(?:[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|localhost)(?::\d+)?$/iu;
/** One folder of a path prefix, as site.schema.json's `pathPrefix` allows it. */
const PREFIX_FOLDER = /^[A-Za-z0-9._~-]+$/;

/** Undefined when `written` is an absolute http or https address a build can use as the site's. */
export function addressFault(written: string): AddressFault | undefined {
  if (/\s/.test(written)) {
    // A space at an end or beside a slash ("https:// papers…") is a slip, and the address meant is
    // the one without it; one within a name ("papers example") may stand for a dot or a hyphen.
    const mended = written.trim().replace(/\s*\/\s*/g, "/");
    const meant = mended === "" || /\s/.test(mended) ? undefined : (addressFault(mended)?.suggestion ?? suggested(mended));
    return { reason: "has a space in it, which no web address can have", suggestion: meant };
  }
  if (WEB_SCHEME.test(written)) {
    const url = parsed(written);
    const scheme = written.slice(0, written.indexOf("//") + 2);
    if (!url?.hostname) return { reason: `has ${scheme} but no host name a browser can read after it` };
    // A build addresses every page under the address's path, which a query or fragment would cut off.
    if (url.search || url.hash) return { reason: "has a ? or # part, which the site's address cannot keep", suggestion: withSlash(url) };
    return undefined;
  }
  if (written.startsWith("//")) return { reason: "starts // with no https: before it", suggestion: suggested(`https:${written}`) };
  const scheme = ANY_SCHEME.exec(written)?.[1]?.toLowerCase();
  const rest = scheme === undefined ? "" : written.slice(scheme.length + 1);
  if (scheme === "http" || scheme === "https") return { reason: `has ${scheme}: with no // after it`, suggestion: suggested(`${scheme}://${rest.replace(/^\/+/, "")}`) };
  // Only an address with a host after // (ftp://host/…) says which web address it could be; mailto:… does not.
  if (scheme !== undefined) return { reason: `is not a web address (it starts ${scheme}:)`, suggestion: rest.startsWith("//") ? suggested(`https:${rest}`) : undefined };
  if (written.startsWith("/") || !HOST.test(written.split("/")[0] ?? "")) return { reason: "is a path, not an address", pathPrefix: prefixOf(written) };
  return { reason: "has no https:// before it", suggestion: suggested(`https://${written}`) };
}

/** site.json's `url`, refused at its line where it gives an address a build cannot use; "/" gives none, and is left to SITE_URL. */
export function urlProblems(settings: { url: string }): SettingProblem[] {
  if (settings.url === NO_ADDRESS) return [];
  const fault = addressFault(settings.url);
  if (!fault) return [];
  const prefix = fault.pathPrefix !== undefined && fault.pathPrefix !== NO_ADDRESS ? fault.pathPrefix : undefined;
  const instead =
    fault.suggestion !== undefined
      ? JSON.stringify(fault.suggestion)
      : prefix !== undefined
        ? `the address the site is published at, e.g. "${EXAMPLE_HOST}${prefix}", or, to publish its pages under ${prefix} before it has one, remove "url" and write "pathPrefix": "${prefix}"`
        : fault.pathPrefix !== undefined
          ? `the address the site is published at, e.g. "${EXAMPLE_HOST}/", or remove "url" until it has one`
          : `the address the site is published at, e.g. "${EXAMPLE_HOST}/"`;
  return [{ path: ["url"], message: `${JSON.stringify(settings.url)} ${fault.reason}: the site's address must be absolute, starting https:// (or http://); write ${instead}` }];
}

/**
 * What is wrong with SITE_URL (`written`, trimmed), said as `check` and a build report it; undefined
 * when it is an address a build can use.
 */
export function siteUrlVariableProblem(written: string): string | undefined {
  const fault = addressFault(written);
  if (!fault) return undefined;
  const prefix = fault.pathPrefix !== undefined && fault.pathPrefix !== NO_ADDRESS ? fault.pathPrefix : undefined;
  const instead =
    fault.suggestion !== undefined
      ? `SITE_URL=${fault.suggestion}`
      : prefix !== undefined
        ? `SITE_URL=${EXAMPLE_HOST}${prefix} (the address the site is published at), or, to publish its pages under ${prefix} before it has one, leave SITE_URL unset and write "pathPrefix": "${prefix}" in _data/site.json`
        : fault.pathPrefix !== undefined
          ? `e.g. SITE_URL=${EXAMPLE_HOST}/ (the address the site is published at), or leave SITE_URL unset until it has one`
          : `e.g. SITE_URL=${EXAMPLE_HOST}/ (the address the site is published at)`;
  // Quoted where the shell would need quotes to give it, so the message shows where the value ends.
  const shown = /[\s"'\\]/.test(written) ? JSON.stringify(written) : written;
  return `SITE_URL=${shown} ${fault.reason}: the site's address must be absolute, starting https:// (or http://); write ${instead}`;
}

/** An address with a trailing slash and nothing after its path: what every page is addressed under. */
export function withSlash(url: URL): string {
  const href = `${url.origin}${url.pathname}`;
  return href.endsWith("/") ? href : `${href}/`;
}

/** `candidate` as the address a build would use, when it is one; undefined when even the mended form is none. */
function suggested(candidate: string): string | undefined {
  if (!WEB_SCHEME.test(candidate)) return undefined;
  const url = parsed(candidate);
  return url?.hostname ? withSlash(url) : undefined;
}

function parsed(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** The path prefix a path written as an address names ("scrutiny" and "/scrutiny" name "/scrutiny/"); undefined when it names none the schema allows. */
function prefixOf(path: string): string | undefined {
  const folders = path.split("/").filter((folder) => folder !== "" && folder !== ".");
  if (folders.some((folder) => folder === ".." || !PREFIX_FOLDER.test(folder))) return undefined;
  return folders.length === 0 ? "/" : `/${folders.join("/")}/`;
}
