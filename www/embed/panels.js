// What an embed shows (`panels=` in the URL, the `panels` attribute of <hessian-explorer>):
// the ids, their order, the embed's default and the URL text. Pure; the layout itself is CSS
// (css/panels.css, keyed on <html data-panels="…">, set by embed/embed.js).
//
// The default shows what course notes need to make the lecture's point, within about 800 px
// of a 728 px notes column and on a 390 px phone: the surface, the verdict and the formula.

/** Every panel an embed can show, in the order of the embed dialog and of the URL. */
export const PANEL_IDS = Object.freeze([
  "plot", // the surface, its colour bar and tools
  "verdict",
  "formula", // the formula box and how it was read
  "presets", // the examples menu
  "data", // the training data table
  "theta", // θ′'s inputs
  "numbers", // L(θ′), g, H, eigenvalues and eigenvectors
  "slice", // the probe and the loss along a direction
  "optimizer",
  "overlays", // the overlay toggles
  "legend", // the keys of the marks and the critical points' counts
  "export", // Save PNG / SVG, Copy LaTeX
  "quiz", // the Explore | Quiz tabs
]);

/** An embed with no `panels` shows these. */
export const DEFAULT_EMBED_PANELS = Object.freeze(["plot", "verdict", "formula"]);

/** The panels that are cards beside (or under) the surface, rather than rows of the stage. */
const CARD_PANELS = new Set(["verdict", "formula", "presets", "data", "theta", "numbers", "slice", "optimizer"]);

/** "verdict,plot" → ["plot", "verdict"] (canonical order). Throws on an unknown id or none at all. */
export function parsePanels(text) {
  const ids = new Set(text.split(",").map((s) => s.trim()).filter((s) => s !== ""));
  for (const id of ids) if (!PANEL_IDS.includes(id)) throw new Error(`unknown panel ${id}`);
  if (ids.size === 0) throw new Error("no panel");
  return PANEL_IDS.filter((id) => ids.has(id));
}

/** The inverse of parsePanels. */
export function formatPanels(ids) {
  return PANEL_IDS.filter((id) => ids.includes(id)).join(",");
}

/** Whether two lists (null: the default) show the same panels. */
export function samePanels(a, b) {
  return formatPanels(a ?? DEFAULT_EMBED_PANELS) === formatPanels(b ?? DEFAULT_EMBED_PANELS);
}

/** The panels an embed shows for the URL's value (null: the default). */
export function embedPanels(ids) {
  return ids ?? DEFAULT_EMBED_PANELS;
}

/** Whether `ids` include a card, so the embed lays the cards out beside the surface. */
export function hasCards(ids) {
  return ids.some((id) => CARD_PANELS.has(id));
}
