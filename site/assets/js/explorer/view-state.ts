/** What the data explorer shows; every part lives in the page address so a view can be shared. */
export interface ViewState {
  /** "nhiem-vu" (tasks) or "chi-tieu" (targets). */
  view: View;
  area: string;
  unit: string;
  status: string;
  /** A period id, or "" for each row's latest report. */
  period: string;
  q: string;
  sort: { key: string; desc: boolean } | null;
}

export type View = "nhiem-vu" | "chi-tieu";

export const DEFAULT_STATE: Readonly<ViewState> = { view: "nhiem-vu", area: "", unit: "", status: "", period: "", q: "", sort: null };

/** URL parameter names, in the order they are written. */
const PARAMS = { view: "xem", area: "linh-vuc", unit: "don-vi", status: "trang-thai", period: "ky", q: "q", sort: "sap-xep" } as const;
const DESC = "-giam";

/** Column sort keys (th[data-sort] on /du-lieu/bang/); any other value in the address is ignored. */
export const SORT_KEYS = ["ma", "noi-dung", "linh-vuc", "don-vi", "thoi-han", "trang-thai", "tien-do", "gia-tri", "muc-cam-ket", "ky"] as const;
/** Area, unit, status and period ids: the id pattern of the schemas. Anything else falls back to "all". */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Longest text filter kept from an address: longer ones are not a search anyone typed. */
export const MAX_QUERY = 200;

/**
 * Reads a view from a query string; unknown, malformed or missing parameters take their defaults,
 * so nothing from an edited link reaches a CSS selector or the page unchecked.
 * @example parseState("?xem=chi-tieu&linh-vuc=the-che&sap-xep=gia-tri-giam") → { view: "chi-tieu", area: "the-che", sort: { key: "gia-tri", desc: true }, … }
 */
export function parseState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const get = (name: string) => (params.get(name) ?? "").trim();
  const id = (name: string) => (ID.test(get(name)) && get(name).length <= 64 ? get(name) : "");
  const sortText = get(PARAMS.sort);
  const desc = sortText.endsWith(DESC);
  const key = desc ? sortText.slice(0, -DESC.length) : sortText;
  return {
    view: get(PARAMS.view) === "chi-tieu" ? "chi-tieu" : "nhiem-vu",
    area: id(PARAMS.area),
    unit: id(PARAMS.unit),
    status: id(PARAMS.status),
    period: id(PARAMS.period),
    q: (params.get(PARAMS.q) ?? "").slice(0, MAX_QUERY),
    sort: (SORT_KEYS as readonly string[]).includes(key) ? { key, desc } : null,
  };
}

/**
 * The query string for a view, leaving out defaults ("" for the default view).
 * @example stateToQuery({ ...DEFAULT_STATE, status: "cham-tien-do", sort: { key: "tien-do", desc: true } }) → "?trang-thai=cham-tien-do&sap-xep=tien-do-giam"
 */
export function stateToQuery(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_STATE.view) params.set(PARAMS.view, state.view);
  if (state.area) params.set(PARAMS.area, state.area);
  if (state.view === "nhiem-vu" && state.unit) params.set(PARAMS.unit, state.unit);
  if (state.status) params.set(PARAMS.status, state.status);
  if (state.period) params.set(PARAMS.period, state.period);
  if (state.q.trim()) params.set(PARAMS.q, state.q.trim());
  if (state.sort) params.set(PARAMS.sort, `${state.sort.key}${state.sort.desc ? DESC : ""}`);
  const text = params.toString();
  return text ? `?${text}` : "";
}
