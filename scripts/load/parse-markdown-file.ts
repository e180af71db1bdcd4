import matter from "gray-matter";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { lineIndex } from "../lib/line-index.ts";
import type { ContentError } from "./content-error.ts";
import type { DataPath, Locator, Position } from "./source-file.ts";
import { translateYamlError } from "./yaml-messages.ts";

export type ParsedFile =
  | { ok: true; data: unknown; body: string; locate: Locator }
  | { ok: false; errors: ContentError[] };

const FRONT_MATTER_TITLE = "Phần thông tin đầu tệp";

/**
 * Splits front matter from the Markdown body and parses it as YAML 1.2 (core schema, so
 * `2026-06-30` stays a string), keeping node positions so every later error can name a line.
 * @example parseMarkdownFile("content/x.md", "---\nid: x\n---\nBody") → { ok: true, data: { id: "x" }, body: "Body", … }
 */
export function parseMarkdownFile(path: string, text: string): ParsedFile {
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
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { version: "1.2", schema: "core", lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = at(yamlStart + (e.pos[0] ?? 0));
        return { file: path, ...pos, field: FRONT_MATTER_TITLE, ...translateYamlError(e.code) };
      }),
    };
  }
  const data = doc.toJS() ?? {};
  const locate = yamlLocator(doc, (offset) => at(yamlStart + offset), { line: 1, col: 1 });
  return { ok: true, data, body: file.content, locate };
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
