// The surface as the page draws it, shared by the explorer and the quiz: over two parameters,
// the grid of values with its colour scale, its contour levels and their lines, and the blocks
// of cells that the level set through θ′ reuses so that it costs little per frame; over one
// parameter, the curve of L.

import { gridArgs, gridSide } from "../core/slice-args.js";
import { colorScale, contourLevels } from "./levels.js";
import { contourSegments } from "./contours/march.js";
import { contourBlocks } from "./contours/blocks.js";
import { chainSegments } from "./contours/chain.js";

/** Samples per axis of a surface grid (upscaled smoothly to the canvas), when the loss's budget allows. */
const GRID_SIZE = 256;
/** Samples of the curve when the formula has one parameter. */
const CURVE_SAMPLES = 600;
/** Room above and below the curve's range, as a share of it. */
const CURVE_PAD = 0.08;

/**
 * The field of `loss` over `axes` within `win` in the slice through `theta`: a grid field for
 * two axes, a curve field for one. The grid has `size` samples per side, or fewer where the
 * loss's work budget affords fewer (core/slice-args.js's gridSide: a large data table, a large
 * network). `mark(stage)` is called after each stage (the browser benchmark times
 * them). Throws what the core throws.
 */
export function surfaceField(loss, axes, win, theta, { size = GRID_SIZE, mark = () => {} } = {}) {
  if (axes.length === 1) return curveField(loss, win, axes[0]);
  size = gridSide(loss, size);
  const values = loss.grid(gridArgs(axes, win, theta, size));
  mark("grid (wasm)");
  return gridField(values, size, win, axes[0], axes[1], mark);
}

/**
 * The field of `values` (size × size, row by row from the window's bottom-left) over `win`:
 * { type: "grid", values, nx, ny, win, xName, yName, scale, levels, segments, lines, blocks,
 * holes } (`holes`: whether the loss is undefined somewhere in the window).
 */
function gridField(values, size, win, xName, yName, mark = () => {}) {
  const scale = colorScale(values);
  const levels = contourLevels(scale);
  mark("colour scale + levels");
  const blocks = contourBlocks(values, size, size);
  const segments = contourSegments(values, size, size, levels, blocks);
  mark("contour segments");
  const lines = segments.map(chainSegments);
  mark("chaining");
  const holes = values.some((v) => !Number.isFinite(v));
  return { type: "grid", values, nx: size, ny: size, win, xName, yName, scale, levels, segments, lines, blocks, holes };
}

/**
 * L against the only parameter `name` over [win.x0, win.x1]: { type: "curve", xs, ys, win,
 * xName, yName, holes } whose window's y range is the curve's own, padded.
 */
function curveField(loss, win, name) {
  const span = win.x1 - win.x0;
  const ys = loss.line([win.x0], [1], { tRange: [0, span], n: CURVE_SAMPLES });
  const xs = Array.from({ length: CURVE_SAMPLES }, (_, k) => win.x0 + (k * span) / (CURVE_SAMPLES - 1));
  const finite = Array.from(ys).filter(Number.isFinite);
  let y0 = finite.length ? Math.min(...finite) : -1;
  let y1 = finite.length ? Math.max(...finite) : 1;
  if (!(y1 - y0 > 1e-12)) {
    y0 -= 1;
    y1 += 1;
  }
  const pad = CURVE_PAD * (y1 - y0);
  const holes = finite.length < ys.length;
  return { type: "curve", xs, ys, win: { x0: win.x0, x1: win.x1, y0: y0 - pad, y1: y1 + pad }, xName: name, yName: "L", holes };
}
