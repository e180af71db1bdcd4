/**
 * A path prefix always starts and ends with "/": "ke-hoach-cchc", "/ke-hoach-cchc" and
 * "/ke-hoach-cchc/" all mean the same folder of the host.
 * @example normalisePrefix("ke-hoach") → "/ke-hoach/"
 */
export function normalisePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}
