import type { ContentError } from "../../load/content-error.ts";
import type { PublishedReports } from "../../load/read-published-reports.ts";
import type { DataPath, SourceFile } from "../../load/source-file.ts";
import type { Report } from "../../types/content.generated.ts";
import type { JsonSchema } from "../load-schemas.ts";
import { fieldTitle, schemaAtPath } from "../schema-at-path.ts";
import { errorAt, type Check } from "./context.ts";

type Correction = NonNullable<Report["corrections"]>[number];
type FigureField = Correction["field"];
type FigureValue = Correction["old"];

/** One published figure of a report: a task's status or percent, or a target's value. */
interface Figure {
  item: string;
  field: FigureField;
  value: FigureValue;
  path: DataPath;
}

const TASK_FIELDS = ["status", "percent"] as const;

/**
 * Every figure of a report, keyed by item and field. Reads the published version too, which is only
 * JSON that once passed validation, so each value is checked for its shape rather than trusted.
 * @example figuresOf({ tasks: [{ task: "nv-1-1", status: "hoan-thanh", percent: 100 }], targets: [] }).get("nv-1-1 percent").value → 100
 */
function figuresOf(report: unknown): Map<string, Figure> {
  const out = new Map<string, Figure>();
  const { tasks, targets } = (report ?? {}) as { tasks?: unknown; targets?: unknown };
  const asValue = (v: unknown): FigureValue => (typeof v === "number" || typeof v === "string" ? v : null);
  (Array.isArray(tasks) ? tasks : []).forEach((row: { task?: unknown; status?: unknown; percent?: unknown }, i) => {
    if (typeof row?.task !== "string") return;
    for (const field of TASK_FIELDS) out.set(`${row.task} ${field}`, { item: row.task, field, value: asValue(row[field]), path: ["tasks", i, field] });
  });
  (Array.isArray(targets) ? targets : []).forEach((row: { target?: unknown; value?: unknown }, i) => {
    if (typeof row?.target !== "string") return;
    out.set(`${row.target} value`, { item: row.target, field: "value", value: asValue(row.value), path: ["targets", i, "value"] });
  });
  return out;
}

const show = (v: FigureValue) => (v === null ? "trống (chưa có số liệu)" : typeof v === "string" ? `"${v}"` : String(v));
const json = (v: FigureValue) => JSON.stringify(v);
const day = (iso: string) => iso.split("-").reverse().join("/");

export interface CorrectionOptions {
  /** The first published version of each report, from git; undefined where the guard is not asked for (unit tests of other checks). */
  published?: PublishedReports;
  /** Every report file that exists, readable or not: a published report missing from it was deleted. */
  reportPaths: ReadonlySet<string>;
  reportSchema: JsonSchema;
  /** Under GitHub Actions a guard that cannot run is an error, so Check never passes without it. */
  strict: boolean;
}

/**
 * Published figures change only through a correction (đính chính), like a statistics office's revision
 * notice. Two checks: each report's corrections form a chain that ends at the figure the file now holds
 * (old → new, in date order, nothing on a draft); and, with the published versions read from git, every
 * figure still equals the one first published unless its chain starts from that published value. A
 * published report may not be deleted or turned back into a draft.
 * @example checkCorrections({ published, reportPaths, reportSchema, strict: false })(ctx) → [{ file: "data/2026/bao-cao/2026-q3.json", line: 42, field: "Tiến độ (%)", message: "Số liệu đã công bố ngày 06/10/2026 không được sửa trực tiếp: …", … }]
 */
