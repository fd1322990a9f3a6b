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
 * `_headers` for hosts that read one (Netlify, Cloudflare Pages): the same policies as HTTP
 * headers, plus `frame-ancestors`, which a `<meta>` policy cannot set. Its paths are the addresses
 * readers ask for, so a site under a path prefix ("/panel-papers/") names its pages under it.
 */
export function headersFile(pathPrefix = "/"): string {
  const lines: string[] = [];
  const block = (path: string, policy: string) => {
    lines.push(path, `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`, "  X-Content-Type-Options: nosniff", "  Referrer-Policy: strict-origin-when-cross-origin", "");
  };
  const under = (path: string) => `${pathPrefix}${path.replace(/^\//, "")}`;
  block(under("/*"), contentSecurityPolicy("/"));
  block(under(`${SEARCH}*`), contentSecurityPolicy(SEARCH));
  return lines.join("\n");
}
