import * as pagefind from "pagefind";

/**
 * Stage 5: builds the Pagefind search index over the rendered site. Pagefind reports problems as
 * `errors` rather than throwing; any of them fails the build.
 * @example await indexSite(".build-tmp") → { pages: 160 }
 */
export async function indexSite(outDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "vi" });
  if (!index || errors.length > 0) throw new Error(`Pagefind: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
