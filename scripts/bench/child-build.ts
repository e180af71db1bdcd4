import { buildSite } from "../build.ts";
import { reportToParent } from "./child-process.ts";

/**
 * One measured build in its own process (spawned by run.ts through runChild):
 * `child-build.ts <root> <outDir> <result file>`. Reports the stage times, the page count and the
 * process's peak RSS.
 */
const [root, outDir] = process.argv.slice(2);
const start = performance.now();
const result = await buildSite({ root: root!, outDir: outDir!, log: () => undefined });
const seconds = (performance.now() - start) / 1000;
if (!result) throw new Error(`Nội dung trong ${root} không hợp lệ`);
await reportToParent({ seconds, maxRss: process.resourceUsage().maxRSS * 1024, pages: result.pages, times: result.times });
