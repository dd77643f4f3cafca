// A valley of critical points (a continuum, such as the lecture's w₁w₂ = 1) drawn as a valley:
// a soft light trough (the flat floor) with the line of points along its bottom.

import { OUTLINE, MARK, lineScale } from "../canvas/theme.js";

/** Widths of the trough, the outline and the floor line, CSS px (times projector mode's scale). */
const TROUGH_WIDTH = 16;
const OUTLINE_WIDTH = 5.5;
const FLOOR_WIDTH = 3;

/**
 * The polyline `points` ([[x, y], …] in px) as a valley with its floor in `color`. With
 * `trough: false` (the 3-D view, where the mesh's own shading shows the trough) only the
 * floor line is drawn.
 */
export function drawValley(ctx, points, color = MARK.valley, { trough = true } = {}) {
  if (points.length < 2) return;
  const k = lineScale();
  ctx.save();
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  ctx.beginPath();
  points.forEach(([x, y], n) => (n === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
  // One path, stroked widest first.
  const strokes = trough
    ? [
        [MARK.valleyBand, TROUGH_WIDTH],
        [OUTLINE, OUTLINE_WIDTH],
        [color, FLOOR_WIDTH],
      ]
    : [[color, FLOOR_WIDTH]];
  for (const [style, width] of strokes) {
    ctx.strokeStyle = style;
    ctx.lineWidth = width * k;
    ctx.stroke();
  }
  ctx.restore();
}
