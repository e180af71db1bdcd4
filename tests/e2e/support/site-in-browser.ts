import { after, before } from "node:test";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../../../scripts/lib/chromium.ts";
import { builtSite } from "./built-site.ts";
import { serveStatic, type StaticServer } from "../../../scripts/lib/serve-static.ts";

/** What a browser test of the built fixture plan works with. */
export interface SiteInBrowser {
  /** The built site's folder. */
  site: string;
  server: StaticServer;
  browser: Browser;
}

/**
 * Registers the hooks every browser test file needs: build (or reuse) the fixture plan's site, serve it
 * and launch Chromium before the tests, close both after them. `receive` gets them once they exist.
 * @example let server: StaticServer; let browser: Browser; siteInBrowser((s) => ({ server, browser } = s));
 */
export function siteInBrowser(receive: (opened: SiteInBrowser) => void): void {
  let opened: SiteInBrowser | undefined;
  before(async () => {
    const site = await builtSite("/");
    opened = { site, server: await serveStatic(site), browser: await launchBrowser() };
    receive(opened);
  });
  after(async () => {
    await opened?.browser.close();
    await opened?.server.close();
  });
}
