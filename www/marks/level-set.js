// The level set through θ′, L = L(θ′): at a saddle, the lecture's cross (higher in front and
// behind, lower to the left and right).

import { MARK, lineScale } from "../canvas/theme.js";
import { tracePolylines } from "../canvas/polylines.js";

/** The level set as pixel polylines [[x, y, x, y, …], …]: a dashed white line. */
export function drawLevelSet(ctx, lines) {
  if (lines.length === 0) return;
  const k = lineScale();
  ctx.save();
  ctx.setLineDash([7 * k, 5 * k]);
  ctx.lineWidth = 1.8 * k;
  ctx.lineJoin = "round";
  ctx.strokeStyle = MARK.levelSet;
  ctx.beginPath();
  tracePolylines(ctx, lines);
  ctx.stroke();
  ctx.restore();
}
