/**
 * The worked example of docs/content-types.md, run: a new content type ("văn bản", documents) added to
 * a copy of the repository by its schema, `npm run types` and one template, and nothing else, is
 * loaded, checked against its schema and its references with file:line messages, shown on its own
 * pages, listed in the data dictionary and published as a table of the open data.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Everything a contributor could have to edit: the code, the schemas, the templates and the configuration. */
const CODE = ["scripts", "schemas", "lib", "site", "eleventy.config.ts", "package.json", "tsconfig.json"];

const SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://hang-gon.example/schemas/document.schema.json",
  "x-content": {
    order: 10, typeName: "Document", key: "documents", dir: "content/{year}/van-ban", ext: ".md",
    resource: { name: "documents", description: "Các văn bản chỉ đạo, hướng dẫn thực hiện kế hoạch." },
  },
  title: "Văn bản",
  description: "Một văn bản chỉ đạo hoặc hướng dẫn thực hiện kế hoạch. Mỗi văn bản là một tệp content/<năm>/van-ban/<mã>.md.",
  type: "object",
  additionalProperties: false,
  required: ["id", "title", "date", "tasks"],
  properties: {
    id: { "x-id": { kind: "document" }, title: "Mã văn bản", description: "Mã cố định dạng vb-<số>, trùng với tên tệp.", type: "string", pattern: "^vb-[0-9]+$" },
    title: { title: "Tên văn bản", description: "Số, ký hiệu và trích yếu của văn bản.", type: "string", minLength: 1 },
    date: { title: "Ngày ban hành", description: "Ngày ký văn bản, dạng NNNN-TT-NN.", type: "string", format: "date" },
    tasks: { title: "Nhiệm vụ liên quan", description: "Mã các nhiệm vụ văn bản hướng dẫn.", type: "array", items: { type: "string", "x-ref": "task" } },
  },
};

const TEMPLATE = `---
layout: layouts/base.njk
pagination:
  data: hg.items.documents
  size: 1
  alias: doc
permalink: "/van-ban/{{ doc.id }}/"
eleventyComputed:
  title: "{{ doc.title }}"
---
<h1>{{ doc.title }}</h1>
<p>Ngày ban hành: {{ doc.date | date }}</p>
`;

const doc = (id: string, date: string, tasks: string[]) => `---\nid: ${id}\ntitle: "Công văn số 12/UBND về ${id}"\ndate: "${date}"\ntasks:\n${tasks.map((t) => `  - ${t}`).join("\n")}\n---\nNội dung văn bản.\n`;

let copy = "";
let before_: Record<string, string> = {};

