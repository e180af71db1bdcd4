import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { sampleTexts } from "./generate-content.ts";

/** The floor's only template: one page per item of `items`, as plain as a page can be. */
const TEMPLATE = `---
pagination:
  data: items
  size: 1
  alias: item
permalink: "/trang/{{ item.id }}/"
---
<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>{{ item.title }}</title></head>
<body><main><h1>{{ item.title }}</h1><p>{{ item.text }}</p></main></body>
</html>
`;

/**
 * Writes the floor's input into `dir`/src: the template above and `src/_data/items.json`, an array
 * of `pages` items ({ id, title, text } with Vietnamese-like text), so bare Eleventy renders exactly
 * `pages` pages. Clears any earlier output.
 * @example await writeFloorSite("/tmp/floor-127", 127) → /tmp/floor-127/src/page.njk, /tmp/floor-127/src/_data/items.json
 */
export async function writeFloorSite(dir: string, pages: number): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, "src", "_data"), { recursive: true });
  const texts = sampleTexts(pages, pages);
  const items = texts.map((text, i) => ({ id: `muc-${i + 1}`, title: `Mục ${i + 1}: ${text.slice(0, 60)}`, text }));
  await writeFile(join(dir, "src", "page.njk"), TEMPLATE);
  await writeFile(join(dir, "src", "_data", "items.json"), JSON.stringify(items));
}
