const numberFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

/**
 * A number in Vietnamese format (decimal comma, dot for thousands).
 * @example formatNumber(1234.5) → "1.234,5"
 */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : numberFormat.format(value);
}

/**
 * A percentage as Vietnamese readers write it.
 * @example formatPercent(98) → "98%"; formatPercent(96.5) → "96,5%"
 */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${numberFormat.format(value)}%`;
}
