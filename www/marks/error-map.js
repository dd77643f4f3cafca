// The error map: |L − q| over the window, where L is the surface and q the quadratic Taylor
// model at θ′, painted as a red veil: clear where q is exact, red where it is off by the
// scale's top or more.

import { ERROR_RGB } from "../canvas/theme.js";
import { modelGrid } from "../analysis/quadratic-model.js";
import { select } from "../surface/levels.js";

/** Samples per axis of the model over the window (drawn smoothed: a coarse grid is enough). */
const MODEL_SIZE = 81;
/** The layer's opacity at (and above) the top of its scale. */
const ERROR_ALPHA = 0.72;

/**
 * The map for the current θ′ and surface, kept while they stay (recomputed on every θ′ move
 * while it is on: one 81² loop and a selection).
 */
export class ErrorMap {
  constructor() {
    this.canvas = document.createElement("canvas");
    this.key = null;
    this.field = null;
    /** The scale's top (|L − q| painted fully red), null until first computed. */
    this.top = null;
  }

  /** { image, n }: the map for the snapshot `s` (analysis, theta, ix, iy, field). */
  mark(s) {
    const win = s.field.win;
    const key = `${s.theta.join(",")}|${s.ix},${s.iy}|${[win.x0, win.x1, win.y0, win.y1].join(",")}|${s.analysis.value}`;
    if (key !== this.key || this.field !== s.field) {
      const model = modelGrid(s.analysis, s.theta, s.ix, s.iy, win, MODEL_SIZE);
      const { errors, top } = modelError(s.field, model, MODEL_SIZE);
      paintErrors(this.canvas, errors, MODEL_SIZE, top);
      this.key = key;
      this.field = s.field;
      this.top = top;
    }
    return { image: this.canvas, n: MODEL_SIZE };
  }
}

/**
 * |L − q| where the surface grid and the model grid meet: the surface's values are sampled
 * at the model's points (nearest sample; the grids span the same window). Returns
 * { errors (n × n), top } with `top` the error scale's upper end: the 90th percentile,
 * rounded up to a short number, so a few huge corner errors do not wash out the rest.
 */
function modelError(field, model, n) {
  const errors = new Float64Array(n * n);
  const finite = new Float64Array(n * n);
  let count = 0;
  for (let j = 0; j < n; j++) {
    const sj = Math.round((j * (field.ny - 1)) / (n - 1));
    for (let i = 0; i < n; i++) {
      const si = Math.round((i * (field.nx - 1)) / (n - 1));
      const e = Math.abs(field.values[si + sj * field.nx] - model[i + j * n]);
      errors[i + j * n] = e;
      if (Number.isFinite(e)) finite[count++] = e;
    }
  }
  // Computed on every θ′ move while the map is on: a selection, not a sort.
  const p90 = count ? select(finite.subarray(0, count), Math.floor(0.9 * (count - 1))) : 0;
  return { errors, top: roundUp(p90) };
}

/** A short number ≥ x (1, 2 or 5 times a power of ten); a tiny positive number for 0. */
export function roundUp(x) {
  if (!(x > 0)) return 1e-6;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * p >= x * (1 - 1e-12)) return m * p;
  return 10 * p;
}

// Paints the errors into `canvas` (n × n pixels, row 0 at the top of the window).
function paintErrors(canvas, errors, n, top) {
  canvas.width = n;
  canvas.height = n;
  const c = canvas.getContext("2d");
  const image = c.createImageData(n, n);
  const d = image.data;
  for (let j = 0; j < n; j++) {
    const row = (n - 1 - j) * n;
    for (let i = 0; i < n; i++) {
      const e = errors[i + j * n];
      const o = 4 * (row + i);
      d[o] = ERROR_RGB[0];
      d[o + 1] = ERROR_RGB[1];
      d[o + 2] = ERROR_RGB[2];
      d[o + 3] = Number.isFinite(e) ? Math.round(255 * ERROR_ALPHA * Math.min(1, e / top)) : 0;
    }
  }
  c.putImageData(image, 0, 0);
}

/** Draws an ErrorMap's mark over the plot rectangle `rect` (samples centred on their points). */
export function drawErrorMap(ctx, { image, n }, rect) {
  const cw = rect.width / (n - 1);
  const ch = rect.height / (n - 1);
  ctx.save();
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(image, rect.left - cw / 2, rect.top - ch / 2, rect.width + cw, rect.height + ch);
  ctx.restore();
}
