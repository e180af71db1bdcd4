import { formatError } from "./validate/format-errors.ts";
import { formatSiteDiff } from "./diff/format-site-diff.ts";
import { snapshotOfFolder, snapshotOfRef } from "./diff/load-snapshot.ts";
import { listPlans } from "./load/load-content.ts";

/**
 * `npm run diff:site -- <base-ref>`: prints, as Markdown in Vietnamese, what the content of the
 * working tree changes on the public site compared with <base-ref> (default origin/main): figures
 * before → after, corrections, pages added or removed. Check appends it to the job summary.
 * Exit 0 whenever it could say something useful; 1 only when the comparison could not be made.
 */
const base = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "origin/main";
try {
  // Each plan on its own (docs/decisions/0008): the year-end report of a closed plan shows too.
  const years = (await listPlans(".")).years;
  const heads = await Promise.all(years.map((year) => snapshotOfFolder(".", year)));
  const broken = heads.reduce((n, h) => n + (h.snapshot ? 0 : h.errors.length), 0);
  if (broken > 0 || heads.length === 0) {
    console.log(["## Thay đổi trên trang công khai", "", `Chưa so sánh được: nội dung của yêu cầu này còn ${broken} lỗi (xem bước "Kiểm tra nội dung"). Sửa hết lỗi thì bảng thay đổi sẽ hiện ở đây.`, ""].join("\n"));
  } else {
    const befores = await snapshotOfRef(base, years);
    years.forEach((year, i) => {
      const head = heads[i]!.snapshot!;
      const before = befores[year];
      if (years.length > 1) console.log(`# Kế hoạch ${year}\n`);
      if (!before) {
        console.log(["## Thay đổi trên trang công khai", "", `Kế hoạch ${year} chưa có ở \`${base.replace(/`/g, "")}\`: mọi trang của kế hoạch này là trang mới.`, ""].join("\n"));
      } else if (!before.snapshot) {
        console.error(before.errors.map(formatError).join("\n"));
        console.log(["## Thay đổi trên trang công khai", "", `Chưa so sánh được: nội dung ở \`${base.replace(/`/g, "")}\` không đọc được bằng trình kiểm tra hiện tại (lỗi kỹ thuật, không do nội dung — báo nhóm kỹ thuật).`, ""].join("\n"));
      } else {
        console.log(formatSiteDiff(before.snapshot, head, base));
      }
    });
  }
} catch (error) {
  console.error(error);
  console.error("Không so sánh được với bản gốc: lỗi kỹ thuật, không do nội dung — báo nhóm kỹ thuật.");
  process.exitCode = 1;
}
