import { toCsv, type Cell } from "../../../lib/csv.ts";
import { formatDate } from "../../../lib/format-date.ts";
import { formatPercent } from "../../../lib/format-number.ts";
import type { ExplorerFile } from "../../filters/explorer-data.ts";
import { fold } from "./explorer/fold.ts";
import { parseState, stateToQuery, type View, type ViewState } from "./explorer/view-state.ts";

/**
 * The data explorer on /du-lieu/bang/. The page itself holds only its first rows (a useful table
 * without JavaScript, with links to the full tables); this script fetches every row of the table shown
 * from nhiem-vu.json or chi-tieu.json beside the page (the other one only if the reader switches), then adds facet filters, a diacritics-insensitive text filter, sortable columns,
 * keeps the view in the address (so it can be shared) and downloads exactly the rows of the view as
 * CSV. Rows are drawn a page at a time ("Hiện thêm"), so a province-size plan stays quick on a phone.
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
  order: number;
  id: string;
  /** The plan clause readers know the row by ("II.5.2, ý 6.3"; a target's objective clause). */
  ref: string;
  area: string;
  areaNumber: number;
  areaLabel: string;
  unit: string;
  unitName: string;
  /** The link text: a task's readable title, a target's measure. */
  title: string;
  /** The full wording (sorted, downloaded). */
  text: string;
  deadline: string;
  comparator: string;
  commitment: number | null;
  commitmentText: string;
  /** Site path of the row's page, without the path prefix. */
  path: string;
  search: string;
  series: Record<string, Point>;
  latest: string;
  /** What the row shows now (set by showPeriod). */
  period: string;
  point: Point | undefined;
  status: string;
  /** The row's table row, made the first time it is shown. */
  el?: HTMLTableRowElement;
  /** The period, status and point its cells were last filled for. */
  drawn?: { period: string; status: string; point: Point | undefined };
}

/** Rows drawn at a time; "Hiện thêm" draws as many more. */
const PAGE = 100;

