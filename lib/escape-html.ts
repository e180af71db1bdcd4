/**
 * Text made safe inside HTML elements and quoted attributes: the five characters HTML gives meaning to.
 * @example escapeHtml(`<b title="x">Tôi & 'bạn'</b>`) → "&lt;b title=&quot;x&quot;&gt;Tôi &amp; &#39;bạn&#39;&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
