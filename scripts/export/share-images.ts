import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { SHARE_IMAGE } from "../../lib/share-image-path.ts";
import type { SiteData } from "../derive/types.ts";
import { formatDate } from "../../lib/format-date.ts";
import { formatPercent } from "../../lib/format-number.ts";
import { ui } from "../../lib/ui.ts";

/**
 * Share images (og:image): Zalo and Facebook show a PNG, never an SVG, so each is drawn as SVG and
 * rasterised at build time with resvg (MPL-2.0, no browser) in DejaVu Sans, a font file shipped in
 * node_modules that covers Vietnamese, never a system font: the same data gives the same bytes on
 * every machine. The home page, every area and every task get a card with their figure; every other
 * page shares the site's card.
 */

export interface ShareCard {
  /** Site path of the PNG, before the path prefix. */
  path: string;
  kicker: string;
  title: string;
  /** The figure, if the page has one: a percent with its label and the expected level beside it. */
  figure?: { percent: number | null; label: string; expected?: number; note: string };
  illustrative: boolean;
}

/** Every card the build draws: the site's, the home page's, each area's and each task's. */
export function shareCards(data: SiteData): ShareCard[] {
  const latest = data.latestPeriod?.report;
  const asOf = data.latestPeriod && latest ? `Theo báo cáo ${data.latestPeriod.name}, lập ngày ${formatDate(latest.reportDate)}` : "Chưa có báo cáo kỳ nào";
  const illustrative = !!latest?.illustrative;
  const cards: ShareCard[] = [
    { path: SHARE_IMAGE.site, kicker: data.plan.issuer, title: data.plan.title, illustrative: false },
    {
      path: `/${SHARE_IMAGE.name}`, kicker: data.settings.title, title: data.plan.title, illustrative,
      figure: { percent: data.rollup.meanPercent, label: "tiến độ bình quân các nhiệm vụ", ...(latest ? { expected: latest.yearElapsed } : {}), note: asOf },
    },
  ];
  for (const a of data.areas) {
    cards.push({
      path: `/linh-vuc/${a.id}/${SHARE_IMAGE.name}`, kicker: `Lĩnh vực ${a.number} · ${data.settings.title}`, title: a.title, illustrative,
      figure: { percent: a.rollup.meanPercent, label: "tiến độ bình quân các nhiệm vụ", ...(latest ? { expected: latest.yearElapsed } : {}), note: asOf },
    });
  }
  for (const t of data.tasks) {
    const l = t.latest;
    cards.push({
      path: `/nhiem-vu/${t.id}/${SHARE_IMAGE.name}`, kicker: `Nhiệm vụ ${t.ref} · ${data.settings.title}`, title: t.shortTitle, illustrative: !!l?.illustrative,
      figure: {
        percent: l ? l.percent : null,
        label: l ? `${(ui.status as Record<string, string>)[l.status]}${l.overdue ? `, ${ui.overdue.toLowerCase()}` : ""}` : ui.status["chua-bao-cao"],
        note: l ? `Theo báo cáo ${l.periodName}, lập ngày ${formatDate(l.reportDate)}` : "Chưa có báo cáo nào về nhiệm vụ này",
      },
    });
  }
  return cards;
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Lines of at most `width` characters, at most `max` lines, the last one ending in "…" when cut. */
function lines(text: string, width: number, max: number): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = out[out.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  if (out.length <= max) return out;
  const kept = out.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.replace(/[\s,;:.]+$/, "")}…`;
  return kept;
}

/** The card as SVG: text and shapes only, in one font family. */
export function shareCardSvg(card: ShareCard): string {
  const { width, height } = SHARE_IMAGE;
  const title = lines(card.title, card.figure ? 30 : 34, card.figure ? 3 : 4);
  const size = card.figure ? 54 : 60;
  const parts = [
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="24" fill="#a51c1c"/>`,
    `<text x="64" y="104" font-size="30" fill="#4f5660">${escape(lines(card.kicker, card.illustrative ? 40 : 60, 1)[0]!)}</text>`,
    ...title.map((line, i) => `<text x="64" y="${190 + i * (size + 14)}" font-size="${size}" font-weight="bold" fill="#1b1f24">${escape(line)}</text>`),
  ];
  if (card.figure) {
    const f = card.figure;
    const barX = 64;
    const barW = width - 128;
    const y = 470;
    parts.push(`<text x="64" y="${y - 24}" font-size="72" font-weight="bold" fill="#0b5cad">${escape(formatPercent(f.percent))}</text>`);
    parts.push(`<text x="${64 + 24 + formatPercent(f.percent).length * 50}" y="${y - 30}" font-size="32" fill="#1b1f24">${escape(f.label)}</text>`);
    parts.push(`<rect x="${barX}" y="${y}" width="${barW}" height="28" rx="14" fill="#d5d9de"/>`);
    if (f.percent !== null && f.percent > 0) parts.push(`<rect x="${barX}" y="${y}" width="${(barW * Math.min(100, f.percent)) / 100}" height="28" rx="14" fill="#0b5cad"/>`);
    if (f.expected !== undefined) {
      const x = barX + (barW * Math.min(100, f.expected)) / 100;
      parts.push(`<line x1="${x}" x2="${x}" y1="${y - 12}" y2="${y + 40}" stroke="#b35c00" stroke-width="6" stroke-dasharray="10 6"/>`);
      parts.push(`<text x="${barX}" y="${y + 76}" font-size="26" fill="#5a3200">Đường đứt nét: ${escape(formatPercent(f.expected))} thời gian của năm đã qua</text>`);
    }
    parts.push(`<text x="64" y="${height - 40}" font-size="26" fill="#4f5660">${escape(f.note)}</text>`);
  }
  if (card.illustrative) {
    parts.push(`<rect x="${width - 344}" y="60" width="280" height="54" rx="27" fill="#fff7e6" stroke="#8a4b00" stroke-width="3" stroke-dasharray="8 5"/>`);
    parts.push(`<text x="${width - 204}" y="97" font-size="26" font-weight="bold" fill="#5a3200" text-anchor="middle">${escape(ui.illustrative)}</text>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">${parts.join("")}</svg>`;
}

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");

/**
 * The card as PNG bytes, rasterised with the bundled font only.
 * @example shareCardPng(card).subarray(0, 4) → Uint8Array [0x89, 0x50, 0x4e, 0x47]
 */
export function shareCardPng(card: ShareCard): Uint8Array {
  const svg = shareCardSvg(card);
  const hit = memo.get(svg);
  if (hit) return hit;
  const png = rasterise(svg);
  // Bounded: a dev session (npm start) rebuilds in one process and redraws only changed cards; a
  // province-scale build does not keep ten thousand images in memory.
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(svg, png);
  return png;
}

/** Rasterising costs about 20 ms a card (measured in docs/performance.md), so identical cards are drawn once per process. */
const memo = new Map<string, Uint8Array>();
const MEMO_LIMIT = 2000;

function rasterise(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "original" },
    font: { loadSystemFonts: false, fontFiles: [join(FONT_DIR, "DejaVuSans.ttf"), join(FONT_DIR, "DejaVuSans-Bold.ttf")], defaultFontFamily: "DejaVu Sans" },
  });
  return resvg.render().asPng();
}
