const numberFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

/** -0, and a negative figure that rounds to zero at one decimal, would print as "-0". */
const noNegativeZero = (value: number) => (Math.abs(value) < 0.05 ? 0 : value);

/**
 * A number in Vietnamese format (decimal comma, dot for thousands).
 * @example formatNumber(1234.5) → "1.234,5"
 */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : numberFormat.format(noNegativeZero(value));
}

/**
 * The figure a percentage is shown as: one decimal, except that a figure below 100 never shows as
 * 100 (99.99 shows as 99.9). Only a task reported hoàn thành may have 100 (the validator refuses
 * 100 with any other status), so "100%" on the site always means done. The rule is stated on
 * /gioi-thieu/.
 * @example displayPercent(99.99999) → 99.9; displayPercent(-0) → 0
 */
export function displayPercent(value: number): number {
  if (value < 100 && value >= 99.95) return 99.9;
  return noNegativeZero(value);
}

/**
 * A percentage as Vietnamese readers write it.
 * @example formatPercent(98) → "98%"; formatPercent(96.5) → "96,5%"; formatPercent(99.99) → "99,9%"
 */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${numberFormat.format(displayPercent(value))}%`;
}
