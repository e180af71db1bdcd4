import { formatNumber, formatPercent } from "../../lib/format-number.ts";

/** The UI strings the phrase is built from (site/_data/ui.json). */
interface CommitmentWords {
  comparator: Record<string, string>;
  noFigure: string;
  targetLater: string;
}

/**
 * A target's commitment as one phrase: comparator and figure in its unit, or, when the plan gives no
 * figure ("theo chỉ tiêu tỉnh giao"), that there is none; a later horizon is named so a 2030 figure is
 * never read as a 2026 one.
 * @example commitment({ comparator: ">=", value: 98, unit: "%", horizon: 2026 }, 2026, ui) → "tối thiểu 98%"
 * @example commitment({ comparator: ">=", value: null, unit: "%", horizon: 2030 }, 2026, ui) → "chưa có con số · Chỉ tiêu đến năm 2030"
 */
export function commitment(t: { comparator: string; value: number | null; unit: string; horizon: number }, year: number, ui: CommitmentWords): string {
  const figure = t.value === null
    ? ui.noFigure
    : `${ui.comparator[t.comparator] ?? t.comparator} ${t.unit === "%" ? formatPercent(t.value) : `${formatNumber(t.value)} ${t.unit}`}`;
  return t.horizon > year ? `${figure} · ${ui.targetLater} ${t.horizon}` : figure;
}
