/**
 * "Tải số liệu, chia sẻ, trích dẫn" (partials/figures.njk): the page works without this script
 * (the address and the citation are on the page to select); with it, copy buttons, the phone's own
 * share sheet (which offers Zalo, Messenger, SMS…) and today's date in the citation. No third-party code.
 */
const today = new Date();
const two = (n: number) => String(n).padStart(2, "0");
for (const el of document.querySelectorAll<HTMLElement>("[data-today]")) {
  el.textContent = `${two(today.getDate())}/${two(today.getMonth() + 1)}/${today.getFullYear()}`;
}

for (const button of document.querySelectorAll<HTMLButtonElement>("[data-copy-from]")) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  const label = button.textContent ?? "";
  button.addEventListener("click", async () => {
    const source = document.getElementById(button.dataset.copyFrom ?? "");
    const text = source instanceof HTMLInputElement ? source.value : (source?.textContent ?? "").replace(/\s+/g, " ").trim();
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = button.dataset.copied ?? label;
      setTimeout(() => (button.textContent = label), 2000);
    } catch {
      // Clipboard refused (no permission): the text stays on the page to select by hand.
    }
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>("[data-share-url]")) {
  if (typeof navigator.share !== "function") continue;
  button.hidden = false;
  button.addEventListener("click", () => {
    navigator.share({ title: button.dataset.shareTitle ?? document.title, url: button.dataset.shareUrl ?? location.href }).catch(() => undefined);
  });
}
