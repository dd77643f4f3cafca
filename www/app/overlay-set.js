// Which overlays are switched on: the ids, their order, the defaults and the URL text
// ("ov=g,eig,taylor"). Pure (url-state.js uses it; so does the toggle row).

/** Every overlay, in the order of the toggle row and of the URL. */
export const OVERLAY_IDS = Object.freeze(["level", "crit", "u", "g", "eig", "taylor", "err", "probe"]);

/** The lecture's picture: the level set through θ′, the critical points and the way out u. */
export const DEFAULT_OVERLAYS = Object.freeze(["level", "crit", "u"]);

/** Text for "everything off" (an empty value would read as a missing one). */
const NONE = "none";

/** "g,eig" → ["g", "eig"] in canonical order; "none" → []. Throws on an unknown id. */
export function parseOverlays(text) {
  const trimmed = text.trim();
  if (trimmed === NONE) return [];
  const ids = new Set(trimmed.split(",").map((s) => s.trim()));
  for (const id of ids) if (!OVERLAY_IDS.includes(id)) throw new Error(`unknown overlay ${id}`);
  return OVERLAY_IDS.filter((id) => ids.has(id));
}

/** The inverse of parseOverlays. */
export function formatOverlays(ids) {
  const list = OVERLAY_IDS.filter((id) => ids.includes(id));
  return list.length ? list.join(",") : NONE;
}

/** Whether two overlay lists switch on the same overlays. */
export function sameOverlays(a, b) {
  return formatOverlays(a) === formatOverlays(b);
}
