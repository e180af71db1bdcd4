import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { listPlans, loadContent } from "../load/load-content.ts";
import { formatError } from "../validate/format-errors.ts";
import { validateContent } from "../validate/validate-content.ts";
import { reportJson, scaffoldReport } from "./scaffold-report.ts";

/**
 * `npm run new:report -- <mã kỳ>`: creates data/<năm>/bao-cao/<mã kỳ>.json, in the plan that declares the
 * period (else the latest plan), as a draft from the previous
 * period's report (see scaffoldReport). Works in the current folder; exit 1 with a Vietnamese
 * message when the period is unknown, the file exists or the content has errors.
 */
const USAGE = "Cách dùng: npm run new:report -- <mã kỳ>, ví dụ: npm run new:report -- 2026-nam";

async function main(args: string[]): Promise<number> {
  const period = args.find((a) => !a.startsWith("-"));
  if (!period) {
    console.error(`Thiếu mã kỳ báo cáo.\n${USAGE}`);
    return 1;
  }
  const plans = await Promise.all((await listPlans(".")).years.map((year) => loadContent(".", year)));
  const declares = (p: (typeof plans)[number]) => p.files.period.some((f) => Array.isArray(f.data) && f.data.some((x: { id?: unknown }) => x?.id === period));
  const { files, errors: loadErrors, year } = plans.find(declares) ?? plans.at(-1) ?? (await loadContent("."));
  const path = `data/${year}/bao-cao/${period}.json`;
  if (existsSync(path)) {
    console.error(`Tệp ${path} đã có. Mở tệp đó để sửa; lệnh này không ghi đè báo cáo đã có.`);
    return 1;
  }
  const { errors, content } = validateContent(files, { publish: false });
  if (loadErrors.length + errors.length > 0 || !content) {
    for (const e of [...loadErrors, ...errors]) console.error(formatError(e));
    console.error("\nNội dung đang có lỗi nên chưa tạo báo cáo mới. Sửa các lỗi trên (xem npm run validate) rồi chạy lại.");
    return 1;
  }
  const result = scaffoldReport(content, period);
  if (!result.ok) {
    console.error(result.message);
    return 1;
  }
  await mkdir(dirname(result.path), { recursive: true });
  await writeFile(result.path, reportJson(result.report), { flag: "wx" });
  const { report } = result;
  console.log(
    [
      `Đã tạo ${result.path} (bản nháp) ${result.from ? `từ báo cáo kỳ ${result.from}` : "(chưa có báo cáo kỳ trước)"}: ${report.tasks.length} nhiệm vụ, ${report.targets.length} chỉ tiêu.`,
      "Việc còn lại:",
      "  1. Với từng nhiệm vụ: cập nhật \"status\" và \"percent\", thêm \"note\" và \"evidence\" nếu có.",
      `  2. Với từng chỉ tiêu: điền "value" (chưa có số liệu thì để null), kiểm tra "asOf" (${report.targets[0]?.asOf ?? "ngày chốt"}) và "source".`,
      "  3. Thêm \"summary\": vài câu tóm tắt kết quả của kỳ.",
      `  4. Kiểm tra "illustrative" (đang là ${report.illustrative}): false khi là số liệu chính thức.`,
      "  5. Điền xong thì đổi \"draft\": true thành \"draft\": false và chạy npm run validate -- --cong-bo.",
    ].join("\n"),
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
