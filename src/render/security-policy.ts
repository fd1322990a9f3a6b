/**
 * The Content-Security-Policy of the published pages. Pages carry no script but the search page,
 * so the policy forbids script everywhere else; search may run its own module and Pagefind's
 * WebAssembly, from this site only. Written once here for both the `<meta>` tag and `_headers`.
 */

import { PLACES } from "../views/places.ts";

/** The search page's address, from the one list of fixed pages' addresses. */
const SEARCH = PLACES.search.url;

const COMMON = ["default-src 'self'", "img-src 'self' data:", "style-src 'self'", "font-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"];

/** The policy for a page: no script at all, except on the search page. */
export function contentSecurityPolicy(url: string): string {
  const script = isSearchPage(url) ? ["script-src 'self' 'wasm-unsafe-eval'", "worker-src 'self' blob:", "connect-src 'self'"] : ["script-src 'none'", "connect-src 'none'"];
  return [...COMMON, ...script].join("; ");
}

export function isSearchPage(url: string): boolean {
  return url.startsWith(SEARCH);
}

/**
 * `_headers` for hosts that read one (Netlify, Cloudflare Pages): the same policies as HTTP
 * headers, plus `frame-ancestors`, which a `<meta>` policy cannot set.
 */
export function headersFile(): string {
  const lines: string[] = [];
  const block = (path: string, policy: string) => {
    lines.push(path, `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`, "  X-Content-Type-Options: nosniff", "  Referrer-Policy: strict-origin-when-cross-origin", "");
  };
  block("/*", contentSecurityPolicy("/"));
  block(`${SEARCH}*`, contentSecurityPolicy(SEARCH));
  return lines.join("\n");
}
