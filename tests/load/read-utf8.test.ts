import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { decodeUtf8, readUtf8 } from "../../scripts/load/read-utf8.ts";

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));
const BOM = [0xef, 0xbb, 0xbf];

test("a leading BOM is dropped", () => {
  assert.deepEqual(decodeUtf8(bytes(BOM, "id: nv-1-1\n")), { ok: true, text: "id: nv-1-1\n" });
});

test("only a leading BOM is dropped: one inside the text is content", () => {
  assert.deepEqual(decodeUtf8(bytes("a", BOM, "b")), { ok: true, text: "a\uFEFFb" });
});

test("CRLF and lone CR line endings become LF", () => {
  assert.deepEqual(decodeUtf8(bytes("---\r\nid: a\r\n---\rBody\r\n")), { ok: true, text: "---\nid: a\n---\nBody\n" });
});

test("BOM and CRLF together, as Windows Notepad saves", () => {
  assert.deepEqual(decodeUtf8(bytes(BOM, "{\r\n  \"a\": \"Tiến độ\"\r\n}\r\n")), { ok: true, text: "{\n  \"a\": \"Tiến độ\"\n}\n" });
});

test("Vietnamese text decodes unchanged", () => {
  const text = "Cải cách thủ tục hành chính, Hàng Gòn, Đồng Nai — 100%";
  assert.deepEqual(decodeUtf8(bytes(text)), { ok: true, text });
});

test("an invalid byte is reported on its line, at the column of the broken character", () => {
  // "Tập" with the second byte of "ậ" replaced: \xC3\x28 is a lead byte followed by "(".
  const result = decodeUtf8(bytes("---\nid: nv-1-1\ntext: \"T", [0xc3, 0x28], "p trung\"\n---\n"));
  assert.deepEqual(result, { ok: false, line: 3, col: 9 });
});

test("columns count characters, not bytes, before the invalid byte", () => {
  // "Tiến độ " is 8 characters but 12 bytes.
  assert.deepEqual(decodeUtf8(bytes("a\nTiến độ ", [0xff], "\n")), { ok: false, line: 2, col: 9 });
});

test("line numbers of an invalid byte count CRLF lines like an editor does", () => {
  assert.deepEqual(decodeUtf8(bytes(BOM, "a\r\nb\r\n", [0xe1, 0xba], "\r\n")), { ok: false, line: 3, col: 1 });
});

test("a file saved as Latin-1 instead of UTF-8 is refused on its first non-UTF-8 line", () => {
  const latin1 = Buffer.from("id: a\nname: Phòng\n", "latin1");
  assert.deepEqual(decodeUtf8(latin1), { ok: false, line: 2, col: 9 });
});

test("readUtf8 reads a file from disk with the same rules", async () => {
  const dir = await mkdtemp(join(tmpdir(), "read-utf8-"));
  try {
    const file = join(dir, "x.md");
    await writeFile(file, bytes(BOM, "a\r\nb"));
    assert.deepEqual(await readUtf8(file), { ok: true, text: "a\nb" });
    await assert.rejects(readUtf8(join(dir, "missing.md")), { code: "ENOENT" });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
