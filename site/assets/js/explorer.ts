import { toCsv, type Cell } from "../../../lib/csv.ts";
import { formatPercent } from "../../../lib/format-number.ts";
import { fold, matchesQuery } from "./explorer/fold.ts";
import { parseState, stateToQuery, type View, type ViewState } from "./explorer/view-state.ts";

/**
 * The data explorer on /du-lieu/bang/. The page is a complete table without JavaScript; this script
 * adds facet filters, a diacritics-insensitive text filter, sortable columns, keeps the view in the
 * address (so it can be shared) and downloads exactly the rows shown as CSV. No framework: it reorders
 * and hides the rows rendered at build time.
 */

interface Labels {
  status: Record<string, string>;
  targetStatus: Record<string, string>;
  overdue: string;
  comparator: Record<string, string>;
  illustrative: string;
}
interface PeriodInfo { name: string; illustrative: boolean }
/** One period's figures for a row: status, and percent + overdue (tasks) or value (targets). */
interface Point { s: string; p?: number; o?: boolean; v?: number | null }

interface Row {
  el: HTMLTableRowElement;
  order: number;
  id: string;
  /** The plan clause readers know the task by ("II.5.2, ý 6.3"), from the row's first cell. */
  ref: string;
  area: string;
  areaNumber: number;
  areaLabel: string;
  unit: string;
  unitName: string;
  text: string;
  deadline: string;
  comparator: string;
  commitment: number | null;
  url: string;
  search: string;
  series: Record<string, Point>;
  latest: string;
  /** What the row shows now (set by render). */
  period: string;
  point: Point | undefined;
  status: string;
}

const root = document.querySelector<HTMLElement>("[data-explorer]");
if (root) start(root);

