/** The issue forms and their config are valid YAML of the shape GitHub expects (GitHub hides a broken form silently). */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const DIR = fileURLToPath(new URL("../../.github/ISSUE_TEMPLATE/", import.meta.url));
const TYPES = new Set(["markdown", "input", "textarea", "dropdown", "checkboxes"]);

interface Form {
  name: string;
  description: string;
  body: { type: string; id?: string; attributes: { label?: string; value?: string; options?: unknown[] } }[];
}

test("both forms are there, named in Vietnamese", async () => {
  const names = await Promise.all(["bao-sai-sot-du-lieu.yml", "de-nghi-bo-sung-thong-tin.yml"].map(async (f) => (parse(await readFile(join(DIR, f), "utf8")) as Form).name));
  assert.deepEqual(names, ["Báo sai sót dữ liệu", "Đề nghị bổ sung thông tin"]);
});

test("every issue form has a name, a description and well-formed fields with unique ids", async () => {
  const forms = (await readdir(DIR)).filter((f) => f.endsWith(".yml") && f !== "config.yml");
  assert.ok(forms.length >= 2);
  for (const file of forms) {
    const form = parse(await readFile(join(DIR, file), "utf8")) as Form;
    assert.ok(form.name && form.description, `${file}: thiếu name hoặc description`);
    assert.ok(form.body.some((f) => f.type !== "markdown"), `${file}: không có ô nào để điền`);
    const ids = form.body.filter((f) => f.id).map((f) => f.id!);
    assert.equal(new Set(ids).size, ids.length, `${file}: id trùng nhau`);
    for (const field of form.body) {
      assert.ok(TYPES.has(field.type), `${file}: kiểu ô "${field.type}" không có`);
      if (field.type === "markdown") assert.ok(field.attributes.value, `${file}: đoạn markdown trống`);
      else assert.ok(field.attributes.label, `${file}: ô ${field.id} thiếu label`);
      if (field.type === "dropdown") assert.ok(Array.isArray(field.attributes.options) && field.attributes.options.length > 0);
    }
  }
});

test("blank issues are off and the contact link points to the staff guide", async () => {
  const config = parse(await readFile(join(DIR, "config.yml"), "utf8")) as { blank_issues_enabled: boolean; contact_links: { url: string }[] };
  assert.equal(config.blank_issues_enabled, false);
  assert.ok(config.contact_links.some((l) => l.url.endsWith("/CONTRIBUTING.md")));
});
