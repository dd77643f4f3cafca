// The way down from θ′ as the slice shows it: u (the eigenvector of the most negative
// eigenvalue) at a saddle, −g where the gradient is not zero.

import { MARK } from "../canvas/theme.js";

/**
 * A direction whose unit vector projects shorter than this onto the plotted plane is not
 * drawn: it points out of the slice.
 */
export const MIN_PROJECTION = 0.15;

/**
 * `direction(v)` for the plotted plane of a view: v's pixel direction [dx, dy] and the length
 * of its projection onto the two plotted parameters ix, iy.
 */
export function planeDirection(view, ix, iy) {
  return (v) => [v[ix] * view.sx, -v[iy] * view.sy, Math.hypot(v[ix], v[iy])];
}

/**
 * The way-down arrow from θ′ at pixel (x, y) for the analysis `a` (an arrow for drawArrow),
 * or null when there is none to draw; `direction` as from planeDirection.
 */
export function wayDownArrow(a, x, y, direction) {
  if (a.escape && a.refined === "saddle") {
    const [dx, dy, size] = direction(a.escape);
    return size >= MIN_PROJECTION ? { x, y, dx, dy, color: MARK.escape, label: "u" } : null;
  }
  if (a.kind === "not_critical") {
    const [dx, dy, size] = direction(a.gradient.map((v) => -v));
    return size > 0 && Number.isFinite(size) ? { x, y, dx, dy, color: MARK.downhill, label: "−g" } : null;
  }
  return null;
}
