// The surface over two parameters as the page draws it, shared by the explorer and the quiz:
// the grid of values with its colour scale, its contour levels and their lines, and the
// blocks of cells that the level set through θ′ reuses so that it costs little per frame.

import { colorScale, contourLevels } from "./levels.js";
import { contourSegments, contourBlocks, chainSegments, pixelPolyline, gridToPixels } from "./contours.js";

/** Samples per axis of a surface grid (upscaled smoothly to the canvas). */
export const GRID_SIZE = 256;

/**
 * The field of `values` (size × size, row by row from the window's bottom-left) over `win`:
 * { type: "grid", values, nx, ny, win, xName, yName, scale, levels, segments, lines, blocks }.
 * `mark(stage)` is called after each stage (the browser benchmark times them).
 */
export function gridField(values, size, win, xName, yName, mark = () => {}) {
  const scale = colorScale(values);
  const levels = contourLevels(scale);
  mark("colour scale + levels");
  const blocks = contourBlocks(values, size, size);
  const segments = contourSegments(values, size, size, levels, blocks);
  mark("contour segments");
  const lines = segments.map(chainSegments);
  mark("chaining");
  return { type: "grid", values, nx: size, ny: size, win, xName, yName, scale, levels, segments, lines, blocks };
}

/**
 * The level set L = `value` of a grid field as pixel polylines over the plot rectangle `rect`,
 * points closer than one device pixel dropped: at a saddle, the lecture's cross.
 */
export function levelSetLines(field, value, rect, dpr) {
  const { values, nx, ny, blocks } = field;
  const [segments] = contourSegments(values, nx, ny, [value], blocks);
  const toPixels = gridToPixels(rect, nx, ny);
  return chainSegments(segments).map((line) => pixelPolyline(line, toPixels, 1 / dpr));
}
