/** The placeholder data/site.json's `title` may hold for the plan's year (schemas/site.schema.json). */
export const YEAR_PLACEHOLDER = "{năm}";

/**
 * The site's title as a plan's pages show it: data/site.json is shared by every plan, so its title
 * names the year as `{năm}`, and each plan's pages (and the root's, which are the current plan's)
 * say their own year instead of the first plan's. A title without the placeholder is the same for
 * every plan.
 * @example planSiteTitle("Kế hoạch CCHC {năm} – Phường Hàng Gòn", 2027) → "Kế hoạch CCHC 2027 – Phường Hàng Gòn"
 */
export function planSiteTitle(title: string, year: number): string {
  return title.split(YEAR_PLACEHOLDER).join(String(year));
}
