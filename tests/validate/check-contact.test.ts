import assert from "node:assert/strict";
import { test } from "node:test";
import type { SourceFile } from "../../scripts/load/source-file.ts";
import type { SiteSettings } from "../../scripts/types/content.generated.ts";
import { checkContact } from "../../scripts/validate/cross/check-contact.ts";
import { emptyContext } from "./empty-context.ts";

const site = (contact?: SiteSettings["contact"]) => ({
  file: { path: "data/site.json", locate: (path: (string | number)[]) => ({ line: path.length === 2 ? 10 + ["address", "phone", "email", "serviceCentrePhone"].indexOf(String(path[1])) : 1, col: 3 }) } as unknown as SourceFile,
  data: { title: "x", url: "https://x.example", pathPrefix: "/", repository: "https://x.example", licence: { name: "x", url: "https://x.example" }, ...(contact ? { contact } : {}) } as SiteSettings,
});
const ctx = (s: ReturnType<typeof site>) => emptyContext({ site: s });

test("each empty contact point is a warning on its own line, never an error", () => {
  const problems = checkContact(ctx(site({ address: "", phone: "0251 000", email: " ", serviceCentrePhone: "" })));
  assert.deepEqual(problems.map((p) => [p.line, p.field, p.severity]), [
    [10, "Địa chỉ UBND phường", "warning"],
    [12, "Thư điện tử tiếp nhận phản ánh", "warning"],
    [13, "Điện thoại Trung tâm Phục vụ hành chính công", "warning"],
  ]);
  assert.equal(problems[0]!.message, "Còn trống: trang chỉ nói nơi tìm thông tin liên hệ chính thức");
});

test("a complete contact, or none at all, gives no warning", () => {
  assert.deepEqual(checkContact(ctx(site({ address: "a", phone: "1", email: "a@b.c", serviceCentrePhone: "2" }))), []);
  assert.deepEqual(checkContact(ctx(site())), []);
});
