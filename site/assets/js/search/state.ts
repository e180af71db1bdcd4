/**
 * The search page's state as it lives in the address bar, so a search can be shared or bookmarked:
 * ?q=thu+tuc&type=Nhiệm+vụ&area=…&unit=…&status=…&year=2026
 */

/** Pagefind filter keys the index sets: type, area, lead unit, status (task records), and the plan's year (every record, docs/decisions/0008). */
export const FILTER_KEYS = ["type", "area", "unit", "status", "year"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
}

/** Longest search text or filter value kept from an address; longer ones are not anything a person typed. */
export const MAX_PARAM = 200;

/**
 * Reads the address; unknown parameters are ignored and values are cut to MAX_PARAM characters.
 * Filter values are checked against the index's own values by knownFilters once it has loaded.
 * @example readState("?q=dong+bo&type=Nhi%E1%BB%87m+v%E1%BB%A5&x=1") → { q: "dong bo", filters: { type: "Nhiệm vụ" } }
 */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState["filters"] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.normalize("NFC").trim().slice(0, MAX_PARAM);
    if (value) filters[key] = value;
  }
  return { q: (params.get("q") ?? "").normalize("NFC").trim().slice(0, MAX_PARAM), filters };
}

/**
 * Only the filter values the index knows (Pagefind's own counts): a value from an edited or old
 * link that no page has is dropped instead of shown as an option.
 * @example knownFilters({ type: "Nhiệm vụ", area: "x" }, { type: { "Nhiệm vụ": 64 }, area: {} }) → { type: "Nhiệm vụ" }
 */
export function knownFilters(filters: SearchState["filters"], counts: Partial<Record<string, Record<string, number>>>): SearchState["filters"] {
  const out: SearchState["filters"] = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value && Object.hasOwn(counts[key] ?? {}, value)) out[key] = value;
  }
  return out;
}

/**
 * The query string for a state, empty parts left out; "" when there is nothing to keep.
 * @example writeState({ q: "dong bo", filters: { type: "Nhiệm vụ" } }) → "?q=dong+bo&type=Nhi%E1%BB%87m+v%E1%BB%A5"
 */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set("q", state.q.trim());
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** True when the state asks for a search (words or at least one filter). */
export function isActive(state: SearchState): boolean {
  return state.q.trim() !== "" || FILTER_KEYS.some((key) => state.filters[key]);
}

/**
 * Filter values in display order: those listed in `preferred` first, in that order (types and
 * statuses follow the site's own order), then the rest sorted the Vietnamese way with numbers
 * compared as numbers ("2. …" before "10. …").
 * @example orderValues(["Đơn vị", "Mục tiêu", "Nhiệm vụ"], ["Nhiệm vụ", "Mục tiêu"]) → ["Nhiệm vụ", "Mục tiêu", "Đơn vị"]
 */
export function orderValues(values: readonly string[], preferred: readonly string[] = []): string[] {
  const rank = (v: string) => {
    const i = preferred.indexOf(v);
    return i === -1 ? preferred.length : i;
  };
  return [...values].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, "vi", { numeric: true }));
}