async function hashes(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const top of CODE) {
    const path = join(root, top);
    const entries = top.includes(".") ? [path] : (await readdir(path, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    for (const file of entries) out[relative(root, file)] = createHash("sha256").update(await readFile(file)).digest("hex");
  }
  return out;
}

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env.GITHUB_ACTIONS;
  delete env.GITHUB_STEP_SUMMARY;
  const r = spawnSync(process.execPath, ["--import", "tsx", ...args], { cwd: copy, env, encoding: "utf8", timeout: 300_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(async () => {
  copy = await mkdtemp(join(tmpdir(), "hg-new-type-"));
  for (const top of CODE) await cp(join(ROOT, top), join(copy, top), { recursive: true });
  // No tests/: scripts/ imports nothing from it (tests/site/site-imports.test.ts), so the copy type-checks without it.
  await symlink(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");
  // The content is the fixture plan's, at the copy's root as in the repository.
  for (const top of ["content", "data"]) await cp(join(FIXTURE_PLAN, top), join(copy, top), { recursive: true });
  before_ = await hashes(copy);

  // 1. the schema; 2. `npm run types`; 3. the template of its pages.
  await writeFile(join(copy, "schemas", "document.schema.json"), `${JSON.stringify(SCHEMA, null, 2)}\n`);
  const types = run(["scripts/tools/generate-types.ts"]);
  assert.equal(types.status, 0, types.stderr);
  await mkdir(join(copy, "site", "van-ban"));
  await writeFile(join(copy, "site", "van-ban", "van-ban.njk"), TEMPLATE);
});
after(() => rm(copy, { recursive: true, force: true }));

test("adding the type touches three files: its schema, the generated types and its template", async () => {
  const now = await hashes(copy);
  const touched = Object.keys({ ...before_, ...now }).filter((path) => before_[path] !== now[path]).sort();
  assert.deepEqual(touched, ["schemas/document.schema.json", "scripts/types/content.generated.ts", "site/van-ban/van-ban.njk"]);
  const generated = await readFile(join(copy, "scripts", "types", "content.generated.ts"), "utf8");
  assert.match(generated, /export interface Document \{/);
  assert.match(generated, /\{ type: "document", schema: "document", key: "documents", order: 10, dir: "content\/\{year\}\/van-ban", ext: "\.md" \}/);
  assert.match(generated, /export type IdKind = .*"document"/);
});

test("the copy with the new type type-checks", () => {
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "."], { cwd: copy, encoding: "utf8", timeout: 300_000 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test("its files are checked against the schema and their references, each problem at file:line:col", async () => {
  const dir = join(copy, "content", "2026", "van-ban");
  await mkdir(dir, { recursive: true });
  try {
    await writeFile(join(dir, "vb-1.md"), doc("vb-1", "2026-02-01", ["nv-1-1"]));
    await writeFile(join(dir, "vb-2.md"), doc("vb-2", "01/02/2026", ["nv-9-9"]));
    await writeFile(join(dir, "vb-3.md"), doc("vb-4", "2026-03-01", ["nv-1-1"]));
    const r = run(["scripts/validate-cli.ts", ".", "--cong-bo"]);
    assert.equal(r.status, 1);
    const lines = r.stderr.split("\n").filter((l) => l.startsWith("content/2026/van-ban/"));
    assert.equal(lines.length, 3, r.stderr);
    assert.match(lines[0]!, /^content\/2026\/van-ban\/vb-2\.md:4:7 {2}Ngày ban hành: /);
    assert.match(lines[1]!, /^content\/2026\/van-ban\/vb-2\.md:6:5 {2}Nhiệm vụ liên quan: Không tìm thấy "nv-9-9" trong content\/2026\/nhiem-vu\/ /);
    assert.equal(lines[2], 'content/2026/van-ban/vb-3.md:2:5  Mã văn bản: Mã "vb-4" khác tên tệp "vb-3" (đổi mã thành "vb-3", hoặc đổi tên tệp thành vb-4.md)');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("a valid one is shown on its own page, listed in the data dictionary and published as open data", async () => {
  const dir = join(copy, "content", "2026", "van-ban");
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "vb-1.md"), doc("vb-1", "2026-02-01", ["nv-1-1", "nv-1-3"]));
  await writeFile(join(copy, "build-copy.mts"), `import { buildSite } from "./scripts/build.ts";\nprocess.exit((await buildSite({ root: ".", outDir: "out", pathPrefix: "/", log: () => undefined })) ? 0 : 1);\n`);
  const r = run(["build-copy.mts"]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const out = (path: string) => readFile(join(copy, "out", path), "utf8");

  assert.match(await out("2026/van-ban/vb-1/index.html"), /<h1>Công văn số 12\/UBND về vb-1<\/h1>\s*<p>Ngày ban hành: 01\/02\/2026<\/p>/);
  const dictionary = await out("2026/du-lieu/index.html");
  assert.match(dictionary, /Văn bản/);
  assert.match(dictionary, /Mã văn bản/);
  assert.match(dictionary, /Nhiệm vụ liên quan/);
  assert.ok(JSON.parse(await out("2026/du-lieu/schemas/document.schema.json"))["x-content"]);

  const pkg = JSON.parse(await out("2026/du-lieu/datapackage.json")) as { resources: { name: string; title: string; schema: { fields: { name: string; title: string; type: string }[]; primaryKey: string } }[] };
  const documents = pkg.resources.find((x) => x.name === "documents")!;
  assert.equal(documents.title, "Văn bản");
  assert.deepEqual(documents.schema.fields.map((f) => [f.name, f.title, f.type]), [
    ["id", "Mã văn bản", "string"], ["title", "Tên văn bản", "string"], ["date", "Ngày ban hành", "date"], ["tasks", "Nhiệm vụ liên quan", "string"],
  ]);
  assert.equal(documents.schema.primaryKey, "id");
  assert.equal(await out("2026/du-lieu/documents.csv"), '\uFEFFid,title,date,tasks\r\nvb-1,Công văn số 12/UBND về vb-1,2026-02-01,nv-1-1; nv-1-3\r\n');
});
