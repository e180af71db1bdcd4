import type { ContentError } from "../../load/content-error.ts";
import type { DataPath, SourceFile } from "../../load/source-file.ts";
import type { ContentType } from "../../load/content-types.ts";
import { titleOf } from "../schema-at-path.ts";
import { errorAt, type Check } from "./context.ts";

/** Range a value must fall in for each unit of measure. */
const UNIT_RANGE: Record<string, [number, number]> = { "%": [0, 100] };

/**
 * Numbers fit their unit (a percentage lies in 0–100); dates lie where they belong: deadlines in
 * the plan year, a period inside the year with start ≤ end, its data cut-off inside it and its due date after the cut-off (the annual report is due before the year ends), a report's figures dated inside
 * its period and the report itself dated between the period's start and its due date.
 * @example checkValuesAndDates(ctx) → [{ field: "Ngày chốt số liệu", message: "Ngày 2026-05-01 nằm ngoài kỳ …", … }]
 */
export const checkValuesAndDates: Check = (ctx) => {
  const errors: ContentError[] = [];
  const year = ctx.plan?.data.year ?? 2026;
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const inYear = (file: SourceFile, type: ContentType, path: DataPath, date: string) => {
    if (date < yearStart || date > yearEnd) errors.push(errorAt(file, path, titleOf(type, path), `Ngày ${date} không thuộc năm ${year} của kế hoạch`, `chọn một ngày từ ${yearStart} đến ${yearEnd}`));
  };
  const fits = (file: SourceFile, type: ContentType, path: DataPath, unit: string, value: number) => {
    const range = UNIT_RANGE[unit];
    if (range && (value < range[0] || value > range[1])) errors.push(errorAt(file, path, titleOf(type, path), `Giá trị ${value}${unit} vượt ngoài khoảng ${range[0]}–${range[1]}${unit}`, `nhập số từ ${range[0]} đến ${range[1]}`));
  };

  const unitOf = new Map<string, string>();
  for (const { file, data } of ctx.objectives) {
    data.targets.forEach((t, i) => {
      unitOf.set(t.id, t.unit);
      if (t.value !== null) fits(file, "objective", ["targets", i, "value"], t.unit, t.value);
      if (t.baseline?.value !== undefined) fits(file, "objective", ["targets", i, "baseline", "value"], t.unit, t.baseline.value);
    });
  }
  for (const { file, data } of ctx.tasks) inYear(file, "task", ["deadline"], data.deadline);
  for (const { file, data } of ctx.units) data.duties.forEach((d, i) => d.deadline && inYear(file, "unit", ["duties", i, "deadline"], d.deadline));
  if (ctx.plan?.data.unitPlanDeadline) inYear(ctx.plan.file, "plan", ["unitPlanDeadline"], ctx.plan.data.unitPlanDeadline);

  const periods = new Map((ctx.periods?.data ?? []).map((p) => [p.id, p]));
  if (ctx.periods) {
    const { file } = ctx.periods;
    ctx.periods.data.forEach((p, i) => {
      inYear(file, "period", [i, "start"], p.start);
      inYear(file, "period", [i, "end"], p.end);
      if (p.end < p.start) errors.push(errorAt(file, [i, "end"], titleOf("period", ["*", "end"]), `Ngày kết thúc ${p.end} trước ngày bắt đầu ${p.start}`, "kiểm tra lại hai ngày"));
      if (p.due < p.start) errors.push(errorAt(file, [i, "due"], titleOf("period", ["*", "due"]), `Hạn gửi ${p.due} trước ngày bắt đầu kỳ ${p.start}`, "hạn gửi phải sau ngày bắt đầu kỳ"));
      // The annual report is due before the year ends (20/12 < 31/12); what makes that sound is a cut-off before the due date.
      if (p.dataCutoff < p.start || p.dataCutoff > p.end) errors.push(errorAt(file, [i, "dataCutoff"], titleOf("period", ["*", "dataCutoff"]), `Ngày chốt số liệu ${p.dataCutoff} nằm ngoài kỳ (${p.start} đến ${p.end})`, `chọn một ngày từ ${p.start} đến ${p.end}`));
      else if (p.due <= p.dataCutoff) errors.push(errorAt(file, [i, "due"], titleOf("period", ["*", "due"]), `Hạn gửi ${p.due} không sau ngày chốt số liệu ${p.dataCutoff}`, "hạn gửi phải sau ngày chốt số liệu: sửa một trong hai ngày"));
    });
  }
  for (const { file, data } of ctx.reports) {
    const p = periods.get(data.period);
    if (p && (data.reportDate < p.start || data.reportDate > p.due)) {
      errors.push(errorAt(file, ["reportDate"], titleOf("report", ["reportDate"]), `Ngày ${data.reportDate} nằm ngoài kỳ ${p.name} (${p.start} đến hạn gửi ${p.due})`, `chọn ngày từ ${p.start} đến ${p.due}`));
    }
    data.targets.forEach((row, i) => {
      const unit = unitOf.get(row.target);
      if (unit && row.value !== null) fits(file, "report", ["targets", i, "value"], unit, row.value);
      if (p && row.asOf && (row.asOf < p.start || row.asOf > p.end)) {
        errors.push(errorAt(file, ["targets", i, "asOf"], titleOf("report", ["targets", "*", "asOf"]), `Ngày ${row.asOf} nằm ngoài kỳ ${p.name} (${p.start} đến ${p.end})`, `chọn ngày từ ${p.start} đến ${p.end}`));
      }
    });
  }
  for (const { file, data } of ctx.updates) {
    if (data.date < yearStart || data.date > `${year + 1}-12-31`) errors.push(errorAt(file, ["date"], titleOf("update", ["date"]), `Ngày ${data.date} không thuộc năm ${year} hoặc năm sau`, "kiểm tra lại năm của ngày đăng"));
  }
  return errors;
};
