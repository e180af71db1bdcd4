import { lstat, readdir } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { ContentError } from "./content-error.ts";
import { CONTENT_TYPES, contentTypesOf, PLAN_YEAR, planRoots, planYearOf, YEAR_PLACEHOLDER, type ContentType } from "./content-types.ts";
import { hiddenCharacterErrors } from "./hidden-characters.ts";
import { parseJsonFile } from "./parse-json-file.ts";
import { parseMarkdownFile, type ParsedFile } from "./parse-markdown-file.ts";
import { entryProblem, nameProblem, readContentFile, type ReadBytes } from "./read-content-file.ts";
import { decodeUtf8 } from "./read-utf8.ts";
import type { SourceFile } from "./source-file.ts";

/** A file of a type that exists, or must exist, but could not be read or parsed; its error is among loadContent's `errors`. */
export interface UnreadableFile {
  type: ContentType;
  path: string;
  /** File name without extension: for a folder type, the id the file was meant to declare. */
  stem: string;
}

export type LoadedContent = Record<ContentType, SourceFile[]> & {
  /**
   * Files that could not be read or parsed. Validation still counts their names as declared ids, so
   * one broken file is reported once instead of making every reference to it dangle.
   */
  unreadable?: UnreadableFile[];
};

/**
 * The plans in a repository: the years that have a folder under content/ (docs/decisions/0008),
 * oldest first. A folder there that is not a year is refused at its path; the same year is expected
 * under data/ (a missing file there is reported when the plan is loaded).
 * @example await listPlans(".") → { years: ["2026", "2027"], errors: [] }
 */
export async function listPlans(root: string): Promise<{ years: string[]; errors: ContentError[] }> {
  const errors: ContentError[] = [];
  const years = new Set<string>();
  const [first] = planRoots();
  // A site-wide type may keep a folder there too ("dir": "content/van-ban"): not a plan.
  const shared = new Set<string>(CONTENT_TYPES.map((t) => ("file" in t ? t.file : t.dir)).filter((p) => !p.includes(YEAR_PLACEHOLDER)));
  for (const dir of planRoots()) {
    const names = await readdir(join(root, dir)).catch(() => [] as string[]);
    for (const name of names.sort()) {
      if (name.startsWith(".") || name.toLowerCase() === "readme.md") continue;
      const info = await lstat(join(root, dir, name)).catch(() => null);
      if (!info?.isDirectory() || shared.has(`${dir}/${name}`)) continue; // data/site.json and other site-wide files
      if (!PLAN_YEAR.test(name)) {
        errors.push({ file: `${dir}/${name}`, line: 1, col: 1, field: "Thư mục kế hoạch", message: `Thư mục ${dir} chỉ chứa một thư mục cho mỗi kế hoạch, đặt tên theo năm (ví dụ ${dir}/2026)`, fix: "chuyển thư mục này vào thư mục của một năm, hoặc đổi tên theo năm của kế hoạch" });
        continue;
      }
      if (dir === first) years.add(name);
    }
  }
  if (years.size === 0) errors.push({ file: `${first}/`, line: 1, col: 1, field: "Kế hoạch", message: `Không có kế hoạch nào: cần ít nhất một thư mục ${first}/<năm>/ có ke-hoach.md`, fix: "tạo kế hoạch mới bằng npm run new:plan -- <năm>" });
  return { years: [...years].sort(), errors };
}

/**
 * Load stage: reads every content file of one plan under `root` (content/<year>/, data/<year>/ and
 * the site-wide data/site.json), parsing each one and collecting every read or syntax error instead
 * of stopping at the first. Without `year`, the latest plan (a repository of one plan, as the fixture).
 * @example await loadContent(".", "2026") → { files: { task: [ … ], … }, errors: [], year: "2026" }
 */
export async function loadContent(root: string, year?: string): Promise<{ files: LoadedContent; errors: ContentError[]; year: string }> {
  const errors: ContentError[] = [];
  const plan = year ?? (await listPlans(root)).years.at(-1) ?? "0000";
  const read = new Map<string, ReadBytes>();
  for (const spec of contentTypesOf(plan)) {
    const paths = "file" in spec ? [spec.file] : await listFiles(root, spec.dir, spec.ext, errors);
    // Synchronous reads (see readContentFile): at 10,000 tasks ten times faster than promises, even many at once.
    for (const rel of paths) read.set(rel, readContentFile(root, rel, rel.endsWith(".json") ? "json" : "markdown"));
  }
  return { ...parseContent(read, errors, undefined, plan), year: plan };
}