const root = document.querySelector<HTMLElement>("[data-explorer]");
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
  const form = root.querySelector<HTMLFormElement>("[data-explorer-form]")!;
  const count = root.querySelector<HTMLElement>("[data-count]")!;
  const moreHolder = root.querySelector<HTMLElement>("[data-more-holder]")!;
  const more = root.querySelector<HTMLButtonElement>("[data-more]")!;
  const labels = JSON.parse(root.dataset.labels ?? "{}") as Labels;
  const periods = JSON.parse(root.dataset.periods ?? "{}") as Record<string, PeriodInfo>;
  const periodOrder = Object.keys(periods);
  const reportBase = root.dataset.reportBase ?? "/bao-cao/";
  const base = (root.dataset.base ?? "/").replace(/\/$/, "");
  const siteUrl = root.dataset.siteUrl ?? "";

  const sections = Object.fromEntries(
    [...root.querySelectorAll<HTMLElement>("section[data-view]")].map((s) => [s.dataset.view as View, s]),
  ) as Record<View, HTMLElement>;

  // Until the rows arrive, the build-time first rows of the view in the address are shown.
  const initial = parseState(location.search).view;
  for (const [name, section] of Object.entries(sections)) section.hidden = name !== initial;
  const FAILED = "Không tải được dữ liệu của bảng: bảng dưới đây chỉ có các dòng đầu. Tải bảng đủ ở trang Dữ liệu mở.";
  /** Each table's rows, fetched the first time the table is shown (the targets file only if asked for). */
  const rows: Partial<Record<View, Row[]>> = {};
  const loading: Partial<Record<View, Promise<boolean>>> = {};
  const load = (view: View): Promise<boolean> => (loading[view] ??= fetchRows(view));

  async function fetchRows(view: View): Promise<boolean> {
    try {
      const response = await fetch(`${root.dataset.src ?? ""}${view}.json`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      rows[view] = toRows(view, (await response.json()) as ExplorerFile);
    } catch {
      // The page still shows the table's first rows and links the full tables.
      delete loading[view];
      return false;
    }
    // Every row of this table is in the script's hands now: the note about the first rows gives way.
    const note = sections[view].querySelector<HTMLElement>("[data-first-rows-note]");
    if (note) note.hidden = true;
    return true;
  }

  function toRows(view: View, data: ExplorerFile): Row[] {
    const areaLabel = (id: string) => {
      const a = data.areas[id];
      return a ? `${a.number}. ${a.title}` : id;
    };
    const units = data.units ?? {};
    if (view === "nhiem-vu") {
      return (data.tasks ?? []).map((t, order) => {
        const lead = units[t.lead];
        const supports = t.support.map((id) => units[id]?.name ?? "").join(" ");
        return {
          order, id: t.id, ref: t.ref, area: t.area, areaNumber: data.areas[t.area]?.number ?? 0, areaLabel: areaLabel(t.area),
          unit: t.lead, unitName: lead?.shortName ?? t.lead, title: t.title, text: t.text, deadline: t.deadline, comparator: "", commitment: null, commitmentText: "",
          path: t.path, series: t.series, latest: t.latest ?? "", period: "", point: undefined, status: "",
          search: fold(`${t.id} ${t.ref} ${t.group ?? ""} ${t.text} ${data.areas[t.area]?.title ?? ""} ${lead?.name ?? ""} ${lead?.shortName ?? ""} ${supports}`),
        };
      });
    }
    return (data.targets ?? []).map((t, order) => ({
      order, id: t.id, ref: t.ref, area: t.area, areaNumber: data.areas[t.area]?.number ?? 0, areaLabel: areaLabel(t.area),
      unit: "", unitName: "", title: t.measure, text: t.measure, deadline: "", comparator: t.comparator, commitment: t.value, commitmentText: t.commitment,
      path: t.path, series: t.series, latest: t.latest ?? "", period: "", point: undefined, status: "",
      search: fold(`${t.id} ${t.objective} ${t.measure} ${data.areas[t.area]?.title ?? ""}`),
    }));
  }

  const firstRows = Number(root.dataset.firstRows ?? "0");
  const totals: Record<View, number> = { "nhiem-vu": Number(root.dataset.totalTasks ?? "0"), "chi-tieu": Number(root.dataset.totalTargets ?? "0") };
  /**
   * A large table in its plain view (no filter, no sort) shows the rows built into the page and
   * fetches nothing until the reader filters, sorts, asks for more rows or downloads: the first view
   * of a province-size plan stays a few KB instead of every row. A small table is fetched at once.
   */
  const deferred = (s: ViewState) => totals[s.view] > firstRows && !s.area && !s.unit && !s.status && !s.period && !s.q.trim() && !s.sort;

  const initialState = parseState(location.search);
  if (!deferred(initialState)) {
    count.textContent = "Đang tải dữ liệu của bảng…";
    if (!(await load(initial))) {
      count.textContent = FAILED;
      return;
    }
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
      limit = PAGE;
      void update();
    });
  }

  let state: ViewState = parseState(location.search);
  let limit = PAGE;
  /** The rows of the current view (filtered and sorted), all of them, for the count and the download. */
  let view: Row[] = [];
  writeForm();
  form.hidden = false;
  if (rows[state.view]) render();
  else showBuilt();
  // Ready: the view in the address is applied, from the fetched rows or the page's own (tests wait for this).
  root.dataset.ready = "";

  /**
   * Shows the view in the form, fetching its table's rows first if this is the first time they are
   * needed (`full`: the reader asked for more rows or a download, so the page's own rows will not do).
   */
  async function update(full = false): Promise<void> {
    const wanted = state.view;
    if (!rows[wanted] && !full && deferred(state)) {
      showBuilt();
      return;
    }
    if (!rows[wanted]) {
      count.textContent = "Đang tải dữ liệu của bảng…";
      for (const [name, section] of Object.entries(sections)) section.hidden = name !== wanted;
      delete root.dataset.ready;
      const loaded = await load(wanted);
      if (state.view !== wanted) return;
      if (!loaded) {
        count.textContent = FAILED;
        return;
      }
      root.dataset.ready = "";
    }
    render();
  }

  form.addEventListener("input", () => {
    readForm();
    limit = PAGE;
    void update();
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  root.querySelector<HTMLButtonElement>("[data-download]")!.addEventListener("click", () => {
    if (rows[state.view]) download();
    else void update(true).then(() => rows[state.view] && download());
  });
  more.addEventListener("click", () => {
    limit = rows[state.view] ? limit + PAGE : PAGE;
    void update(true);
  });

  /** The plain view of a large table before its rows are fetched: the rows built into the page. */
  function showBuilt(): void {
    const current = state.view;
    for (const [name, section] of Object.entries(sections)) section.hidden = name !== current;
    for (const field of form.querySelectorAll<HTMLElement>("[data-only]")) field.hidden = field.dataset.only !== current;
    for (const th of sections[current].querySelectorAll<HTMLTableCellElement>("th[data-sort]")) th.removeAttribute("aria-sort");
    const noun = current === "nhiem-vu" ? "nhiệm vụ" : "chỉ tiêu";
    const number = (n: number) => n.toLocaleString("vi-VN");
    count.replaceChildren(`Đang hiện ${number(firstRows)} dòng đầu trên ${number(totals[current])} ${noun}, mỗi dòng theo báo cáo mới nhất của nó; lọc, sắp xếp hay bấm “Hiện thêm” để tải đủ bảng.`);
    moreHolder.hidden = false;
    more.textContent = `Hiện thêm ${number(Math.max(0, Math.min(PAGE, totals[current]) - firstRows))} dòng (còn ${number(totals[current] - firstRows)})`;
    const query = stateToQuery(state);
    if (query !== location.search) history.replaceState(null, "", `${location.pathname}${query}${location.hash}`);
  }

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
    const current = state.view;
    for (const [name, section] of Object.entries(sections)) section.hidden = name !== current;
    for (const field of form.querySelectorAll<HTMLElement>("[data-only]")) field.hidden = field.dataset.only !== current;

    const list = rows[current] ?? [];
    for (const row of list) showPeriod(row, current);
    const words = fold(state.q).split(" ").filter(Boolean);
    view = sortRows(list.filter((row) => keep(row, current, words)), current);
    const drawn = view.slice(0, limit);
    sections[current].querySelector("tbody")!.replaceChildren(...drawn.map((row) => rowElement(row, current)));

    const sort = state.sort;
    for (const th of sections[current].querySelectorAll<HTMLTableCellElement>("th[data-sort]")) {
      if (sort && sort.key === th.dataset.sort) th.setAttribute("aria-sort", sort.desc ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    }
    const noun = current === "nhiem-vu" ? "nhiệm vụ" : "chỉ tiêu";
    const number = (n: number) => n.toLocaleString("vi-VN");
    const illustrative = view.some((row) => row.period && periods[row.period]?.illustrative);
    const which = state.period ? ` theo báo cáo ${periods[state.period]?.name ?? state.period}` : ", mỗi dòng theo báo cáo mới nhất của nó";
    const part = drawn.length < view.length ? ` (bảng đang vẽ ${number(drawn.length)} dòng đầu; tệp CSV có đủ ${number(view.length)} dòng)` : "";
    count.replaceChildren(`Đang hiện ${number(view.length)} trên ${number(list.length)} ${noun}${which}${part}.`);
    if (illustrative) count.append(" ", badge("illustrative", labels.illustrative));
    const left = view.length - drawn.length;
    moreHolder.hidden = left <= 0;
    more.textContent = `Hiện thêm ${number(Math.min(PAGE, left))} dòng (còn ${number(left)})`;
    const query = stateToQuery(state);
    if (query !== location.search) history.replaceState(null, "", `${location.pathname}${query}${location.hash}`);
  }

  /** Sets what the row shows for the chosen period (or its latest report): no DOM work. */
  function showPeriod(row: Row, view: View): void {
    const period = state.period || row.latest;
    const point = period ? row.series[period] : undefined;
    row.point = point;
    row.period = point ? period : "";
    row.status = point?.s ?? (view === "nhiem-vu" ? "chua-bao-cao" : "chua-co-so-lieu");
  }

  /** The row's table row: made once, its period cells refilled when the period shown changes. */
  function rowElement(row: Row, view: View): HTMLTableRowElement {
    if (!row.el) row.el = makeRow(row, view);
    const d = row.drawn;
    if (d && d.period === row.period && d.status === row.status && d.point === row.point) return row.el;
    row.drawn = { period: row.period, status: row.status, point: row.point };
    const cell = (name: string) => row.el!.querySelector<HTMLElement>(`[data-cell='${name}']`)!;
    const names = view === "nhiem-vu" ? labels.status : labels.targetStatus;
    const badges: Node[] = [badge(row.status, names[row.status] ?? row.status)];
    if (row.point?.o) badges.push(document.createTextNode(" "), badge("overdue", labels.overdue));
    cell("status").replaceChildren(...badges);
    cell("value").textContent = formatPercent(view === "nhiem-vu" ? row.point?.p : row.point?.v);
    const info = row.period ? periods[row.period] : undefined;
    if (info) {
      const a = document.createElement("a");
      a.href = `${reportBase}${row.period}/`;
      a.textContent = info.name;
      cell("period").replaceChildren(a);
    } else cell("period").textContent = "—";
    return row.el;
  }

  /** A table row like the ones the page is built with (bang.njk), its period cells left to rowElement. */
  function makeRow(row: Row, view: View): HTMLTableRowElement {
    const tr = document.createElement("tr");
    tr.dataset.id = row.id;
    const td = (label: string, text: string, options: { cell?: string; num?: boolean } = {}) => {
      const el = document.createElement("td");
      el.dataset.label = label;
      if (options.cell) el.dataset.cell = options.cell;
      if (options.num) el.className = "num";
      el.textContent = text;
      return el;
    };
    const th = document.createElement("th");
    th.scope = "row";
    th.className = "explorer__text";
    const a = document.createElement("a");
    a.href = `${base}${row.path}`;
    a.textContent = row.title;
    th.append(a);
    if (view === "nhiem-vu") {
      tr.append(td("Mục", row.ref), th, td("Lĩnh vực", row.areaLabel), td("Chủ trì", row.unitName), td("Thời hạn", formatDate(row.deadline)),
        td("Trạng thái", "", { cell: "status" }), td("Tiến độ", "", { cell: "value", num: true }), td("Theo báo cáo", "", { cell: "period" }));
    } else {
      tr.append(td("Mục tiêu", row.ref), th, td("Lĩnh vực", row.areaLabel), td("Mức cam kết", row.commitmentText, { num: true }),
        td("Giá trị thực tế", "", { cell: "value", num: true }), td("Đánh giá", "", { cell: "status" }), td("Theo báo cáo", "", { cell: "period" }));
    }
    return tr;
  }

  function keep(row: Row, view: View, words: string[]): boolean {
    if (state.area && row.area !== state.area) return false;
    if (view === "nhiem-vu" && state.unit && row.unit !== state.unit) return false;
    if (state.status === "qua-han" ? !row.point?.o : state.status && row.status !== state.status) return false;
    return words.every((word) => row.search.includes(word));
  }

  function sortRows(list: Row[], view: View): Row[] {
    const sort = state.sort;
    if (!sort) return [...list].sort((a, b) => a.order - b.order);
    const statusOrder = Object.keys(view === "nhiem-vu" ? labels.status : labels.targetStatus);
    const collator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });
    const text = collator.compare;
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

  /** Every row of the view (all pages of it), in the order shown, as a CSV file (UTF-8 with BOM for Excel) made in the browser. */
  function download(): void {
    const current = state.view;
    const yes = (b: boolean | undefined) => (b ? "có" : "không");
    const common = (r: Row): Record<string, Cell> => ({
      "Kỳ báo cáo": r.period ? (periods[r.period]?.name ?? r.period) : "",
      "Mã kỳ": r.period,
      "Số liệu minh họa": r.period ? yes(periods[r.period]?.illustrative) : "",
      "Địa chỉ": `${siteUrl}${r.path}`,
    });
    const [fields, data] = current === "nhiem-vu"
      ? [
          ["Mã nhiệm vụ", "Vị trí trong kế hoạch", "Nhiệm vụ", "Lĩnh vực", "Đơn vị chủ trì", "Thời hạn", "Kỳ báo cáo", "Mã kỳ", "Trạng thái", "Tiến độ (%)", "Quá hạn", "Số liệu minh họa", "Địa chỉ"],
          view.map((r): Record<string, Cell> => ({
            ...common(r), "Mã nhiệm vụ": r.id, "Vị trí trong kế hoạch": r.ref, "Nhiệm vụ": r.text, "Lĩnh vực": r.areaLabel, "Đơn vị chủ trì": r.unitName, "Thời hạn": r.deadline,
            "Trạng thái": labels.status[r.status] ?? r.status, "Tiến độ (%)": r.point?.p ?? null, "Quá hạn": r.point ? yes(r.point.o) : "",
          })),
        ]
      : [
          ["Mã chỉ tiêu", "Chỉ tiêu", "Lĩnh vực", "Phép so sánh", "Mức cam kết (%)", "Kỳ báo cáo", "Mã kỳ", "Giá trị thực tế (%)", "Đánh giá", "Số liệu minh họa", "Địa chỉ"],
          view.map((r): Record<string, Cell> => ({
            ...common(r), "Mã chỉ tiêu": r.id, "Chỉ tiêu": r.text, "Lĩnh vực": r.areaLabel, "Phép so sánh": labels.comparator[r.comparator] ?? r.comparator,
            "Mức cam kết (%)": r.commitment, "Giá trị thực tế (%)": r.point?.v ?? null, "Đánh giá": labels.targetStatus[r.status] ?? r.status,
          })),
        ];
    const blob = new Blob([toCsv(fields, data)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `bang-${current}${state.period ? `-${state.period}` : ""}.csv`;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
