/**
 * Launching Debian's Chromium through playwright-core, for the browser tests
 * (tests/e2e/) and the first-search benchmark (scripts/bench/first-search.ts).
 *
 * playwright-core never downloads a browser: the machine has no internet apart
 * from package registries, so we drive the system Chromium that .ci/run
 * installs with apt.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/**
 * Flags for a root user on an offline machine. Without the background-networking
 * flags Chromium keeps retrying update/sync/safe-browsing hosts on the closed
 * network; "--no-sandbox" is required because we run as root.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Path of the Chromium binary: $CHROMIUM_PATH, or Debian's /usr/bin/chromium.
 *
 * @example const path = chromiumPath(); // "/usr/bin/chromium"
 */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

/**
 * Launches headless Chromium. Share one browser per test file (launching costs
 * about a second) and give each test its own page (tests/e2e/support/browser.ts, openPage).
 *
 * @example const browser = await launchBrowser(); after(() => browser.close());
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    // Fail with the fix, not with playwright's hint to download its own browser (impossible offline).
    throw new Error(
      `Chromium not found at ${executablePath}. Run .ci/run, or "apt-get install -y --no-install-recommends chromium", ` +
        `or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
}
