import type { ContentError } from "../../load/content-error.ts";
import { titleOf } from "../schema-at-path.ts";
import { errorAt, type Check } from "./context.ts";

/**
 * Why an evidence address must not be published, or null. The schema asks for https://; this adds
 * what a pattern cannot say clearly: no user name or password in the address (it would publish
 * them), and no address that only works inside an office or on the editor's own computer
 * (localhost, an IP address, a name without a dot), which readers cannot open and which point the
 * site's readers at machines on their own network.
 * @example evidenceUrlProblem("https://user:pass@example.gov.vn/x") → "Địa chỉ chứa tên đăng nhập hoặc mật khẩu"
 */
export function evidenceUrlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "Địa chỉ không đọc được";
  }
  if (url.protocol !== "https:") return "Địa chỉ phải bắt đầu bằng https://";
  if (url.username || url.password) return "Địa chỉ chứa tên đăng nhập hoặc mật khẩu";
  // URL has already turned every IPv4 spelling (0x7f.1, 2130706433) into dotted decimal.
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  if (host.startsWith("[") || /^\d+\.\d+\.\d+\.\d+$/.test(host)) return "Địa chỉ là một địa chỉ IP, không phải tên trang web";
  if (host === "localhost" || host.endsWith(".localhost")) return "Địa chỉ trỏ tới chính máy tính đang mở (localhost)";
  if (!host.includes(".")) return "Địa chỉ không có tên miền đầy đủ (chỉ mở được trong mạng nội bộ)";
  return null;
}

/** Every evidence link of every report row, checked by evidenceUrlProblem. */
export const checkEvidenceUrls: Check = (ctx) => {
  const errors: ContentError[] = [];
  for (const { file, data } of ctx.reports) {
    data.tasks.forEach((row, i) => {
      (row.evidence ?? []).forEach((e, j) => {
        const problem = evidenceUrlProblem(e.url);
        if (problem) errors.push(errorAt(file, ["tasks", i, "evidence", j, "url"], titleOf("report", ["tasks", "*", "evidence", "*", "url"]), problem, "dán địa chỉ công khai của văn bản hoặc bài viết, dạng https://tên-miền/…, như khi mở nó trên trình duyệt"));
      });
    });
  }
  return errors;
};
