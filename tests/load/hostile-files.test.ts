/**
 * Content is read only from regular files inside the repository, each under a size cap, with names
 * in the id pattern; anything else is refused at its path without being read. Before these checks a
 * link to a file outside the repository was published, a link to /dev/zero made validation grow to
 * 10 GB and a linked folder to /etc printed every file name there.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { loadContent } from "../../scripts/load/load-content.ts";
import { formatError } from "../../scripts/validate/format-errors.ts";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";

let work: string;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "hg-hostile-files-"));
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A copy of the real content/ and data/, changed by `change`; returns what loading it prints. */
async function load(name: string, change: (repo: string) => Promise<void>): Promise<{ lines: string[]; taskIds: string[] }> {
  const repo = join(work, name);
  await cp(join(FIXTURE_PLAN, "content"), join(repo, "content"), { recursive: true });
  await cp(join(FIXTURE_PLAN, "data"), join(repo, "data"), { recursive: true });
  await change(repo);
  const { files, errors } = await loadContent(repo);
  return { lines: errors.map(formatError), taskIds: files.task.map((f) => f.stem) };
}

test("a link to a file outside the repository is refused at its path and not read", async () => {
  const secret = join(work, "bi-mat.md");
  await writeFile(secret, "---\nid: nv-9-9\ntext: BÍ MẬT\n---\n");
  const { lines, taskIds } = await load("link-file", (repo) => symlink(secret, join(repo, "content/2026/nhiem-vu/nv-9-9.md")));
  assert.deepEqual(lines, ["content/2026/nhiem-vu/nv-9-9.md:1:1  Tệp: Đây là liên kết tượng trưng (symlink); nội dung chỉ được đọc từ tệp thật trong kho (thay liên kết bằng chính tệp hoặc thư mục: chép nội dung thật vào đây)"]);
  assert.ok(!taskIds.includes("nv-9-9"));
});

test("a link to /dev/zero is refused at once instead of read without end", async () => {
  const started = performance.now();
  const { lines } = await load("dev-zero", (repo) => symlink("/dev/zero", join(repo, "data/2026/bao-cao/2026-q9.json")));
  assert.equal(lines.length, 1);
  assert.match(lines[0]!, /^data\/2026\/bao-cao\/2026-q9\.json:1:1  Tệp: Đây là liên kết tượng trưng/);
  assert.ok(performance.now() - started < 10_000);
});

test("a content folder linked to /etc is refused once, naming none of the files there", async () => {
  const { lines } = await load("link-dir", async (repo) => {
    await rm(join(repo, "content/2026/don-vi"), { recursive: true });
    await symlink("/etc", join(repo, "content/2026/don-vi"));
  });
  const about = lines.filter((l) => l.startsWith("content/2026/don-vi"));
  assert.deepEqual(about, ["content/2026/don-vi:1:1  Tệp: Đây là liên kết tượng trưng (symlink); nội dung chỉ được đọc từ tệp thật trong kho (thay liên kết bằng chính tệp hoặc thư mục: chép nội dung thật vào đây)"]);
  assert.ok(!lines.some((l) => /passwd|hostname/.test(l)));
});

test("a FIFO, a folder named like a file and an oversized file are refused without hanging", async () => {
  const { lines } = await load("odd-entries", async (repo) => {
    execFileSync("mkfifo", [join(repo, "content/2026/nhiem-vu/nv-9-1.md")]);
    await mkdir(join(repo, "content/2026/nhiem-vu/nv-9-2.md"));
    await writeFile(join(repo, "content/2026/nhiem-vu/nv-9-3.md"), `---\nid: nv-9-3\n---\n${"a".repeat(1024 * 1024)}`);
  });
  assert.deepEqual(lines, [
    "content/2026/nhiem-vu/nv-9-1.md:1:1  Tệp: Đây không phải tệp thông thường (thiết bị, ống dẫn hoặc socket) (xóa mục này khỏi kho)",
    "content/2026/nhiem-vu/nv-9-2.md:1:1  Tệp: Đây là một thư mục, không phải tệp nội dung (chuyển các tệp ra ngoài và xóa thư mục này)",
    "content/2026/nhiem-vu/nv-9-3.md:1:1  Tệp: Tệp quá lớn (1 MB; tối đa 1 MB) (kiểm tra xem có dán nhầm nội dung không, hoặc tách thành nhiều tệp)",
  ]);
});

test("file names outside the id pattern are refused at their path before reading", async () => {
  const { lines } = await load("names", async (repo) => {
    for (const name of ["NV-1-1.md", "nv 1 1.md", "nv-1-1 (1).md", "nv-1-1\n::warning::x.md", "nhiệm-vụ.md"]) {
      await writeFile(join(repo, "content/2026/nhiem-vu", name), "không được đọc");
    }
  });
  assert.equal(lines.length, 5);
  for (const line of lines) {
    assert.match(line, /^content\/2026\/nhiem-vu\/.+:1:1  Tên tệp: Tên tệp không đúng dạng mã: chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang/);
    assert.ok(!line.includes("\n"));
  }
});

test("text typed as decomposed Unicode (NFD) loads exactly as the same text typed composed (NFC)", async () => {
  let first = "";
  const nfd = await load("nfd", async (repo) => {
    first = (await (await import("node:fs/promises")).readdir(join(repo, "content/2026/nhiem-vu"))).sort()[0]!;
    const file = join(repo, "content/2026/nhiem-vu", first);
    const text = await readFile(file, "utf8");
    assert.notEqual(text.normalize("NFD"), text, "the file has letters that decompose");
    await writeFile(file, text.normalize("NFD"));
  });
  assert.deepEqual(nfd.lines, []);
  const { files: real } = await loadContent(FIXTURE_PLAN);
  const { files: changed } = await loadContent(join(work, "nfd"));
  const pick = (files: typeof real) => files.task.find((f) => `${f.stem}.md` === first)!;
  assert.deepEqual(pick(changed).data, pick(real).data);
  assert.equal(pick(changed).body, pick(real).body);
});

test("a control or bidi character in a content file is refused at its line, and the file is not parsed", async () => {
  const { lines } = await load("hidden", async (repo) => {
    await writeFile(join(repo, "content/2026/nhiem-vu/nv-9-4.md"), "---\nid: nv-9-4\n---\nChuông \u0007 kêu\n\u202Eexe.jpg\n");
    await writeFile(join(repo, "data/2026/bao-cao/2026-q8.json"), '{\n  "period": "2026-q8\u200B"\n}\n');
  });
  assert.deepEqual(lines.map((l) => l.replace(/: không nhìn thấy.*$/, "")), [
    "content/2026/nhiem-vu/nv-9-4.md:4:8  Ký tự ẩn: Có ký tự ẩn U+0007 (tiếng chuông BEL)",
    "content/2026/nhiem-vu/nv-9-4.md:5:1  Ký tự ẩn: Có ký tự ẩn U+202E (đảo chiều chữ phải-sang-trái)",
    "data/2026/bao-cao/2026-q8.json:2:21  Ký tự ẩn: Có ký tự ẩn U+200B (dấu cách độ rộng 0)",
  ]);
});
