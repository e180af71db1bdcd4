import { buildSite } from "./build.ts";

/** `npm run build [-- --out DIR --prefix /x/]`: the whole pipeline; exit 1 and no change to the output on any error. */
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
try {
  const result = await buildSite({ root: ".", outDir: arg("--out") ?? "_site", ...(arg("--prefix") ? { pathPrefix: arg("--prefix")! } : {}) });
  process.exitCode = result ? 0 : 1;
} catch (error) {
  console.error("Xây dựng trang thất bại; trang cũ được giữ nguyên.\n", error);
  process.exitCode = 1;
}
