/**
 * On a page that moved (site/chuyen-huong.njk: /nhiem-vu/nv-1-1/ → /2026/nhiem-vu/nv-1-1/): goes on
 * at once to the new address with the address bar's query and fragment (/tim-kiem/?q=…,
 * /muc-tieu/mt-1-1/#ct-1-1-1), which the page's meta refresh, the fallback without script, drops.
 */
const link = document.querySelector<HTMLAnchorElement>("a[data-redirect]");
if (link) location.replace(link.href.split(/[?#]/)[0] + location.search + location.hash);
