/**
 * The share of the calendar year gone by the end of `date` (YYYY-MM-DD), in percent with one
 * decimal: the progress a plan for that year would show if its work were spread evenly over the
 * year. It is the reference a reader compares average progress with ("after nine months, 75 % of
 * the year is gone"); the rule is stated on /gioi-thieu/#tien-do-ky-vong.
 * @example yearElapsed("2026-10-06") → 76.4 (279 of 365 days)
 */
export function yearElapsed(date: string): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  const gone = (Date.UTC(year, month - 1, day) - start) / 86_400_000 + 1;
  return Math.round((gone / days) * 1000) / 10;
}
