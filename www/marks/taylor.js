// The quadratic Taylor model around θ′ and its error, on the plotted slice. Pure but for the
// error layer's offscreen canvas.
//
//   q(θ) = L(θ′) + (θ − θ′)ᵀg + ½ (θ − θ′)ᵀH(θ − θ′)
//
// On the slice only the two axis components of d = θ − θ′ vary (the other parameters stay
// at θ′), so q needs g and H restricted to the axes: no call into the core. q is sampled on
// a grid: over a square around θ′ for its contours (overlay-layer.js), at the surface's own
// levels, which the student compares with the true contours (they agree near θ′ and part
// ways further out); over the whole window for the error map.

import { contourSegments, chainSegments } from "../surface/contours.js";
import { select } from "../surface/levels.js";

/** Samples per axis of the model over the window, for the error map (drawn smoothed: a coarse grid is enough). */
export const MODEL_SIZE = 81;
/** The error layer's opacity at (and above) the top of its scale. */
const ERROR_ALPHA = 0.72;
/** The error layer's colour (a red absent from viridis). */
const ERROR_RGB = [235, 40, 40];

/**
 * q on an n × n grid over `win` (values[i + j*n], endpoints included, j = 0 at the bottom),
 * for the analysis `a` at `theta`, axes at parameter indices ix, iy.
 */
export function modelGrid(a, theta, ix, iy, win, n = MODEL_SIZE) {
  const L = a.value;
  const gx = a.gradient[ix];
  const gy = a.gradient[iy];
  const hxx = a.hessian[ix][ix];
  const hxy = a.hessian[ix][iy];
  const hyy = a.hessian[iy][iy];
  const tx = theta[ix];
  const ty = theta[iy];
  const values = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const dy = win.y0 + ((win.y1 - win.y0) * j) / (n - 1) - ty;
    for (let i = 0; i < n; i++) {
      const dx = win.x0 + ((win.x1 - win.x0) * i) / (n - 1) - tx;
      values[i + j * n] = L + gx * dx + gy * dy + 0.5 * (hxx * dx * dx + 2 * hxy * dx * dy + hyy * dy * dy);
    }
  }
  return values;
}

/** q's contours at `levels`, as pixel polylines for `view` (one list over all levels). */
export function modelContours(values, n, levels, view) {
  const { rect } = view;
  const px = (i) => rect.left + (i / (n - 1)) * rect.width;
  const py = (j) => rect.top + (1 - j / (n - 1)) * rect.height;
  const lines = [];
  for (const segments of contourSegments(values, n, n, levels)) {
    for (const line of chainSegments(segments)) lines.push(line.map((v, k) => (k % 2 === 0 ? px(v) : py(v))));
  }
  return lines;
}

/**
 * |L − q| where the surface grid and the model grid meet: the surface's values are sampled
 * at the model's points (nearest sample; the grids span the same window). Returns
 * { errors (n × n), top } with `top` the error scale's upper end: the 90th percentile,
 * rounded up to a short number, so a few huge corner errors do not wash out the rest.
 */
export function modelError(field, model, n) {
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

/** Paints the error layer into `canvas` (n × n pixels): clear where q is exact, red where it is off by ≥ top. */
export function paintError(canvas, errors, n, top) {
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

/** Draws the error layer over the plot rectangle (samples centred on their points). */
export function drawErrorLayer(ctx, canvas, view, n) {
  const { rect } = view;
  const cw = rect.width / (n - 1);
  const ch = rect.height / (n - 1);
  ctx.save();
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(canvas, rect.left - cw / 2, rect.top - ch / 2, rect.width + cw, rect.height + ch);
  ctx.restore();
}
