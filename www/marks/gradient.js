// The gradient g at θ′: an arrow whose length grows with ‖g‖, or "g = 0" at a critical point.

import { MARK, lineScale } from "../canvas/theme.js";

/** The g arrow is 24 + 96·tanh(‖g‖/2) px long: it grows with ‖g‖ but stays on screen. */
const G_BASE = 24;
const G_RANGE = 96;

/**
 * The gradient's mark for the analysis `a` with θ′ at pixel (x, y) in `view` (axes ix, iy):
 * { arrow } for drawArrow, or { label } = { text, x, y, color, size } for drawLabel.
 */
export function gradientMark(a, x, y, view, ix, iy) {
  const g = a.gradient;
  const norm = Math.hypot(g[ix], g[iy]);
  if (!(a.gradientNorm > a.tolerances.gradient) || !(norm > 0)) {
    return { label: { text: "g = 0", x, y: y - 24 * Math.sqrt(lineScale()), color: MARK.gradient, size: 15 } };
  }
  const length = G_BASE + G_RANGE * Math.tanh(a.gradientNorm / 2);
  return { arrow: { x, y, dx: g[ix] * view.sx, dy: -g[iy] * view.sy, color: MARK.gradient, label: "g", length } };
}
