/**
 * An ISO date (YYYY-MM-DD) as Vietnamese readers write it, without touching time zones.
 * @example formatDate("2026-04-05") → "05/04/2026"
 */
export function formatDate(iso: string | undefined): string {
  if (!iso) return "—";
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
