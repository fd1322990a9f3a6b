/**
 * The shipped archive, built once per run (tests/support/shared-site.ts), served over HTTP
 * (tests/support/static-server.ts) and opened in Chromium (tests/support/browser.ts): what the
 * browser suites in this folder start from.
 */
import { type Browser, launchBrowser } from "../../support/browser.ts";
import { sharedSite } from "../../support/shared-site.ts";
import { type StaticServer, serveSite } from "../../support/static-server.ts";
import { htmlPages } from "../../support/site-files.ts";

export interface ServedSite {
  /** The built site's folder. */
  dir: string;
  server: StaticServer;
  browser: Browser;
  /** The absolute address of a site path. */
  url(path: string): string;
  close(): Promise<void>;
}

export async function openSite(): Promise<ServedSite> {
  const dir = await sharedSite();
  const server = await serveSite(dir);
  const browser = await launchBrowser();
  return {
    dir,
    server,
    browser,
    url: (path) => `${server.origin}${path}`,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Every page of a built site as the address it is served at ("/meetings/x/", "/404.html"). */
export function pageAddresses(dir: string): string[] {
  return htmlPages(dir).map((file) => file.replace(/(^|\/)index\.html$/, "$1"));
}
