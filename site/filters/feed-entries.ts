import type { SiteData } from "../../scripts/derive/types.ts";
import { escapeHtml } from "../../lib/escape-html.ts";
import ui from "../_data/ui.json" with { type: "json" };
import { correctionText } from "../../lib/correction-text.ts";
import { formatPercent } from "../../lib/format-number.ts";
import { markdown } from "./markdown.ts";

/** One item of the updates feed: a dated update or a published report. */
export interface FeedEntry {
  kind: "update" | "report" | "correction";
  /** Stable across builds and hosts: a tag: URI (RFC 4151) that never names the deploy URL. */
  id: string;
  title: string;
  /** YYYY-MM-DD, from content (the update's date or the report's date), never the build clock. */
  date: string;
  /** Site path without the path prefix, e.g. "/bao-cao/2026-q1/" or "/cap-nhat/#tin-2026-01-20-…". */
  path: string;
  /** Entry body as HTML (escaped Markdown for updates); the feed template escapes it again for type="html". */
  html: string;
  illustrative: boolean;
}

/**
 * Updates, published reports and corrections of published figures, newest first (ties: reports before updates, then by id), for the
 * Atom feed. Dates come from content only, so the same commit always gives the same feed.
 * @example feedEntries(hg)[0] → { kind: "report", id: "tag:hang-gon.github.io,2026:bao-cao/2026-q3", date: "2026-10-05", … }
 */
export function feedEntries(hg: SiteData): FeedEntry[] {
  const authority = `${new URL(hg.settings.url).hostname},${hg.plan.year}`;
  const updates: FeedEntry[] = hg.updates.map((u) => ({
    kind: "update", id: `tag:${authority}:cap-nhat/${u.id}`, title: u.title, date: u.date, path: `/cap-nhat/#tin-${u.id}`,
    html: markdown(u.body), illustrative: u.illustrative,
  }));
  const reports: FeedEntry[] = hg.periods.flatMap((p) => {
    const r = p.report;
    if (!r) return [];
    const facts = `Tiến độ bình quân các nhiệm vụ ${formatPercent(r.rollup.meanPercent)}; ${r.rollup.byStatus["hoan-thanh"]}/${r.rollup.total} nhiệm vụ hoàn thành; ${r.targetScore.dat}/${hg.counts.targets} chỉ tiêu năm ${hg.plan.year} đạt.${r.illustrative ? ` ${ui.illustrative}.` : ""}`;
    const paragraphs = [r.summary, facts].filter((x): x is string => !!x).map((x) => `<p>${escapeHtml(x)}</p>`);
    return [{
      kind: "report" as const, id: `tag:${authority}:bao-cao/${p.id}`, title: `Báo cáo ${p.name}`, date: r.reportDate,
      path: `/bao-cao/${p.id}/`, html: paragraphs.join("\n"), illustrative: r.illustrative,
    }];
  });
  // One entry per corrected figure: its id names the report, the item and the field, and stays the same when later corrections are added.
  const corrections: FeedEntry[] = hg.corrections.map((c) => ({
    kind: "correction", id: `tag:${authority}:bao-cao/${c.period}/dinh-chinh/${c.date}/${c.item}/${c.field}`,
    title: `${ui.correction.feedTitle} – Báo cáo ${c.periodName}: ${c.label}`, date: c.date, path: `/bao-cao/${c.period}/#dinh-chinh`,
    html: `<p>${escapeHtml(`${c.label}. ${correctionText(c)}`)}</p>`, illustrative: c.illustrative,
  }));
  return [...updates, ...reports, ...corrections].sort(
    (a, b) => b.date.localeCompare(a.date) || kindOrder(a) - kindOrder(b) || a.id.localeCompare(b.id),
  );
}

/**
 * An ISO date as an Atom (RFC 3339) timestamp at midnight in Vietnam.
 * @example atomDate("2026-04-06") → "2026-04-06T00:00:00+07:00"
 */
export function atomDate(iso: string): string {
  return `${iso}T00:00:00+07:00`;
}

const kindOrder = (e: FeedEntry) => ({ report: 0, correction: 1, update: 2 })[e.kind];
