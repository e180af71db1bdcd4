import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deriveSiteData } from "./derive/derive-site-data.ts";
import { buildDataPackage } from "./export/build-data-package.ts";
import { formatLock, LOCK_FILE, parseLock, updateLock } from "./export/data-lock.ts";
import { loadContent } from "./load/load-content.ts";
import { loadSchemas } from "./validate/load-schemas.ts";
import { reportProblems } from "./validate/report-problems.ts";
import { validateContent } from "./validate/validate-content.ts";

/**
 * `npm run data:lock [-- --dinh-chinh <mã kỳ> …]`: records the sha256 of every published period's files
 * (/du-lieu/ky/<mã kỳ>/) in data/du-lieu-da-cong-bo.json, so the build refuses later changes to them.
 * Locked files are never overwritten, except for the periods named after --dinh-chinh (a published correction).
 */
const root = ".";
const corrections = process.argv.flatMap((arg, i) => (process.argv[i - 1] === "--dinh-chinh" ? [arg] : []));
const { files, errors: loadErrors } = await loadContent(root);
const { errors, warnings, content } = validateContent(files, { publish: true });
if (loadErrors.length + errors.length > 0 || !content) {
  await reportProblems([...loadErrors, ...errors, ...warnings]);
  process.exit(1);
}
const pkg = buildDataPackage(deriveSiteData(content), loadSchemas().schemas);
const path = join(root, LOCK_FILE);
const before = parseLock(await readFile(path, "utf8").catch(() => undefined));
const { lock, added, corrected, refused } = updateLock(pkg.snapshots, before, corrections);
await writeFile(path, formatLock(lock));
for (const p of added) console.log(`Đã khóa /du-lieu/${p}`);
for (const p of corrected) console.log(`Đã khóa lại (đính chính) /du-lieu/${p}`);
if (refused.length > 0) {
  console.error(
    `Không khóa lại ${refused.length} tệp vì khác với bản đã công bố:\n${refused.map((p) => `- /du-lieu/${p}`).join("\n")}\n` +
      "Hoàn tác thay đổi trong báo cáo, hoặc nếu đây là đính chính có chủ đích thì chạy lại với `-- --dinh-chinh <mã kỳ>`.",
  );
  process.exitCode = 1;
} else if (added.length + corrected.length === 0) console.log(`Không có gì mới: ${LOCK_FILE} đã khóa mọi kỳ đã công bố.`);
