import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { escapeHtml } from "../../lib/escape-html.ts";

/**
 * The site's one sitemap, /sitemap.xml (robots.txt names it): the home page, then every plan's pages
 * as each plan's own sitemap (/<year>/sitemap.xml, rendered with its pages) lists them, already
 * absolute and escaped.
 * @example await writeRootSitemap("_site.tmp-x", ["2026", "2027"], "https://example.org/ke-hoach") → /sitemap.xml with / and every /2026/…, /2027/… page
 */
export async function writeRootSitemap(siteDir: string, years: string[], siteUrl: string): Promise<void> {
  const entries = [`  <url><loc>${escapeHtml(siteUrl)}/</loc></url>`];
  for (const year of years) {
    const text = await readFile(join(siteDir, year, "sitemap.xml"), "utf8");
    entries.push(...text.split("\n").filter((line) => line.trim().startsWith("<url>")));
  }
  await writeFile(join(siteDir, "sitemap.xml"), `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</urlset>\n`);
}
