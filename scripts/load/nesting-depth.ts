/**
 * Cheap scans that run before a parser sees a file. Both parsers recurse once per nesting level: a
 * few thousand levels overflow the call stack, and near that limit V8 can abort the whole process
 * (a fatal "out of memory" while compiling a regular expression) instead of throwing, so deep input
 * must be refused before parsing, not caught after.
 */

/** Brackets deeper than this are refused; the deepest content type (a report) nests 5 levels. */
export const MAX_BRACKET_DEPTH = 32;
/** Front-matter lines indented further than this are refused; real ones use at most 4 spaces. */
export const MAX_INDENT = 48;

/**
 * Offset of the first [ or { that opens more than `max` levels, or -1. Brackets inside quoted
 * strings do not count: "…" (with \ escapes) in JSON; in YAML also '…', and only where a quoted
 * value can start (after : - [ { , ? or at the start of a line; "Ban hành "Quy chế"" is plain
 * text), and nothing after a # comment. Mismatched brackets are the parser's business; this only
 * bounds the depth.
 * @example tooDeepBracket("[[[]]]", 2) → 2
 */
export function tooDeepBracket(text: string, max = MAX_BRACKET_DEPTH, { yaml = false } = {}): number {
  let depth = 0;
  let quote = "";
  let before = "\n";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) {
        quote = "";
        before = c;
      }
      continue;
    }
    const canQuote = !yaml || /[\n:\-[{,?]/.test(before);
    if ((c === '"' || (yaml && c === "'")) && canQuote) quote = c;
    else if (yaml && c === "#" && /\s/.test(text[i - 1] ?? "\n")) {
      const end = text.indexOf("\n", i);
      i = (end === -1 ? text.length : end) - 1;
      continue;
    } else if (c === "[" || c === "{") {
      if (++depth > max) return i;
    } else if ((c === "]" || c === "}") && depth > 0) depth--;
    if (c !== " " && c !== "\t") before = c;
  }
  return -1;
}

/**
 * Offset of the first line of YAML whose block structure goes deeper than `maxIndent` columns
 * (leading spaces plus "- " list markers, which open a level each), or -1.
 * @example tooDeepIndent("a:\n" + " ".repeat(60) + "b: 1\n") → 3
 */
export function tooDeepIndent(text: string, maxIndent = MAX_INDENT): number {
  let start = 0;
  while (start < text.length) {
    let i = start;
    while (i < text.length && (text[i] === " " || (text[i] === "-" && (text[i + 1] === " " || text[i + 1] === "\n")))) i++;
    if (i - start > maxIndent) return start;
    const end = text.indexOf("\n", start);
    if (end === -1) break;
    start = end + 1;
  }
  return -1;
}
