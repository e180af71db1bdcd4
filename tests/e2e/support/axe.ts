/**
 * Accessibility checks with axe-core, run inside a playwright-core page.
 *
 * axe is evaluated through the DevTools protocol (page.evaluate) rather than
 * added as a <script> tag: the site's Content-Security-Policy (`script-src
 * 'self'`) blocks inline scripts, and page.addScriptTag({ content }) is one.
 * Code evaluated by DevTools is not subject to the page's CSP, so the page is
 * tested exactly as it is served, with no bypassCSP context.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

/** WCAG 2.1 levels A and AA: what Vietnamese public-sector sites are held to. */
export const WCAG_TAGS: readonly string[] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export interface AxeViolationNode {
  /** CSS selector path(s) to the element; more than one when it sits inside frames or shadow roots. */
  target: string[];
  /** The element's opening HTML, truncated by axe. */
  html: string;
  /** axe's explanation of what to fix for this element. */
  failureSummary: string;
}

export interface AxeViolation {
  /** Rule id, e.g. "image-alt". */
  id: string;
  impact: "minor" | "moderate" | "serious" | "critical" | null;
  description: string;
  help: string;
  helpUrl: string;
  tags: string[];
  nodes: AxeViolationNode[];
}

export interface CheckAccessibilityOptions {
  /** Rule ids to skip, each with a reason in the calling test, e.g. ["color-contrast"]. */
  disableRules?: string[];
  /** CSS selectors of regions to leave out (e.g. third-party widgets). */
  exclude?: string[];
}

let axeSource: string | undefined;

/** The axe-core browser bundle, read once from node_modules (no network, no CDN). */
function loadAxeSource(): string {
  if (axeSource === undefined) {
    const require = createRequire(import.meta.url);
    axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  }
  return axeSource;
}

/**
 * Runs axe-core's WCAG 2.1 A/AA rules on the page's current document and
 * returns the violations (empty when the page passes).
 *
 * Only the top document is checked (`iframes: false`): axe would otherwise wait
 * for frames it was never injected into. The site has no iframes.
 *
 * @example const violations = await checkAccessibility(page); assert.equal(violations.length, 0, formatViolations(violations));
 */
export async function checkAccessibility(page: Page, options: CheckAccessibilityOptions = {}): Promise<AxeViolation[]> {
  const alreadyLoaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === "object");
  if (!alreadyLoaded) {
    // A string is evaluated as a script through DevTools, bypassing CSP. The
    // trailing "void 0" keeps playwright from trying to serialise a result.
    await page.evaluate(`${loadAxeSource()}\n;void 0;`);
  }

  const runOptions = {
    runOnly: { type: "tag", values: [...WCAG_TAGS] },
    rules: Object.fromEntries((options.disableRules ?? []).map((id) => [id, { enabled: false }])),
    iframes: false,
    resultTypes: ["violations"],
  };
  const exclude = options.exclude ?? [];

  return page.evaluate(
    async ({ runOptions, exclude }) => {
      type AxeNode = { target: unknown[]; html: string; failureSummary?: string };
      type AxeResult = Omit<AxeViolation, "nodes"> & { nodes: AxeNode[] };
      const axe = (window as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeResult[] }> };
      }).axe;
      const context = exclude.length > 0 ? { exclude: exclude.map((selector) => [selector]) } : document;
      const results = await axe.run(context, runOptions);
      // Copy only plain data: axe results can hold DOM references that do not serialise.
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        description: violation.description,
        help: violation.help,
        helpUrl: violation.helpUrl,
        tags: [...violation.tags],
        nodes: violation.nodes.map((node) => ({
          target: node.target.map((selector) => (Array.isArray(selector) ? selector.join(" >>> ") : String(selector))),
          html: node.html,
          failureSummary: node.failureSummary ?? "",
        })),
      }));
    },
    { runOptions, exclude },
  );
}

/**
 * Renders violations as a readable multi-line message for assertion failures:
 * rule id, impact, help text, link, and the first few offending elements.
 *
 * @example assert.deepEqual(violations, [], formatViolations(violations));
 */
export function formatViolations(violations: readonly AxeViolation[], maxTargets = 3): string {
  if (violations.length === 0) return "No accessibility violations.";
  const lines = [`${violations.length} accessibility violation(s):`];
  for (const violation of violations) {
    lines.push(`- ${violation.id} (${violation.impact ?? "unknown impact"}): ${violation.help}`);
    lines.push(`    ${violation.helpUrl}`);
    for (const node of violation.nodes.slice(0, maxTargets)) {
      lines.push(`    at ${node.target.join(", ")}  ${node.html}`);
    }
    const more = violation.nodes.length - maxTargets;
    if (more > 0) lines.push(`    ... and ${more} more element(s)`);
  }
  return lines.join("\n");
}