/**
 * The part of loading that needs no disk: each file's bytes (or why they could not be read), keyed
 * by repository path, decoded, normalised, checked for hidden characters and parsed. Paths that
 * belong to no content type are ignored. Used by loadContent and by the fuzz tests.
 * @example parseContent(new Map([["data/site.json", { ok: true, bytes }]])) → { files: { site: [ … ], … }, errors: [] }
 */
export function parseContent(
  read: ReadonlyMap<string, ReadBytes>,
  listErrors: ContentError[] = [],
  /** Results already known for a path and its exact text (the fuzz tests reuse their base tree's). */
  known?: ReadonlyMap<string, { text: string; parsed: ParsedFile }>,
  /** The plan whose files these are (content/<year>/…); by default the one year found in the paths. */
  year: string = yearIn(read),
): { files: LoadedContent; errors: ContentError[] } {
  const unreadable: UnreadableFile[] = [];
  const types = contentTypesOf(year);
  const files = { ...Object.fromEntries(types.map((t) => [t.type, [] as SourceFile[]])), unreadable } as LoadedContent;
  const errors: ContentError[] = [...listErrors];
  for (const spec of types) {
    const paths = "file" in spec ? [spec.file] : [...read.keys()].filter((rel) => rel.startsWith(`${spec.dir}/`) && !rel.slice(spec.dir.length + 1).includes("/"));
    for (const rel of paths) {
      const kind = rel.endsWith(".json") ? "json" : "markdown";
      const stem = basename(rel, extname(rel));
      const broken = () => unreadable.push({ type: spec.type, path: rel, stem });
      const bytes = read.get(rel) ?? { ok: false as const, error: { file: rel, line: 1, col: 1, field: "Tệp", message: "Không tìm thấy tệp", fix: `tạo lại tệp ${rel}` } };
      if (!bytes.ok) {
        errors.push(bytes.error);
        broken();
        continue;
      }
      const decoded = decodeUtf8(bytes.bytes);
      if (!decoded.ok) {
        errors.push({
          file: rel, line: decoded.line, col: decoded.col, field: "Mã hóa ký tự",
          message: "Tệp có byte không hợp lệ trong UTF-8",
          fix: "lưu lại tệp với mã hóa UTF-8 (trong trình soạn thảo chọn Save with Encoding → UTF-8) và gõ lại các chữ bị lỗi ở dòng này",
        });
        broken();
        continue;
      }
      const text = decoded.text.normalize("NFC");
      const hit = known?.get(rel);
      const parsed = hit && hit.text === text ? hit.parsed : parseText(rel, text);
      if (!parsed.ok) {
        errors.push(...parsed.errors);
        broken();
        continue;
      }
      files[spec.type].push({ path: rel, kind, stem, data: parsed.data, body: parsed.body, ...(parsed.bodyLine ? { bodyLine: parsed.bodyLine } : {}), locate: parsed.locate });
    }
  }
  return { files, errors };
}

/** The plan year of the first per-plan path among `read`'s keys ("content/2026/…"), else "0000". */
function yearIn(read: ReadonlyMap<string, unknown>): string {
  for (const rel of read.keys()) {
    const year = planYearOf(rel);
    if (year) return year;
  }
  return "0000";
}

/**
 * A decoded file's text checked for hidden characters, then parsed as JSON or Markdown by its
 * extension. The text is NFC already (docs/decisions/0004-nfc-on-load.md): the same words typed on
 * another keyboard must publish, search and compare as the same text.
 * @example parseText("data/site.json", "{}") → { ok: true, data: {}, … }
 */
export function parseText(rel: string, text: string): ParsedFile {
  const hidden = hiddenCharacterErrors(rel, text);
  if (hidden.length > 0) return { ok: false, errors: hidden };
  return rel.endsWith(".json") ? parseJsonFile(rel, text) : parseMarkdownFile(rel, text);
}

/**
 * The content files of a folder, without reading any: hidden files and READMEs are skipped, and a
 * name with the wrong extension or not in the id pattern is refused at its path. What each name is
 * (a link, a folder, a device) is checked when it is read.
 */
async function listFiles(root: string, dir: string, ext: string, errors: ContentError[]): Promise<string[]> {
  const problem = entryProblem(root, dir, "dir");
  if (problem) {
    errors.push(problem);
    return [];
  }
  const names = await readdir(join(root, dir)).catch(() => [] as string[]);
  const out: string[] = [];
  for (const name of names.sort()) {
    if (name.startsWith(".") || name.toLowerCase() === "readme.md") continue;
    const refused = nameProblem(dir, name, ext);
    if (refused) {
      errors.push(refused);
      continue;
    }
    out.push(`${dir}/${name}`);
  }
  return out;
}
