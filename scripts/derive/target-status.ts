import type { Target } from "../types/content.generated.ts";
import type { TargetStatus } from "./types.ts";

/**
 * Whether an actual value meets its target, by the target's comparator.
 * @example targetStatus({ comparator: ">=", value: 98 }, 96.5) → "chua-dat"
 */
export function targetStatus(target: Pick<Target, "comparator" | "value">, actual: number | null | undefined): TargetStatus {
  if (actual === null || actual === undefined) return "chua-co-so-lieu";
  const met = target.comparator === ">=" ? actual >= target.value : target.comparator === "<=" ? actual <= target.value : actual === target.value;
  return met ? "dat" : "chua-dat";
}
