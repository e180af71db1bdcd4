import assert from "node:assert/strict";
import { checkAccessibility, formatViolations } from "./axe.ts";
import type { OpenedPage } from "./browser.ts";

/**
 * Asserts what every page owes its reader once it has loaded: no console error or uncaught
 * exception, no failed request or HTTP error, and no axe violation. Failures name the page.
 * @example const opened = await openPage(browser, url); await assertPageClean(opened, "2026/bao-cao/");
 */
export async function assertPageClean(opened: OpenedPage, path: string): Promise<void> {
  assert.deepEqual(opened.consoleErrors, [], `console errors on ${path}`);
  assert.deepEqual(opened.failedRequests, [], `failed requests on ${path}`);
  const violations = await checkAccessibility(opened.page);
  assert.deepEqual(violations, [], `${path}: ${formatViolations(violations)}`);
}
