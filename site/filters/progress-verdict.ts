/**
 * Average progress against the share of the year gone (the rule on /gioi-thieu/#tien-do-ky-vong):
 * ahead, behind or on pace, and by how many percentage points (one decimal).
 * @example progressVerdict(70.2, 76.4) → { kind: "cham-hon", points: 6.2 }
 */
export function progressVerdict(mean: number | null | undefined, elapsed: number): { kind: "nhanh-hon" | "cham-hon" | "bang"; points: number } | undefined {
  if (mean === null || mean === undefined) return undefined;
  const points = Math.round(Math.abs(mean - elapsed) * 10) / 10;
  return { kind: points === 0 ? "bang" : mean > elapsed ? "nhanh-hon" : "cham-hon", points };
}
