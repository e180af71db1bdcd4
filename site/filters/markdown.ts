import MarkdownIt from "markdown-it";

// html: false escapes raw HTML from pull requests; markdown-it's validateLink already drops
// javascript:, vbscript: and data: (except images) links.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

/**
 * True for an image address on the site itself: a path ("/…", "anh/x.png"), never a scheme
 * ("https:", "data:") or another host ("//example.com/x.png").
 * @example isSiteImage("/assets/anh.png") → true; isSiteImage("https://example.com/a.png") → false
 */
export function isSiteImage(src: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^[\\/]{2}/.test(src) && !/^\/[\\]/.test(src);
}

// An image from another host would make every reader's browser (and every feed reader) call that
// host: it learns who reads what and can change the picture after review. Such an image is shown
// as its description instead.
const defaultImage = md.renderer.rules.image!;
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  if (isSiteImage(String(token.attrGet("src") ?? ""))) return defaultImage(tokens, idx, options, env, self);
  const alt = self.renderInlineAsText(token.children ?? [], options, env);
  return alt ? `[${md.utils.escapeHtml(alt)}]` : "";
};

/**
 * Renders staff-written Markdown with any raw HTML escaped and images only from the site itself.
 * @example markdown("Xem <script>x</script> **đây**") → "<p>Xem &lt;script&gt;x&lt;/script&gt; <strong>đây</strong></p>\n"
 */
export function markdown(source: string | undefined): string {
  return source ? md.render(source) : "";
}
