// The explorer's view of an answered question: its formula, data, θ′, axes and window, as a
// hash of the page (app/url-state.js). "Review in the explorer" opens it; the CSV of attempts
// gives it as each question's link. Pure.

import { formatHash, defaultState } from "../app/url-state.js";

/** The hash that opens `item` (a progress record or a question's reviewable part) in the explorer, in `lang`. */
export function reviewHash(item, lang) {
  return formatHash({
    ...defaultState(),
    formula: item.formula,
    data: item.data ?? [],
    point: item.point,
    mode: "explore",
    lang,
    axes: item.axes && item.axes.join(",") !== "w1,w2" ? item.axes : null,
    window: item.window,
  });
}
