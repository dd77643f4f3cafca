// An optimizer's path over the surface, and the walk along u: a polyline with a dot per step
// and a ring at the end. Each method has its own dash, so paths stay apart without colour.

import { OUTLINE, MARK } from "../canvas/theme.js";

const DASHES = { gd: [], momentum: [9, 5], newton: [2, 5], escape: [] };
/** The walk along u is orange, like the u arrow it follows; the optimizers' paths are white. */
const COLORS = { escape: MARK.escape };

/** The visited points [[x, y], …] in px of a run of `method`. */
export function drawPath(ctx, points, method) {
  if (points.length === 0) return;
  ctx.save();
  ctx.lineJoin = "round";
  ctx.lineCap = "round";
  const line = () => {
    ctx.beginPath();
    points.forEach(([x, y], k) => (k === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
  };
  ctx.setLineDash(DASHES[method] ?? []);
  line();
  ctx.strokeStyle = OUTLINE;
  ctx.lineWidth = 4.5;
  ctx.stroke();
  const color = COLORS[method] ?? MARK.path;
  line();
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.stroke();
  ctx.setLineDash([]);
  // Dots show the step lengths: bunched up where the optimizer crawls.
  ctx.fillStyle = color;
  ctx.strokeStyle = OUTLINE;
  ctx.lineWidth = 1;
  for (const [x, y] of points) {
    ctx.beginPath();
    ctx.arc(x, y, 2.2, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
  const [ex, ey] = points[points.length - 1];
  ctx.beginPath();
  ctx.arc(ex, ey, 6, 0, 2 * Math.PI);
  ctx.lineWidth = 4;
  ctx.strokeStyle = OUTLINE;
  ctx.stroke();
  ctx.lineWidth = 2;
  ctx.strokeStyle = color;
  ctx.stroke();
  ctx.restore();
}
