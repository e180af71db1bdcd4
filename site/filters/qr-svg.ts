import { renderSVG } from "uqr";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A QR code of `text` as inline SVG, made at build time (uqr, MIT; no script on the page): for the
 * printed page on a notice board, so a phone camera opens the page's address. Presentation
 * attributes only, so the strict CSP holds.
 * @example qrSvg("https://example.org/nhiem-vu/nv-1-1/", "Mã QR") → '<svg role="img" aria-label="Mã QR" … viewBox="0 0 330 330">…</svg>'
 */
export function qrSvg(text: string, label: string): string {
  // One fixed mask pattern: choosing the best of the eight (uqr's default) scores every one and took
  // 1.9 ms a code, 16 s of the render at 10,000 tasks; any mask scans (tests/e2e/print-qr.test.ts reads it back).
  return renderSVG(text, { border: 2, ecc: "M", maskPattern: 0 }).replace("<svg ", `<svg role="img" aria-label="${escape(label)}" class="qr" focusable="false" `);
}
