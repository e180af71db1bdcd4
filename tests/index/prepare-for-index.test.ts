import assert from "node:assert/strict";
import { test } from "node:test";
import { STROKE } from "../../lib/mark-d.ts";
import { prepareForIndex } from "../../scripts/index/prepare-for-index.ts";

const D = `d${STROKE}`;
const BIG_D = `D${STROKE}`;

test("text nodes get đ marked while tags and attribute values keep their Vietnamese", () => {
  const html = `<main data-pagefind-body class="đơn-vị"><h1 title="Đăng ký">Đăng ký</h1><a href="/don-vi/" data-x='Đ>x'>Đơn vị</a></main>`;
  assert.equal(
    prepareForIndex(html),
    `<main data-pagefind-body class="đơn-vị"><h1 title="Đăng ký">${BIG_D}ăng ký</h1><a href="/don-vi/" data-x='Đ>x'>${BIG_D}ơn vị</a></main>`,
  );
});

test("filter, meta and sort values read from the element's text keep their đ", () => {
  const html =
    `<span data-pagefind-filter="unit">Phòng KT-HT-ĐT</span>` +
    `<p data-pagefind-meta="title">Đề án <b>đổi mới</b></p><i data-pagefind-sort="ten">đ</i>` +
    `<h1 data-pagefind-meta="title:Nhiệm vụ đầu">Nhiệm vụ đầu</h1><p>đi</p>`;
  assert.equal(
    prepareForIndex(html),
    `<span data-pagefind-filter="unit">Phòng KT-HT-ĐT</span>` +
      `<p data-pagefind-meta="title">Đề án <b>đổi mới</b></p><i data-pagefind-sort="ten">đ</i>` +
      `<h1 data-pagefind-meta="title:Nhiệm vụ đầu">Nhiệm vụ ${D}ầu</h1><p>${D}i</p>`,
  );
});

test("hidden elements are left out of the indexed text but keep their filters", () => {
  assert.equal(
    prepareForIndex(`<span hidden data-pagefind-filter="type">Nhiệm vụ</span><div hidden data-pagefind-ignore="all">x</div>`),
    `<span data-pagefind-ignore hidden data-pagefind-filter="type">Nhiệm vụ</span><div hidden data-pagefind-ignore="all">x</div>`,
  );
});

test("scripts, styles and comments are copied untouched", () => {
  const html = `<script>var s = "<p>đ</p>";</script><style>a::after{content:"đ"}</style><!-- đ <p> --><p>đ</p>`;
  assert.equal(prepareForIndex(html), `<script>var s = "<p>đ</p>";</script><style>a::after{content:"đ"}</style><!-- đ <p> --><p>${D}</p>`);
});

test("void and self-closing elements do not swallow the text after them", () => {
  const html = `<span data-pagefind-filter="area">Đ<img alt="" src="x.png"/>Đ</span><p>đ<br/>đ</p>`;
  assert.equal(prepareForIndex(html), `<span data-pagefind-filter="area">Đ<img alt="" src="x.png"/>Đ</span><p>${D}<br/> ${D}</p>`);
});

test("đ written as a character reference is marked like the letter", () => {
  assert.equal(prepareForIndex("<p>&#273;&#x111;&dstrok; &#272;&Dstrok; &amp;</p>"), `<p>${D}${D}${D} ${BIG_D}${BIG_D} &amp;</p>`);
});

test("a stray < in text and an unclosed tag do not break the rest of the page", () => {
  assert.equal(prepareForIndex("<p>a < b đ</p><p>đ"), `<p>a < b ${D}</p><p>${D}`);
  assert.equal(prepareForIndex(`<span data-pagefind-filter="x">Đ<p>Đ</span><p>đ</p>`), `<span data-pagefind-filter="x">Đ<p>Đ</span><p>${D}</p>`);
});

test("words in neighbouring cells, list items and definitions stay apart", () => {
  assert.equal(
    prepareForIndex("<dl><dt>Hạn gửi</dt><dd>10/07/2026</dd></dl><table><tr><th>Kỳ</th><td>Tiến độ</td></tr></table><p><b>đ</b>ất</p>"),
    `<dl><dt>Hạn gửi</dt> <dd>10/07/2026</dd> </dl><table><tr><th>Kỳ</th> <td>Tiến ${D}ộ</td> </tr> </table><p><b>${D}</b>ất</p>`,
  );
  const filter = `<span data-pagefind-filter="unit">Phòng<br>KT-HT-ĐT</span>`;
  assert.equal(prepareForIndex(filter), filter, "a filter's own text is left exactly as written");
});
