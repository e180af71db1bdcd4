/**
 * Evidence links are public https addresses: before, https://user:pass@… and 127.0.0.1 were accepted
 * and published as links on task and report pages.
 */
import assert from "node:assert/strict";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { loadContent } from "../../scripts/load/load-content.ts";
import { evidenceUrlProblem } from "../../scripts/validate/cross/check-evidence-urls.ts";
import { validateContent } from "../../scripts/validate/validate-content.ts";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";


test("credentials, IP literals, localhost and bare host names are refused with the reason", () => {
  assert.equal(evidenceUrlProblem("https://user:pass@hanggon.dongnai.gov.vn/a"), "Địa chỉ chứa tên đăng nhập hoặc mật khẩu");
  assert.equal(evidenceUrlProblem("https://token@hanggon.dongnai.gov.vn/a"), "Địa chỉ chứa tên đăng nhập hoặc mật khẩu");
  for (const ip of ["https://127.0.0.1/x", "https://10.0.0.5:8443/", "https://2130706433/", "https://0x7f.1/", "https://[::1]/", "https://[fe80::1]/a"]) {
    assert.equal(evidenceUrlProblem(ip), "Địa chỉ là một địa chỉ IP, không phải tên trang web", ip);
  }
  assert.equal(evidenceUrlProblem("https://localhost:8080/x"), "Địa chỉ trỏ tới chính máy tính đang mở (localhost)");
  assert.equal(evidenceUrlProblem("https://app.localhost/"), "Địa chỉ trỏ tới chính máy tính đang mở (localhost)");
  assert.equal(evidenceUrlProblem("https://intranet/van-ban"), "Địa chỉ không có tên miền đầy đủ (chỉ mở được trong mạng nội bộ)");
  assert.equal(evidenceUrlProblem("http://hanggon.dongnai.gov.vn/"), "Địa chỉ phải bắt đầu bằng https://");
  assert.equal(evidenceUrlProblem("https://hanggon.dongnai.gov.vn/van-ban/ke-hoach?id=1#p2"), null);
  assert.equal(evidenceUrlProblem("https://dichvucong.gov.vn/p/home/dvc-trang-chu.html"), null);
});

test("a report row with such a link is refused at the link's line", async () => {
  const work = await mkdtemp(join(tmpdir(), "hg-evidence-"));
  try {
    await cp(join(FIXTURE_PLAN, "content"), join(work, "content"), { recursive: true });
    await cp(join(FIXTURE_PLAN, "data"), join(work, "data"), { recursive: true });
    const name = (await readdir(join(work, "data/2026/bao-cao"))).filter((n) => n.endsWith(".json")).sort()[0]!;
    const path = join(work, "data/2026/bao-cao", name);
    const report = JSON.parse(await readFile(path, "utf8"));
    report.tasks[0].evidence = [{ title: "Biên bản", url: "https://admin:matkhau@hanggon.dongnai.gov.vn/bb.pdf" }, { title: "Máy nội bộ", url: "https://192.168.1.10/bb.pdf" }];
    const text = `${JSON.stringify(report, null, 2)}\n`;
    await writeFile(path, text);
    const lines = text.split("\n");
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    const { files, errors: loadErrors } = await loadContent(work);
    assert.deepEqual(loadErrors, []);
    const { errors } = validateContent(files, { publish: false });
    const mine = errors.filter((e) => e.field === "Đường dẫn minh chứng").map((e) => `${e.file}:${e.line} ${e.message}`);
    assert.deepEqual(mine, [
      `data/2026/bao-cao/${name}:${lineOf("admin:matkhau")} Địa chỉ chứa tên đăng nhập hoặc mật khẩu`,
      `data/2026/bao-cao/${name}:${lineOf("192.168.1.10")} Địa chỉ là một địa chỉ IP, không phải tên trang web`,
    ]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
