/**
 * The item whose `id` is `id`, or undefined. (Nunjucks' selectattr takes only an attribute name,
 * not a test and a value, so `selectattr("id", "equalto", x)` silently returns every item.)
 * @example findById(hg.periods, "2026-6t") → { id: "2026-6t", name: "06 tháng đầu năm 2026", … }
 */
export function findById<T extends { id: string }>(items: readonly T[] | undefined, id: string | undefined): T | undefined {
  return id === undefined ? undefined : items?.find((item) => item.id === id);
}
