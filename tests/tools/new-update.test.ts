import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { loadContent } from "../../scripts/load/load-content.ts";
import { parseMarkdownFile } from "../../scripts/load/parse-markdown-file.ts";
import { isIsoDate, scaffoldUpdate, slugify, todayInVietnam, UPDATE_BODY_PLACEHOLDER } from "../../scripts/tools/scaffold-update.ts";
import { validateContent } from "../../scripts/validate/validate-content.ts";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

test("slugs strip Vietnamese tone marks, turn đ into d and join words with hyphens", () => {
  assert.equal(slugify("Đồng Nai đẩy mạnh số hóa"), "dong-nai-day-manh-so-hoa");
  assert.equal(slugify("Cập nhật kết quả CCHC quý I/2026!"), "cap-nhat-ket-qua-cchc-quy-i-2026");
  assert.equal(slugify("  Ưu tiên   thủ tục — “một cửa”  "), "uu-tien-thu-tuc-mot-cua");
  // Precomposed and decomposed forms of the same title give the same slug.
  assert.equal(slugify("Hoàn thành".normalize("NFD")), slugify("Hoàn thành".normalize("NFC")));
  assert.equal(slugify("!!!"), "");
});

test("a long title is cut at a word boundary", () => {
  const slug = slugify("Ủy ban nhân dân phường Hàng Gòn tổ chức hội nghị triển khai kế hoạch cải cách hành chính năm 2026");
  assert.ok(slug.length <= 60, slug);
  assert.match(slug, /^uy-ban-nhan-dan-phuong-hang-gon-to-chuc-hoi-nghi-[a-z0-9-]*[a-z0-9]$/);
});

test("dates: only real YYYY-MM-DD dates, and today is Vietnam's today", () => {
  assert.ok(isIsoDate("2026-02-28"));
  assert.ok(!isIsoDate("2026-02-30"));
  assert.ok(!isIsoDate("30/06/2026"));
  assert.equal(todayInVietnam(new Date("2026-04-05T20:00:00Z")), "2026-04-06");
});

test("the new update file has valid front matter and validates, but is not published until its placeholder sentence is replaced", async () => {
  const result = scaffoldUpdate("Đồng Nai đẩy mạnh số hóa", "2026-11-27");
  assert.ok(result.ok);
  assert.equal(result.path, "content/2026/cap-nhat/2026-11-27-dong-nai-day-manh-so-hoa.md");
  const parsed = parseMarkdownFile(result.path, result.text);
  assert.ok(parsed.ok, "front matter parses");
  assert.deepEqual(parsed.data, { id: "2026-11-27-dong-nai-day-manh-so-hoa", date: "2026-11-27", title: "Đồng Nai đẩy mạnh số hóa", illustrative: false });
  assert.equal(parsed.body.trim(), UPDATE_BODY_PLACEHOLDER);

  const { files, errors: loadErrors } = await loadContent(FIXTURE_PLAN);
  assert.deepEqual(loadErrors, []);
  files.update.push({ path: result.path, kind: "markdown", stem: result.id, data: parsed.data, body: parsed.body, bodyLine: parsed.bodyLine, locate: parsed.locate });
  const checked = validateContent(files, { publish: false });
  assert.deepEqual(checked.errors, []);
  assert.ok(checked.content?.updates.some((u) => u.data.id === result.id));
  assert.deepEqual(checked.warnings.map((w) => [w.file, w.field]), [[result.path, "Nội dung tin"]], "the placeholder is flagged while checking");

  const lines = result.text.split("\n");
  const published = validateContent(files, { publish: true });
  assert.deepEqual(
    published.errors.map((e) => [e.file, e.line, e.message]),
    [[result.path, lines.indexOf(UPDATE_BODY_PLACEHOLDER) + 1, "Tin vẫn còn câu mẫu nên chưa được công bố"]],
    "an update still holding the placeholder sentence is never published",
  );
});

test("titles with quotes and colons stay valid YAML", () => {
  const result = scaffoldUpdate('Thông báo: "Ngày thứ Bảy" tiếp dân', "2026-05-09");
  assert.ok(result.ok);
  const parsed = parseMarkdownFile(result.path, result.text);
  assert.ok(parsed.ok);
  assert.equal((parsed.data as { title: string }).title, 'Thông báo: "Ngày thứ Bảy" tiếp dân');
});

test("an empty title or a bad date is refused", () => {
  assert.deepEqual(scaffoldUpdate("   ", "2026-05-09").ok, false);
  const bad = scaffoldUpdate("Tin", "09/05/2026");
  assert.equal(bad.ok, false);
  assert.match(!bad.ok ? bad.message : "", /Ngày "09\/05\/2026" không đúng dạng NNNN-TT-NN/);
});

test("npm run new:update creates the file, then refuses to overwrite it", async () => {
  const dir = await mkdtemp(join(tmpdir(), "cchc-new-update-"));
  try {
    await cp(join(FIXTURE_PLAN, "content/2026/cap-nhat"), join(dir, "content/2026/cap-nhat"), { recursive: true });
    const run = async (...args: string[]) => {
      try {
        const { stdout } = await promisify(execFile)(process.execPath, ["--import", import.meta.resolve("tsx"), join(ROOT, "scripts/tools/new-update.ts"), ...args], { cwd: dir });
        return { code: 0, out: stdout };
      } catch (error) {
        const e = error as { code?: number; stderr?: string };
        return { code: e.code ?? -1, out: e.stderr ?? "" };
      }
    };
    const created = await run("Đồng Nai đẩy mạnh số hóa", "--ngay", "2026-11-27");
    assert.equal(created.code, 0, created.out);
    assert.match(created.out, /^Đã tạo content\/2026\/cap-nhat\/2026-11-27-dong-nai-day-manh-so-hoa\.md\./);
    const text = await readFile(join(dir, "content/2026/cap-nhat/2026-11-27-dong-nai-day-manh-so-hoa.md"), "utf8");
    assert.equal(text, (scaffoldUpdate("Đồng Nai đẩy mạnh số hóa", "2026-11-27") as { text: string }).text);

    const again = await run("Đồng Nai đẩy mạnh số hóa", "--ngay", "2026-11-27");
    assert.equal(again.code, 1);
    assert.match(again.out, /đã có/);
    const badDate = await run("Tin mới", "--ngay", "27/11/2026");
    assert.equal(badDate.code, 1);
    assert.match(badDate.out, /không đúng dạng NNNN-TT-NN/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
