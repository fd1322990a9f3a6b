/**
 * The Content-Security-Policy of the published pages. Every page runs the navigation's module
 * (assets/navigation.js and the govuk-frontend component it imports), so script may come from this
 * site only, never inline; nothing else may fetch. Search also runs its own module and Pagefind's
 * WebAssembly and worker, and fetches the index. Written once here for both the `<meta>` tag and
 * `_headers`.
 */

import { PLACES } from "../views/places.ts";

/** The search page's address, from the one list of fixed pages' addresses. */
const SEARCH = PLACES.search.url;

const COMMON = ["default-src 'self'", "img-src 'self' data:", "style-src 'self'", "font-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"];

/** The policy for a page: script from this site's files only, and on the search page Pagefind's too. */
export function contentSecurityPolicy(url: string): string {
  const script = isSearchPage(url) ? ["script-src 'self' 'wasm-unsafe-eval'", "worker-src 'self' blob:", "connect-src 'self'"] : ["script-src 'self'", "connect-src 'none'"];
  return [...COMMON, ...script].join("; ");
}

export function isSearchPage(url: string): boolean {
  return url.startsWith(SEARCH);
}

/**
 * `_headers` for hosts that read one (Netlify, Cloudflare Pages): the policy as an HTTP header,
 * with `frame-ancestors`, which a `<meta>` policy cannot set, for every address under the site's
 * (a site under a path prefix, "/panel-papers/", names its addresses under it).
 *
 * One rule, with the search page's policy: where two rules match an address, Cloudflare Pages sends
 * both headers, and a browser enforces every policy it is sent, so a stricter rule for all pages
 * beside the search page's own left search no connection and no WebAssembly (Netlify sends only
 * the last match). Every page still carries its own `<meta>` policy, which the browser enforces as
 * well: a page other than search keeps script-src 'self' and connect-src 'none'. Pagefind's worker
 * script, fetched from `/pagefind/`, needs the search policy too.
 */
export function headersFile(pathPrefix = "/"): string {
  return [`${pathPrefix}*`, `  Content-Security-Policy: ${contentSecurityPolicy(SEARCH)}; frame-ancestors 'none'`, "  X-Content-Type-Options: nosniff", "  Referrer-Policy: strict-origin-when-cross-origin", ""].join("\n");
}
