import MarkdownIt from "markdown-it";

// html: false escapes raw HTML from pull requests; markdown-it's validateLink already drops
// javascript:, vbscript: and data: (except images) links.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

/**
 * Renders staff-written Markdown with any raw HTML escaped.
 * @example markdown("Xem <script>x</script> **đây**") → "<p>Xem &lt;script&gt;x&lt;/script&gt; <strong>đây</strong></p>\n"
 */
export function markdown(source: string | undefined): string {
  return source ? md.render(source) : "";
}