export function checkCorrections({ published, reportPaths, reportSchema, strict }: CorrectionOptions): Check {
  const title = (path: DataPath) => fieldTitle(reportSchema, path);
  const statuses = (schemaAtPath(reportSchema, ["tasks", 0, "status"])?.enum ?? []) as string[];
  return (ctx) => {
    const errors: ContentError[] = [];
    const at = (file: SourceFile, path: DataPath, message: string, fix: string) => errors.push(errorAt(file, path, title(path), message, fix));
    const publishedByPath = new Map(published?.state === "ok" ? published.reports.map((r) => [r.path, r]) : []);

    for (const { file, data } of ctx.reports) {
      const corrections = data.corrections ?? [];
      const figures = figuresOf(data);
      const pub = publishedByPath.get(file.path);
      if (corrections.length > 0 && data.draft) {
        at(file, ["corrections"], "Báo cáo nháp chưa công bố nên không có gì để đính chính", "sửa thẳng con số trong tasks hoặc targets, rồi xóa mục corrections");
        continue;
      }
      if (corrections.length > 0 && published?.state === "ok" && !pub) {
        at(file, ["corrections"], `Báo cáo này chưa được công bố trên nhánh ${branchName(published.ref)} nên chưa có gì để đính chính`, "sửa thẳng con số trong tasks hoặc targets, rồi xóa mục corrections");
        continue;
      }

      // Corrections of each figure, in file order; `named` also holds figures whose correction is malformed (its own error speaks for it).
      const chains = new Map<string, number[]>();
      const named = new Set<string>();
      corrections.forEach((c, i) => {
        const here = (f: keyof Correction): DataPath => ["corrections", i, f];
        const isTask = c.item.startsWith("nv-");
        if (isTask ? c.field === "value" : c.field !== "value") {
          at(file, here("field"), `"${c.field}" không dùng cho ${isTask ? "nhiệm vụ" : "chỉ tiêu"}`, isTask ? 'với nhiệm vụ, ghi "percent" (tiến độ) hoặc "status" (trạng thái)' : 'với chỉ tiêu, ghi "value"');
          return;
        }
        if (!figures.has(`${c.item} ${c.field}`)) {
          at(file, here("item"), `Báo cáo này không có ${isTask ? "nhiệm vụ" : "chỉ tiêu"} "${c.item}"`, `ghi mã một ${isTask ? "nhiệm vụ có trong tasks" : "chỉ tiêu có trong targets"} của báo cáo này`);
          return;
        }
        named.add(`${c.item} ${c.field}`);
        let shapeOk = true;
        for (const side of ["old", "new"] as const) {
          const problem = shapeProblem(c.field, c[side], statuses);
          if (problem) {
            at(file, here(side), problem.message, problem.fix);
            shapeOk = false;
          }
        }
        if (!shapeOk) return;
        if (c.old === c.new) at(file, here("new"), `Giá trị mới trùng giá trị cũ (${show(c.old)})`, "xóa mục đính chính này nếu con số không thay đổi");
        if (c.date < data.reportDate) at(file, here("date"), `Ngày đính chính ${day(c.date)} trước ngày báo cáo ${day(data.reportDate)}`, "ghi ngày việc đính chính được phê duyệt, sau ngày báo cáo");
        const key = `${c.item} ${c.field}`;
        chains.set(key, [...(chains.get(key) ?? []), i]);
      });

      for (const [key, chain] of chains) {
        const figure = figures.get(key)!;
        for (let k = 1; k < chain.length; k++) {
          const before = corrections[chain[k - 1]!]!;
          const next = corrections[chain[k]!]!;
          if (next.old !== before.new) {
            at(file, ["corrections", chain[k]!, "old"], `Giá trị cũ phải là ${show(before.new)}, giá trị mới của lần đính chính ngày ${day(before.date)}`, `ghi "old": ${json(before.new)}`);
          }
          if (next.date < before.date) at(file, ["corrections", chain[k]!, "date"], `Lần đính chính này (${day(next.date)}) ghi sau lần ngày ${day(before.date)} nhưng có ngày sớm hơn`, "xếp các lần đính chính của cùng một con số theo thứ tự ngày");
        }
        const last = corrections[chain[chain.length - 1]!]!;
        if (figure.value !== last.new) {
          at(file, figure.path, `Đang ghi ${show(figure.value)} nhưng lần đính chính ngày ${day(last.date)} ghi giá trị mới là ${show(last.new)}`, `ghi ${json(last.new)} ở đây, hoặc sửa "new" của lần đính chính đó`);
        }
      }

      if (!pub) continue;
      const since = `ngày ${day(pub.date)}`;
      if (data.draft) at(file, ["draft"], `Báo cáo đã công bố ${since} không thể chuyển lại thành bản nháp`, 'ghi lại "draft": false; muốn sửa con số đã công bố thì thêm đính chính (CONTRIBUTING.md, mục 5)');
      const pubDate = (pub.data as { reportDate?: unknown }).reportDate;
      if (typeof pubDate === "string" && data.reportDate !== pubDate) at(file, ["reportDate"], `Ngày báo cáo đã công bố ${since} là ${pubDate}, không được đổi`, `ghi lại "reportDate": "${pubDate}"`);
      const missing = new Set<string>();
      for (const [key, original] of figuresOf(pub.data)) {
        const current = figures.get(key);
        if (!current) {
          const list = original.field === "value" ? "targets" : "tasks";
          if (!missing.has(original.item)) at(file, [list], `"${original.item}" đã được công bố ${since} nhưng không còn trong báo cáo`, `thêm lại mục của "${original.item}" với số liệu đã công bố`);
          missing.add(original.item);
          continue;
        }
        const chain = chains.get(key);
        if (chain) {
          const first = corrections[chain[0]!]!;
          if (first.old !== original.value) at(file, ["corrections", chain[0]!, "old"], `Giá trị cũ phải là giá trị đã công bố ${since}: ${show(original.value)}`, `ghi "old": ${json(original.value)}`);
        } else if (current.value !== original.value && !named.has(key)) {
          at(
            file, current.path,
            `Số liệu đã công bố ${since} không được sửa trực tiếp: đã công bố ${show(original.value)}, tệp này ghi ${show(current.value)}`,
            `trả lại ${json(original.value)}; nếu con số đã công bố sai thật, giữ ${json(current.value)} và thêm vào "corrections" một mục ` +
              `{ "date": "NNNN-TT-NN", "item": "${original.item}", "field": "${original.field}", "old": ${json(original.value)}, "new": ${json(current.value)}, "reason": "…", "approvedBy": "…" } (CONTRIBUTING.md, mục 5)`,
          );
        }
      }
    }

    if (published?.state === "ok") {
      for (const pub of published.reports) {
        if (reportPaths.has(pub.path)) continue;
        errors.push({
          file: pub.path, line: 1, col: 1, field: title([]),
          message: `Báo cáo đã công bố ngày ${day(pub.date)} bị xóa`,
          fix: `khôi phục tệp ${pub.path} như trên nhánh ${branchName(published.ref)}; muốn sửa con số thì dùng đính chính (CONTRIBUTING.md, mục 5)`,
        });
      }
    } else if (published && ctx.reports.some((r) => !r.data.draft)) {
      const folder = ctx.reports[0]!.file.path.split("/").slice(0, -1).join("/");
      errors.push({ file: folder, line: 1, col: 1, field: "Số liệu đã công bố", ...GUARD_UNAVAILABLE[published.state], ...(strict ? {} : { severity: "warning" as const }) });
    }
    return errors;
  };
}

