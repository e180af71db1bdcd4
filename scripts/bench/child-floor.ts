import Eleventy from "@11ty/eleventy";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { reportToParent } from "./child-process.ts";

/**
 * The floor, in its own process: bare Eleventy paginating `src/_data/items.json` with one trivial
 * template (written by floor-site.ts), then Pagefind's Node API over the output
 * (`child-floor.ts <dir> <result file>`; run with `dir` as the working directory, so Eleventy finds
 * no configuration file).
 */
const dir = process.argv[2]!;
const out = join(dir, "out");
const start = performance.now();
const eleventy = new Eleventy(join(dir, "src"), out, { quietMode: true });
await eleventy.write();
const rendered = performance.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: "vi" });
if (!index || errors.length > 0) throw new Error(`Pagefind: ${errors.join("; ")}`);
const added = await index.addDirectory({ path: out });
if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
const written = await index.writeFiles({ outputPath: join(out, "pagefind") });
if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
await pagefind.close();
const end = performance.now();
await reportToParent({
  seconds: (end - start) / 1000, maxRss: process.resourceUsage().maxRSS * 1024,
  pages: added.page_count, times: { render: (rendered - start) / 1000, index: (end - rendered) / 1000 },
});
