import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { listPlans } from "../load/load-content.ts";
import { scaffoldPlan } from "./scaffold-plan.ts";

/**
 * `npm run new:plan -- <năm>`: scaffolds the next plan beside the latest one (see scaffoldPlan):
 * draft until published, periods, areas and units carried over, objectives and tasks left for
 * transcription. Works in the current folder; exit 1 with a Vietnamese message on a bad year, an
 * existing plan, or no plan to carry over from.
 */
const USAGE = "Cách dùng: npm run new:plan -- <năm>, ví dụ: npm run new:plan -- 2027";

async function main(args: string[]): Promise<number> {
  const year = args.find((a) => !a.startsWith("-"));
  if (!year) {
    console.error(`Thiếu năm của kế hoạch mới.\n${USAGE}`);
    return 1;
  }
  if (existsSync(join("content", year)) || existsSync(join("data", year))) {
    console.error(`Kế hoạch ${year} đã có (content/${year}/ hoặc data/${year}/). Lệnh này không ghi đè kế hoạch đã có.`);
    return 1;
  }
  const from = (await listPlans(".")).years.at(-1);
  if (!from) {
    console.error("Chưa có kế hoạch nào để chép sang (content/<năm>/ke-hoach.md).");
    return 1;
  }
  const previous: Record<string, string> = {};
  const read = async (rel: string) => (previous[rel] = await readFile(rel, "utf8"));
  await read(`content/${from}/ke-hoach.md`);
  await read(`data/${from}/ky-bao-cao.json`);
  for (const folder of ["linh-vuc", "don-vi"]) {
    for (const name of (await readdir(join("content", from, folder)).catch(() => [] as string[])).filter((n) => n.endsWith(".md") && n.toLowerCase() !== "readme.md")) await read(`content/${from}/${folder}/${name}`);
  }
  const result = scaffoldPlan(from, year, previous);
  if (!result.ok) {
    console.error(`${result.message}\n${USAGE}`);
    return 1;
  }
  for (const [path, text] of Object.entries(result.files)) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, { flag: "wx" });
  }
  console.log(
    [
      `Đã tạo kế hoạch ${year} (bản nháp, chưa công bố) từ kế hoạch ${from}: ${Object.keys(result.files).length} tệp trong content/${year}/ và data/${year}/.`,
      "Việc còn lại (CONTRIBUTING.md, mục \"Sang năm mới\"):",
      `  1. content/${year}/ke-hoach.md: chép nguyên văn mọi trường đang ghi "Chưa chép" từ văn bản đã ký.`,
      `  2. Kiểm tra lĩnh vực (content/${year}/linh-vuc/), đơn vị (content/${year}/don-vi/) và kỳ báo cáo (data/${year}/ky-bao-cao.json) chép từ năm ${from}.`,
      `  3. Chép từng mục tiêu vào content/${year}/muc-tieu/ và từng nhiệm vụ vào content/${year}/nhiem-vu/; chỉ tiêu đo tiếp năm trước ghi continues: "${from}/<mã>".`,
      `  4. Xem trước bằng npm start (trang /${year}/ có dòng BẢN NHÁP); khi đủ, xóa dòng draft: true rồi chạy npm run validate -- --cong-bo.`,
      `  Công bố kế hoạch ${year} sẽ khép lại kế hoạch ${from}: nội dung kế hoạch ${from} không sửa được nữa, báo cáo của nó vẫn thêm được.`,
    ].join("\n"),
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
