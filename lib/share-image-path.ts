/** Where the share cards (og:image) live in the built site; pages name theirs in og:image (site/_includes/layouts/base.njk). */
export const SHARE_IMAGE = { width: 1200, height: 630, site: "/anh-chia-se-chung.png", name: "anh-chia-se.png" } as const;

/**
 * Site path of a page's share image: home, areas and tasks have their own card, every other page the site's.
 * @example shareImagePath("/nhiem-vu/nv-1-1/") → "/nhiem-vu/nv-1-1/anh-chia-se.png"; shareImagePath("/gioi-thieu/") → "/anh-chia-se-chung.png"
 */
export function shareImagePath(pageUrl: string): string {
  return /^\/(nhiem-vu|linh-vuc)\/[^/]+\/$/.test(pageUrl) || pageUrl === "/" ? `${pageUrl}${SHARE_IMAGE.name}` : SHARE_IMAGE.site;
}
