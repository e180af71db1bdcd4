import matter from "gray-matter";
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";
import { lineIndex } from "../lib/line-index.ts";
import { MAX_BRACKET_DEPTH, MAX_INDENT, tooDeepBracket, tooDeepIndent } from "./nesting-depth.ts";
import type { ContentError } from "./content-error.ts";
import type { DataPath, Locator, Position } from "./source-file.ts";
import { translateYamlError } from "./yaml-messages.ts";

export type ParsedFile =
  | { ok: true; data: unknown; body: string; bodyLine?: number; locate: Locator }
  | { ok: false; errors: ContentError[] };

const FRONT_MATTER_TITLE = "Phần thông tin đầu tệp";

/**
 * Splits front matter from the Markdown body and parses it as YAML 1.2 (core schema, so
 * `2026-06-30` stays a string), keeping node positions so every later error can name a line.
 * @example parseMarkdownFile("content/x.md", "---\nid: x\n---\nBody") → { ok: true, data: { id: "x" }, body: "Body", … }
 */
export function parseMarkdownFile(path: string, text: string): ParsedFile {
  try {
    return parseMarkdown(path, text);
  } catch {
    // The checks below (aliases, depth) keep the parser's own limits out of reach; should one still
    // be hit (the call stack, memory), staff get the file and a message, never a stack trace.
    return {
      ok: false,
      errors: [{ file: path, line: 1, col: 1, field: FRONT_MATTER_TITLE, message: "Không đọc được phần thông tin đầu tệp: cấu trúc quá sâu hoặc quá phức tạp", fix: "viết mỗi trường trên một dòng \"tên: giá trị\", danh sách lồng nhau không quá vài cấp" }],
    };
  }
}

/** Collections inside collections deeper than this are refused: no content type nests more than 3. */
export const MAX_YAML_DEPTH = 16;

function parseMarkdown(path: string, text: string): ParsedFile {
  const at = lineIndex(text);
  const fail = (pos: Position, message: string, fix: string): ParsedFile => ({
    ok: false,
    errors: [{ file: path, ...pos, field: FRONT_MATTER_TITLE, message, fix }],
  });
  if (text.trim() === "") {
    return fail({ line: 1, col: 1 }, "Tệp rỗng", "chép lại nội dung tệp, bắt đầu bằng dòng --- và các trường thông tin");
  }
  if (!/^---[ \t]*\n/.test(text)) {
    return fail({ line: 1, col: 1 }, "Tệp không bắt đầu bằng dòng ---", "dòng đầu tiên của tệp phải là ba dấu gạch ngang ---");
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return fail(at(text.length), "Thiếu dòng --- đóng phần thông tin đầu tệp", "thêm một dòng chỉ có --- sau trường cuối cùng");
  }

  let raw = "";
  const file = matter(text, { engines: { yaml: (s: string) => ((raw = s), {}) } });
  // gray-matter hands the engine everything after the opening "---", starting with its newline.
  const yamlStart = 3;
  const deepBracket = tooDeepBracket(raw, MAX_BRACKET_DEPTH, { yaml: true });
  if (deepBracket !== -1) return fail(at(yamlStart + deepBracket), `Ngoặc [ hoặc { lồng nhau quá ${MAX_BRACKET_DEPTH} cấp`, "kiểm tra các dấu ngoặc: mỗi dấu mở cần một dấu đóng, danh sách chỉ lồng vài cấp");
  const deepIndent = tooDeepIndent(raw);
  if (deepIndent !== -1) return fail(at(yamlStart + deepIndent), `Dòng thụt lề quá sâu (quá ${MAX_INDENT} cột)`, "thụt lề mỗi cấp bằng 2 dấu cách, thẳng hàng với các dòng cùng cấp");
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { version: "1.2", schema: "core", lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const lines = new Set<number>();
    return {
      ok: false,
      errors: doc.errors.flatMap((e, i) => {
        let offset = yamlStart + (e.pos[0] ?? 0);
        // An unclosed quote runs on until the end of the front matter; the slip is where it opened.
        if (e.code === "MISSING_CHAR" && e.message.startsWith("Missing closing")) offset = unclosedQuoteLineEnd(text, offset, e.message.includes("'") ? "'" : '"') ?? offset;
        const pos = at(offset);
        // After a syntax slip the parser loses its footing and flags the lines below it too: only
        // the first error is reliable, plus duplicate fields, which are found independently.
        if (i > 0 && e.code !== "DUPLICATE_KEY") return [];
        if (lines.has(pos.line)) return [];
        lines.add(pos.line);
        const end = text.indexOf("\n", offset);
        const restOfLine = text.slice(offset, end === -1 ? undefined : end);
        return [{ file: path, ...pos, field: FRONT_MATTER_TITLE, ...translateYamlError(e.code, { message: e.message, restOfLine }) }];
      }),
    };
  }
  const structure = structureProblems(doc, raw);
  if (structure.length > 0) {
    return { ok: false, errors: structure.map(({ offset, message, fix }) => ({ file: path, ...at(yamlStart + offset), field: FRONT_MATTER_TITLE, message, fix })) };
  }
  const data = doc.toJS({ maxAliasCount: 0 }) ?? {};
  const locate = yamlLocator(doc, (offset) => at(yamlStart + offset), { line: 1, col: 1 });
  return { ok: true, data, body: file.content, bodyLine: at(text.length - file.content.length).line, locate };
}

