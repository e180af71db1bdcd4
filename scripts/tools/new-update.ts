import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { listPlans } from "../load/load-content.ts";
import { scaffoldUpdate, todayInVietnam } from "./scaffold-update.ts";

/**
 * `npm run new:update -- "<tiêu đề>" [--ngay NNNN-TT-NN]`: creates content/<năm>/cap-nhat/<ngày>-<tên>.md
 * with valid front matter and a placeholder body, in the plan of the date's year (else the latest plan). The date defaults to today in Vietnam. Works in
 * the current folder; exit 1 with a Vietnamese message on a bad date or an existing file.
 */
const USAGE = "Cách dùng: npm run new:update -- \"Tiêu đề tin\" [--ngay NNNN-TT-NN]";

async function main(args: string[]): Promise<number> {
  let date = todayInVietnam();
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--ngay") {
      const value = args[++i];
      if (!value) {
        console.error(`Thiếu ngày sau --ngay.\n${USAGE}`);
        return 1;
      }
      date = value;
    } else if (arg.startsWith("--ngay=")) {
      date = arg.slice("--ngay=".length);
    } else if (arg.startsWith("--")) {
      console.error(`Không hiểu tùy chọn ${arg}.\n${USAGE}`);
      return 1;
    } else {
      words.push(arg);
    }
  }
  const { years } = await listPlans(".");
  const year = years.includes(date.slice(0, 4)) ? date.slice(0, 4) : (years.at(-1) ?? date.slice(0, 4));
  const result = scaffoldUpdate(words.join(" "), date, year);
  if (!result.ok) {
    console.error(`${result.message}\n${USAGE}`);
    return 1;
  }
  if (existsSync(result.path)) {
    console.error(`Tệp ${result.path} đã có. Mở tệp đó để sửa, hoặc đặt tiêu đề khác.`);
    return 1;
  }
  await mkdir(dirname(result.path), { recursive: true });
  await writeFile(result.path, result.text, { flag: "wx" });
  console.log(
    [
      `Đã tạo ${result.path}.`,
      "Việc còn lại: mở tệp, thay câu mẫu bằng nội dung tin, thêm period/tasks nếu tin nói về một kỳ báo cáo hay nhiệm vụ cụ thể,",
      "rồi chạy npm run validate.",
    ].join("\n"),
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
