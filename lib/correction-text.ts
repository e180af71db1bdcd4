import type { DerivedCorrection } from "../scripts/derive/types.ts";
import { ui } from "./ui.ts";
import { formatDate } from "./format-date.ts";
import { formatNumber, formatPercent } from "./format-number.ts";

/**
 * One value of a corrected figure as pages show it: a status by its label, a percent or a target value with its unit.
 * @example correctionValue({ field: "percent", … }, 70) → "70%"; correctionValue({ field: "status", … }, "hoan-thanh") → "Hoàn thành"
 */
export function correctionValue(c: Pick<DerivedCorrection, "field" | "unit">, value: DerivedCorrection["old"]): string {
  if (value === null) return ui.targetStatus["chua-co-so-lieu"];
  if (typeof value === "string") return (ui.status as Record<string, string>)[value] ?? value;
  if (c.field === "percent" || c.unit === "%") return formatPercent(value);
  return `${formatNumber(value)}${c.unit ? ` ${c.unit}` : ""}`;
}

/**
 * A correction in one sentence, the same on pages and in the feed (plain text: templates escape it).
 * @example correctionText(c) → "Đính chính ngày 20/11/2026: Tiến độ 70% → 85% (Báo cáo quý III ghi nhầm số liệu của quý II). Phê duyệt: Chủ tịch UBND phường."
 */
export function correctionText(c: DerivedCorrection): string {
  const field = ui.correction.fields[c.field];
  return `${ui.correction.label} ${formatDate(c.date)}: ${field} ${correctionValue(c, c.old)} → ${correctionValue(c, c.new)} (${c.reason.replace(/[.。]+$/, "")}). ${ui.correction.approvedBy}: ${c.approvedBy}.`;
}
