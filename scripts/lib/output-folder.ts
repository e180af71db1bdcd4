import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

/**
 * The file the build leaves in every folder it writes, so that a later build knows the folder is its
 * own to replace. Its text never changes, so the same commit still builds a byte-identical site.
 */
export const BUILD_MARKER = ".ke-hoach-cchc-da-xay-dung";
export const BUILD_MARKER_TEXT = "Thư mục này do `npm run build` tạo ra; mỗi lần xây dựng sẽ thay toàn bộ nội dung.\n";

/** Thrown by buildSite, before anything is read or written, when outDir may not be replaced; its message is for staff. */
export class OutputFolderRefusedError extends Error {
  override name = "OutputFolderRefusedError";
}

/**
 * Top-level folders of the repository that hold sources: an output folder inside one of them would
 * replace what people wrote.
 */
const SOURCE_FOLDERS = new Set(["content", "data", "schemas", "lib", "scripts", "site", "tests", "docs", ".git", ".github", "node_modules"]);

/**
 * Why the build must not replace `outDir`, in Vietnamese, or null when it may. The build replaces
 * only a folder that is missing, empty, or was written by an earlier build (it holds BUILD_MARKER, or
 * is a site built before the marker existed: pagefind/ and du-lieu/datapackage.json); never the
 * repository itself, a folder above it, or a source folder inside it. Symbolic links are followed
 * first, so a link named _site that points at content/ is refused too.
 * @example await outputFolderProblem(".", ".") → "Không thể xây dựng vào … vì đó là thư mục gốc của kho mã …"
 */
export async function outputFolderProblem(root: string, outDir: string): Promise<string | null> {
  const repo = await realpath(resolve(root));
  const target = await realTarget(resolve(outDir));
  const shown = outDir;
  const refuse = (why: string, fix = "chọn một thư mục mới hoặc trống, ví dụ --out _site") => `Không thể xây dựng vào "${shown}": ${why}. Không có gì bị thay đổi; ${fix}.`;
  if (target === repo) return refuse("đó là thư mục gốc của kho mã (mọi tệp, kể cả .git, sẽ bị xóa)");
  if (isInside(target, repo)) return refuse("đó là thư mục chứa kho mã (mọi tệp bên trong sẽ bị xóa)");
  if (isInside(repo, target)) {
    const top = relative(repo, target).split(sep)[0]!;
    if (SOURCE_FOLDERS.has(top)) return refuse(`thư mục ${top}/ chứa mã nguồn hoặc nội dung, không phải trang đã xây dựng`);
  }
  const info = await stat(target).catch(() => null);
  if (!info) return null;
  if (!info.isDirectory()) return refuse("đó là một tệp, không phải thư mục");
  const names = await readdir(target);
  if (names.length === 0 || names.includes(BUILD_MARKER)) return null;
  if (await isLegacyBuild(target)) return null;
  return refuse("thư mục đã có tệp nhưng không phải do lệnh xây dựng tạo ra", "chọn thư mục khác, hoặc tự kiểm tra rồi xóa thư mục đó nếu thật sự không cần");
}

/** True when `child` lies strictly inside `parent` (both absolute and resolved). */
function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}

/** The real path of `path`, or of its nearest existing ancestor joined with the rest, when it does not exist yet. */
async function realTarget(path: string): Promise<string> {
  const real = await realpath(path).catch(() => null);
  if (real) return real;
  const parent = dirname(path);
  if (parent === path) return path;
  return join(await realTarget(parent), basename(path));
}

/** A site written before the build left its marker: the search index and the data package are both there. */
async function isLegacyBuild(dir: string): Promise<boolean> {
  const pagefind = await lstat(join(dir, "pagefind")).catch(() => null);
  const pkg = await lstat(join(dir, "du-lieu", "datapackage.json")).catch(() => null);
  return Boolean(pagefind?.isDirectory() && pkg?.isFile());
}
