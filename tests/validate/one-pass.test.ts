/**
 * CONTRIBUTING promises "every error in every file, in one pass": a file that breaks its schema still
 * has its ids and references checked, so staff do not fix one error only to meet the next. Built on the
 * fixture plan, with one task file replaced; expected lines written by hand.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadContent } from "../../scripts/load/load-content.ts";
import { parseMarkdownFile } from "../../scripts/load/parse-markdown-file.ts";
import { formatError } from "../../scripts/validate/format-errors.ts";
import { validateContent } from "../../scripts/validate/validate-content.ts";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";

const PATH = "content/2026/nhiem-vu/nv-1-1.md";

async function withTask(text: string): Promise<string[]> {
  const { files, errors } = await loadContent(FIXTURE_PLAN);
  assert.deepEqual(errors, []);
  const parsed = parseMarkdownFile(PATH, text);
  assert.ok(parsed.ok);
  files.task = files.task.map((f) => (f.path === PATH ? { path: PATH, kind: "markdown", stem: "nv-1-1", data: parsed.data, body: parsed.body, locate: parsed.locate } : f));
  return validateContent(files, { publish: true }).errors.map(formatError);
}

const task = (lines: Record<string, string>) =>
  [
    "---", "id: nv-1-1", "area: thu-tuc-hanh-chinh", 'ref: "II.1.2, ý 1"', "order: 1",
    'text: "Công khai đồng bộ, đầy đủ các thủ tục hành chính tại Bộ phận Một cửa."',
    `lead: ${lines.lead ?? "van-phong-ubnd"}`, "support:", `  - ${lines.support ?? "trung-tam-phuc-vu-hcc"}`,
    `deadline: "${lines.deadline ?? "2026-12-31"}"`, "objectives:", "  - mt-1-1",
    // The assignment basis goes last so the line numbers written above stay as they are.
    "leadBasis:", '  clause: "IV.1"', "  inferred: false", '  note: "Mục IV.1 của kế hoạch mẫu giao Văn phòng chủ trì nội dung này."',
    "supportBasis:", '  clause: "IV"', "  inferred: true", '  note: "Kế hoạch mẫu không nêu đơn vị phối hợp."',
    "---", "",
  ].join("\n");

test("a wrong date and an unknown unit in the same task file are reported together", async () => {
  assert.deepEqual(await withTask(task({ support: "phong-dich-vu-so-hoa", deadline: "31/12/2026" })), [
    'content/2026/nhiem-vu/nv-1-1.md:9:5  Đơn vị phối hợp: Không tìm thấy "phong-dich-vu-so-hoa" trong content/2026/don-vi/ (có phải ý bạn là "phong-dich-vu-so"?)',
    'content/2026/nhiem-vu/nv-1-1.md:10:11  Thời hạn: "31/12/2026" không phải là một ngày hợp lệ (viết ngày theo dạng NNNN-TT-NN, ví dụ "2026-12-31", và kiểm tra ngày có thật trong lịch)',
  ]);
});

test("a value the schema refused is reported once, not again as a dangling reference", async () => {
  const problems = await withTask(task({ lead: "Văn phòng UBND" }));
  assert.equal(problems.length, 1, problems.join("\n"));
  assert.match(problems[0]!, /^content\/2026\/nhiem-vu\/nv-1-1\.md:7:7  Đơn vị chủ trì: /);
});
