import assert from "node:assert/strict";
import { test } from "node:test";
import type { DerivedObjective, DerivedPeriod, DerivedTask } from "../../../scripts/derive/types.ts";
import { objectiveChanges, taskChanges } from "../../../site/filters/content-changes.ts";

test("a task's changes name the report, the status move and the percent move, newest first", () => {
  const p = (period: string, periodName: string, reportDate: string, status: string, percent: number, overdue = false) => ({ period, periodName, reportDate, status, percent, overdue });
  const task = { progress: [p("q1", "Quý I", "2026-04-05", "dang-thuc-hien", 20), p("6t", "06 tháng", "2026-07-05", "dang-thuc-hien", 50), p("q3", "Quý III", "2026-10-06", "hoan-thanh", 100)] } as unknown as DerivedTask;
  assert.deepEqual(taskChanges(task), [
    { date: "2026-10-06", text: "Báo cáo Quý III: Đang thực hiện → Hoàn thành, 50% → 100%", report: "/bao-cao/q3/" },
    { date: "2026-07-05", text: "Báo cáo 06 tháng: Đang thực hiện, 20% → 50%", report: "/bao-cao/6t/" },
    { date: "2026-04-05", text: "Báo cáo Quý I: Đang thực hiện, 20%", report: "/bao-cao/q1/" },
  ]);
});

test("an objective's changes skip a report that left a value unchanged and say when there is no figure", () => {
  const periods = [{ id: "q1", report: { reportDate: "2026-04-05" } }, { id: "6t", report: { reportDate: "2026-07-05" } }] as unknown as DerivedPeriod[];
  const v = (period: string, periodName: string, value: number | null) => ({ period, periodName, value });
  const objective = { targets: [{ measure: "Tỷ lệ A", series: [v("q1", "Quý I", 90), v("6t", "06 tháng", 90)] }, { measure: "Tỷ lệ B", series: [v("q1", "Quý I", null), v("6t", "06 tháng", 12.5)] }] } as unknown as DerivedObjective;
  assert.deepEqual(objectiveChanges(objective, periods).map((c) => `${c.date} ${c.text}`), [
    "2026-07-05 Báo cáo 06 tháng: Tỷ lệ B chưa có số liệu → 12,5%",
    "2026-04-05 Báo cáo Quý I: Tỷ lệ A 90%",
    "2026-04-05 Báo cáo Quý I: Tỷ lệ B chưa có số liệu",
  ]);
});
