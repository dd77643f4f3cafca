// The quadratic Taylor model's dashed contours around θ′, at the surface's own levels: the
// student compares them with the true contours (they agree near θ′ and part ways further out).
// A Taylor model is a local picture, so they are drawn within a circle around θ′ only.

import { MARK, lineScale } from "../canvas/theme.js";
import { tracePolylines } from "../canvas/polylines.js";
import { modelGrid } from "../analysis/quadratic-model.js";
import { contourSegments } from "../surface/contours/march.js";
import { chainSegments } from "../surface/contours/chain.js";

/**
 * The contours are drawn within this share of the plot's smaller side around θ′: far out they
 * only clutter the true contours they are compared with (the error map shows where q fails).
 */
const TAYLOR_REACH = 0.3;
/** Samples per side of the model's local grid (about 4 px apart on a desktop plot). */
const LOCAL_SIZE = 65;

/**
 * The model's contours for the current θ′, kept while nothing they depend on changes: a
 * frame that only redraws (a probe turn) recomputes nothing; a θ′ move costs one 65² loop and
 * one contour pass for all levels.
 */
export class TaylorContours {
  constructor() {
    this.key = null;
    this.field = null;
    this.lines = [];
  }

  /**
   * { lines, clip }: the contours as pixel polylines and the circle [x, y, r] they are clipped
   * to, for the snapshot `s` (analysis, theta, ix, iy, field) with θ′ at pixel (mx, my) in `view`.
   */
  mark(s, view, mx, my) {
    const r = TAYLOR_REACH * Math.min(view.rect.width, view.rect.height);
    const key = `${s.theta.join(",")}|${s.ix},${s.iy}|${mx},${my},${r},${view.sx},${view.sy}|${s.analysis.value}`;
    if (key !== this.key || this.field !== s.field) {
      const tx = s.theta[s.ix];
      const ty = s.theta[s.iy];
      // The model is sampled on its own grid over the square around θ′ only: finer where it
      // is drawn, and cheap.
      const win = { x0: tx - r / view.sx, x1: tx + r / view.sx, y0: ty - r / view.sy, y1: ty + r / view.sy };
      const values = modelGrid(s.analysis, s.theta, s.ix, s.iy, win, LOCAL_SIZE);
      const rect = { left: mx - r, top: my - r, width: 2 * r, height: 2 * r };
      this.lines = modelContours(values, LOCAL_SIZE, s.field.levels ?? [], rect);
      this.key = key;
      this.field = s.field;
    }
    return { lines: this.lines, clip: [mx, my, r] };
  }
}

/** q's contours at `levels`, as pixel polylines over `rect` (one list over all levels). */
function modelContours(values, n, levels, rect) {
  const px = (i) => rect.left + (i / (n - 1)) * rect.width;
  const py = (j) => rect.top + (1 - j / (n - 1)) * rect.height;
  const lines = [];
  for (const segments of contourSegments(values, n, n, levels)) {
    for (const line of chainSegments(segments)) lines.push(line.map((v, k) => (k % 2 === 0 ? px(v) : py(v))));
  }
  return lines;
}

/** Draws the mark of TaylorContours: dark dashes on a light halo, clipped to the circle. */
export function drawTaylorContours(ctx, { lines, clip }) {
  if (lines.length === 0) return;
  const k = lineScale();
  ctx.save();
  ctx.beginPath();
  ctx.arc(clip[0], clip[1], clip[2], 0, 2 * Math.PI);
  ctx.clip();
  ctx.lineJoin = "round";
  ctx.setLineDash([6 * k, 4 * k]);
  ctx.beginPath();
  tracePolylines(ctx, lines);
  ctx.strokeStyle = MARK.taylorHalo;
  ctx.lineWidth = 3.6 * k;
  ctx.stroke();
  ctx.strokeStyle = MARK.taylor;
  ctx.lineWidth = 1.7 * k;
  ctx.stroke();
  ctx.restore();
}
