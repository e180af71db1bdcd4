import ui from "../site/_data/ui.json" with { type: "json" };

/**
 * The site's UI strings (site/_data/ui.json, the one place they are written), for code outside the
 * templates: the pipeline's messages, the open data's labels, share cards, the search index.
 * @example ui.status["hoan-thanh"] → "Hoàn thành"
 */
export { ui };
