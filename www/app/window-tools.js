// The buttons under the plot that move the window (zoom in and out, centre on θ′, fit the
// critical points, reset) and the keys that do the same on the canvas (+ and −).

import { DEFAULT_WINDOW } from "./url-state.js";
import { sliceArgs } from "../core/slice-args.js";
import { zoomWindow, centerWindow, fitCriticalWindow } from "../surface/window.js";

/** One zoom step scales the window by this factor. */
export const ZOOM_FACTOR = 1.5;

/** Zooms the window by `factor` (< 1 zooms in) about its centre. */
export function zoom(store, factor) {
  store.setWindow(zoomWindow(store.state.win, factor));
}

/** The window around θ′ and the critical points near it (the page's default one if there are none). */
function fit(store) {
  const s = store.snapshot();
  if (!s.loss || s.iy < 0) return store.setWindow(DEFAULT_WINDOW);
  const criticalPoints = (w) => s.loss.criticalPoints(sliceArgs(s.axes, w, s.theta));
  store.setWindow(fitCriticalWindow(criticalPoints, s.theta, s.ix, s.iy, s.win, DEFAULT_WINDOW) ?? DEFAULT_WINDOW);
}

/** The same window moved so that θ′ is in its centre (over one parameter, only sideways). */
function center(store) {
  const s = store.snapshot();
  if (s.ix < 0) return;
  const cy = s.iy >= 0 ? s.theta[s.iy] : (s.win.y0 + s.win.y1) / 2;
  store.setWindow(centerWindow(s.win, s.theta[s.ix], cy));
}

/** Wires the buttons { zoomIn, zoomOut, reset, fit, center } to the store. */
export function wireWindowTools(store, buttons) {
  buttons.zoomIn.addEventListener("click", () => zoom(store, 1 / ZOOM_FACTOR));
  buttons.zoomOut.addEventListener("click", () => zoom(store, ZOOM_FACTOR));
  buttons.reset.addEventListener("click", () => store.setWindow(DEFAULT_WINDOW));
  buttons.fit.addEventListener("click", () => fit(store));
  buttons.center.addEventListener("click", () => center(store));
}