function start(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>("[data-explorer-form]")!;
  const count = root.querySelector<HTMLElement>("[data-count]")!;
  const labels = JSON.parse(root.dataset.labels ?? "{}") as Labels;
  const periods = JSON.parse(root.dataset.periods ?? "{}") as Record<string, PeriodInfo>;
  const periodOrder = Object.keys(periods);
  const reportBase = root.dataset.reportBase ?? "/bao-cao/";
  const percent = formatPercent;

  const sections = Object.fromEntries(
    [...root.querySelectorAll<HTMLElement>("section[data-view]")].map((s) => [s.dataset.view as View, s]),
  ) as Record<View, HTMLElement>;
  const rows = Object.fromEntries(
    (Object.keys(sections) as View[]).map((view) => [view, [...sections[view].querySelectorAll<HTMLTableRowElement>("tbody tr")].map((el, i) => readRow(el, i, view))]),
  ) as Record<View, Row[]>;

  function readRow(el: HTMLTableRowElement, order: number, view: View): Row {
    const d = el.dataset;
    const cells = el.cells;
    return {
      el, order, id: d.id ?? "", ref: view === "nhiem-vu" ? (cells[0]?.textContent?.trim() ?? "") : "", area: d.area ?? "", areaNumber: Number(d.areaNumber), areaLabel: cells[2]?.textContent?.trim() ?? "",
      unit: d.unit ?? "", unitName: view === "nhiem-vu" ? (cells[3]?.textContent?.trim() ?? "") : "",
      text: d.text ?? "", deadline: d.deadline ?? "", comparator: d.comparator ?? "",
      commitment: d.commitment ? Number(d.commitment) : null,
      url: d.url ?? "",
      search: fold(d.search ?? ""), series: JSON.parse(d.series ?? "{}") as Record<string, Point>, latest: d.latest ?? "",
      period: "", point: undefined, status: "",
    };
  }

  // Status options differ between tasks and targets: keep them all, show the current view's.
  const statusSelect = form.querySelector<HTMLSelectElement>("select[name='trang-thai']")!;
  const statusOptions = [...statusSelect.options];

  // Header buttons for sorting (only with JavaScript: without it they would do nothing).
  for (const th of root.querySelectorAll<HTMLTableCellElement>("th[data-sort]")) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "explorer__sort";
    button.textContent = th.textContent?.trim() ?? "";
    th.textContent = "";
    th.append(button);
    button.addEventListener("click", () => {
      const key = th.dataset.sort!;
      state.sort = state.sort?.key === key ? { key, desc: !state.sort.desc } : { key, desc: false };
      render();
    });
  }

  let state: ViewState = parseState(location.search);
  writeForm();
  form.hidden = false;
  render();

  form.addEventListener("input", () => {
    readForm();
    render();
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  root.querySelector<HTMLButtonElement>("[data-download]")!.addEventListener("click", download);

  function writeForm(): void {
    showStatusOptions(state.view);
    form.querySelector<HTMLInputElement>(`input[name='xem'][value='${CSS.escape(state.view)}']`)!.checked = true;
    for (const [name, value] of [["linh-vuc", state.area], ["don-vi", state.unit], ["trang-thai", state.status], ["ky", state.period]] as const) {
      const select = form.querySelector<HTMLSelectElement>(`select[name='${name}']`)!;
      select.value = value;
      // A value from an old or edited link that is not an option falls back to "all".
      if (select.value !== value) select.value = "";
    }
    form.querySelector<HTMLInputElement>("input[name='q']")!.value = state.q;
    readForm();
  }

  function readForm(): void {
    const view = (form.querySelector<HTMLInputElement>("input[name='xem']:checked")?.value ?? "nhiem-vu") as View;
    if (view !== state.view) {
      showStatusOptions(view);
      // Sort keys and statuses differ between the two tables.
      state.sort = null;
    }
    const value = (name: string) => form.querySelector<HTMLSelectElement | HTMLInputElement>(`[name='${name}']`)!.value;
    state = { ...state, view, area: value("linh-vuc"), unit: value("don-vi"), status: value("trang-thai"), period: value("ky"), q: value("q") };
    if (state.sort && !sections[view].querySelector(`th[data-sort='${CSS.escape(state.sort.key)}']`)) state.sort = null;
  }

  function showStatusOptions(view: View): void {
    const current = statusSelect.value;
    statusSelect.replaceChildren(...statusOptions.filter((o) => !o.dataset.view || o.dataset.view === view));
    statusSelect.value = current;
    if (statusSelect.value !== current) statusSelect.value = "";
  }

  function render(): void {
    const view = state.view;
    for (const [name, section] of Object.entries(sections)) section.hidden = name !== view;
    for (const field of form.querySelectorAll<HTMLElement>("[data-only]")) field.hidden = field.dataset.only !== view;

    const list = rows[view];
    for (const row of list) showPeriod(row, view);
    const shown = list.filter((row) => keep(row, view));
    const sorted = sortRows(list, view);
    const tbody = list[0]?.el.parentElement;
    const visible = new Set(shown);
    for (const row of sorted) {
      row.el.hidden = !visible.has(row);
      tbody?.append(row.el);
    }
    const sort = state.sort;
    for (const th of sections[view].querySelectorAll<HTMLTableCellElement>("th[data-sort]")) {
      if (sort && sort.key === th.dataset.sort) th.setAttribute("aria-sort", sort.desc ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    }
    const noun = view === "nhiem-vu" ? "nhiệm vụ" : "chỉ tiêu";
    const illustrative = shown.some((row) => row.period && periods[row.period]?.illustrative);
    count.replaceChildren(`Đang hiện ${shown.length} trên ${list.length} ${noun}${state.period ? ` theo báo cáo ${periods[state.period]?.name ?? state.period}` : ", mỗi dòng theo báo cáo mới nhất của nó"}.`);
    if (illustrative) count.append(" ", badge("illustrative", labels.illustrative));
    const query = stateToQuery(state);
    if (query !== location.search) history.replaceState(null, "", `${location.pathname}${query}${location.hash}`);
  }

  /** Fills the status, value and period cells for the chosen period (or the row's latest report). */
  function showPeriod(row: Row, view: View): void {
    const period = state.period || row.latest;
    const point = period ? row.series[period] : undefined;
    const status = point?.s ?? (view === "nhiem-vu" ? "chua-bao-cao" : "chua-co-so-lieu");
    if (row.period === period && row.status === status && row.point === point) return;
    row.period = point ? period : "";
    row.point = point;
    row.status = status;
    const cell = (name: string) => row.el.querySelector<HTMLElement>(`[data-cell='${name}']`)!;
    const names = view === "nhiem-vu" ? labels.status : labels.targetStatus;
    const badges: Node[] = [badge(status, names[status] ?? status)];
    if (point?.o) badges.push(document.createTextNode(" "), badge("overdue", labels.overdue));
    cell("status").replaceChildren(...badges);
    cell("value").textContent = percent(view === "nhiem-vu" ? point?.p : point?.v);
    const info = row.period ? periods[row.period] : undefined;
    if (info) {
      const a = document.createElement("a");
      a.href = `${reportBase}${row.period}/`;
      a.textContent = info.name;
      cell("period").replaceChildren(a);
    } else cell("period").textContent = "—";
  }

  function keep(row: Row, view: View): boolean {
    if (state.area && row.area !== state.area) return false;
    if (view === "nhiem-vu" && state.unit && row.unit !== state.unit) return false;
    if (state.status === "qua-han" ? !row.point?.o : state.status && row.status !== state.status) return false;
    return !state.q.trim() || matchesQuery(row.search, state.q);
  }

  function sortRows(list: Row[], view: View): Row[] {
    const sort = state.sort;
    if (!sort) return [...list].sort((a, b) => a.order - b.order);
    const statusOrder = Object.keys(view === "nhiem-vu" ? labels.status : labels.targetStatus);
    const text = (a: string, b: string) => a.localeCompare(b, "vi", { numeric: true, sensitivity: "base" });
    const num = (a: number | null | undefined, b: number | null | undefined): number | "missing-a" | "missing-b" | 0 => {
      const hasA = a !== null && a !== undefined;
      const hasB = b !== null && b !== undefined;
      if (!hasA && !hasB) return 0;
      if (!hasA) return "missing-a";
      if (!hasB) return "missing-b";
      return a - b;
    };
    const compare = (a: Row, b: Row): number | "missing-a" | "missing-b" => {
      switch (sort.key) {
        case "ma": return text(a.id, b.id);
        case "noi-dung": return text(a.text, b.text);
        case "linh-vuc": return a.areaNumber - b.areaNumber;
        case "don-vi": return text(a.unitName, b.unitName);
        case "thoi-han": return text(a.deadline, b.deadline);
        case "trang-thai": return statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status);
        case "tien-do": return num(a.point?.p, b.point?.p);
        case "gia-tri": return num(a.point?.v, b.point?.v);
        case "muc-cam-ket": return num(a.commitment, b.commitment);
        case "ky": return num(a.period ? periodOrder.indexOf(a.period) : null, b.period ? periodOrder.indexOf(b.period) : null);
        default: return 0;
      }
    };
    return [...list].sort((a, b) => {
      const c = compare(a, b);
      // Rows without a figure go last whichever the direction; ties keep the plan's order.
      if (c === "missing-a") return 1;
      if (c === "missing-b") return -1;
      return (sort.desc ? -c : c) || a.order - b.order;
    });
  }

  function badge(kind: string, text: string): HTMLSpanElement {
    const span = document.createElement("span");
    span.className = `badge badge--${kind}`;
    span.textContent = text;
    return span;
  }

  /** The rows shown, in the order shown, as a CSV file (UTF-8 with BOM for Excel) made in the browser. */
  function download(): void {
    const view = state.view;
    const shown = [...sections[view].querySelectorAll<HTMLTableRowElement>("tbody tr")]
      .filter((el) => !el.hidden)
      .map((el) => rows[view].find((r) => r.el === el)!);
    const yes = (b: boolean | undefined) => (b ? "có" : "không");
    const common = (r: Row): Record<string, Cell> => ({
      "Kỳ báo cáo": r.period ? (periods[r.period]?.name ?? r.period) : "",
      "Mã kỳ": r.period,
      "Số liệu minh họa": r.period ? yes(periods[r.period]?.illustrative) : "",
      "Địa chỉ": r.url,
    });
    const [fields, data] = view === "nhiem-vu"
      ? [
          ["Mã nhiệm vụ", "Vị trí trong kế hoạch", "Nhiệm vụ", "Lĩnh vực", "Đơn vị chủ trì", "Thời hạn", "Kỳ báo cáo", "Mã kỳ", "Trạng thái", "Tiến độ (%)", "Quá hạn", "Số liệu minh họa", "Địa chỉ"],
          shown.map((r): Record<string, Cell> => ({
            ...common(r), "Mã nhiệm vụ": r.id, "Vị trí trong kế hoạch": r.ref, "Nhiệm vụ": r.text, "Lĩnh vực": r.areaLabel, "Đơn vị chủ trì": r.unitName, "Thời hạn": r.deadline,
            "Trạng thái": labels.status[r.status] ?? r.status, "Tiến độ (%)": r.point?.p ?? null, "Quá hạn": r.point ? yes(r.point.o) : "",
          })),
        ]
      : [
          ["Mã chỉ tiêu", "Chỉ tiêu", "Lĩnh vực", "Phép so sánh", "Mức cam kết (%)", "Kỳ báo cáo", "Mã kỳ", "Giá trị thực tế (%)", "Đánh giá", "Số liệu minh họa", "Địa chỉ"],
          shown.map((r): Record<string, Cell> => ({
            ...common(r), "Mã chỉ tiêu": r.id, "Chỉ tiêu": r.text, "Lĩnh vực": r.areaLabel, "Phép so sánh": labels.comparator[r.comparator] ?? r.comparator,
            "Mức cam kết (%)": r.commitment, "Giá trị thực tế (%)": r.point?.v ?? null, "Đánh giá": labels.targetStatus[r.status] ?? r.status,
          })),
        ];
    const blob = new Blob([toCsv(fields, data)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `bang-${view}${state.period ? `-${state.period}` : ""}.csv`;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
