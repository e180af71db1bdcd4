/**
 * JSON for a data-* attribute; Nunjucks autoescaping then makes it safe inside the quotes.
 * @example toJsonAttr({ a: 1 }) → "{\"a\":1}"
 */
export function toJsonAttr(value: unknown): string {
  return JSON.stringify(value);
}
