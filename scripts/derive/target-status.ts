import type { Target } from "../types/content.generated.ts";
import type { TargetStatus } from "./types.ts";

/**
 * Whether an actual value meets its target, by the target's comparator.
 * @example targetStatus({ comparator: ">=", value: 98 }, 96.5) → "chua-dat"
 * @example targetStatus({ comparator: ">=", value: null }, 5) → "khong-danh-gia"
 */
export function targetStatus(target: Pick<Target, "comparator" | "value">, actual: number | null | undefined): TargetStatus {
  // A target whose figure the plan leaves to the province ("theo chỉ tiêu tỉnh giao") cannot be met or missed.
  if (target.value === null) return "khong-danh-gia";
  if (actual === null || actual === undefined) return "chua-co-so-lieu";
  const goal = target.value;
  const met = target.comparator === ">=" ? actual >= goal : target.comparator === ">" ? actual > goal : target.comparator === "<=" ? actual <= goal : actual === goal;
  return met ? "dat" : "chua-dat";
}