/**
 * What YAML allows but content must not use: anchors and aliases (`&x`, `*x`: an alias bomb expands
 * a few lines into billions of values, an undefined alias stops the parser) and nesting deeper than
 * MAX_YAML_DEPTH. Offsets are into the front matter.
 */
function structureProblems(doc: Document, raw: string): { offset: number; message: string; fix: string }[] {
  const found: { offset: number; message: string; fix: string }[] = [];
  visit(doc, (_key, node, path) => {
    if (found.length >= 5) return visit.BREAK;
    if (isAlias(node)) {
      found.push({ offset: node.range?.[0] ?? 0, message: `Không dùng bí danh YAML *${node.source}`, fix: "viết thẳng giá trị vào đây thay cho bí danh" });
      return visit.SKIP;
    }
    if (isScalar(node) || isCollection(node)) {
      // The node starts after its anchor: point at the "&name" itself.
      if (node.anchor) found.push({ offset: Math.max(0, raw.lastIndexOf(`&${node.anchor}`, node.range?.[0] ?? 0)), message: `Không dùng neo YAML &${node.anchor}`, fix: `xóa &${node.anchor}; mỗi giá trị viết thẳng ở chỗ cần dùng` });
      if (isCollection(node) && path.filter((p) => isCollection(p)).length >= MAX_YAML_DEPTH) {
        found.push({ offset: node.range?.[0] ?? 0, message: `Danh sách hoặc nhóm trường lồng nhau quá ${MAX_YAML_DEPTH} cấp`, fix: "kiểm tra thụt lề: các trường cùng cấp phải thẳng hàng" });
        return visit.BREAK;
      }
    }
    return undefined;
  });
  return found;
}

/**
 * The end of the line where a quote was opened and never closed, scanning up to `offset`; undefined
 * when every quote before it is closed. `\"` (double) and `''` (single) do not count as quotes.
 * @example unclosedQuoteLineEnd('a: "x\nb: c\n', 11, '"') → 5
 */
function unclosedQuoteLineEnd(text: string, offset: number, quote: string): number | undefined {
  let openedAt: number | undefined;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === "\\" && openedAt !== undefined) i++;
    else if (quote === "'" && c === "'" && text[i + 1] === "'" && openedAt !== undefined) i++;
    else if (c === quote) openedAt = openedAt === undefined ? i : undefined;
  }
  if (openedAt === undefined) return undefined;
  const end = text.indexOf("\n", openedAt);
  return end === -1 ? text.length : end;
}

/** Locates a path in a YAML document; a missing path falls back to its nearest existing parent. */
function yamlLocator(doc: Document, at: (offset: number) => Position, top: Position): Locator {
  return (path: DataPath, target = "value") => {
    let node: unknown = doc.contents;
    let best: Position = top;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) return best;
        const keyNode = pair.key as Node;
        if (last && target === "key" && keyNode.range) return at(keyNode.range[0]);
        node = pair.value;
        const n = (pair.value as Node | null)?.range ? (pair.value as Node) : keyNode;
        if (n.range) best = at(n.range[0]);
      } else if (isSeq(node)) {
        const item = node.items[Number(seg)] as Node | undefined;
        if (!item) return best;
        node = item;
        if (item.range) best = at(item.range[0]);
      } else {
        return best;
      }
    }
    return best;
  };
}
