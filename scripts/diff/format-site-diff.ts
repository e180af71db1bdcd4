import { ui } from "../../lib/ui.ts";
import type { SiteSnapshot, SnapshotCorrection } from "./site-snapshot.ts";

const UI = ui as { status: Record<string, string>; targetStatus: Record<string, string> };

const FIELD_NAMES: Record<string, string> = { percent: "tiến độ (%)", status: "trạng thái", value: "giá trị thực tế" };
const number = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

/**
 * Markdown for the job summary of Check: what a pull request changes on the public site, in
 * Vietnamese, computed from the snapshots of its base and its head. Every text from content is
 * escaped, so a title cannot break the tables or inject markup.
 * @example formatSiteDiff(base, head, "main") → "## Thay đổi trên trang công khai\n…"
 */
export function formatSiteDiff(base: SiteSnapshot, head: SiteSnapshot, baseName: string): string {
  const out: string[] = ["## Thay đổi trên trang công khai", "", `So sánh nội dung của yêu cầu này với \`${baseName.replace(/`/g, "")}\` (số liệu như trang hiển thị sau khi hợp nhất).`, ""];
  const periodName = new Map([...base.periods, ...head.periods].map((p) => [p.id, p.name]));
  const periodOrder = [...new Set([...base.periods, ...head.periods].map((p) => p.id))];
  let shown = 0;

  const taskRows: string[] = [];
  for (const id of union(Object.keys(base.tasks), Object.keys(head.tasks))) {
    const before = base.tasks[id];
    const after = head.tasks[id];
    for (const period of periodOrder) {
      const b = before?.rows[period];
      const a = after?.rows[period];
      if (!b && !a) continue;
      if (b && a && b.status === a.status && b.percent === a.percent) continue;
      const label = (after ?? before)!.label;
      taskRows.push(row([text(periodName.get(period) ?? period), text(label), change(b && (UI.status[b.status] ?? b.status), a && (UI.status[a.status] ?? a.status)), change(b && `${number.format(b.percent)}%`, a && `${number.format(a.percent)}%`)]));
    }
  }
  if (taskRows.length > 0) {
    shown++;
    out.push(`### Tiến độ nhiệm vụ (${taskRows.length} thay đổi)`, "", row(["Kỳ", "Nhiệm vụ", "Trạng thái", "Tiến độ"]), "| --- | --- | --- | --- |", ...taskRows, "");
  }

  const targetRows: string[] = [];
  for (const id of union(Object.keys(base.targets), Object.keys(head.targets))) {
    const before = base.targets[id];
    const after = head.targets[id];
    const unit = (after ?? before)!.unit;
    for (const period of periodOrder) {
      const b = before?.rows[period];
      const a = after?.rows[period];
      if (!b && !a) continue;
      if (b && a && b.value === a.value && b.status === a.status) continue;
      const value = (v: number | null) => (v === null ? "chưa có số liệu" : `${number.format(v)} ${unit}`.trim());
      targetRows.push(row([text(periodName.get(period) ?? period), text((after ?? before)!.label), change(b && value(b.value), a && value(a.value)), change(b && (UI.targetStatus[b.status] ?? b.status), a && (UI.targetStatus[a.status] ?? a.status))]));
    }
  }
  if (targetRows.length > 0) {
    shown++;
    out.push(`### Số liệu chỉ tiêu (${targetRows.length} thay đổi)`, "", row(["Kỳ", "Chỉ tiêu", "Giá trị", "Đánh giá"]), "| --- | --- | --- | --- |", ...targetRows, "");
  }

  const key = (c: SnapshotCorrection) => JSON.stringify([c.period, c.date, c.item, c.field, c.old, c.new]);
  const oldCorrections = new Set(base.corrections.map(key));
  const added = head.corrections.filter((c) => !oldCorrections.has(key(c)));
  const newCorrections = new Set(head.corrections.map(key));
  const removed = base.corrections.filter((c) => !newCorrections.has(key(c)));
  if (added.length + removed.length > 0) {
    shown++;
    out.push(`### Đính chính`, "");
    for (const c of added) out.push(`- Thêm: ${correction(c, periodName)}`);
    for (const c of removed) out.push(`- **Bỏ** (đính chính đã công bố bị xóa): ${correction(c, periodName)}`);
    out.push("");
  }

  const addedPages = Object.keys(head.pages).filter((p) => !(p in base.pages));
  const removedPages = Object.keys(base.pages).filter((p) => !(p in head.pages));
  if (addedPages.length + removedPages.length > 0) {
    shown++;
    out.push("### Trang thêm, bớt", "");
    for (const p of addedPages) out.push(`- Thêm: \`${p.replace(/`/g, "")}\` ${text(head.pages[p]!)}`);
    for (const p of removedPages) out.push(`- Bớt: \`${p.replace(/`/g, "")}\` ${text(base.pages[p]!)}`);
    out.push("");
  }

  const newDrafts = head.drafts.filter((d) => !base.drafts.includes(d));
  if (head.drafts.length > 0) {
    out.push("### Bản nháp (không lên trang)", "");
    for (const d of head.drafts) out.push(`- \`${d.replace(/`/g, "")}\`${newDrafts.includes(d) ? " (mới trong yêu cầu này)" : ""}`);
    out.push("");
  }
  if (shown === 0) out.push("Yêu cầu này không thay đổi con số hay trang nào trên trang công khai.", "");
  return out.join("\n");
}

function correction(c: SnapshotCorrection, periodName: Map<string, string>): string {
  const show = (v: number | string | null) => (v === null ? "chưa có số liệu" : typeof v === "number" ? number.format(v) : (UI.status[v] ?? v));
  return text(`${periodName.get(c.period) ?? c.period}, ${c.item}, ${FIELD_NAMES[c.field] ?? c.field}: ${show(c.old)} → ${show(c.new)}; ngày ${c.date}; lý do: ${c.reason}; phê duyệt: ${c.approvedBy}`);
}

/** "before → **after**" (Markdown, escaped), or the one value when it did not change. */
function change(before: string | undefined, after: string | undefined): string {
  if (before === undefined) return `(mới) **${text(after ?? "")}**`;
  if (after === undefined) return `${text(before)} → (bỏ)`;
  return before === after ? text(before) : `${text(before)} → **${text(after)}**`;
}

/** One table row of cells already escaped. */
function row(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

/** Content text made inert in Markdown and HTML: no table break, no link, no tag, no emphasis. */
export function text(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|#~!])/g, "\\$1");
}

/** Ids in plan order: the head's, then those only the base has. */
function union(base: string[], head: string[]): string[] {
  return [...new Set([...head, ...base])];
}
