import { markD } from "../../lib/mark-d.ts";

/** Elements with no end tag: they never go on the open-element stack. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
/** Elements whose content is not text, copied through untouched. */
const RAW = new Set(["script", "style"]);
/**
 * Elements whose end Pagefind does not treat as a word break: without a space after them, a
 * definition list or table reads "Hạn gửi10/07/2026" in excerpts and the two words can't be found.
 */
const SEPARATE = new Set(["br", "caption", "dd", "dt", "figcaption", "li", "option", "td", "th", "tr"]);
/** Pagefind attributes that, given a bare key ("area" rather than "area:…"), take their value from the element's text. */
const VALUE_ATTRS = ["data-pagefind-filter", "data-pagefind-meta", "data-pagefind-sort"];

/**
 * The copy of a built page that Pagefind indexes (the page in the site is not changed):
 * - every text node has đ/Đ spelt "d"/"D" + U+0335 (see lib/mark-d.ts), so queries without
 *   diacritics find them and the search page can restore them exactly;
 * - text that Pagefind reads as a filter, meta or sort value (`data-pagefind-filter="area"` on an
 *   element) is left as written, as are all attribute values, so filters keep their Vietnamese;
 * - a space follows the end of table cells, list items, dt/dd and <br>, so their words stay apart;
 * - hidden elements get data-pagefind-ignore: the hidden filter labels still give their filter
 *   values, but no longer pad every excerpt with "Nhiệm vụ" and the lead unit's name.
 *
 * Works on the site's own Eleventy output with a small tokenizer (tags with quoted attributes,
 * comments, script/style and text); it is not a general HTML5 parser.
 * @example prepareForIndex('<main data-pagefind-body><span hidden data-pagefind-filter="unit">Phòng KT-HT-ĐT</span><h1>Đăng ký</h1></main>')
 *   → '<main data-pagefind-body><span data-pagefind-ignore hidden data-pagefind-filter="unit">Phòng KT-HT-ĐT</span><h1>D\u0335ăng ký</h1></main>'
 */
export function prepareForIndex(html: string): string {
  const out: string[] = [];
  /** Open elements, each with whether its text is a Pagefind value. */
  const stack: { name: string; value: boolean }[] = [];
  let valueDepth = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > i) {
      const text = html.slice(i, textEnd);
      out.push(valueDepth > 0 ? text : markD(decodeDReferences(text)));
      i = textEnd;
      continue;
    }
    // At "<".
    if (html.startsWith("<!--", i)) {
      i = copyUntil(html, i, "-->", out);
      continue;
    }
    const next = html[i + 1] ?? "";
    if (next === "!" || next === "?") {
      i = copyUntil(html, i, ">", out);
      continue;
    }
    if (next === "/") {
      const start = i;
      i = copyUntil(html, i, ">", out);
      const name = /^<\/([a-zA-Z][^\s/>]*)/.exec(html.slice(start, i))?.[1]?.toLowerCase();
      if (name && SEPARATE.has(name) && valueDepth === 0) out.push(" ");
      const at = name ? stack.map((e) => e.name).lastIndexOf(name) : -1;
      if (at !== -1) for (const closed of stack.splice(at)) if (closed.value) valueDepth--;
      continue;
    }
    const tag = readStartTag(html, i);
    if (!tag) {
      // A lone "<" in text.
      out.push("<");
      i++;
      continue;
    }
    const { name, attrs, end, selfClosing } = tag;
    const source = html.slice(i, end);
    out.push(attrs.has("hidden") && !attrs.has("data-pagefind-ignore") ? source.replace(/^<[^\s/>]+/, "$& data-pagefind-ignore") : source);
    i = end;
    if (RAW.has(name)) {
      const closeTag = new RegExp(`</${name}`, "gi");
      closeTag.lastIndex = i;
      const stop = closeTag.exec(html)?.index ?? html.length;
      out.push(html.slice(i, stop));
      i = stop;
      continue;
    }
    if (VOID.has(name) || selfClosing) {
      if (SEPARATE.has(name) && valueDepth === 0) out.push(" ");
      continue;
    }
    const value = VALUE_ATTRS.some((a) => attrs.has(a) && !/[:[]/.test(attrs.get(a) ?? ""));
    if (value) valueDepth++;
    stack.push({ name, value });
  }
  return out.join("");
}

/** Copies from `start` through the end of `terminator` (or to the end of the text); returns the index after it. */
function copyUntil(html: string, start: number, terminator: string, out: string[]): number {
  const at = html.indexOf(terminator, start + 1);
  const stop = at === -1 ? html.length : at + terminator.length;
  out.push(html.slice(start, stop));
  return stop;
}

/** đ/Đ written as character references become the letters, so they are marked too. */
function decodeDReferences(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&#0*273;|&#[xX]0*111;|&dstrok;/g, "đ").replace(/&#0*272;|&#[xX]0*110;|&Dstrok;/g, "Đ");
}

interface StartTag {
  name: string;
  attrs: Map<string, string>;
  /** Index just past the closing ">". */
  end: number;
  selfClosing: boolean;
}

const TAG_NAME = /<([a-zA-Z][^\s/>]*)/y;
const ATTR_NAME = /[^\s"'>/=]+/y;
const UNQUOTED = /[^\s>]*/y;

/** Reads `<name attr="…" …>` at `start`, honouring quoted values (which may contain ">"). */
function readStartTag(html: string, start: number): StartTag | null {
  TAG_NAME.lastIndex = start;
  const nameMatch = TAG_NAME.exec(html);
  if (!nameMatch?.[1]) return null;
  const name = nameMatch[1].toLowerCase();
  const attrs = new Map<string, string>();
  let i = TAG_NAME.lastIndex;
  let selfClosing = false;
  const skipSpace = () => {
    while (/\s/.test(html[i] ?? "")) i++;
  };
  while (i < html.length) {
    const c = html[i]!;
    if (c === ">") return { name, attrs, end: i + 1, selfClosing };
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "/") {
      selfClosing = html[i + 1] === ">";
      i++;
      continue;
    }
    selfClosing = false;
    ATTR_NAME.lastIndex = i;
    const attr = ATTR_NAME.exec(html)?.[0] ?? c;
    i += attr.length;
    skipSpace();
    let value = "";
    if (html[i] === "=") {
      i++;
      skipSpace();
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        const stop = close === -1 ? html.length : close;
        value = html.slice(i + 1, stop);
        i = stop + 1;
      } else {
        UNQUOTED.lastIndex = i;
        value = UNQUOTED.exec(html)?.[0] ?? "";
        i += value.length;
      }
    }
    attrs.set(attr.toLowerCase(), value);
  }
  return { name, attrs, end: html.length, selfClosing };
}
