import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import * as pagefind from "pagefind";
import { prepareForIndex } from "./prepare-for-index.ts";

/**
 * Index stage, last: builds the Pagefind search index over the rendered site. Each built page is indexed
 * from a copy whose đ is spelt so that Pagefind's diacritic folding turns it into d (see
 * prepare-for-index.ts and lib/mark-d.ts): queries typed without diacritics find it, and the pages in
 * the site keep their real text. Pagefind reports problems as `errors` rather than throwing; any
 * of them fails the build.
 * @example await indexSite(".build-tmp") → { pages: 160 }
 */
export async function indexSite(outDir: string): Promise<{ pages: number }> {
  const files = await htmlFiles(outDir);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "vi" });
  if (!index || errors.length > 0) throw new Error(`Pagefind: ${errors.join("; ")}`);
  try {
    // One page at a time, in sorted order: Pagefind's index depends on the order pages arrive in,
    // and pages sent in parallel arrive in a different order each run, which made two builds of
    // the same commit differ (tests/build/deterministic-build.test.ts). It costs no measurable
    // time at this site's size. The next page is read and prepared while Pagefind indexes this one.
    // Once any page has data-pagefind-body, Pagefind leaves out every page without it, so those are
    // not sent at all (same index; at 10,000 tasks it saved parsing the 28 MB data explorer page);
    // they are sent, in order, only if no page has a body.
    const prepare = (file: string) => {
      const html = readFile(join(outDir, file), "utf8").then((text) => (text.includes("data-pagefind-body") ? prepareForIndex(text) : null));
      html.catch(() => undefined); // Awaited below; not an unhandled rejection if an earlier page fails first.
      return html;
    };
    const add = async (file: string, html: string) => {
      const added = await index.addHTMLFile({ url: pageUrl(file), content: html });
      if (added.errors.length > 0) throw new Error(`Pagefind (${file}): ${added.errors.join("; ")}`);
    };
    const withoutBody: string[] = [];
    let next = files.length > 0 ? prepare(files[0]!) : undefined;
    for (let i = 0; i < files.length; i++) {
      const html = await next!;
      next = i + 1 < files.length ? prepare(files[i + 1]!) : undefined;
      if (html === null) withoutBody.push(files[i]!);
      else await add(files[i]!, html);
    }
    if (withoutBody.length === files.length) {
      for (const file of withoutBody) await add(file, prepareForIndex(await readFile(join(outDir, file), "utf8")));
    }
    const written = await index.writeFiles({ outputPath: join(outDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
    return { pages: files.length };
  } finally {
    await pagefind.close();
  }
}

/**
 * The URL a built file is served at, without the path prefix (Pagefind's script adds it from its
 * `baseUrl` option); index.html is dropped as on the live site.
 * @example pageUrl("nhiem-vu/nv-1-1/index.html") → "/nhiem-vu/nv-1-1/"
 * @example pageUrl("404.html") → "/404.html"
 */
export function pageUrl(file: string): string {
  const path = `/${file.split("\\").join("/")}`;
  return path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
}

/** Every .html file under `dir`, relative and sorted, leaving out Pagefind's own folder. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((file) => !/^pagefind[/\\]/.test(file))
    .sort();
}
