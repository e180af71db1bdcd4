import type { Page } from "playwright-core";

/**
 * Scrolls each chart of the page into view in turn and waits until it is drawn. Charts fetch
 * Chart.js only when they near the viewport (site/assets/js/charts.ts), so a test that checks drawn
 * charts brings them into view first, as a reader scrolling down would.
 * @example await drawChartsInView(opened.page); // then check canvases
 */
export async function drawChartsInView(page: Page): Promise<void> {
  const count = await page.locator("main [data-chart]").count();
  for (let i = 0; i < count; i++) {
    await page.evaluate((index) => document.querySelectorAll("main [data-chart]")[index]?.closest("figure")?.scrollIntoView(), i);
    await page.waitForFunction((index) => document.querySelectorAll("main [data-chart]")[index]?.classList.contains("chart__canvas--drawn"), i, { timeout: 10_000 });
  }
}
