import { inspect } from "node:util";
import { buildSite } from "./build.ts";
import { OutputFolderRefusedError } from "./lib/output-folder.ts";
import { plainText } from "./validate/format-errors.ts";

/**
 * `npm run build [-- --out DIR --prefix /x/]`: the whole pipeline; exit 1 and no change to the
 * output on any error. Every failure ends with one Vietnamese line saying what to do or whom to
 * ask, so the last line of a red Check log is the one to read.
 */
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const CONTENT_FAILURE = "Chưa xây dựng trang vì nội dung có lỗi: sửa từng lỗi ở trên (tệp:dòng:cột, cách sửa trong ngoặc) rồi chạy lại; cách đọc lỗi ở CONTRIBUTING.md, mục \"Đọc thông báo lỗi\".";
const TECHNICAL_FAILURE = "Lỗi kỹ thuật, không do nội dung — báo nhóm kỹ thuật và gửi kèm nhật ký này; trang đang chạy giữ nguyên.";
try {
  const result = await buildSite({ root: ".", outDir: arg("--out") ?? "_site", ...(arg("--prefix") ? { pathPrefix: arg("--prefix")! } : {}) });
  if (!result) console.error(`\n${CONTENT_FAILURE}`);
  process.exitCode = result ? 0 : 1;
} catch (error) {
  process.exitCode = 1;
  if (error instanceof OutputFolderRefusedError) {
    // Nothing was read or written: the message says why and what to choose instead.
    console.error(error.message);
  } else {
    // A technical error can quote content (a template error shows the text it choked on): printed
    // through plainText so that no line of it can be read as a GitHub Actions command.
    console.error(plainText(`Xây dựng trang thất bại; trang cũ được giữ nguyên.\n${inspect(error)}`));
    console.error(`\n${TECHNICAL_FAILURE}`);
  }
}
