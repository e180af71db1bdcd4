import assert from "node:assert/strict";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import Eleventy from "@11ty/eleventy";
import nunjucks from "nunjucks";
import { keepCompiledTemplates, renderCaches } from "../../scripts/render/render-caches.ts";

// A contract test of the Eleventy and Nunjucks APIs render-caches.ts relies on: if an upgrade
// changes how `.njk` is compiled, filtered, escaped or cached, one of these fails by name.

let dir = "";
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "hg-render-caches-"));
  await mkdir(join(dir, "site", "_includes", "layouts"), { recursive: true });
  await mkdir(join(dir, "site", "_includes", "partials"), { recursive: true });
  await writeFile(join(dir, "site", "_includes", "layouts", "base.njk"), `<a href="{{ '/trang/' | url }}">{{ title }}</a>{{ content | safe }}`);
  await writeFile(join(dir, "empty.config.js"), "export default function () {}\n");
  await writeFile(join(dir, "site", "_includes", "partials", "item.njk"), `<b>{{ item.name }}</b>`);
  await writeFile(
    join(dir, "site", "item.njk"),
    `---\nlayout: layouts/base.njk\ntitle: Mục\npagination:\n  data: items\n  size: 1\n  alias: item\npermalink: "muc/{{ item.id }}/"\n---\n{% include "partials/item.njk" %}|{{ item.name | shout }}`,
  );
});
after(() => rm(dir, { recursive: true, force: true }));

const ITEMS = [
  { id: "a", name: "Một <b>" },
  { id: "b", name: "Hai & ba" },
  { id: "c", name: "Ba" },
];

async function render(pathPrefix: string): Promise<{ compiles: string[]; page: (id: string) => Promise<string> }> {
  const out = join(dir, `out${pathPrefix.replaceAll("/", "-")}`);
  const compiles: string[] = [];
  const Template = nunjucks.Template;
  // Counts compiles without changing them: a subclass that records the file it compiles.
  nunjucks.Template = class extends Template {
    constructor(...args: ConstructorParameters<typeof Template>) {
      super(...args);
      compiles.push(`${String(args[2] ?? "")} ${String(args[0]).slice(0, 12)}`);
    }
  };
  try {
    const eleventy = new Eleventy(join(dir, "site"), out, {
      quietMode: true,
      configPath: join(dir, "empty.config.js"),
      pathPrefix,
      config(eleventyConfig) {
        eleventyConfig.addGlobalData("items", ITEMS);
        eleventyConfig.addFilter("shout", (text: string) => text.toUpperCase());
        eleventyConfig.addPlugin(renderCaches, { includesDir: join(dir, "site", "_includes") });
      },
    });
    await eleventy.write();
  } finally {
    nunjucks.Template = Template;
  }
  return { compiles, page: (id) => readFile(join(out, "muc", id, "index.html"), "utf8") };
}

// First in the file: the first Nunjucks environment of the process is where a key made from options that
// Nunjucks then filled in would differ from the next one's.
test("npm start keeps compiled templates between builds, each build with its own filters, and compiles again what changed", async () => {
  keepCompiledTemplates(true);
  const partial = join(dir, "site", "_includes", "partials", "item.njk");
  const template = join(dir, "site", "item.njk");
  const [partialBefore, templateBefore] = [await readFile(partial, "utf8"), await readFile(template, "utf8")];
  try {
    await render("/");
    const second = await render("/ke-hoach-cchc/");
    assert.deepEqual(second.compiles, [], "nothing compiled again");
    assert.equal(await second.page("a"), `<a href="/ke-hoach-cchc/trang/">Mục</a><b>Một &lt;b&gt;</b>|MỘT &lt;B&gt;`, "this build's url filter");

    await writeFile(partial, `<i>{{ item.name }}</i>`);
    const third = await render("/");
    assert.equal(third.compiles.length, 3, "an edited include: everything compiled again");
    assert.equal(await third.page("c"), `<a href="/trang/">Mục</a><i>Ba</i>|BA`);

    await writeFile(template, templateBefore.replace("|{{", "/{{"));
    const fourth = await render("/");
    assert.deepEqual(fourth.compiles.map((c) => c.split("/").pop()), ["item.njk {% include \""], "only the edited template");
    assert.equal(await fourth.page("c"), `<a href="/trang/">Mục</a><i>Ba</i>/BA`);
  } finally {
    keepCompiledTemplates(false);
    await writeFile(partial, partialBefore);
    await writeFile(template, templateBefore);
  }
});

test("a paginated template and its layout are each compiled once per build, not once per page", async () => {
  const { compiles } = await render("/");
  // Each entry is "file first-characters-of-source"; the permalink string is a source of its own.
  const count = (end: string) => compiles.filter((entry) => entry.endsWith(end)).length;
  assert.equal(count(`item.njk {% include "`), 1);
  assert.equal(count(`item.njk muc/{{ item.`), 1);
  assert.equal(count(`base.njk <a href="{{ `), 1);
  assert.equal(compiles.length, 3);
});

test("pages render with filters, includes, Nunjucks permalinks and HTML escaping", async () => {
  const { page } = await render("/");
  assert.equal(await page("a"), `<a href="/trang/">Mục</a><b>Một &lt;b&gt;</b>|MỘT &lt;B&gt;`);
  assert.equal(await page("b"), `<a href="/trang/">Mục</a><b>Hai &amp; ba</b>|HAI &amp; BA`);
});

test("a second build in the same process uses its own path prefix and edited layout (the plugin turns Eleventy's template cache off)", async () => {
  await render("/");
  const layout = join(dir, "site", "_includes", "layouts", "base.njk");
  const before = await readFile(layout, "utf8");
  try {
    // As in npm start: the layout is edited between two builds in one process.
    await writeFile(layout, before.replace("<a ", "<a class=\"moi\" "));
    const { page } = await render("/ke-hoach-cchc/");
    assert.equal(await page("c"), `<a class="moi" href="/ke-hoach-cchc/trang/">Mục</a><b>Ba</b>|BA`);
  } finally {
    await writeFile(layout, before);
  }
});