/** Why the guard could not run, and what makes it run: never a silent pass. */
const GUARD_UNAVAILABLE: Record<Exclude<PublishedReports["state"], "ok">, { message: string; fix: string }> = {
  shallow: {
    message: "Bản sao kho thiếu lịch sử git (shallow clone) nên không kiểm tra được số liệu đã công bố có bị sửa hay không",
    fix: "trên GitHub Actions đặt fetch-depth: 0 cho bước actions/checkout; trên máy, chạy git fetch --unshallow",
  },
  "no-git": {
    message: "Thư mục không phải một kho git nên không kiểm tra được số liệu đã công bố có bị sửa hay không",
    fix: "chạy lệnh trong một bản clone đầy đủ của kho",
  },
  "no-branch": {
    message: "Không tìm thấy nhánh main (hay origin/main) nên không biết số liệu nào đã công bố",
    fix: "chạy git fetch origin main, hoặc đặt biến môi trường NHANH_CONG_BO là tên nhánh công bố",
  },
};

const branchName = (ref: string) => ref.replace(/^refs\/(remotes\/origin|heads)\//, "");

function shapeProblem(field: FigureField, value: FigureValue, statuses: string[]): { message: string; fix: string } | undefined {
  if (field === "status") {
    return typeof value === "string" && statuses.includes(value) ? undefined : { message: `${show(value)} không phải một mã trạng thái`, fix: `ghi một trong: ${statuses.join(", ")}` };
  }
  if (field === "percent") {
    return typeof value === "number" && value >= 0 && value <= 100 ? undefined : { message: `${show(value)} không phải một tiến độ từ 0 đến 100`, fix: "ghi một số từ 0 đến 100" };
  }
  return value === null || typeof value === "number" ? undefined : { message: `${show(value)} không phải một con số`, fix: "ghi một số, hoặc null nếu chưa có số liệu" };
}
