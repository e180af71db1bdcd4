import { phraseFirst, rankExact } from "./search/rank.ts";
import { excerptParts, fromIndex, toQuery, words } from "./search/search-text.ts";
import { FILTER_KEYS, isActive, knownFilters, orderValues, readState, writeState, type FilterKey, type SearchState } from "./search/state.ts";

/**
 * The /tim-kiem/ page: Pagefind over the built site, queries with or without diacritics, filters
 * by type, area, lead unit and status, state kept in the address bar. Pagefind's script is loaded
 * from the URL in data-pagefind (the only page that loads it). The index spells đ so that Pagefind
 * folds it to d (lib/mark-d.ts): the query is spelt the same way, and titles, excerpts
 * and page text get their đ back before they are shown or compared.
 */

interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  totalFilters?: FilterCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
}

type Strings = Record<"all" | "found" | "filtered" | "withFilters" | "none" | "noneFiltered" | "shown", string>;

/** Results whose data (one small fragment file each) is fetched at a time. */
const BATCH = 20;
const DEBOUNCE_MS = 250;

const root = document.querySelector<HTMLElement>("[data-search]");
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
  const form = root.querySelector<HTMLFormElement>("[data-search-form]")!;
  const input = form.querySelector<HTMLInputElement>("input[name=q]")!;
  const filterBox = root.querySelector<HTMLFieldSetElement>("[data-search-filters]")!;
  const openFilters = root.querySelector<HTMLButtonElement>("[data-search-filters-open]")!;
  const selects = new Map<FilterKey, HTMLSelectElement>();
  for (const key of FILTER_KEYS) {
    const select = root.querySelector<HTMLSelectElement>(`select[data-filter="${key}"]`);
    if (select) selects.set(key, select);
  }
  const status = root.querySelector<HTMLElement>("[data-search-status]")!;
  const list = root.querySelector<HTMLOListElement>("[data-search-results]")!;
  const more = root.querySelector<HTMLButtonElement>("[data-search-more]")!;
  // Present only while published figures are illustrative: a result's status badge is such a figure.
  const illustrative = root.querySelector<HTMLElement>("[data-search-illustrative]");
  const strings = JSON.parse(root.dataset.strings ?? "{}") as Strings;
  const order = JSON.parse(root.dataset.order ?? "{}") as Record<string, Record<string, string>>;
  const numberFormat = new Intl.NumberFormat("vi-VN");
  const fill = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (_, k: string) => (typeof values[k] === "number" ? numberFormat.format(values[k]) : String(values[k] ?? "")));

  const initial = readState(location.search);
  input.value = initial.q;

  /** Options "Nhiệm vụ (64)" for each filter, keeping the chosen value even if no page has it. */
  const showCounts = (baseCounts: FilterCounts, counts: FilterCounts, chosen: SearchState["filters"]) => {
    for (const [key, select] of selects) {
      const values = counts[key] ?? {};
      const names = Object.keys(baseCounts[key] ?? {});
      // Only values the index has (knownFilters): an edited link cannot add an option of its own.
      const want = chosen[key] !== undefined && names.includes(chosen[key]) ? chosen[key] : undefined;
      select.replaceChildren(new Option(strings.all, ""));
      for (const name of orderValues(names, Object.values(order[key] ?? {}))) {
        select.append(new Option(`${name} (${numberFormat.format(values[name] ?? 0)})`, name, false, name === want));
      }
      select.value = want ?? "";
    }
  };

  /** The filter counts of the whole site, once the filters are shown (loadFilters). */
  let baseCounts: FilterCounts | null = null;

  /** The form's state; until the filters are filled in, those from the address bar. */
  const readForm = (): SearchState => {
    const q = input.value.normalize("NFC").trim();
    if (!baseCounts) return { q, filters: initial.filters };
    const filters: SearchState["filters"] = {};
    for (const [key, select] of selects) if (select.value) filters[key] = select.value;
    return { q, filters };
  };

  interface Current {
    state: SearchState;
    ids: string[];
    byId: Map<string, PagefindResult>;
    phrase: Set<string>;
    shown: number;
  }
  let current: Current | null = null;
  /**
   * Fetches Pagefind's filter files (pagefind.filters() reads them all: every page's type, area,
   * unit, status and year, about 120 KB at 10,000 tasks) and shows the filters with their counts.
   * Only when the reader opens the filters or the address carries one: a plain search does not
   * need them (Pagefind's search() fetches only the filters it is given).
   */
  let filtersLoading: Promise<void> | null = null;
  const loadFilters = (pagefind: Pagefind): Promise<void> =>
    (filtersLoading ??= (async () => {
      const counts = await pagefind.filters();
      initial.filters = knownFilters(initial.filters, counts);
      // Opened after a search: Pagefind counted only the filters it had then, so count again.
      const shown = current?.state;
      const term = shown ? toQuery(shown.q) : "";
      const again = shown && term ? await pagefind.search(term, { filters: shown.filters as Record<string, string> }) : null;
      baseCounts = counts;
      showCounts(counts, again?.totalFilters ?? counts, shown?.filters ?? initial.filters);
      openFilters.hidden = true;
      filterBox.hidden = false;
    })());

  /** Pagefind, once loaded; null if loading failed. */
  const ready = (async (): Promise<{ pagefind: Pagefind } | null> => {
    try {
      const pagefind = (await import(root.dataset.pagefind!)) as Pagefind;
      // Main thread rather than Pagefind's web worker: this index is small enough to search in a few
      // milliseconds, it saves fetching the worker script, and a worker slow to start (Pagefind gives
      // it 5 s) would otherwise be abandoned mid-download for the main-thread fallback anyway.
      await pagefind.options({ baseUrl: root.dataset.base ?? "/", excerptLength: 30, excerptEllipsis: "…", noWorker: true });
      // An address with filters needs their values checked and shown before the first search.
      if (Object.keys(initial.filters).length > 0) await loadFilters(pagefind);
      else openFilters.hidden = false;
      return { pagefind };
    } catch (error) {
      root.querySelector<HTMLElement>("[data-search-error]")!.hidden = false;
      form.hidden = true;
      console.warn("Không tải được Pagefind", error);
      return null;
    }
  })();

  let generation = 0;

  const run = async () => {
    const mine = ++generation;
    const loaded = await ready;
    if (!loaded || mine !== generation) return;
    const { pagefind } = loaded;
    const state = readForm();
    history.replaceState(history.state, "", `${location.pathname}${writeState(state)}${location.hash}`);
    if (!isActive(state)) {
      current = null;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "";
      if (baseCounts) showCounts(baseCounts, baseCounts, state.filters);
      return;
    }
    const term = toQuery(state.q);
    const filters = state.filters as Record<string, string>;
    const all = await pagefind.search(term || null, { filters });
    // Several words not already quoted: also ask Pagefind for them as a phrase, to rank those first.
    const phrase = term && words(term).length > 1 && !/^".*"$/.test(term) ? await pagefind.search(`"${term.replace(/"/g, "")}"`, { filters }) : null;
    if (mine !== generation || !all) return;
    const byId = new Map(all.results.map((r) => [r.id, r]));
    // A phrase result's excerpt is centred on the phrase: prefer it for display.
    for (const r of phrase?.results ?? []) byId.set(r.id, r);
    const ids = phraseFirst(
      all.results.map((r) => r.id),
      (phrase?.results ?? []).map((r) => r.id),
    );
    current = { state, ids, byId, phrase: new Set((phrase?.results ?? []).map((r) => r.id)), shown: 0 };
    if (baseCounts) showCounts(baseCounts, term ? (all.totalFilters ?? baseCounts) : baseCounts, state.filters);
    list.replaceChildren();
    await showMore(mine, false);
    if (mine !== generation) return;
    const filtered = Object.keys(state.filters).length > 0;
    status.textContent =
      ids.length === 0
        ? term
          ? fill(strings.none, { q: state.q })
          : strings.noneFiltered
        : term
          ? fill(strings.found, { n: ids.length, q: state.q }) + (filtered ? strings.withFilters : "")
          : fill(strings.filtered, { n: ids.length });
  };

  const showMore = async (mine: number, focusFirst: boolean) => {
    const now = current;
    if (!now) return;
    const batch = now.ids.slice(now.shown, now.shown + BATCH).map((id) => now.byId.get(id)!);
    const loaded = await Promise.all(batch.map((r) => r.data()));
    if (mine !== generation) return;
    const items = loaded.map((data, i) => {
      const title = fromIndex(data.meta.title || data.url);
      return { data, title, text: `${title}\n${fromIndex(data.content)}`, inPhrase: now.phrase.has(batch[i]!.id) };
    });
    const ranked = now.state.q ? rankExact(now.state.q, items) : items;
    const nodes = ranked.map((item) => renderResult(item.data, item.title));
    list.append(...nodes);
    if (illustrative && loaded.some((data) => (data.filters.status?.length ?? 0) > 0)) illustrative.hidden = false;
    now.shown += batch.length;
    more.hidden = now.shown >= now.ids.length;
    if (focusFirst) nodes[0]?.querySelector("a")?.focus();
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  };
  input.addEventListener("input", later);
  for (const select of selects.values()) select.addEventListener("change", () => void run());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  openFilters.addEventListener("click", () => {
    openFilters.disabled = true;
    void ready
      .then(async (loaded) => {
        if (!loaded) return;
        await loadFilters(loaded.pagefind);
        filterBox.querySelector("select")?.focus();
      })
      .catch((error: unknown) => {
        // A failed fetch (a dropped connection): the reader can try again.
        filtersLoading = null;
        openFilters.disabled = false;
        console.warn("Không tải được bộ lọc", error);
      });
  });
  more.addEventListener("click", () => {
    const now = current;
    if (now) void showMore(generation, true).then(() => {
      if (current === now) status.textContent = fill(strings.shown, { shown: now.shown, n: now.ids.length });
    });
  });

  if (isActive(initial)) await run();
  else await ready;
}

/** One result: title link, type badge with area/unit/status, excerpt with the matched words marked. */
function renderResult(data: PagefindData, title: string): HTMLLIElement {
  const li = document.createElement("li");
  li.className = "search-result";
  const heading = document.createElement("h2");
  heading.className = "search-result__title";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = title;
  heading.append(link);
  li.append(heading);

  const type = data.filters.type?.[0];
  const facts = [data.filters.area?.[0], data.filters.unit?.[0], data.filters.status?.[0]].filter((v): v is string => !!v);
  if (type || facts.length > 0) {
    const meta = document.createElement("p");
    meta.className = "search-result__meta";
    if (type) {
      const badge = document.createElement("span");
      badge.className = "badge badge--type";
      badge.textContent = type;
      meta.append(badge);
    }
    if (facts.length > 0) meta.append(`${type ? " " : ""}${facts.join(" · ")}`);
    li.append(meta);
  }

  const excerpt = document.createElement("p");
  excerpt.className = "search-result__excerpt";
  for (const part of excerptParts(data.excerpt)) {
    if (part.mark) {
      const mark = document.createElement("mark");
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(part.text);
    }
  }
  li.append(excerpt);
  return li;
}
