/**
 * Charts load lazily: every chart is complete without JavaScript (its data table is beside it), so
 * Chart.js, the heaviest file of the site, is fetched (dynamic import(), an esbuild chunk) only when a
 * chart comes within a screen of the viewport, and never on a page read only at its top.
 */
const holders = [...document.querySelectorAll<HTMLElement>("[data-chart]")];
let drawer: Promise<typeof import("./charts/draw-chart.ts")> | undefined;

function draw(holder: HTMLElement): void {
  drawer ??= import("./charts/draw-chart.ts");
  drawer.then((m) => m.drawChart(holder)).catch((error: unknown) => console.error(error));
}

if (holders.length > 0) {
  if ("IntersectionObserver" in window) {
    // The holder is hidden (display: none) until drawn, so its figure, with the data table, is watched.
    const holderOf = new Map<Element, HTMLElement>(holders.map((holder) => [holder.closest("figure") ?? holder.parentElement ?? holder, holder]));
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          const holder = holderOf.get(entry.target);
          if (holder) draw(holder);
        }
      },
      // Start the download about half a phone screen before the chart scrolls in.
      { rootMargin: "400px 0px" },
    );
    for (const watched of holderOf.keys()) observer.observe(watched);
  } else {
    for (const holder of holders) draw(holder);
  }
}
